"""Collation: align N witnesses against a base, block to block, then word by word.

Alignment runs in two steps. Blocks are matched first on their kind and their
normalised words (so a typographic change does not hide a match); inside each
matched pair the words are aligned with difflib's matcher. Blocks that one
witness has and the other lacks, and the text between matched blocks, become
variants of their own. Together the variants account for every character, so the
base text plus one witness's variants rebuilds that witness byte for byte
(:func:`rebuild`).

Each variant is put in one category:

* ``boilerplate``: site or export furniture present in one witness only (banner,
  share line, publication line, source URL, markdown markup);
* ``whitespace``: the readings differ only in spacing or line breaks;
* ``typography``: they differ only in punctuation, hyphens, quote style or case;
* ``substantive``: different words.

In the examples, ``w`` and ``v`` are two captures of one short brief, "## Talks in Geneva" and "The two
delegations met in Geneva on June 11, 1998, for two days.", ``v`` without the comma (ids "a" and "b"; the
test session's conftest.py makes them).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from analysis.errors import CollationError
from analysis.text.basics import fold
from analysis.text.witness import FURNITURE, Block, Witness

if TYPE_CHECKING:
    import pandas as pd

CATEGORIES = ("boilerplate", "typography", "whitespace", "substantive")
#: The same categories as a reader weighs them, different words first (the command line's order).
BY_WEIGHT = ("substantive", "typography", "whitespace", "boilerplate")
#: Below this body similarity two witnesses are treated as different articles.
RELATED_THRESHOLD = 0.5

_TOKEN = re.compile(r"\S+\s*")
_WORD = re.compile(r"\w+")
_NONWORD = re.compile(r"[\W_]+")
_SPACE = re.compile(r"\s+")
_CONTENT = "content"


@dataclass(frozen=True)
class Variant:
    """One place where a witness differs from the base."""

    base: str
    witness: str
    block: str
    category: str
    base_start: int
    base_end: int
    witness_start: int
    witness_end: int
    base_reading: str
    witness_reading: str


@dataclass
class PairResult:
    """The alignment of one witness against the base."""

    base: str
    witness: str
    similarity: float
    related: bool
    aligned_blocks: list[tuple[Block, Block]]
    variants: list[Variant]

    def category_counts(self, order: Sequence[str] = CATEGORIES) -> dict[str, int]:
        """How many variants of each category, in ``order`` (every category, zeros included).

        >>> from analysis.text.capture import parse_text
        >>> a = parse_text("Title\\n\\n"
        ...                "The two delegations met in Geneva in May.", id="a")
        >>> b = parse_text("Title\\n\\n"
        ...                "The two delegations met in Geneva in June.", id="b")
        >>> collate([a, b]).pairs[0].category_counts()
        {'boilerplate': 0, 'typography': 0, 'whitespace': 0, 'substantive': 1}
        """
        return {c: sum(1 for v in self.variants if v.category == c) for c in order}


@dataclass
class Collation:
    """The result of collating N witnesses against the first (the base)."""

    witnesses: list[Witness]
    pairs: list[PairResult]

    @property
    def base(self) -> Witness:
        return self.witnesses[0]

    @property
    def variants(self) -> list[Variant]:
        return [v for p in self.pairs for v in p.variants]

    @property
    def warnings(self) -> list[str]:
        return [
            f"{p.witness} and {p.base} look like different articles (body similarity {p.similarity:.2f}); "
            "their texts are reported as one substantive difference, not word by word"
            for p in self.pairs if not p.related
        ]

    def table(self) -> pd.DataFrame:
        """Variants as a DataFrame, in base order (columns: the Variant fields).

        >>> collate([w, v]).table().category.tolist()
        ['typography']
        """
        import pandas as pd  # deferred: pandas only when a table is asked for; the text modules load without it

        cols = list(Variant.__dataclass_fields__)
        return pd.DataFrame([asdict(v) for v in self.variants], columns=cols)

    def similarity_table(self) -> pd.DataFrame:
        """One row per pair: base, witness, body similarity, related, variant counts by category.

        >>> collate([w, v]).similarity_table()[['witness', 'typography']].values.tolist()
        [['b', 1]]
        """
        import pandas as pd  # deferred: pandas only when a table is asked for; the text modules load without it

        rows = []
        for p in self.pairs:
            row = {"base": p.base, "witness": p.witness, "similarity": round(p.similarity, 4), "related": p.related}
            row.update(p.category_counts())
            rows.append(row)
        return pd.DataFrame(rows)


# ---------------------------------------------------------------------------
# classification


def classify(a: str, b: str) -> str:
    """Category of a difference between two readings of the same passage.

    >>> classify("the  talks", "the talks")
    'whitespace'
    >>> classify("U.S. talks", "US talks")
    'typography'
    >>> classify("May", "June")
    'substantive'
    """
    if _SPACE.sub(" ", a).strip() == _SPACE.sub(" ", b).strip():
        return "whitespace"
    if fold(a) == fold(b):
        return "typography"
    return "substantive"


def _key(block: Block) -> tuple[str, str]:
    cls = block.kind if block.kind in FURNITURE else _CONTENT
    return cls, " ".join(_NONWORD.sub(" ", block.text.casefold()).split())


# ---------------------------------------------------------------------------
# alignment


def _tokens(text: str, offset: int) -> tuple[list[str], list[int]]:
    toks, starts = [], []
    for m in _TOKEN.finditer(text):
        toks.append(m.group())
        starts.append(offset + m.start())
    return toks, starts


def _diff_span(a: Witness, b: Witness, a0: int, a1: int, b0: int, b1: int, kind: str) -> tuple[list[Variant], int, int]:
    """Word-align a[a0:a1] with b[b0:b1]; return variants, matched and total token counts."""
    lead_a = len(a.text[a0:a1]) - len(a.text[a0:a1].lstrip())
    lead_b = len(b.text[b0:b1]) - len(b.text[b0:b1].lstrip())
    out: list[Variant] = []
    if lead_a or lead_b:
        out += _variant(a, b, kind, a0, a0 + lead_a, b0, b0 + lead_b)
    ta, sa = _tokens(a.text[a0 + lead_a : a1], a0 + lead_a)
    tb, sb = _tokens(b.text[b0 + lead_b : b1], b0 + lead_b)
    sa.append(a1)
    sb.append(b1)
    matcher = SequenceMatcher(None, ta, tb, autojunk=len(ta) + len(tb) > 40000)
    matched = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            matched += i2 - i1
            continue
        out += _variant(a, b, kind, sa[i1], sa[i2], sb[j1], sb[j2], trim=True)
    return out, matched, len(ta) + len(tb)


def _variant(a: Witness, b: Witness, kind: str, a0: int, a1: int, b0: int, b1: int,
             trim: bool = False, category: str | None = None) -> list[Variant]:
    ra, rb = a.text[a0:a1], b.text[b0:b1]
    if trim:  # keep word readings free of the shared trailing space
        while ra and rb and ra[-1] == rb[-1] and ra[-1].isspace():
            ra, rb, a1, b1 = ra[:-1], rb[:-1], a1 - 1, b1 - 1
    if ra == rb:
        return []
    cat = category or classify(ra, rb)
    if category is None and cat != "whitespace" and kind == "markup":
        cat = "boilerplate"
    return [Variant(a.id, b.id, kind, cat, a0, a1, b0, b1, ra, rb)]


def _align_blocks(a: Witness, b: Witness) -> list[tuple[list[Block], list[Block]]]:
    """Pairs of matched block groups, in order. A group is one block, or a run of
    content blocks matched as a whole (where paragraphs were split or merged)."""
    ka, kb = [_key(x) for x in a.blocks], [_key(x) for x in b.blocks]
    pairs: list[tuple[list[Block], list[Block]]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if op == "equal":
            pairs += [([a.blocks[i]], [b.blocks[j]]) for i, j in zip(range(i1, i2), range(j1, j2))]
            continue
        # Furniture of the same kind pairs up in order; content is matched as one run.
        ra, rb = a.blocks[i1:i2], b.blocks[j1:j2]
        run_a = [x for x in ra if x.kind not in FURNITURE]
        run_b = [x for x in rb if x.kind not in FURNITURE]
        group: list[tuple[list[Block], list[Block]]] = []
        used = 0
        for x in ra:
            if x.kind in FURNITURE:
                for n in range(used, len(rb)):
                    if rb[n].kind == x.kind:
                        group.append(([x], [rb[n]]))
                        used = n + 1
                        break
        if run_a and run_b:
            group.append((run_a, run_b))
        # keep order and drop pairs that would cross each other
        group.sort(key=lambda g: g[0][0].start)
        last_b = -1
        for ga, gb in group:
            if gb[0].start > last_b:
                pairs.append((ga, gb))
                last_b = gb[-1].end
    return pairs


def _gap_variants(a: Witness, b: Witness, a0: int, a1: int, b0: int, b1: int,
                  kind_after: str, starts: dict[str, list[int]]) -> list[Variant]:
    """Variants for the text between two matched groups: unmatched blocks, then the rest.
    ``starts`` holds each witness's block start offsets, for finding its blocks by bisection."""
    out: list[Variant] = []

    def pieces(w: Witness, s: int, e: int) -> tuple[list[tuple[int, int, str]], int]:
        got, pos = [], s
        for blk in w.blocks[bisect_left(starts[w.id], s) :]:
            if blk.start >= e:
                break
            if blk.end <= e:
                got.append((pos, blk.end, blk.kind))
                pos = blk.end
        return got, pos

    pa, ta = pieces(a, a0, a1)
    pb, tb = pieces(b, b0, b1)
    for s, e, kind in pa:  # in the base only
        cat = "boilerplate" if kind in FURNITURE else "substantive"
        out += _variant(a, b, kind, s, e, b0 if not pb else pb[0][0], b0 if not pb else pb[0][0], category=cat)
    for s, e, kind in pb:  # in the witness only, inserted where the base's leftover begins
        cat = "boilerplate" if kind in FURNITURE else "substantive"
        out += _variant(a, b, kind, ta, ta, s, e, category=cat)
    if a.text[ta:a1] != b.text[tb:b1]:
        kind = "markup" if (a.text[ta:a1].strip() or b.text[tb:b1].strip()) else kind_after
        out += _variant(a, b, kind, ta, a1, tb, b1)
    return out


