"""Load a text capture of an Arms Control Association page into a Witness.

A *witness* is one surviving version of a text. The site's captures follow a few
templates (``docs/templates.md``):

* ``markdown-export``: ``## Title``, a ``- [Periodical](#)`` line, body paragraphs,
  ``**Source URL:** <url>``;
* ``page-capture``: menu lines, the site's testimonial banner (a quote, ``– Name``,
  role lines, usually a date), then the title and its heading lines (``Share this``,
  a section, an issue line, a byline or author line), the body, and sidebars;

and ``plain`` text is the fallback. A capture of a listing page (several entries,
no single article) is recognised and given the format ``listing``.

The text is cut into zones, each read by one small function: header (menu, banner),
heading (title, section, issue, byline, biography), body, trailer (navigation,
sidebars, source URL). Every block is a span of the decoded text:
``text[b.start:b.end] == b.text``. The banner's date belongs to the testimonial,
never to the article.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from analysis import dates, paths, reference
from analysis.errors import DocumentError
from analysis.integrity import sha256_bytes, verify_data

FORMATS = ("markdown-export", "page-capture", "plain", "listing")

#: Block kinds, in reading order. Furniture belongs to the site or the export, not the article.
BLOCK_KINDS = (
    "menu", "banner", "markup", "topic", "title", "title_repeat", "share", "section", "sidebar",
    "publication", "dateline", "byline", "author", "label", "dek", "bio", "caption", "body",
    "entry", "navigation", "source_url",
)
FURNITURE = frozenset({
    "menu", "banner", "markup", "topic", "title_repeat", "share", "section", "sidebar",
    "publication", "label", "navigation", "source_url",
})
#: The metadata every witness carries (``None`` or empty when the capture does not say).
METADATA_KEYS = ("title", "periodical", "issue", "source_url", "banner", "dateline", "byline",
                 "authors", "section", "entries")

#: Refuse files larger than this: a capture of one article is a few kB.
MAX_BYTES = 64 * 1024 * 1024

_HEADING = re.compile(r"^(#{1,6})[ \t]+(?P<t>\S.*?)[ \t#]*$")
_MARKUP_ONLY = re.compile(r"^#{1,6}$")
_BREADCRUMB = re.compile(r"^(?:Home|[^>»›]{1,40}\s[>»›]\s[^>»›]{1,40})\s[>»›]\s[^>»›]{1,60}$")
_MENU_ROW = re.compile(r"^[^|.!?]{1,30}(?:\s\|\s[^|.!?]{1,30})+$")
_BULLETS_ONLY = re.compile(r"^[*•·|\-–—]+(?:\s+[*•·|\-–—]+)*$")
_PUBLICATION = re.compile(r"^[-*][ \t]+\[(?P<p>[^\]]+)\]\([^)]*\)$")
_SOURCE_URL = re.compile(r"^(?:\*\*)?Source URL:(?:\*\*)?[ \t]*<?(?P<u>[^\s>]+)>?$", re.IGNORECASE)
_SHARE = re.compile(r"^Share(?: this(?: (?:page|article))?)?:?$", re.IGNORECASE)
_AUTHOR = re.compile(r"^[–—―-][ \t]*(?P<a>[^\s\[].*)$")
_BYLINE = re.compile(
    r"^(?:By|(?:Interviewed|Compiled|Reviewed|Edited|Prepared|Written|Statement|Remarks|Testimony)[ \t]+(?:by|from))"
    r"[ \t]+(?P<names>[A-Z].*)$")
_OPEN_QUOTE = "“\"«„‘"
_QUOTE_TAIL = re.compile(r"[”\"»’][ \t]*(?:[–—―-][ \t]*(?P<a>\S.*))?$")
_ISSUE_URL = re.compile(r"/act/(?P<y>\d{4})[-_](?P<m>\d{2})(?:/|$)")
_VOLUME = re.compile(r"^(?:(?P<a>.+?)[ \t]*[-–—:,][ \t]*Vol(?:ume)?\.?[ \t]*\d+.*|Vol(?:ume)?\.?[ \t]*\d+[,:]?[ \t]+(?P<b>.+))$",
                     re.IGNORECASE)
_VOLUME_ONLY = re.compile(r"^Vol(?:ume)?\.?\s*\d+(?:,?\s*(?:Number|No\.|Issue)\s*\d+)?$", re.IGNORECASE)
_ENTRY_DATE = re.compile(r"^(?:Authored by.* on|Submitted by.* on|Posted(?: on)?:?)[ \t]+(?P<d>.+)$", re.IGNORECASE)
_AUTHORED = re.compile(r"^(?:Authored|Submitted|Posted) by\b")
#: Field labels of the site's content system printed as lines of their own ("Sections:", "Body:").
_FIELD_LABEL = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)?:$")
_NAV_TRIGGER = re.compile(
    r"^(?:Related(?: \w+){1,3}|See [Aa]lso.*|Read [Mm]ore.*|More (?:on|from|about) .*|Further [Rr]eading|"
    r"You [Mm]ay [Aa]lso [Ll]ike.*|Recommended(?: \w+){0,2}|Tags?:.*|Topics?:.*)$")
_READ_MORE = re.compile(r"^Read [Mm]ore\b")
_TERMINAL = re.compile(r"[.!?:;\"”’)\]]$")
_SENTENCE_END = re.compile(r"(?:[.!:;…]|[.!?][\"”’)\]]+)$")
_CITATION = re.compile(r"(?:,\s*\d{4}\b|\bpp\.)")
_CREDIT = re.compile(r"\((?:Photos?\b|Courtesy\b|Image\b|Credit\b|[^()]*(?:Getty Images|AFP|Reuters|AP Photo))[^()]*\)")
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z]+(?:['’-][A-Z][a-z]+)*|[A-Z]\.(?:[A-Z]\.)*|Jr\.|Sr\.|II|III)$")
_NAME_PARTICLES = frozenset({"de", "du", "van", "von", "der", "den", "da", "di", "del", "dos", "bin", "al", "la", "le"})
_BIO_VERB = re.compile(r"\b(?:is|was|serves|served|has been|heads|directs|teaches|are|were)\b")


@dataclass(frozen=True)
class Block:
    """A typed span of a witness's text."""

    kind: str
    text: str
    start: int
    end: int


