"""The lines of a capture and their shapes, read with the site's vocabularies.

Each non-blank line of a capture gets one *shape* ("heading", "menu", "byline",
"date", "issue", "prose", "name", "short"...; ``docs/templates.md``) from its form
and the site's vocabularies in ``data/reference/``. The zone parser
(:mod:`analysis.text.templates`) reads the shapes, not the raw lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis import dates, reference
from analysis.text.basics import NOTE
from analysis.text.basics import norm as _norm
from analysis.text.fields import ATTACHMENT_ROW, FIELD_LABEL, MEDIA_NOTE, PAGE_FIELD
from analysis.text.witness import METADATA_KEYS, Block

_HEADING = re.compile(r"^(#{1,6})[ \t]+(?P<t>\S.*?)[ \t#]*$")
_MARKUP_ONLY = re.compile(r"^#{1,6}$")
#: A press release's end mark, "# # #" or "###": three hash marks alone close the release (spaced, or glued
#: with nothing after them); they open no markdown heading.
_END_MARK = re.compile(r"^#(?:[ \t]+#){2,}$|^###$")
_BREADCRUMB = re.compile(r"^(?:Home|[^>»›]{1,40}\s[>»›]\s[^>»›]{1,40})\s[>»›]\s[^>»›]{1,60}$")
_MENU_ROW = re.compile(r"^[^|.!?]{1,30}(?:\s\|\s[^|.!?]{1,30})+$")
_BULLETS_ONLY = re.compile(r"^[*•·|\-–—]+(?:\s+[*•·|\-–—]+)*$")
_PUBLICATION = re.compile(r"^[-*][ \t]+\[(?P<p>[^\]]+)\]\([^)]*\)$")
_SOURCE_URL = re.compile(r"^(?:\*\*)?Source URL:(?:\*\*)?[ \t]*<?(?P<u>[^\s>]+)>?$", re.IGNORECASE)
_SHARE = re.compile(r"^(?:Share ?)?Share(?: this(?: (?:page|article))?)?:?$", re.IGNORECASE)  # "ShareShare this": an icon's label run in
_AUTHOR = re.compile(r"^[–—―-][ \t]*(?P<a>[^\s\[].*)$")
_BYLINE = re.compile(  # a camera's file name may be glued before "By" ("P1500218By A", "IMG_2041By A")
    r"^(?:(?:IMG_?|DSC[NF_]?|_MG_|DJI_|P)\d{4,}(?=By\s))?(?:By|(?:Interviewed|Compiled|Reviewed|Edited|Prepared|Written|Statement|Remarks|Testimony|Note for Reporters)"
    r"(?:[ \t]+as[ \t]+(?:delivered|prepared(?:[ \t]+for[ \t]+delivery)?))?[ \t]+(?:by|from)|(?P<of>(?:Statement|Remarks|Testimony)[ \t]+of))"
    r"[ \t]+(?P<names>[A-Z].*)$")
_ISSUE_URL = re.compile(r"/act/(?P<y>\d{4})[-_](?P<m>\d{2})(?:/|$)")
#: The longest line read as an issue line ("May 2012 - Vol. 42 Issue 4"); a longer line is prose.
MAX_FIELD_LINE = 200
_VOLUME = re.compile(r"^(?:(?P<a>.+?)[ \t]*[-–—:,][ \t]*Vol(?:ume)?\.?[ \t]*\d+.*|Vol(?:ume)?\.?[ \t]*\d+[,:]?[ \t]+(?P<b>.+))$",
                     re.IGNORECASE)
_VOLUME_ONLY = re.compile(r"^Vol(?:ume)?\.?\s*\d+(?:,?\s*(?:Number|No\.|Issue)\s*\d+)?$", re.IGNORECASE)
#: A volume line ending in a day-date ("Volume 4, Issue 4, June 10, 2013"): an issue brief's dateline.
_VOLUME_DAY = re.compile(r"^Vol(?:ume)?\.?[ \t]*\d+,?[ \t]*(?:Number|No\.|Issue)[ \t]*\d+,[ \t]*(?P<d>\S.*)$", re.IGNORECASE)
#: A listing entry's type run into its day-date, the space lost in capture ("Arms Control TodayJanuary 10, 2011").
_TYPE_DAY = re.compile(rf"^[A-Z][\w&' ]{{2,40}}?[a-z](?P<d>{dates.MONTH_NAME_RE}[ \t]+\d{{1,2}},[ \t]*\d{{4}})$")
#: An event's time line: a weekday, a month and day, a span of hours ("Tuesday, July 17, 4:30-6:30 p.m.",
#: "Tuesday, December 1, 2031 · 12:30pm - 3:00pm").
_EVENT_TIME = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t]+[A-Z][a-z]+\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?(?:,|[ \t]+[·•|])"
                         r"[ \t]*\d{1,2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?[ \t]*(?:[-–—]|to)[ \t]*\d{1,2}(?::\d{2})?[ \t]*[ap]\.?m\.?$")
_ENTRY_DATE = re.compile(r"^(?:Authored by.* on|Submitted by.* on|Posted(?: on)?:?)[ \t]+(?P<d>.+)$", re.IGNORECASE)
_AUTHORED = re.compile(r"^(?:Authored|Submitted|Posted) by\b")
_NAV_TRIGGER = re.compile(
    r"^(?:Related(?: \w+){1,3}|See [Aa]lso.*|Read [Mm]ore.*|More (?:on|from|about) .*|Further [Rr]eading|"
    r"You [Mm]ay [Aa]lso [Ll]ike.*|Recommended(?: \w+){0,2}|Tags?:.*|Topics?:.*)$")
_READ_MORE = re.compile(r"^Read [Mm]ore\b")
_TERMINAL = re.compile(r"[.!?:;\"”’)\]]$")
_SENTENCE_END = re.compile(r"(?:[.!:;…]|[.!?][\"”’)\]]+)$")
_INNER_END = re.compile(r"[a-z]{3}[.!][\"”’]?\s+[A-Z]")  # "... Ordzhonikidze. Speaking": not "Gen. Smith"
_CITATION = re.compile(r"(?:,\s*\d{4}\b|\bpp\.)")
#: A photo credit closing a caption: "(Photo by ...)", "(AFP/Getty Images)", "[State Department photo/ Public Domain]".
_CREDIT = re.compile(r"\((?:Photos?\b|Courtesy\b|Image\b|Credit\b|[^()]*(?:Getty Images|AFP|Reuters|AP Photo))[^()]*\)"
                     r"|\[(?:[^\[\]]*\b(?:[Pp]hotos?|Getty Images|AFP|Reuters|Public Domain)\b)[^\[\]]*\]")
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z]+(?:['’-][A-Z][a-z]+)*|[A-Z]\.(?:[A-Z]\.)*|Jr\.|Sr\.|II|III)$")
_NAME_PARTICLES = frozenset({"de", "du", "van", "von", "der", "den", "da", "di", "del", "dos", "bin", "al", "la", "le"})
#: An ordinal day ("October 12th"): the day, its suffix dropped.
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
_BIO_VERB = re.compile(r"\b(?:is|was|serves|served|has been|heads|directs|teaches|are|were)\b")


# ---------------------------------------------------------------------------
# site vocabularies (data/reference)


@dataclass(frozen=True)
class _Vocab:
    site: frozenset
    menu: frozenset
    labels: tuple
    sections: dict
    listing_pages: frozenset
    listing_headings: frozenset
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
    """The site's vocabularies: site names, menu words, labels, sections, topics, sidebar headings.

    >>> v = vocabulary()
    >>> "donate" in v.menu, "in the news" in v.sidebar_trailer
    (True, True)
    """
    names = _rows("site_names.csv")
    sections = _rows("sections.csv")
    sidebars = _rows("sidebar_headings.csv")
    countries = {a for r in _rows("countries.csv") for a in [r["name"], *r["aliases"].split(";")] if a}
    return _Vocab(
        site=frozenset(_norm(r["text"]) for r in names if r["kind"] == "site"),
        menu=frozenset(_norm(r["text"]) for r in names if r["kind"] == "menu"),
        labels=tuple(r["text"].casefold() for r in names if r["kind"] == "label"),
        sections={_norm(r["name"]): r["name"] for r in sections if r["kind"] in ("section", "listing")},
        listing_pages=frozenset(_norm(r["name"]) for r in sections if r["kind"] == "listing"),
        listing_headings=frozenset(_norm(r["name"]) for r in sections if r["kind"] == "listing_heading"),
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
    if _exclamation_title(text):
        return False
    # ... or a line of 12 words or more with a sentence ending inside it (a capture that lost its line ends)
    return (n >= 6 and bool(_SENTENCE_END.search(text))) or n >= 25 or (n >= 12 and bool(_INNER_END.search(text)))


def day_date(text: str) -> dict | None:
    """A date to the day on its own line, with or without a weekday ("Friday, March 31, 2000").

    >>> day_date("Friday, March 31, 2000")["start"]
    '2000-03-31'
    >>> day_date("March 2000") is None, day_date("Friday, October 12th, 2018")["start"]  # an ordinal day too
    (True, '2018-10-12')
    """
    v = dates.parse(_ORDINAL.sub(r"\1", dates.without_weekday(_unbullet(text))))
    return v if v and v["precision"] == "day" else None


def issue_date(text: str) -> dict | None:
    """An issue line: a month, a double issue, a season, optionally with a volume ("May 2012 - Vol. 42 Issue 4").

    >>> issue_date("June/July 1998")["end"]
    '1998-07'
    >>> issue_date("Friday, March 31, 2000") is None
    True
    """
    if len(text) > MAX_FIELD_LINE:
        return None  # an issue line is short; _VOLUME's search would grow with the square of a long line
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


#: The separators of a list of names: "A, B, C, and D", "A and B", "A & B".
_NAME_LIST_SEP = re.compile(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*")


def _is_name_list(text: str, v: _Vocab) -> bool:
    """Several people's names on one line, joined by commas and a last "and" ("A B, C D, and E F"):
    an author line. Every part is a name; a place ("North Korea") is no name."""
    if " and " not in text and "&" not in text:
        return False
    parts = [x.strip() for x in _NAME_LIST_SEP.split(text.rstrip(","))]
    return len(parts) >= 2 and all(_is_name(x, v) and _norm(x) not in v.topics for x in parts)


def _only_names(text: str, v: _Vocab) -> bool:
    """Whether a line holds people's names only ("A B, Jr. and C D"), no office, body or common word."""
    parts = [x.strip() for x in _NAME_LIST_SEP.split(re.sub(r",[ \t]*(?:Jr|Sr)\.", "", text).rstrip(","))]
    return all(x and _is_name(x, v) for x in parts)


