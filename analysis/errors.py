"""The package's one exception family: every message names the file and the problem."""


class AnalysisError(Exception):
    """Base class for every error this package raises on purpose."""


class FileError(AnalysisError):
    """A problem with one file: the message is ``path: problem``."""

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class DocumentError(FileError):
    """A file cannot be read as a witness (missing, empty, binary, undecodable...)."""


class DataIntegrityError(FileError):
    """A bundled data file does not match its recorded checksum."""


class CollationError(AnalysisError):
    """Witnesses cannot be collated (too few, not articles...)."""


class ReferenceDataError(FileError):
    """A table in data/reference or data/geo is missing, changed or lacks its sources."""


class GeoError(AnalysisError):
    """Unknown country or origin, or a bad range."""


class NotebookError(AnalysisError):
    """A notebook cell failed during reproduce, or a notebook published an unknown output."""
