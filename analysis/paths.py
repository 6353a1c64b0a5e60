"""Every path the study uses, from the package location, never the working directory."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
RAW = DATA / "raw"
REFERENCE = DATA / "reference"
GEO = DATA / "geo"
CHECKSUMS = DATA / "SHA256SUMS"
NOTEBOOKS = ROOT / "notebooks"
RESULTS = ROOT / "results"


def relative(path: Path) -> str:
    """Path relative to the project root when inside it (so outputs hold no machine
    paths); any other path as it was given."""
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except (ValueError, OSError, RuntimeError):
        return str(path)
