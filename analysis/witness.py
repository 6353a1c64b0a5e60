"""Load a text capture of an Arms Control Association page into a Witness.

A *witness* is one surviving version of a text. Two capture forms are known:

* ``markdown-export``: ``## Title``, a ``- [Periodical](#)`` line, body paragraphs,
  ``**Source URL:** <url>``;
* ``page-capture``: the site's testimonial banner (a quote in curly quotes,
  ``– Name``, role lines, usually a date), the title, ``Share this``, the body;

and ``plain`` text is the fallback. A capture of a listing page (several entries,
no single article) is recognised and given the format ``listing``.

Every block is a span of the decoded text: ``text[b.start:b.end] == b.text``.
The banner's date belongs to the testimonial, never to the article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from analysis.errors import DocumentError
from analysis.integrity import sha256_bytes

FORMATS = ("markdown-export", "page-capture", "plain", "listing")

#: Block kinds, in reading order. Furniture belongs to the site or the export, not the article.
BLOCK_KINDS = (
    "menu", "banner", "topic", "title", "title_repeat", "share", "publication",
    "dateline", "byline", "body", "navigation", "source_url",
)
FURNITURE = frozenset({"menu", "banner", "topic", "title_repeat", "share", "publication", "navigation", "source_url"})

#: Refuse files larger than this: a capture of one article is a few kB.
MAX_BYTES = 64 * 1024 * 1024

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DATE_LINE = re.compile(
    rf"^(?:{_MONTH}\s+(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?,?\s+)?\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|(?:Spring|Summer|Fall|Autumn|Winter)\s+\d{4})$",
    re.IGNORECASE,
)
_DAY_DATE = re.compile(rf"^{_MONTH}\s+\d{{1,2}},\s+\d{{4}}$", re.IGNORECASE)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(?P<t>\S.*?)[ \t#]*$")
_PUBLICATION = re.compile(r"^[-*][ \t]+\[(?P<p>[^\]]+)\]\([^)]*\)$")
_SOURCE_URL = re.compile(r"^(?:\*\*)?Source URL:(?:\*\*)?[ \t]*<?(?P<u>[^\s>]+)>?$", re.IGNORECASE)
_SHARE = re.compile(r"^Share(?: this(?: (?:page|article))?)?:?$", re.IGNORECASE)
_AUTHOR = re.compile(r"^[–—―-][ \t]*(?P<a>[^\s\[].*)$")
_BYLINE = re.compile(r"^By[ \t]+[A-Z]")
_OPEN_QUOTE = "“\"«„‘"
_CLOSE_QUOTE = "”\"»“’"
_QUOTE_TAIL = re.compile(r"[”\"»’][ \t]*(?:[–—―-][ \t]*(?P<a>\S.*))?$")
_ISSUE = re.compile(r"/act/(?P<y>\d{4})-(?P<m>\d{2})(?:/|$)")
_NAV_TRIGGER = re.compile(
    r"^(?:In the News|Related(?: (?:Articles|Content|Resources))?|Read [Mm]ore.*|More on .*|"
    r"Subject Resources|Country Resources|Back to top|Print(?: this)?|Tags?:.*|Topics?:.*)$",
)
_READ_MORE = re.compile(r"^Read [Mm]ore\b")
_TERMINAL = re.compile(r"[.!?:;\"”’)\]]$")
#: Names of the site itself; a line that is only one of these is site furniture, not a title.
SITE_LINES = frozenset({
    "arms control association", "arms control today", "news briefs", "news brief",
    "issue briefs", "the arms control association",
})


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


def read_bytes(path: str | Path) -> bytes:
    """Read a file, turning every OS failure into a DocumentError that names it."""
    p = Path(path)
    try:
        if p.is_dir():
            raise DocumentError(path, "is a directory, not a file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(path, f"is {size / 2**20:.0f} MiB; a capture larger than {MAX_BYTES // 2**20} MiB is refused")
        return p.read_bytes()
    except DocumentError:
        raise
    except FileNotFoundError:
        raise DocumentError(path, "no such file") from None
    except PermissionError:
        raise DocumentError(path, "permission denied: the file cannot be read") from None
    except OSError as exc:  # symlink loops, I/O errors, names too long...
        raise DocumentError(path, f"cannot be read ({exc.strerror or exc.__class__.__name__})") from None


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
# lines


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
        stripped = content.strip()
        if stripped and stripped != "\ufeff":
            lead = len(content) - len(content.lstrip())
            s = pos + lead
            out.append(_Line(s, s + len(stripped), stripped, blank or not out))
            blank = False
        else:
            blank = True
        pos += len(raw)
    return out


def _words(s: str) -> int:
    return len(s.split())


def _is_prose(line: _Line) -> bool:
    n = _words(line.text)
    if _HEADING.match(line.text) or _SOURCE_URL.match(line.text):
        return False
    return n >= 14 or (n >= 6 and bool(_TERMINAL.search(line.text)) and not DATE_LINE.match(line.text))


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.casefold()).strip()


# ---------------------------------------------------------------------------
# parsing


class _Builder:
    def __init__(self, text: str):
        self.text = text
        self.blocks: list[Block] = []

    def add(self, kind: str, start: int, end: int) -> Block:
        block = Block(kind, self.text[start:end], start, end)
        self.blocks.append(block)
        return block

    def add_lines(self, kind: str, lines: list[_Line]) -> Block | None:
        return self.add(kind, lines[0].start, lines[-1].end) if lines else None


def _banner(text: str, lines: list[_Line], i: int) -> tuple[int, dict] | None:
    """Parse a testimonial quote starting at lines[i]; return (index after quote and name, info)."""
    if lines[i].text[0] not in _OPEN_QUOTE:
        return None
    # The quote runs until a line that ends with a closing quote, optionally followed by "– Name".
    for j in range(i, min(i + 4, len(lines))):
        skip = 1 if j == i else 0
        m = _QUOTE_TAIL.search(lines[j].text, skip)
        if not m:
            continue
        quote = " ".join(text[lines[i].start + 1 : lines[j].start + m.start()].split())
        author = m.group("a")
        k = j + 1
        if author is None and k < len(lines):
            am = _AUTHOR.match(lines[k].text)
            if am and not _PUBLICATION.match(lines[k].text):
                author, k = am.group("a"), k + 1
        return k, {"quote": quote, "author": author.strip() if author else None}
    return None


def _find_title(zone: list[_Line]) -> int | None:
    """Index of the title in the header zone (the lines between banner and body)."""
    candidates = [
        n for n, l in enumerate(zone)
        if not (DATE_LINE.match(l.text) or _SHARE.match(l.text) or _BYLINE.match(l.text)
                or _norm(l.text) in SITE_LINES)
    ]
    seen: dict[str, int] = {}
    for n in candidates:
        key = _norm(zone[n].text)
        if key in seen:
            return seen[key]
        seen[key] = n
    for n, line in enumerate(zone):
        if _SHARE.match(line.text):
            before = [c for c in candidates if c < n]
            if before:
                return before[-1]
    return candidates[-1] if candidates else None


def _paragraphs(lines: list[_Line]) -> list[list[_Line]]:
    """Group body lines into paragraphs.

    Where the capture separates paragraphs by blank lines, adjacent lines are one
    paragraph (hard-wrapped text); where it uses single newlines, each line is one.
    A line that does not end a sentence and is followed by a lower-case line is
    joined to it in either case.
    """
    uses_blank = any(l.blank_before for l in lines[1:])
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


def _is_listing(lines: list[_Line]) -> bool:
    """A listing page: several headings, or several entry dates and "Read more" links."""
    headings = sum(1 for l in lines if (m := _HEADING.match(l.text)) and len(m.group(1)) <= 3)
    read_more = sum(1 for l in lines if _READ_MORE.match(l.text))
    dates = sum(1 for l in lines if DATE_LINE.match(l.text))
    return headings >= 3 or read_more >= 2 or dates + read_more >= 4


def _header_lines(b: _Builder, meta: dict, lines: list[_Line]) -> None:
    """Type the header lines after the title: share, publication, dateline, byline, repeats, topics."""
    for line in lines:
        txt = line.text
        if _SHARE.match(txt):
            b.add_lines("share", [line])
        elif (pm := _PUBLICATION.match(txt)):
            b.add_lines("publication", [line])
            meta["periodical"] = meta["periodical"] or pm.group("p")
        elif DATE_LINE.match(txt):
            b.add_lines("dateline", [line])
            meta["dateline"] = meta["dateline"] or txt
        elif _BYLINE.match(txt):
            b.add_lines("byline", [line])
            meta["byline"] = meta["byline"] or txt
        elif meta["title"] is not None and _norm(txt) == _norm(meta["title"]):
            b.add_lines("title_repeat", [line])
        else:
            b.add_lines("topic", [line])


def _body_and_after(b: _Builder, meta: dict, tail: list[_Line]) -> None:
    """Body paragraphs from the first prose line on, then navigation and the source URL."""
    body_lines: list[_Line] = []
    after: list[_Line] = []
    for n, line in enumerate(tail):
        if _SOURCE_URL.match(line.text) or _NAV_TRIGGER.match(line.text):
            after = tail[n:]
            break
        body_lines.append(line)
    # Short trailing lines after the last sentence are navigation, not article.
    while body_lines and not _is_prose(body_lines[-1]):
        after.insert(0, body_lines.pop())
    for para in _paragraphs(body_lines):
        b.add_lines("body", para)
    nav: list[_Line] = []
    for line in after:
        m = _SOURCE_URL.match(line.text)
        if m:
            b.add_lines("navigation", nav)
            nav = []
            b.add_lines("source_url", [line])
            meta["source_url"] = m.group("u")
        else:
            nav.append(line)
    b.add_lines("navigation", nav)


def _parse(text: str) -> tuple[str, list[Block], dict]:
    lines = _lines(text)
    b = _Builder(text)
    meta: dict = {"title": None, "periodical": None, "issue": None, "source_url": None,
                  "banner": None, "dateline": None, "byline": None}
    if _is_listing(lines):
        titles = [m.group("t") for l in lines if (m := _HEADING.match(l.text))]
        meta["title"] = titles[0] if titles else lines[0].text
        return "listing", [], meta

    is_markdown = any(_HEADING.match(l.text) or _SOURCE_URL.match(l.text) for l in lines)
    i = 0
    # -- leading furniture and banner -------------------------------------------------
    banner_at = next((n for n, l in enumerate(lines[:6]) if l.text[0] in _OPEN_QUOTE), None)
    banner = None
    if banner_at is not None and not any(_is_prose(l) and l.text[0] not in _OPEN_QUOTE for l in lines[:banner_at]):
        banner = _banner(text, lines, banner_at)
    # A quote followed straight by prose is the article's first sentence, not a testimonial.
    if banner and (banner[1]["author"] or (banner[0] < len(lines) and not _is_prose(lines[banner[0]]))):
        b.add_lines("menu", lines[:banner_at])
        after_quote, info = banner
        banner_start = lines[banner_at].start
        i = after_quote
    else:
        banner, info, banner_start = None, None, None

    # -- header zone: up to the first prose line ---------------------------------------
    first_prose = next((n for n in range(i, len(lines)) if _is_prose(lines[n])), len(lines))
    heading_at = next((n for n in range(i, first_prose) if _HEADING.match(lines[n].text)), None)
    zone = lines[i:first_prose]
    # The site's banner dates its testimonial to the day ("June 2, 2022"); when no
    # "Share this" anchors the title, such a line early in the zone closes the banner.
    day_date = None
    if banner is not None and not any(_SHARE.match(l.text) for l in zone):
        day_date = next((n for n, l in enumerate(zone[:5]) if _DAY_DATE.match(l.text)), None)
    if heading_at is not None:
        t = heading_at - i
    elif day_date is not None:
        rest_t = _find_title(zone[day_date + 1 :])
        t = None if rest_t is None else day_date + 1 + rest_t
    else:
        t = _find_title(zone)
    roles: list[_Line] = []
    banner_date = None
    consumed = 0  # zone lines that belong to the banner or come before the title
    if banner is not None:
        pre = zone[: t if t is not None else (day_date + 1 if day_date is not None else len(zone))]
        consumed = len(pre)
        date_at = next((n for n, l in enumerate(pre[:5]) if DATE_LINE.match(l.text)), None)
        if date_at is not None:
            roles, banner_date, topics = pre[:date_at], pre[date_at], pre[date_at + 1 :]
        elif info["author"]:
            roles = [l for l in pre if _norm(l.text) not in SITE_LINES]
            topics = [l for l in pre if _norm(l.text) in SITE_LINES]
        else:
            topics = pre
        if not info["author"]:
            roles, topics = [], roles + topics
        end_line = (banner_date or (roles[-1] if roles else None))
        end = end_line.end if end_line else lines[after_quote - 1].end
        b.add("banner", banner_start, end)
        info["role"] = "; ".join(l.text for l in roles) or None
        info["date"] = banner_date.text if banner_date else None
        meta["banner"] = info
        for line in topics:
            b.add_lines("topic", [line])
    elif t is not None:  # no banner: lines before the title are site menu or topic lines
        for line in zone[:t]:
            b.add_lines("topic" if _norm(line.text) in SITE_LINES else "menu", [line])
    if t is not None:
        title_line = zone[t]
        m = _HEADING.match(title_line.text)
        if m:
            s = title_line.start + m.start("t")
            b.add("title", s, s + len(m.group("t")))
            meta["title"] = m.group("t")
        else:
            b.add_lines("title", [title_line])
            meta["title"] = title_line.text
        rest = zone[t + 1 :]
    else:
        rest = zone[consumed:]
    _header_lines(b, meta, rest)
    _body_and_after(b, meta, lines[first_prose:])

    if meta["source_url"]:
        im = _ISSUE.search(meta["source_url"])
        if im:
            meta["issue"] = f"{im.group('y')}-{im.group('m')}"
    if is_markdown:
        fmt = "markdown-export"
    elif banner is not None or any(k.kind == "share" for k in b.blocks):
        fmt = "page-capture"
    else:
        fmt = "plain"
    blocks = sorted(b.blocks, key=lambda k: k.start)
    return fmt, blocks, meta


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
    from analysis.paths import relative

    p = Path(path)
    data = read_bytes(p)
    shown = relative(p)
    text, encoding = decode(data, shown)
    return parse_text(text, id=id or p.stem, path=shown, sha256=sha256_bytes(data), size=len(data), encoding=encoding)


def load_bundled() -> list[Witness]:
    """Verify the data checksums, then load every witness in data/raw, sorted by name."""
    from analysis import paths
    from analysis.integrity import verify_data

    verify_data()
    return [load(p) for p in sorted(paths.RAW.glob("*.txt"))]