def _is_role(text: str, v: _Vocab) -> bool:
    """A testimonial role line: an office or affiliation ("Former IAEA Director-General", "ICAN")."""
    if re.match(r"[A-Z][A-Z ]{3,}:\s", text):
        return False  # "MEDIA ADVISORY: ...", "STATEMENT: ...": a release's title after its label
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
    if t.casefold().startswith(v.labels) or FIELD_LABEL.match(t):
        return "label"
    if n in v.sidebar_header:
        return "sidebar"
    if n in v.sidebar_trailer or _NAV_TRIGGER.match(t):
        return "trailer"
    return None


_MARKUP_SHAPES = ((_HEADING, "heading"), (_PUBLICATION, "publication"), (_SOURCE_URL, "source_url"))


def _shape_listed(t: str, v: _Vocab) -> str | None:
    """A line the site's vocabularies list (section, body heading, topic), or a photo caption."""
    n = _norm(t)
    if n in v.listing_headings:
        return "listing_heading"
    if n in v.sections:
        return "section"
    if n in v.body_headings:
        return "body_heading"
    if n in v.topics:
        return "topic"
    if t.endswith((")", "]")) and (m := _CREDIT.search(t)) and m.end() == len(t) or \
            re.fullmatch(r"(?P<a>\S.{14,}?)\s+(?P=a)\.?", t):  # or an image's alt text, then the same words as its caption
        return "caption"
    return None


