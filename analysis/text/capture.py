"""Read a capture into a Witness: refuse what is not a regular text file, decode it, parse it.

Reading is bounded (``MAX_BYTES``) and never blocks on a FIFO or a device; every
failure is a :class:`~analysis.errors.DocumentError` that names the file.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from pathlib import Path

from analysis import paths
from analysis.errors import DocumentError
from analysis.integrity import sha256_bytes, verify_data
from analysis.text.shapes import _TERMINAL
from analysis.text.templates import parse
from analysis.text.witness import Witness

#: Refuse files larger than this: a capture of one article is a few kB.
MAX_BYTES = 64 * 1024 * 1024


_NOT_REGULAR = (
    (stat.S_ISDIR, "is a directory, not a file"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a regular file"),
    (stat.S_ISCHR, "is a character device, not a regular file"),
    (stat.S_ISBLK, "is a block device, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
)


def _too_large(size: int, limit: int, what: str) -> str:
    return f"is {size / 2**20:.0f} MiB; a {what} larger than {limit // 2**20} MiB is refused"


def _read_fd(fd: int, path: str | Path, limit: int, what: str) -> bytes:
    """Read an open file: only a regular file, and never more than limit + 1 bytes."""
    info = os.fstat(fd)
    for test, problem in _NOT_REGULAR:
        if test(info.st_mode):
            raise DocumentError(path, problem)
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(path, "is not a regular file")
    if info.st_size > limit:
        raise DocumentError(path, _too_large(info.st_size, limit, what))
    chunks, total = [], 0
    while total <= limit:  # bounded even where stat reports 0 bytes (proc-like files)
        chunk = os.read(fd, min(1 << 20, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise DocumentError(path, f"is larger than {limit // 2**20} MiB; a larger {what} is refused")
    return b"".join(chunks)


def read_bytes(path: str | Path, limit: int | None = None, what: str = "capture") -> bytes:
    """Read a regular file, turning every OS failure into a DocumentError that names it.

    The file is opened without blocking, so a FIFO or a device is refused at once
    instead of hanging, and the read is bounded by ``limit`` whatever ``stat`` says.
    Every file the package reads from a user (captures, gold files) comes through here.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "brief.txt").write_text("Title", encoding="utf-8")
    >>> read_bytes(folder / "brief.txt")
    b'Title'
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise DocumentError(path, "no such file") from None
    except IsADirectoryError:
        raise DocumentError(path, "is a directory, not a file") from None
    except PermissionError:
        raise DocumentError(path, "permission denied: the file cannot be read") from None
    except OSError as exc:  # symlink loops, I/O errors, names too long...
        raise DocumentError(path, f"cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    try:
        return _read_fd(fd, path, MAX_BYTES if limit is None else limit, what)
    except OSError as exc:
        raise DocumentError(path, f"cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    finally:
        os.close(fd)


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode a capture: UTF-8 (BOM optional) or UTF-16 with a BOM. Returns (text, encoding).

    >>> decode("Café".encode("utf-8"))
    ('Café', 'utf-8')
    >>> decode(b"\\xff\\xfeH\\x00i\\x00")
    ('Hi', 'utf-16')
    """
    if not data:
        raise DocumentError(path, "is empty (0 bytes)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise DocumentError(path, "starts with a UTF-16 byte-order mark but is not valid UTF-16") from None
    else:
        if b"\x00" in data:
            raise DocumentError(path, "contains NUL bytes: binary data or UTF-16 without a byte-order mark, not a text capture")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            bad = data[exc.start]
            raise DocumentError(
                path,
                f"is not UTF-8 (byte 0x{bad:02X} at offset {exc.start}); "
                "it may be Latin-1 or CP1252: re-save it as UTF-8",
            ) from None
        encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if controls > max(2, len(text) // 100):
        raise DocumentError(path, f"looks binary ({controls} control characters), not a text capture")
    if not text.strip():
        raise DocumentError(path, "contains only whitespace")
    return text, encoding



def parse_text(text: str, id: str = "text", path: str = "<text>", sha256: str | None = None,
               size: int | None = None, encoding: str = "utf-8") -> Witness:
    """Build a Witness from already decoded text.

    >>> w = parse_text("## Talks in Geneva\\n\\n"
    ...                "The two delegations met in Geneva on June 11, 1998, for two days.\\n", id="a")
    >>> w.format, w.metadata.title
    ('markdown-export', 'Talks in Geneva')
    >>> [b.kind for b in w.blocks]
    ['title', 'body']
    """
    if not text.strip():
        raise DocumentError(path, "contains only whitespace")
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<head" in head and "<" == head[:1]):
        raise DocumentError(path, "is HTML page source, not a text capture; save the page as text or markdown")
    fmt, blocks, meta = parse(text)
    data = text.encode("utf-8")
    w = Witness(
        id=id, path=path, sha256=sha256 or sha256_bytes(data), size=len(data) if size is None else size,
        text=text, format=fmt, blocks=blocks, metadata=meta, encoding=encoding,
    )
    w.warnings = _warnings(w)
    return w


def _warnings(w: Witness) -> list[str]:
    """What a reader should know about a capture that loaded but looks incomplete."""
    out = []
    body = w.blocks_of("body")
    if w.format == "listing":
        out.append("a listing page (several entries), not a single article")
    elif not body:
        found = ", ".join(dict.fromkeys(b.kind for b in w.blocks)) or "nothing"
        out.append(f"no article body ({found} only)")
    elif not _TERMINAL.search(body[-1].text):
        out.append(f"the body ends mid-sentence ({body[-1].text[-30:]!r}): the capture may be truncated")
    return _start_warnings(w, body) + out


def _start_warnings(w: Witness, body: list) -> list[str]:
    """A capture with a body and no title may begin mid-text; one that opens in lowercase does.

    >>> w = parse_text("that the talks would resume in the autumn, officials said. Both sides agreed to meet.")
    >>> w.metadata.title, w.warnings
    (None, ["no title: the capture begins mid-sentence ('that the talks would resume')"])
    """
    if w.metadata.title or not body or w.format == "listing":
        return []
    first = body[0].text.lstrip()
    if first[:1].islower():
        return [f"no title: the capture begins mid-sentence ({' '.join(first.split()[:5])!r})"]
    return ["no title: the capture may begin mid-text, or the page has none"]


def load(path: str | Path, id: str | None = None) -> Witness:
    """Load one capture. Raises DocumentError (naming the file) for anything unreadable.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> text = "## Title\\n\\nThe two delegations met in Geneva for two days.\\n"
    >>> _ = (folder / "brief.txt").write_text(text, encoding="utf-8")
    >>> w = load(folder / "brief.txt")
    >>> w.id, w.format, w.size
    ('brief', 'markdown-export', 58)
    """
    p = Path(path)
    data = read_bytes(p)
    shown = paths.relative(p)
    text, encoding = decode(data, shown)
    return parse_text(text, id=id or p.stem, path=shown, sha256=sha256_bytes(data), size=len(data), encoding=encoding)


def load_bundled() -> list[Witness]:
    """Verify the data checksums, then load every witness in data/raw, sorted by name.

    >>> [w.format for w in load_bundled()]
    ['markdown-export', 'page-capture']
    """
    verify_data()
    return [load(p) for p in sorted(paths.RAW.glob("*.txt"))]


def cut_entries(entries: list[dict] | None, expected: list | None) -> list[dict]:
    """A listing's entries with each one's first words cut to as many as the expected entry gives
    (as a body's first words are compared); entries beyond the expected ones keep theirs.

    >>> found = [{"words": "Parliament approved a bill"}, {"words": "The council met"}]
    >>> [e["words"] for e in cut_entries(found, [{"words": "Parliament approved a"}])]
    ['Parliament approved a', 'The council met']
    """
    found = [dict(e) for e in entries or []]
    for e, g in zip(found, expected or []):
        if e.get("words") and (g or {}).get("words"):
            e["words"] = first_words(e["words"], g["words"])
    return found


def first_words(text: str, expected: str | None, default: int = 8) -> str:
    """The first words of ``text``, as many as ``expected`` gives (``default`` without it). A gold that
    stops at a word the text follows with a clause mark (",", ";", ":"), a full stop or a glued footnote number
    ("[1]") means that word: the marks are dropped from the last word when the rest of it is the expected last
    word (docs/templates.md, 22).

    >>> first_words("At the summit, the presidents met, and agreed", "At the summit, the presidents met")
    'At the summit, the presidents met'
    >>> first_words("The two sides signed an accord (TCA),[1] in which", "The two sides signed an accord (TCA)")
    'The two sides signed an accord (TCA)'
    >>> first_words("At the summit, the presidents met, and agreed", "At the summit, the presidents meet")
    'At the summit, the presidents met,'
    """
    want = (expected or "").split()
    words = text.split()[:len(want) or default]
    if want and words and words[-1] != want[-1] and re.sub(r"(?:\[\d+\])+$", "", words[-1]).rstrip(",;:.") == want[-1]:
        words[-1] = want[-1]
    return " ".join(words)
