import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from analysis import paths  # noqa: E402


@pytest.fixture(scope="session")
def seeds():
    from analysis.text.capture import load_bundled

    return load_bundled()


@pytest.fixture(scope="session")
def markdown_seed(seeds):
    return next(w for w in seeds if w.format == "markdown-export")


@pytest.fixture(scope="session")
def page_seed(seeds):
    return next(w for w in seeds if w.format == "page-capture")


@pytest.fixture
def write(tmp_path):
    """Write text (or bytes) to a file in a temporary folder and return its path."""
    def _write(content, name="capture.txt"):
        p = tmp_path / name
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8", newline="")
        return p
    return _write


RAW = sorted(paths.RAW.glob("*.txt"))