@dataclass
class Witness:
    """One captured version of the article, with typed blocks and metadata."""

    id: str
    path: str
    sha256: str
    size: int
    text: str
    format: str
    blocks: list[Block]
    metadata: dict = field(default_factory=dict)
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)

    def blocks_of(self, kind: str) -> list[Block]:
        """The blocks of one kind, in order."""
        return [b for b in self.blocks if b.kind == kind]

    @property
    def body(self) -> str:
        """The article body: its paragraphs joined by a blank line."""
        return "\n\n".join(b.text for b in self.blocks_of("body"))

    @property
    def is_article(self) -> bool:
        return self.format != "listing" and bool(self.blocks_of("body"))


# ---------------------------------------------------------------------------
# reading and decoding

_NOT_REGULAR = (
    (stat.S_ISDIR, "is a directory, not a file"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a regular file"),
    (stat.S_ISCHR, "is a character device, not a regular file"),
    (stat.S_ISBLK, "is a block device, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
)


def _too_large(size: int) -> str:
    return f"is {size / 2**20:.0f} MiB; a capture larger than {MAX_BYTES // 2**20} MiB is refused"


def _read_fd(fd: int, path: str | Path) -> bytes:
    """Read an open file: only a regular file, and never more than MAX_BYTES + 1 bytes."""
    info = os.fstat(fd)
    for test, problem in _NOT_REGULAR:
        if test(info.st_mode):
            raise DocumentError(path, problem)
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(path, "is not a regular file")
    if info.st_size > MAX_BYTES:
        raise DocumentError(path, _too_large(info.st_size))
    chunks, total = [], 0
    while total <= MAX_BYTES:  # bounded even where stat reports 0 bytes (proc-like files)
        chunk = os.read(fd, min(1 << 20, MAX_BYTES + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > MAX_BYTES:
        raise DocumentError(path, f"is larger than {MAX_BYTES // 2**20} MiB; a larger capture is refused")
    return b"".join(chunks)


def read_bytes(path: str | Path) -> bytes:
    """Read a regular file, turning every OS failure into a DocumentError that names it.

    The file is opened without blocking, so a FIFO or a device is refused at once
    instead of hanging, and the read is bounded by MAX_BYTES whatever ``stat`` says.
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
        return _read_fd(fd, path)
    except OSError as exc:
        raise DocumentError(path, f"cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    finally:
        os.close(fd)


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode a capture: UTF-8 (BOM optional) or UTF-16 with a BOM. Returns (text, encoding)."""
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


# ---------------------------------------------------------------------------
# site vocabularies (data/reference)


@dataclass(frozen=True)
class _Vocab:
    site: frozenset
    menu: frozenset
    labels: tuple
    sections: dict
    topics: frozenset
    body_headings: frozenset
    sidebar_header: frozenset
    sidebar_trailer: frozenset
    role_words: frozenset
    affiliation: frozenset


def _rows(name: str) -> list[dict]:
    return reference.rows(f"reference/{name}")


@lru_cache(maxsize=1)
def vocabulary() -> _Vocab:
    """The site's vocabularies: site names, menu words, labels, sections, topics, sidebar headings."""
    names = _rows("site_names.csv")
    sections = _rows("sections.csv")
    sidebars = _rows("sidebar_headings.csv")
    countries = {a for r in _rows("countries.csv") for a in [r["name"], *r["aliases"].split(";")] if a}
    return _Vocab(
        site=frozenset(_norm(r["text"]) for r in names if r["kind"] == "site"),
        menu=frozenset(_norm(r["text"]) for r in names if r["kind"] == "menu"),
        labels=tuple(r["text"].casefold() for r in names if r["kind"] == "label"),
        sections={_norm(r["name"]): r["name"] for r in sections if r["kind"] == "section"},
        topics=frozenset(_norm(r["name"]) for r in sections if r["kind"] == "topic") | {_norm(c) for c in countries},
        body_headings=frozenset(_norm(r["name"]) for r in sections if r["kind"] == "body_heading"),
        sidebar_header=frozenset(_norm(r["heading"]) for r in sidebars if r["position"] == "header"),
        sidebar_trailer=frozenset(_norm(r["heading"]) for r in sidebars if r["position"] == "trailer"),
        role_words=frozenset(r["word"] for r in _rows("roles.csv") if r["part"] in ("head", "modifier")),
        affiliation=frozenset(r["word"] for r in _rows("affiliation_words.csv")),
    )


# ---------------------------------------------------------------------------
# lines and their shapes


@dataclass(frozen=True)
class _Line:
    start: int  # of the stripped content
    end: int
    text: str
    blank_before: bool  # a blank line separates it from the previous non-blank line


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    blank = False
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        rest = content.lstrip().lstrip("\ufeff").lstrip()  # a byte-order mark is not text
        stripped = rest.rstrip()
        if stripped:
            lead = len(content) - len(rest)
            s = pos + lead
            out.append(_Line(s, s + len(stripped), stripped, blank or not out))
            blank = False
        else:
            blank = True
        pos += len(raw)
    return out


def _words(s: str) -> int:
    return len(s.split())


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.casefold()).strip()


def _unbullet(s: str) -> str:
    return s.strip("•*·-–— \t")


def _is_prose(text: str) -> bool:
    """A sentence-like line (used to trim navigation off the end of a body)."""
    n = _words(text)
    if _HEADING.match(text) or _SOURCE_URL.match(text):
        return False
    return n >= 14 or (n >= 6 and bool(_TERMINAL.search(text)) and not dates.is_date(text))


def _starts_body(text: str) -> bool:
    """A line that reads as article text: a sentence of six words or more (a question only from
    15 words, since titles ask questions too), or 25 words and more."""
    n = _words(text)
    if text.endswith("?"):
        return n >= 15
    return (n >= 6 and bool(_SENTENCE_END.search(text))) or n >= 25


def day_date(text: str) -> dict | None:
    """A date to the day on its own line, with or without a weekday ("Friday, March 31, 2000")."""
    v = dates.parse(dates.without_weekday(_unbullet(text)))
    return v if v and v["precision"] == "day" else None


def issue_date(text: str) -> dict | None:
    """An issue line: a month, a double issue, a season, optionally with a volume ("May 2012 - Vol. 42 Issue 4")."""
    m = _VOLUME.match(text)
    part = (m.group("a") or m.group("b")) if m else text
    v = dates.parse(part)
    return v if v and v["precision"] in ("month", "season") else None


def _is_name(text: str, v: _Vocab) -> bool:
    """A person's name on its own line: two to five capitalised words or initials, no office words."""
    toks = text.rstrip(",").split()
    if not 2 <= len(toks) <= 5 or toks[0] in _NAME_PARTICLES:
        return False
    if any(t.strip(",.") in v.role_words or t.strip(",.") in v.affiliation for t in toks):
        return False
    return all(_NAME_WORD.match(t) or t in _NAME_PARTICLES for t in toks)


def _is_role(text: str, v: _Vocab) -> bool:
    """A testimonial role line: an office or affiliation ("Former IAEA Director-General", "ICAN")."""
    toks = [t.strip(",.()") for t in text.split()]
    return (text[:1].islower() or len(toks) <= 2 and text.isupper()
            or any(t in v.role_words or t in v.affiliation for t in toks))


def _shape_furniture(t: str, v: _Vocab) -> str | None:
    n = _norm(t)
    if _MARKUP_ONLY.match(t):
        return "markup"
    if n in v.menu or _BULLETS_ONLY.match(t) or _BREADCRUMB.match(t) or _MENU_ROW.match(t):
        return "menu"
    if _SHARE.match(t):
        return "share"
    if n in v.site:
        return "site"
    if t.casefold().startswith(v.labels) or _FIELD_LABEL.match(t):
        return "label"
    if n in v.sidebar_header:
        return "sidebar"
    if n in v.sidebar_trailer or _NAV_TRIGGER.match(t):
        return "trailer"
    return None


def _shape(t: str, v: _Vocab) -> str:
    """The shape of one line (see docs/templates.md)."""
    if _HEADING.match(t):
        return "heading"
    if _PUBLICATION.match(t):
        return "publication"
    if _SOURCE_URL.match(t):
        return "source_url"
    furniture = _shape_furniture(t, v)
    if furniture:
        return furniture
    n = _norm(t)
    if _BYLINE.match(t) and not _CITATION.search(t):
        return "byline"
    if _AUTHOR.match(t) and _words(t) <= 9:
        return "dash"
    if day_date(t):
        return "date"
    if issue_date(t):
        return "issue"
    if n in v.sections:
        return "section"
    if n in v.body_headings:
        return "body_heading"
    if n in v.topics:
        return "topic"
    if t.endswith(")") and (m := _CREDIT.search(t)) and m.end() == len(t):
        return "caption"
    if _starts_body(t):
        return "prose"
    return "name" if _is_name(t, v) else "short"


class _Page:
    """The capture being parsed: its lines, their shapes, the blocks and metadata found so far."""

    def __init__(self, text: str):
        self.text = text
        self.v = vocabulary()
        self.lines = _lines(text)
        self.shapes = [_shape(line.text, self.v) for line in self.lines]
        self.blocks: list[Block] = []
        self.meta: dict = {k: None for k in METADATA_KEYS}
        self.meta["authors"] = []

    def add(self, kind: str, start: int, end: int) -> None:
        self.blocks.append(Block(kind, self.text[start:end], start, end))

    def add_lines(self, kind: str, lines: list[_Line]) -> None:
        if lines:
            self.add(kind, lines[0].start, lines[-1].end)

    def add_line(self, kind: str, n: int) -> None:
        self.add_lines(kind, [self.lines[n]])


# ---------------------------------------------------------------------------
# header zone: menu and banner


def _quote_end(p: _Page, i: int) -> tuple[int, str, str | None] | None:
    """A quoted testimonial at line i: (line after it, quote, author on its tail)."""
    lines = p.lines
    if lines[i].text[0] not in _OPEN_QUOTE:
        return None
    for j in range(i, min(i + 5, len(lines))):
        m = _QUOTE_TAIL.search(lines[j].text, 1 if j == i else 0)
        if m:
            quote = " ".join(p.text[lines[i].start + 1: lines[j].start + m.start()].split())
            return j + 1, quote, m.group("a")
    return None


def _unquoted_end(p: _Page, i: int) -> tuple[int, str, None] | None:
    """An unquoted testimonial: one or two sentences directly followed by a dash line."""
    if p.shapes[i] != "prose":
        return None
    for j in range(i + 1, min(i + 3, len(p.lines))):
        if p.shapes[j] == "dash":
            quote = " ".join(p.text[p.lines[i].start: p.lines[j - 1].end].split())
            return (j, quote, None) if _words(quote) >= 5 else None
        if p.shapes[j] not in ("prose", "short", "name"):
            return None
    return None


def _banner_quote(p: _Page, i: int) -> tuple[int, str, str | None] | None:
    """The quote and its author: a quote in curly or straight quote marks (its author on
    a dash line or at its tail), or unquoted text directly followed by a dash line."""
    found = _quote_end(p, i) or _unquoted_end(p, i)
    if not found:
        return None
    k, quote, author = found
    if author is None and k < len(p.lines) and p.shapes[k] == "dash":
        author, k = _AUTHOR.match(p.lines[k].text).group("a"), k + 1
    # A quote followed straight by text is the article's first sentence, not a testimonial.
    if author is None and (k >= len(p.lines) or p.shapes[k] == "prose"):
        return None
    return k, quote, author.strip().rstrip(",") if author else None


#: Shapes a role line can take when a day-date closes the banner (an office, an affiliation,
#: the site's own name, a season such as "Intern, Fall 2016").
_ROLE_SHAPES = frozenset({"short", "name", "prose", "issue", "site", "topic", "section"})


def _roles_and_date(p: _Page, k: int, has_author: bool) -> tuple[list[int], int | None, int]:
    """After the banner's author: up to three role lines and a day-date; returns (roles, date, next line)."""
    for n in range(k, min(k + 4, len(p.lines))):
        if p.shapes[n] == "date":
            return list(range(k, n)), n, n + 1
        if p.shapes[n] not in _ROLE_SHAPES:
            break
    roles = []
    n = k
    while (has_author and n < len(p.lines) and len(roles) < 3 and p.shapes[n] in ("short", "name")
           and (n == k or not p.lines[n].blank_before)):
        roles.append(n)
        n += 1
    # With no date to close the banner, the last line before the heading's anchors is the
    # title, unless it is the only line and reads as an office (a page without a title).
    if roles and _title_at(p, n, _heading_end(p, n)) is None and (
            len(roles) > 1 or not _is_role(p.lines[roles[-1]].text, p.v)):
        roles.pop()
    return roles, None, (roles[-1] + 1 if roles else k)


def _header(p: _Page) -> int:
    """Header zone. Accepts menu lines (menu words, bullet-only lines, site names) at the top,
    then the banner: a quote (curly or straight quote marks, or none when a dash line follows),
    its author on a dash line (en dash, em dash or hyphen) or at the quote's tail, zero to three
    role lines and a day-date. Returns the index of the first line after the header."""
    i = 0
    while i < len(p.lines) and p.shapes[i] in ("menu", "site") and i < 8:
        i += 1
    # Menu words the vocabulary does not know: short lines right before a quoted testimonial.
    quoted = next((n for n in range(i, min(i + 5, len(p.lines))) if p.lines[n].text[0] in _OPEN_QUOTE), None)
    if quoted is not None and quoted > i and _banner_quote(p, quoted) and all(
            _words(p.lines[n].text) <= 4 and p.shapes[n] != "prose" for n in range(i, quoted)):
        i = quoted
    found = _banner_quote(p, i) if i < len(p.lines) else None
    if not found:
        for n in range(i):
            p.add_line("topic" if p.shapes[n] == "site" else "menu", n)
        return i
    k, quote, author = found
    for n in range(i):
        p.add_line("menu", n)
    roles, date_at, end = _roles_and_date(p, k, author is not None)
    last = date_at if date_at is not None else (roles[-1] if roles else k - 1)
    p.add("banner", p.lines[i].start, p.lines[last].end)
    p.meta["banner"] = {
        "quote": quote, "author": author,
        "role": "; ".join(p.lines[r].text.rstrip(",") for r in roles) or None,
        "date": p.lines[date_at].text if date_at is not None else None,
    }
    return end


# ---------------------------------------------------------------------------
# heading zone: title, section, issue, byline, author, biography

#: Shapes that close the run of lines in which the title stands.
_ANCHORS = frozenset({"share", "sidebar", "issue", "date", "byline", "label", "publication",
                      "body_heading", "source_url", "trailer"})


def _wrapped(p: _Page, n: int) -> str:
    """Line n with the lines that continue it (hard-wrapped text: no blank line, lower-case start)."""
    k = n + 1
    while k < len(p.lines) and not p.lines[k].blank_before and p.lines[k].text[:1].islower():
        k += 1
    return p.text[p.lines[n].start: p.lines[k - 1].end] if k > n + 1 else p.lines[n].text


def _heading_end(p: _Page, i: int) -> int:
    """Index of the first body line at or after i (len(lines) if none)."""
    n = i
    while n < len(p.lines):
        s = p.shapes[n]
        if s in ("short", "name") and _starts_body(" ".join(_wrapped(p, n).split())):
            s = p.shapes[n] = "prose"
        if s == "body_heading" or (s == "prose" and not _is_bio(p, n) and not _anchor_follows(p, n)):
            # A review opens with the book's title line, then "By A, Publisher, 2008, 328 pp."
            return n - 1 if n > i and p.shapes[n - 1] == "short" and _BYLINE.match(p.lines[n].text) else n
        if s in ("trailer", "source_url"):
            return n
        n += 1
    return n


def _anchor_follows(p: _Page, n: int) -> bool:
    """Whether heading lines (issue, byline, share, sidebar, label) follow within three lines and
    before any other sentence: then a sentence-like line is a description or a biography, not
    the body's start."""
    for k in range(n + 1, min(n + 4, len(p.lines))):
        if p.shapes[k] in ("issue", "byline", "share", "sidebar", "label"):
            return True
        if p.shapes[k] == "prose":
            return False
    return False


def _title_at(p: _Page, i: int, end: int) -> int | None:
    """The title: a markdown heading, else the last title-shaped line before the first anchor;
    a name-shaped line only when nothing else is there; never a term, section or site line."""
    heading = next((n for n in range(i, end) if p.shapes[n] == "heading"), None)
    if heading is not None:
        return heading
    short, name, section = None, None, None
    for n in range(i, end):
        s = p.shapes[n]
        if s in _ANCHORS or (short is not None and s in ("section", "name")):
            break
        if s == "short":
            short = n
        elif s == "name":
            name = n
        elif s == "section" and section is None:
            section = n
    return next((n for n in (short, name, section) if n is not None), None)


def _names(text: str) -> list[str]:
    """The people named in a byline: "By A", "By A and B", "By A, B, and C", "Statement by A, Role"."""
    m = _BYLINE.match(text)
    body = m.group("names") if m else text
    body = body.strip()
    if body.endswith(".") and not re.search(r"\b(?:Jr|Sr|[A-Z])\.$", body):
        body = body[:-1]
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", body)
    v = vocabulary()
    return [x.strip() for x in parts if x.strip() and _is_name(x.strip(), v)]


def _is_bio(p: _Page, n: int) -> bool:
    """An author biography: text that begins with the name of an author of the page
    (from a byline or name line before or just after it) and says who they are."""
    text = p.lines[n].text
    head = " ".join(text.split()[:6])
    nearby = [p.lines[k].text for k in range(max(0, n - 3), min(len(p.lines), n + 3))
              if p.shapes[k] in ("byline", "name") and k != n]
    for line in nearby:
        for name in _names(line) or [line]:
            surname = name.split()[-1]
            if head.startswith(name) or (surname in head.split()[:3] and _BIO_VERB.search(" ".join(text.split()[:12]))):
                return bool(_BIO_VERB.search(" ".join(text.split()[:12])))
    return False


def _heading_line(p: _Page, n: int, title: int | None) -> None:
    """Type one heading line other than the title and record what it says."""
    s, txt, meta = p.shapes[n], p.lines[n].text, p.meta
    if title is not None and n != title and _norm(txt) == _norm(meta["title"] or ""):
        p.add_line("title_repeat", n)
    elif s == "publication":
        p.add_line("publication", n)
        meta["periodical"] = meta["periodical"] or _PUBLICATION.match(txt).group("p")
    elif s in ("issue", "date"):
        p.add_line("dateline", n)
        meta["dateline"] = meta["dateline"] or txt
        if s == "issue" and meta["issue"] is None:
            meta["issue"] = dates.edtf(issue_date(txt))
    elif s == "byline":
        p.add_line("byline", n)
        meta["byline"] = meta["byline"] or txt
        meta["authors"] += [a for a in _names(txt) if a not in meta["authors"]]
    elif s == "section":
        p.add_line("section", n)
        meta["section"] = meta["section"] or txt
    elif s == "name" and title is not None and n > title:
        p.add_line("author", n)
        if txt.rstrip(",") not in meta["authors"]:
            meta["authors"].append(txt.rstrip(","))
    else:
        kind = "bio" if s == "prose" and _is_bio(p, n) else _HEADING_KIND.get(s)
        p.add_line(kind or ("dek" if title is not None and n > title else "topic"), n)


_HEADING_KIND = {"caption": "caption", "share": "share", "menu": "menu", "site": "topic", "label": "label", "sidebar": "sidebar",
                 "markup": "markup", "topic": "topic", "heading": "topic", "dash": "dek"}


def _heading(p: _Page, i: int) -> int:
    """Heading zone, from the end of the header to the body. Accepts topic or author terms
    above the title, the title (a markdown heading or a title-shaped line), ``Share this``,
    sidebar headings, a section line, an issue line (also a double issue), a day-date,
    bylines ("By A and B", "Interviewed by", "Compiled by", "Statement by"), author name
    lines, author biographies, press-release labels and subtitles. Returns the body's first line."""
    end = _heading_end(p, i)
    title = _title_at(p, i, end)
    if title is not None:
        line = p.lines[title]
        m = _HEADING.match(line.text)
        s = line.start + m.start("t") if m else line.start
        t = m.group("t") if m else line.text
        p.add("title", s, s + len(t))
        p.meta["title"] = t
    for n in range(i, end):
        if n != title:
            _heading_line(p, n, title)
    return end


# ---------------------------------------------------------------------------
# body zone and trailer zone


def _paragraphs(lines: list[_Line]) -> list[list[_Line]]:
    """Group body lines into paragraphs.

    Where the capture separates paragraphs by blank lines, adjacent lines are one
    paragraph (hard-wrapped text); where it uses single newlines, each line is one.
    A line that does not end a sentence and is followed by a lower-case line is
    joined to it in either case.
    """
    uses_blank = any(line.blank_before for line in lines[1:])
    paras: list[list[_Line]] = []
    for line in lines:
        join = bool(paras) and not line.blank_before and (
            uses_blank or (not _TERMINAL.search(paras[-1][-1].text) and line.text[:1].islower())
        )
        if join:
            paras[-1].append(line)
        else:
            paras.append([line])
    return paras


def _short_sentence(text: str) -> bool:
    """A short closing sentence ("The talks ended."), which navigation lines never are."""
    return _words(text) >= 3 and bool(_SENTENCE_END.search(text)) and not dates.is_date(text)


def _body_end(p: _Page, j: int) -> int:
    """Index of the first trailer line: a sidebar heading, navigation or the source URL;
    short lines after the last sentence are navigation too."""
    end = next((n for n in range(j, len(p.lines)) if p.shapes[n] in ("trailer", "sidebar", "source_url")), len(p.lines))
    while end > j and not _is_prose(p.lines[end - 1].text) and not _short_sentence(p.lines[end - 1].text):
        end -= 1
    return end


def _caption_split(p: _Page, para: list[_Line]) -> None:
    """A paragraph, or a photo caption run into it and closed by a credit ("(Photo by ...)")."""
    start, end = para[0].start, para[-1].end
    m = _CREDIT.search(p.text, start, min(end, start + 600))
    if m and m.end() < end and not p.text[m.end()].isspace() and _words(p.text[start:m.end()]) <= 60:
        p.add("caption", start, m.end())
        start = m.end()
    p.add("body", start, end)


def _body(p: _Page, j: int) -> int:
    """Body zone. Accepts paragraphs (blank-line or single-newline separated, hard-wrapped or
    not); a short caption line before the first paragraph; captions run into a paragraph and
    closed by a photo credit. Returns the index of the first trailer line."""
    end = _body_end(p, j)
    paras = _paragraphs(p.lines[j:end])
    if len(paras) > 1 and len(paras[0]) == 1 and _words(paras[0][0].text) <= 12 and \
            p.shapes[j] == "prose" and _words(paras[1][0].text) > 2 * _words(paras[0][0].text):
        p.add_lines("caption", paras.pop(0))
    for para in paras:
        _caption_split(p, para)
    return end


def _trailer(p: _Page, k: int) -> None:
    """Trailer zone: navigation and sidebars after the body (headings such as "In the News",
    "Related Content", "Subject Resources" and every line after them) and the source URL."""
    nav: list[_Line] = []
    for n in range(k, len(p.lines)):
        m = _SOURCE_URL.match(p.lines[n].text)
        if m:
            p.add_lines("navigation", nav)
            nav = []
            p.add_line("source_url", n)
            p.meta["source_url"] = p.meta["source_url"] or m.group("u")
        else:
            nav.append(p.lines[n])
    p.add_lines("navigation", nav)


# ---------------------------------------------------------------------------
# listings


def _is_listing(p: _Page, i: int) -> bool:
    """A listing page (after the header): three headings or more, two "Read more" links, two
    "Authored by ... on" lines, two bulleted lines with two dates, or four dates and more."""
    lines, shapes = p.lines[i:], p.shapes[i:]
    headings = sum(1 for line in lines if (m := _HEADING.match(line.text)) and len(m.group(1)) <= 3)
    read_more = sum(1 for line in lines if _READ_MORE.match(line.text))
    authored = sum(1 for line in lines if _ENTRY_DATE.match(line.text) or _AUTHORED.match(line.text))
    day_dates = sum(1 for s in shapes if s == "date")
    bullets = sum(1 for line in lines if line.text[:1] in "•*" and len(line.text) > 1)
    return (headings >= 3 or read_more >= 2 or authored >= 2 or (bullets >= 2 and day_dates >= 2)
            or day_dates + read_more >= 4)


def _entry_starts(p: _Page, i: int) -> list[int]:
    """Where each entry of a listing begins: at a heading, a bulleted line, or an entry date
    once the entry under way already has a date or text."""
    starts, dated, has_text = [], True, True
    for n in range(i, len(p.lines)):
        t, s = p.lines[n].text, p.shapes[n]
        is_date = s == "date" or bool(_ENTRY_DATE.match(t) or _AUTHORED.match(t))
        if s == "heading" or (t[:1] in "•*" and len(t) > 1) or (is_date and (dated or has_text)):
            starts.append(n)
            dated, has_text = False, False
        has_text = has_text or s == "prose"
        dated = dated or is_date
    return starts


def _entry(p: _Page, a: int, b: int) -> dict:
    """One listing entry: its title (where it has one), date and first words."""
    title, when, words = None, None, None
    for n in range(a, b):
        t = _unbullet(p.lines[n].text)
        m = _HEADING.match(t) or _ENTRY_DATE.match(t)
        if _ENTRY_DATE.match(t) or day_date(t):
            when = when or (m.group("d") if _ENTRY_DATE.match(t) else t)
        elif p.shapes[n] == "prose" and words is None:
            words = " ".join(t.split()[:8])
        elif title is None and words is None and p.shapes[n] not in ("share", "menu") and not (
                _READ_MORE.match(t) or _VOLUME_ONLY.match(t) or _AUTHORED.match(t)):
            title = _HEADING.match(t).group("t") if _HEADING.match(t) else t
    return {"title": title, "date": when, "words": words}


def _listing(p: _Page, i: int) -> None:
    """A listing page: the page title and intro, then entries (title, date, first words)."""
    starts = _entry_starts(p, i)
    first = starts[0] if starts else len(p.lines)
    title = _title_at(p, i, first) if first > i else None
    if title is None:
        title = next((n for n in range(i, first) if p.shapes[n] in ("topic", "site", "short", "name", "section")), None)
    if title is None:
        headings = [n for n in range(i, len(p.lines)) if p.shapes[n] == "heading"]
        title = headings[0] if headings else None
    if title is not None:
        m = _HEADING.match(p.lines[title].text)
        p.meta["title"] = m.group("t") if m else p.lines[title].text
        p.add_line("title", title)
    for n in range(i, first):
        if n != title:
            p.add_line("topic" if p.shapes[n] != "prose" else "dek", n)
    entries = []
    for a, b in zip(starts, starts[1:] + [len(p.lines)]):
        entries.append(_entry(p, a, b))
        p.add("entry", p.lines[a].start, p.lines[b - 1].end)
    p.meta["entries"] = entries


# ---------------------------------------------------------------------------
# the whole page


def _format(p: _Page) -> str:
    kinds = {b.kind for b in p.blocks}
    if any(s in ("heading", "source_url", "markup") for s in p.shapes):
        return "markdown-export"
    if p.meta["banner"] is not None or "share" in kinds:
        return "page-capture"
    return "plain"


def _parse(text: str) -> tuple[str, list[Block], dict]:
    """Cut a capture into zones (header, heading, body, trailer) and read each."""
    p = _Page(text)
    i = _header(p)
    if _is_listing(p, i):
        _listing(p, i)
        fmt = "listing"
    else:
        j = _heading(p, i)
        k = _body(p, j)
        _trailer(p, k)
        fmt = _format(p)
    if p.meta["source_url"]:
        im = _ISSUE_URL.search(p.meta["source_url"])
        if im:
            p.meta["issue"] = f"{im.group('y')}-{im.group('m')}"
    return fmt, sorted(p.blocks, key=lambda k: k.start), p.meta


def parse_text(text: str, id: str = "text", path: str = "<text>", sha256: str | None = None,
               size: int | None = None, encoding: str = "utf-8") -> Witness:
    """Build a Witness from already decoded text."""
    if not text.strip():
        raise DocumentError(path, "contains only whitespace")
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<head" in head and "<" == head[:1]):
        raise DocumentError(path, "is HTML page source, not a text capture; save the page as text or markdown")
    fmt, blocks, meta = _parse(text)
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
    return out


def load(path: str | Path, id: str | None = None) -> Witness:
    """Load one capture. Raises DocumentError (naming the file) for anything unreadable."""
    p = Path(path)
    data = read_bytes(p)
    shown = paths.relative(p)
    text, encoding = decode(data, shown)
    return parse_text(text, id=id or p.stem, path=shown, sha256=sha256_bytes(data), size=len(data), encoding=encoding)


def load_bundled() -> list[Witness]:
    """Verify the data checksums, then load every witness in data/raw, sorted by name."""
    verify_data()
    return [load(p) for p in sorted(paths.RAW.glob("*.txt"))]
