"""The package's one exception family: every message names the file and the problem."""


def one_line(text: str) -> str:
    """``text`` with control characters escaped, so a message (or a path with a newline) stays one line
    and a captured escape sequence cannot drive the terminal.

    >>> print(one_line("a" + chr(10) + "b" + chr(27) + "[2J"))
    a\\nb\\x1b[2J
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii") for c in text)


class AnalysisError(Exception):
    """Base class for every error this package raises on purpose."""


class FileError(AnalysisError):
    """A problem with one file: the message is ``path: problem``."""

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(one_line(f"{self.path}: {problem}"))


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