def _shape_general(t: str) -> str | None:
    """Shapes no vocabulary lists: a page's field line is a label; a markdown table's line is a
    table's; a short exclamation is a title, not the first sentence ("Thank you for your support!")."""
    if PAGE_FIELD.match(t):
        return "label"
    if len(t) > 1 and t.startswith("|") and t.endswith("|") or ATTACHMENT_ROW.match(t):
        return "columns"  # a markdown table's line (its header, rule or a row): never a title, never text
    if MEDIA_NOTE.match(t):
        return "dek"  # "Includes Audio from the Press Conference": what the page carries, no title
    return "prose" if NOTE.match(t) else "short" if _exclamation_title(t) else None


def _exclamation_title(t: str) -> bool:
    """A one-line exclamation of eight words at most is title-shaped, not a first sentence; so is
    one of up to fourteen words written in title case ("Vote for the Person of the Year!")."""
    if not t.endswith("!") or t.endswith("?!"):
        return False
    n = _words(t)
    long_words = [w for w in t.split() if len(w.strip("!\"'“”(")) > 3]
    title_case = len(long_words) >= 3 and sum(w.lstrip("\"'“”(")[:1].isupper() for w in long_words) >= 0.75 * len(long_words)
    return n <= 8 or (n <= 14 and title_case)


