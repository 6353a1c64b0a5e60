"""The package's one exception family: every message names the file and the problem."""


class AnalysisError(Exception):
    """Base class for every error this package raises on purpose."""


class DocumentError(AnalysisError):
    """A file cannot be read as a witness (missing, empty, binary, undecodable...)."""

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class DataIntegrityError(AnalysisError):
    """A bundled data file does not match its recorded checksum."""

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class CollationError(AnalysisError):
    """Witnesses cannot be collated (too few, not articles...)."""


class ReferenceDataError(AnalysisError):
    """A table in data/reference or data/geo is missing, changed or lacks its sources."""

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class GeoError(AnalysisError):
    """Unknown country or origin, or a bad range."""


class NotebookError(AnalysisError):
    """A notebook cell failed during reproduce, or a notebook published an unknown output."""