def _related(a: Witness, b: Witness) -> float:
    """How much of the two bodies' vocabulary is shared (difflib's quick_ratio on the
    multisets of their case-folded words): a fast test for 'the same article'."""
    wa, wb = _WORD.findall(a.body.casefold()), _WORD.findall(b.body.casefold())
    if not wa or not wb:
        return 0.0
    return SequenceMatcher(None, wa, wb, autojunk=False).quick_ratio()


def collate_pair(a: Witness, b: Witness) -> PairResult:
    """Align witness ``b`` against the base ``a``.

    >>> p = collate_pair(w, v)
    >>> p.related, [x.category for x in p.variants]
    (True, ['typography'])
    """
    quick = _related(a, b)
    if quick < RELATED_THRESHOLD:
        variants = _variant(a, b, "body", 0, len(a.text), 0, len(b.text), category="substantive")
        return PairResult(a.id, b.id, quick, False, [], variants)
    groups = _align_blocks(a, b)
    starts = {w.id: [blk.start for blk in w.blocks] for w in (a, b)}
    variants: list[Variant] = []
    pa, pb = 0, 0
    matched = total = 0
    for ga, gb in groups + [([], [])]:
        a0 = ga[0].start if ga else len(a.text)
        b0 = gb[0].start if gb else len(b.text)
        kind = ga[0].kind if ga else "end"
        variants += _gap_variants(a, b, pa, a0, pb, b0, kind, starts)
        if not ga:
            break
        a1, b1 = ga[-1].end, gb[-1].end
        got, m, t = _diff_span(a, b, a0, a1, b0, b1, kind)
        variants += got
        if kind not in FURNITURE:
            matched, total = matched + m, total + t
        pa, pb = a1, b1
    variants.sort(key=lambda v: (v.base_start, v.base_end, v.witness_start))
    similarity = 2 * matched / total if total else 0.0
    return PairResult(a.id, b.id, similarity, True, [(x[0], y[0]) for x, y in groups], variants)