def row_date(text: str) -> str | None:
    """The day-date that ends a table row ("Headline Name Outlet March 8, 2021"): a line of four
    words or more before the date and no sentence punctuation (a media-citations row).

    >>> row_date("Test ban monitors detect an event Jonah Pereira Evening Ledger March 8, 2021")
    'March 8, 2021'
    >>> row_date("The talks ended on June 5, 2004.") is None
    True
    """
    toks = text.split()
    if not 7 <= len(toks) <= 40 or not text[-1:].isdigit() or _VOLUME.match(text):
        return None
    tail = " ".join(toks[-3:])
    return tail if day_date(tail) else None


#: Sentence breaks inside one line: a full stop, question or exclamation mark, then a capital.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’)]?\s+(?=[\"“‘]?[A-Z])")


def _colon_head(text: str) -> bool:
    """A subtitle's first half ending in a colon, in title case ("Experts Weigh the Summit Agenda:")."""
    toks = [t for t in text.split() if t[:1].isalpha()]
    return text.endswith(":") and len(toks) <= 12 and sum(t[:1].isupper() for t in toks) >= 0.8 * len(toks)


def lead_in(text: str) -> bool:
    """A lead-in to a quotation: a lower-case word before a closing colon ("The Post reported:")."""
    return text.endswith(":") and text.split()[-1][:1].islower()


def _sentence_case(text: str) -> bool:
    """Written as a sentence, not a title: of the words after the first longer than three letters,
    fewer than half are capitalised ("Aegis system test launch from USS Hopper")."""
    long_words = [w for w in text.split()[1:] if len(w.strip("\"'“”(),:;")) > 3]
    return len(long_words) >= 2 and 2 * sum(w.lstrip("\"'“”(")[:1].isupper() for w in long_words) < len(long_words)


def _columns(text: str) -> bool:
    """A table's column names: four capitalised words or more and no punctuation ("Article Title Cited Date")."""
    toks = text.split()
    return len(toks) >= 4 and all(t[:1].isupper() and t.isalpha() for t in toks)


def entry_date(text: str) -> str | None:
    """A listing entry's date on a line: a day-date, or a bulleted month ("• August 2023"), or
    "Authored by ... on <date>". Never the banner's date.

    >>> entry_date("• August 2023"), entry_date("August 2023")
    ('August 2023', None)
    """
    m = _ENTRY_DATE.match(text)
    if m:
        return m.group("d")
    t = _unbullet(text)
    if day_date(text) or (t != text.strip() and issue_date(t)):
        return t
    return None


