"""The witness types: a Witness (one captured version of a text), its typed Blocks and Metadata.

A *witness* is one surviving version of a text (textual scholarship's word; CollateX
uses it too). Every block is a span of the decoded text:
``text[b.start:b.end] == b.text``. Reading a file into a Witness is
:mod:`analysis.text.capture`; cutting its text into blocks is :mod:`analysis.text.templates`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

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


@dataclass(frozen=True)
class Metadata:
    """What a capture says about its article (``None`` or empty where it does not say).

    >>> m = Metadata(title="Talks in Geneva", issue="1998-06")
    >>> m.title, m.issue, m.authors
    ('Talks in Geneva', '1998-06', [])
    >>> list(m.as_dict())[:3]
    ['title', 'periodical', 'issue']
    """

    title: str | None = None
    periodical: str | None = None
    issue: str | None = None  # EDTF: "1998-06", "1998-06/1998-07"
    source_url: str | None = None
    banner: dict | None = None  # the site's testimonial: quote, author, role, date
    dateline: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    section: str | None = None
    entries: list[dict] | None = None  # a listing page's entries: title, date, words

    def as_dict(self) -> dict:
        """The metadata as a dict in METADATA_KEYS order (for JSON).

        >>> Metadata(title="T").as_dict()["title"]
        'T'
        """
        return {f.name: getattr(self, f.name) for f in fields(self)}


assert tuple(f.name for f in fields(Metadata)) == METADATA_KEYS  # one list of keys, in one order


@dataclass(frozen=True)
class Block:
    """A typed span of a witness's text."""

    kind: str
    text: str
    start: int
    end: int


@dataclass
class Witness:
    """One captured version of the article, with typed blocks and metadata.

    >>> w = Witness("a", "<text>", "0" * 64, 5, "Hello", "plain", [Block("body", "Hello", 0, 5)])
    >>> w.body, w.is_article, w.metadata.title
    ('Hello', True, None)
    """

    id: str
    path: str
    sha256: str
    size: int
    text: str
    format: str
    blocks: list[Block]
    metadata: Metadata = field(default_factory=Metadata)
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)

    def blocks_of(self, kind: str) -> list[Block]:
        """The blocks of one kind, in order.

        >>> blocks = [Block("title", "T", 0, 1), Block("body", "Hello", 3, 8)]
        >>> w = Witness("a", "<text>", "0" * 64, 8, "T\\n\\nHello", "plain", blocks)
        >>> [b.text for b in w.blocks_of("body")]
        ['Hello']
        """
        return [b for b in self.blocks if b.kind == kind]

    @property
    def body(self) -> str:
        """The article body: its paragraphs joined by a blank line."""
        return "\n\n".join(b.text for b in self.blocks_of("body"))

    @property
    def is_article(self) -> bool:
        """Whether the capture holds one article with a body (not a listing page)."""
        return self.format != "listing" and bool(self.blocks_of("body"))