def collate(witnesses: Sequence[Witness]) -> Collation:
    """Collate two or more witnesses; the first is the base.

    >>> c = collate([w, v])
    >>> c.base.id, [(x.base_reading, x.witness_reading) for x in c.variants]
    ('a', [('1998,', '1998')])
    """
    witnesses = list(witnesses)
    if len(witnesses) < 2:
        raise CollationError(f"collation needs at least two witnesses; got {len(witnesses)}")
    ids = [w.id for w in witnesses]
    if len(set(ids)) != len(ids):
        raise CollationError("witness ids must be unique; got " + ", ".join(ids))
    for w in witnesses:
        if not w.is_article:
            raise CollationError(f"{w.path}: is a {w.format} capture with no article body; only articles can be collated")
    return Collation(witnesses, [collate_pair(witnesses[0], w) for w in witnesses[1:]])


def rebuild(base_text: str, variants: Sequence[Variant]) -> str:
    """The witness's text from the base text and that witness's variants (lossless).

    >>> rebuild(w.text, collate([w, v]).variants) == v.text
    True
    """
    out, pos = [], 0
    for v in sorted(variants, key=lambda v: (v.base_start, v.base_end, v.witness_start)):
        if v.base_start < pos:
            raise CollationError(f"overlapping variants at {v.base_start} in {v.witness}")
        out.append(base_text[pos : v.base_start])
        out.append(v.witness_reading)
        pos = v.base_end
    out.append(base_text[pos:])
    return "".join(out)