def volume_line(t: str) -> bool:
    """An issue brief's volume line ending in its day or month ("Volume 9, Issue 2, May 2017"): a dateline."""
    return bool((m := _VOLUME_DAY.match(t)) and (day_date(m.group("d")) or issue_date(m.group("d"))))


def _shape(t: str, v: _Vocab) -> str:
    """The shape of one line (see docs/templates.md)."""
    if _END_MARK.match(t):
        return "trailer"
    for pattern, shape in _MARKUP_SHAPES:
        if pattern.match(t):
            return shape
    furniture = _shape_furniture(t, v)
    if furniture:
        return furniture
    if (m := _BYLINE.match(t)) and not _CITATION.search(t) and not (m.group("of") and not _only_names(m.group("names"), v)):
        return "byline"  # "Testimony of A, Jr. and B" is one; "Statement of Administration Policy" is a title
    if _AUTHOR.match(t) and _words(t) <= 9:
        return "dash"
    if day_date(t) or volume_line(t) or ((m := _TYPE_DAY.match(t)) and day_date(m.group("d"))):
        return "date"
    if issue_date(t):
        return "issue"
    listed = _shape_listed(t, v) or _shape_general(t)
    if listed:
        return listed
    if row_date(t):
        return "row"
    if _starts_body(t):
        return "prose"
    return "name" if _is_name(t, v) or _is_name_list(t, v) else "short"


class _Page:
    """The capture being parsed: its lines, their shapes, the blocks and metadata found so far."""

    def __init__(self, text: str):
        self.text = text
        self.v = vocabulary()
        self.lines = _lines(text)
        self.shapes = [_shape(line.text, self.v) for line in self.lines]
        for n in range(1, len(self.lines)):  # the line of column names above a table's rows
            if self.shapes[n] == "row" and self.shapes[n - 1] == "short" and _columns(self.lines[n - 1].text):
                self.shapes[n - 1] = "columns"
            # A subtitle over two lines, its first half ending in a colon, is no sentence of text.
            if self.shapes[n - 1] in ("prose", "short") and self.shapes[n] == "short" and not self.lines[n].blank_before \
                    and _colon_head(self.lines[n - 1].text):
                self.shapes[n - 1] = "dek"
        self._between_heading_lines()
        self.blocks: list[Block] = []
        self.meta: dict = {k: None for k in METADATA_KEYS}
        self.meta["authors"] = []

    def _between_heading_lines(self) -> None:
        """An event's time line and the venue under it; a sentence-case line between a blog's section
        and byline (a photo caption); a lead-in under the byline ("The Post reported:"): text."""
        sh = self.shapes
        for n in range(len(self.lines)):
            if _EVENT_TIME.match(self.lines[n].text):  # the venue and address lines under it are labels
                sh[n], k = "date", n + 1
                while k < min(n + 6, len(self.lines)) and not self.lines[k].blank_before and _words(self.lines[k].text) <= 8:
                    sh[k], k = "label", k + 1
        for n in range(1, len(self.lines) - 1):
            t = self.lines[n].text
            if sh[n] != "short":
                continue
            if sh[n - 1] == "section" and sh[n + 1] == "byline" and _sentence_case(t):
                sh[n] = "caption"
            elif sh[n - 1] == "byline" and sh[n + 1] == "prose" and _words(t) >= 4 and lead_in(t):
                sh[n] = "prose"

    def add(self, kind: str, start: int, end: int) -> None:
        self.blocks.append(Block(kind, self.text[start:end], start, end))

    def add_lines(self, kind: str, lines: list[_Line]) -> None:
        if lines:
            self.add(kind, lines[0].start, lines[-1].end)

    def add_line(self, kind: str, n: int) -> None:
        self.add_lines(kind, [self.lines[n]])
