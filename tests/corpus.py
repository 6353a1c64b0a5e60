"""The bad-input corpus: files a user might hand the command line, and what must happen.

Run ``python tests/corpus.py DIR`` to write the files into DIR; ``tests/test_corpus.py``
writes them into a temporary folder and runs every case through the command line.
Each case names its files, the command, the expected exit code and the words that
must appear on stderr (or stdout for a result), so every outcome is specific.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEEDS = sorted((ROOT / "data" / "raw").glob("*.txt"))
sys.path.insert(0, str(HERE))

import captures as C  # noqa: E402

#: The largest case (larger than any real capture by hundreds of times, small enough to test in a few
#: seconds; the size limit itself is tested apart), and the time it must load in on the 2-core machine.
LARGE_MB = 6
LARGE_SECONDS = 60


def _seed(n: int = 0) -> bytes:
    return SEEDS[n].read_bytes()


def _large() -> bytes:
    para = " ".join(C.PARAS) + "\n\n"
    head = f"## {C.TITLE}\n\n- [Arms Control Today](#)\n\n"
    reps = LARGE_MB * 2**20 // len(para.encode()) + 1
    return (head + para * reps + f"**Source URL:** <{C.URL}>").encode("utf-8")


def _truncated() -> bytes:
    text = _seed(1).decode("utf-8")
    return text[: text.index("was denied by") + len("was denied by")].encode("utf-8")


#: name -> bytes (or a callable returning bytes); special entries are made by make_special().
FILES = {
    "empty.txt": b"",
    "whitespace.txt": b" \n\t \r\n   \n",
    "binary.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    "nul-bytes.txt": b"U.S., North Korea Meet\n\nMore than a year\x00 after the talks.",
    "utf16-bom.txt": C.markdown_export().encode("utf-16"),
    "utf16-no-bom.txt": C.markdown_export().encode("utf-16-le"),
    "latin1.txt": ("Talks in Gen\u00e8ve\n\n" + C.BODY).encode("latin-1"),
    "cp1252.txt": ("\u201cQuoted\u201d title\n\n" + C.BODY).encode("cp1252"),
    "mixed-endings.txt": _seed(0).replace(b"\n\n", b"\r\n\n", 2),
    "large.txt": _large,
    "page-source.html": b"<!DOCTYPE html>\n<html><head><title>U.S., North Korea Meet</title></head><body><p>More"
                        b" than a year after...</p></body></html>\n",
    "truncated.txt": _truncated,
    "banner-only.txt": "\n".join(C.BANNER).encode("utf-8"),
    "title-only.txt": f"## {C.TITLE}\n\n- [Arms Control Today](#)\n".encode(),
    "unrelated.txt": C.OTHER_ARTICLE.encode("utf-8"),
    "listing.txt": C.LISTING.encode("utf-8"),
    "markup-only.txt": b"## ",
    "seed.txt": lambda: _seed(0),
    "seed-copy.txt": lambda: _seed(0),
    "page.txt": lambda: _seed(1),
}


def make_special(folder: Path) -> None:
    """Cases that are not plain files: a directory, a symlink loop, an oversized file, a FIFO."""
    (folder / "a-directory").mkdir(exist_ok=True)
    fifo = folder / "pipe.fifo"
    if not fifo.exists():
        os.mkfifo(fifo)  # nothing ever writes to it: reading it naively blocks forever
    loop = folder / "loop.txt"
    if not loop.is_symlink():
        os.symlink(loop.name, loop)
    with open(folder / "oversized.txt", "wb") as fh:  # sparse: no disk is used
        fh.truncate(65 * 2**20)
        fh.seek(0)
        fh.write(b"## Title\n\n")


def build(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in FILES.items():
        data = content() if callable(content) else content
        (folder / name).write_bytes(data)
    make_special(folder)
    (folder / "unreadable.txt").write_bytes(_seed(0))
    return folder


@dataclass(frozen=True)
class Case:
    """A command on corpus files and what must come of it."""

    name: str
    argv: tuple[str, ...]
    exit: int
    stderr: tuple[str, ...] = ()
    stdout: tuple[str, ...] = ()
    seconds: float = 30.0
    no_traceback: bool = field(default=True)


CASES = [
    Case("empty", ("inspect", "empty.txt"), 2, ("empty.txt: is empty (0 bytes)",)),
    Case("whitespace only", ("inspect", "whitespace.txt"), 2, ("whitespace.txt: contains only whitespace",)),
    Case("binary", ("inspect", "binary.png"), 2, ("binary.png: contains NUL bytes",)),
    Case("NUL bytes", ("inspect", "nul-bytes.txt"), 2, ("nul-bytes.txt: contains NUL bytes",)),
    Case("UTF-16 with BOM loads", ("inspect", "utf16-bom.txt", "--json"), 0, (), ('"encoding": "utf-16"', '"format": "markdown-export"')),
    Case("UTF-16 without BOM", ("inspect", "utf16-no-bom.txt"), 2, ("utf16-no-bom.txt", "UTF-16 without a byte-order mark")),
    Case("Latin-1", ("inspect", "latin1.txt"), 2, ("latin1.txt: is not UTF-8 (byte 0xE8", "Latin-1 or CP1252")),
    Case("CP1252", ("inspect", "cp1252.txt"), 2, ("cp1252.txt: is not UTF-8 (byte 0x93",)),
    Case("mixed line endings collate cleanly", ("compare", "seed.txt", "mixed-endings.txt", "--json"), 0, (),
         ('"category": "whitespace"', '"similarity": 1.0')),
    Case("larger than the limit", ("inspect", "oversized.txt"), 2, ("oversized.txt: is 65 MiB; a capture larger than 64 MiB is refused",)),
    Case("HTML page source", ("inspect", "page-source.html"), 2, ("page-source.html: is HTML page source",)),
    Case("truncated mid-sentence", ("inspect", "truncated.txt"), 0, ("truncated.txt: the body ends mid-sentence",)),
    Case("truncated against the full text", ("compare", "page.txt", "truncated.txt"), 0,
         ("the body ends mid-sentence",), ("substantive",)),
    Case("banner with no article", ("inspect", "banner-only.txt"), 0, ("banner-only.txt: no article body (banner only)",)),
    Case("banner with no article cannot be compared", ("compare", "seed.txt", "banner-only.txt"), 2,
         ("banner-only.txt: is a page-capture capture with no article body",)),
    Case("title with no body", ("facts", "title-only.txt"), 2, ("title-only.txt", "no article body")),
    Case("unrelated article", ("compare", "seed.txt", "unrelated.txt", "--json"), 0,
         ("look like different articles",), ('"related": false',)),
    Case("same witness twice", ("compare", "seed.txt", "seed-copy.txt", "--json"), 0,
         ("seed-copy.txt and", "are identical (same SHA-256)"), ('"variants": []',)),
    Case("same path twice", ("compare", "seed.txt", "seed.txt"), 0, ("are identical",), ("similarity 1.000",)),
    Case("single witness", ("compare", "seed.txt"), 2, ("collation needs at least two witnesses; got 1",)),
    Case("missing path", ("inspect", "no-such-file.txt"), 2, ("no-such-file.txt: no such file",)),
    Case("directory", ("inspect", "a-directory"), 2, ("a-directory: is a directory, not a file",)),
    Case("symlink loop", ("inspect", "loop.txt"), 2, ("loop.txt: cannot be read",)),
    Case("listing page", ("inspect", "listing.txt"), 0, ("a listing page",), ("this is a listing page",)),
    Case("named pipe (FIFO)", ("inspect", "pipe.fifo"), 2, ("pipe.fifo: is a named pipe (FIFO), not a regular file",),
         seconds=15),
    Case("endless device /dev/zero", ("inspect", "/dev/zero"), 2, ("/dev/zero: is a character device, not a regular file",),
         seconds=15),
    Case("endless device /dev/urandom", ("compare", "seed.txt", "/dev/urandom"), 2,
         ("/dev/urandom: is a character device, not a regular file",), seconds=15),
    Case("only a heading marker", ("inspect", "markup-only.txt", "--json"), 0,
         ("markup-only.txt: no article body",), ('"title": null', '"format": "markdown-export"')),
    Case("listing page cannot be compared", ("compare", "seed.txt", "listing.txt"), 2, ("listing.txt: is a listing capture",)),
    Case("binary among good files", ("compare", "seed.txt", "page.txt", "binary.png"), 2, ("binary.png: contains NUL bytes",)),
    Case("facts of an empty file", ("facts", "empty.txt"), 2, ("empty.txt: is empty",)),
    Case("negative range", ("coverage", "--range-km", "-5"), 2, ("range must be between 0 and 20,100 km",)),
    Case("unknown origin", ("coverage", "--origin", "Atlantis"), 2, ("unknown origin 'Atlantis'",)),
]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/corpus.py DIR")
    print(build(Path(sys.argv[1])))
