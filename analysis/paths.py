"""Every path the study uses, from the package location, never the working directory.

Two layouts: a checkout of the study (``analysis/`` beside ``data/``, ``notebooks/``
and ``pyproject.toml``), and an installed wheel, which carries the reference tables,
the map data and their checksums as ``analysis/data/`` but not the witnesses or the
notebooks. ``IN_CHECKOUT`` tells which; ``require_checkout`` turns the second into a
one-line error for the commands that need the whole study.
"""

from pathlib import Path

from analysis.errors import AnalysisError

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
# pyproject.toml beside the package only in a checkout (or an editable install of one)
IN_CHECKOUT = (ROOT / "pyproject.toml").is_file() and (ROOT / "data" / "SHA256SUMS").is_file()
DATA = ROOT / "data" if IN_CHECKOUT else PACKAGE / "data"
RAW = DATA / "raw"
REFERENCE = DATA / "reference"
GEO = DATA / "geo"
CHECKSUMS = DATA / "SHA256SUMS"
NOTEBOOKS = ROOT / "notebooks"
RESULTS = ROOT / "results"


def require_checkout(command: str) -> None:
    """Raise a one-line AnalysisError when ``command`` runs from an installed wheel."""
    if not IN_CHECKOUT:
        raise AnalysisError(
            f"{command} needs the study's checkout (notebooks/ and data/raw/), which an installed "
            "package does not carry: clone the study's repository and run `make reproduce` there")


def in_layout(name: str) -> bool:
    """Whether a file listed in data/SHA256SUMS belongs here: every one in a checkout;
    all but the witnesses (``raw/``) in an installed package."""
    return IN_CHECKOUT or not name.startswith("raw/")


def relative(path: Path) -> str:
    """Path relative to the project root when inside it (so outputs hold no machine
    paths); any other path as it was given."""
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except (ValueError, OSError, RuntimeError):
        return str(path)
