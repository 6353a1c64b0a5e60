"""Facts: what an article asserts, each with its evidence span in every witness.

Extraction (:mod:`analysis.extract`, one module per kind) runs on the body of a
witness, sentence by sentence, with general rules and the gazetteers of
``data/reference/``. Kinds:

* ``date``: ISO 8601 with its precision (``day``, ``month``, ``season``, ``year``,
  ``decade``); a date written without a year is resolved by a named rule
  (``resolved_with``); "more than a year after ..." is kept as a relation between
  two events;
* ``event``: rounds of talks, named agreements and incidents, with their dates;
* ``person``: name, role and side (see :mod:`analysis.extract.people`);
* ``organization`` and ``place``: canonical names; a capital used as its
  government (a metonym, "a request by Pyongyang") is an organization;
* ``quantity``: magnitude in SI-derived units converted with pint, with the
  measure, an approximate flag and a bound;
* ``claim``: each clause's assertion (actor, predicate, object) and who makes it.

Each extracted item is a :class:`Mention` with a span into the witness text;
:func:`reconcile` merges the mentions of several witnesses into :class:`Fact`
rows and says whether each stands in all witnesses, differs, or is missing.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from analysis.extract import KINDS, Mention, extract_text, sentences
from analysis.text.basics import fold
from analysis.text.witness import Witness

if TYPE_CHECKING:
    import pandas as pd  # deferred: the text modules stay free of pandas

__all__ = ["KINDS", "Fact", "Mention", "Standing", "Status", "extract", "extract_text", "fact_table", "facts_json",
           "facts_summary", "kind_table", "reconcile", "relations", "sentences", "spans_hold", "timeline"]


class Standing(Enum):
    """How a fact stands across the witnesses."""

    IN_ALL = "in all witnesses"
    DIFFERS = "differs"
    ONLY_IN = "only in"


@dataclass(frozen=True)
class Status:
    """A fact's standing, with the witnesses it concerns; ``str()`` gives the table's wording.

    >>> str(Status(Standing.IN_ALL))
    'in all witnesses'
    >>> str(Status(Standing.ONLY_IN, witnesses=("a",)))
    'only in a'
    >>> str(Status(Standing.DIFFERS, readings=(("a", "U.S."), ("b", "US"))))
    "differs: a: 'U.S.' / b: 'US'"
    """

    standing: Standing
    witnesses: tuple[str, ...] = ()  # the witnesses that have the fact (only in)
    readings: tuple[tuple[str, str | None], ...] = ()  # (witness, words) of every witness (differs)

    def __str__(self) -> str:
        if self.standing is Standing.ONLY_IN:
            return "only in " + ", ".join(self.witnesses)
        if self.standing is Standing.DIFFERS:
            return "differs: " + " / ".join(f"{w}: {t!r}" for w, t in self.readings)
        return self.standing.value


@dataclass
class Fact:
    """A fact reconciled across witnesses."""

    fact_id: str
    kind: str
    value: dict
    text: str
    evidence: dict[str, tuple[int, int] | None]
    readings: dict[str, str | None]
    status: Status = Status(Standing.IN_ALL)
    mentions: dict[str, Mention] = field(default_factory=dict, repr=False)


def extract(witness: Witness, issue: str | None = None) -> list[Mention]:
    """Mentions in a witness's body; spans index ``witness.text``.

    >>> from analysis.text.capture import parse_text
    >>> w = parse_text("## Talks in Geneva\\n\\n"
    ...                "The two delegations met in Geneva on June 11, 1998, for two days.\\n", id="a")
    >>> [(m.kind, m.start, m.end) for m in extract(w)]
    [('claim', 20, 84), ('place', 47, 53), ('date', 57, 70)]
    """
    return extract_text(witness.text, issue or witness.metadata.issue,
                        [(b.start, b.end) for b in witness.blocks_of("body")])


# ---------------------------------------------------------------------------
# reconciliation


#: Kinds whose words may change between versions while the fact stays one ("2,500" in one, "2,000" in another).
_CHANGEABLE = ("quantity", "date")


def _context(w: Witness, m: Mention) -> str:
    """The three words before a mention, folded: where the fact stands in the text."""
    return fold(" ".join(w.text[max(0, m.start - 60):m.start].split()[-3:]))


def _pair_changed(witnesses: Sequence[Witness], table: dict, order: list) -> None:
    """Join facts found in some witnesses only whose kind may change in value and that stand after
    the same words in the others: one fact with different readings, not two facts each missing."""
    by_id = {w.id: w for w in witnesses}
    partial = [s for s in order if s[0].split(":", 1)[0] in _CHANGEABLE and len(table[s]) < len(witnesses)]
    for i, a in enumerate(partial):
        for b in partial[i + 1:]:
            if a not in table or b not in table or a[0].split(":", 1)[0] != b[0].split(":", 1)[0]:
                continue
            if set(table[a]) & set(table[b]):
                continue
            ctx = {_context(by_id[w], m) for slot in (a, b) for w, m in table[slot].items()}
            if len(ctx) == 1 and next(iter(ctx)):
                table[a].update(table.pop(b))
                order.remove(b)


def reconcile(witnesses: Sequence[Witness]) -> list[Fact]:
    """Facts of all witnesses: the same fact is the same kind and the same words,
    typography aside (its n-th occurrence pairs with the n-th). The issue month of
    any witness that names it resolves dates in all of them.

    >>> from analysis.text.capture import parse_text
    >>> w = parse_text("## Talks in Geneva\\n\\n"
    ...                "The two delegations met in Geneva on June 11, 1998, for two days.\\n", id="a")
    >>> v = parse_text("## Talks in Geneva\\n\\n"
    ...                "The two delegations met in Geneva on June 11, 1998 for two days.\\n", id="b")
    >>> [(f.kind, f.status.standing.name) for f in reconcile([w, v])]
    [('claim', 'DIFFERS'), ('place', 'IN_ALL'), ('date', 'IN_ALL')]
    """
    issue = next((w.metadata.issue for w in witnesses if w.metadata.issue), None)
    per = {w.id: extract(w, issue) for w in witnesses}
    order: list[tuple[str, int]] = []
    table: dict[tuple[str, int], dict[str, Mention]] = {}
    for w in witnesses:
        seen: dict[str, int] = {}
        for m in per[w.id]:
            n = seen.get(m.key, 0)
            seen[m.key] = n + 1
            slot = (m.key, n)
            if slot not in table:
                table[slot] = {}
                order.append(slot)
            table[slot][w.id] = m
    _pair_changed(witnesses, table, order)
    # reading order of the first witness that has each fact
    pos = {slot: (min(ids.index(w) for w in table[slot]), next(iter(table[slot].values())).start)
           for ids in [[w.id for w in witnesses]] for slot in order}
    facts = []
    for n, slot in enumerate(sorted(order, key=lambda s: pos[s]), 1):
        found = table[slot]
        first = next(iter(found.values()))
        evidence = {w.id: ((found[w.id].start, found[w.id].end) if w.id in found else None) for w in witnesses}
        readings = {w.id: (found[w.id].text if w.id in found else None) for w in witnesses}
        values = {json.dumps(m.value, sort_keys=True) for m in found.values()}
        if len(found) < len(witnesses):
            status = Status(Standing.ONLY_IN, witnesses=tuple(w.id for w in witnesses if w.id in found))
        elif len({m.text for m in found.values()}) > 1 or len(values) > 1:
            status = Status(Standing.DIFFERS, readings=tuple(readings.items()))
        else:
            status = Status(Standing.IN_ALL)
        facts.append(Fact(f"F{n:03d}", first.kind, first.value, first.text, evidence, readings, status, found))
    return facts


def fact_table(facts: Sequence[Fact]) -> pd.DataFrame:
    """Facts as a table: fact_id, kind, value (JSON), text, status, and a start/end column pair per witness.

    >>> from analysis.text.capture import parse_text
    >>> w = parse_text("## Talks in Geneva\\n\\n"
    ...                "The two delegations met in Geneva on June 11, 1998, for two days.\\n", id="a")
    >>> list(fact_table(reconcile([w])).columns)
    ['fact_id', 'kind', 'value', 'text', 'status', 'a_start', 'a_end']
    """
    import pandas as pd  # deferred: the text modules stay free of pandas

    rows = []
    for f in facts:
        row = {"fact_id": f.fact_id, "kind": f.kind, "value": json.dumps(f.value, ensure_ascii=False, sort_keys=True),
               "text": f.text, "status": str(f.status)}
        for wid, span in f.evidence.items():
            row[f"{wid}_start"] = span[0] if span else None
            row[f"{wid}_end"] = span[1] if span else None
        rows.append(row)
    return pd.DataFrame(rows).astype({c: "Int64" for c in (rows[0] if rows else {}) if c.endswith(("_start", "_end"))})


def facts_json(facts: Sequence[Fact]) -> list[dict]:
    """The facts in the command line's JSON form.

    >>> from analysis.text.capture import parse_text
    >>> w = parse_text("## Talks in Geneva\\n\\n"
    ...                "The two delegations met in Geneva on June 11, 1998, for two days.\\n", id="a")
    >>> place = facts_json(reconcile([w]))[1]
    >>> place["kind"], place["text"], place["evidence"], place["status"]
    ('place', 'Geneva', {'a': [47, 53]}, 'in all witnesses')
    """
    return [{"fact_id": f.fact_id, "kind": f.kind, "value": f.value, "text": f.text,
             "evidence": {w: list(s) for w, s in f.evidence.items() if s}, "status": str(f.status)} for f in facts]


def timeline(facts: Sequence[Fact]) -> pd.DataFrame:
    """Dated items for a timeline: each event once (with its date), then each date that
    belongs to no event, in time order: label, start, end, precision, fact_ids.

    >>> from analysis.text.capture import parse_text
    >>> w = parse_text("## Talks in Geneva\\n\\n"
    ...                "The two delegations met in Geneva on June 11, 1998, for two days.\\n", id="a")
    >>> timeline(reconcile([w]))[['label', 'start', 'precision']].values.tolist()
    [["'June 11, 1998'", '1998-06-11', 'day']]
    """
    import pandas as pd  # deferred: the text modules stay free of pandas

    rows: dict[str, dict] = {}
    used: set[str] = set()
    for f in facts:
        if f.kind == "event" and "date" in f.value:
            d = f.value["date"]
            row = rows.setdefault(f.value["name"], {"label": f.value["name"], "start": d["start"], "end": d["end"],
                                                   "precision": d["precision"], "fact_ids": []})
            row["fact_ids"].append(f.fact_id)
            used.add(json.dumps({k: d[k] for k in ("start", "end")}, sort_keys=True))
    for f in facts:
        if f.kind == "date" and "start" in f.value:
            key = json.dumps({k: f.value[k] for k in ("start", "end")}, sort_keys=True)
            if key in used:
                continue
            rows.setdefault(f"'{f.text}'", {"label": f"'{f.text}'", "start": f.value["start"], "end": f.value["end"],
                                            "precision": f.value["precision"], "fact_ids": []})["fact_ids"].append(f.fact_id)
    table = pd.DataFrame(list(rows.values()), columns=["label", "start", "end", "precision", "fact_ids"])
    table["fact_ids"] = table.fact_ids.map(", ".join)
    return table.sort_values(["start", "end", "label"], kind="stable").reset_index(drop=True)


def relations(facts: Sequence[Fact]) -> list[tuple[str, str, str]]:
    """(anchor event, subject event, words) of each relative time statement.

    >>> from analysis.text.capture import parse_text
    >>> u = parse_text("Title\\n\\n"
    ...                "The first round of talks was held in May 1996. More than a year after the first round of "
    ...                "talks, the second round of talks was held in Geneva in June 1998.", id="u")
    >>> relations(reconcile([u]))
    [('round 1 of talks', 'round 2 of talks', 'More than a year after')]
    """
    return [(f.value["anchor"], f.value["subject"], f.text) for f in facts
            if f.kind == "date" and "relation" in f.value and f.value["anchor"] and f.value["subject"]]


def spans_hold(facts: Sequence[Fact], witnesses: Sequence[Witness]) -> bool:
    """Whether every fact's span in every witness is exactly the fact's words there.

    >>> from analysis.text.capture import parse_text
    >>> w = parse_text("## Talks in Geneva\\n\\n"
    ...                "The two delegations met in Geneva on June 11, 1998, for two days.\\n", id="a")
    >>> spans_hold(reconcile([w]), [w])
    True
    """
    texts = {w.id: w.text for w in witnesses}
    return all(span is None or texts[wid][span[0]:span[1]] == f.readings[wid]
               for f in facts for wid, span in f.evidence.items())


def kind_table(facts: Sequence[Fact], kinds: Iterable[str], columns: Sequence[str] | None = None) -> pd.DataFrame:
    """The facts of some kinds, one row each: fact_id, text and the fields of the value
    (a nested value such as a person's side shows by its name).

    >>> from analysis.text.capture import parse_text
    >>> w = parse_text("## Talks in Geneva\\n\\n"
    ...                "The two delegations met in Geneva on June 11, 1998, for two days.\\n", id="a")
    >>> kind_table(reconcile([w]), ["place"]).text.tolist()
    ['Geneva']
    """
    import pandas as pd  # deferred: the text modules stay free of pandas

    kinds = set(kinds)
    rows = [{"fact_id": f.fact_id, "text": f.text,
             **{k: (v["name"] if isinstance(v, dict) and "name" in v else v) for k, v in f.value.items()}}
            for f in facts if f.kind in kinds]
    table = pd.DataFrame(rows)
    return table[list(columns)] if columns else table


def readable_value(value: dict) -> str:
    """A fact's normalised value for a reader: its fields as "field: value", a duration and a date
    in words, a nested value (a person's side) by its name.

    >>> readable_value({"duration": "P1Y", "relation": "after", "anchor": "round 1 of talks"})
    'duration: 1 year; relation: after; anchor: round 1 of talks'
    >>> readable_value({"start": "2003-06-11", "end": "2003-06-13", "precision": "day"})
    '11-13 June 2003 (day)'
    """
    from analysis.dates import duration_words, words  # deferred: calendars only for this view

    if {"start", "end"} <= set(value):
        rest = {k: v for k, v in value.items() if k not in ("start", "end", "precision")}
        head = f"{words(value)} ({value.get('precision')})"
        return "; ".join([head, *(f"{k}: {v}" for k, v in rest.items() if v not in (None, ""))])
    shown = []
    for k, v in value.items():
        if v in (None, "", [], {}):
            continue
        if isinstance(v, dict):
            v = v["name"] if "name" in v else words(v) if {"start", "end"} <= set(v) else v
        v = duration_words(v) if k == "duration" else v
        shown.append(f"{k}: {'; '.join(map(str, v)) if isinstance(v, list) else v}")
    return "; ".join(shown)


def reader_table(facts: Sequence[Fact], names: dict[str, str] | None = None) -> pd.DataFrame:
    """The facts for a reader: fact_id, kind, text, the value in words and where each stands
    ("export 80-102; capture 238-260"); ``fact_table`` keeps the machine form.

    >>> from analysis.text.capture import parse_text
    >>> w = parse_text("## Talks in Geneva\\n\\nThe delegations met in Geneva on June 11, 1998.\\n", id="a")
    >>> reader_table(reconcile([w]), {"a": "export"}).query("kind == 'date'")[["value", "where"]].values.tolist()
    [['11 June 1998 (day)', 'export 53-66']]
    """
    import pandas as pd  # deferred: the text modules stay free of pandas

    names = names or {}
    return pd.DataFrame([{
        "fact_id": f.fact_id, "kind": f.kind, "text": f.text, "value": readable_value(f.value),
        "where": "; ".join(f"{names.get(w, w)} {span[0]}-{span[1]}" if span else f"{names.get(w, w)}: absent"
                           for w, span in f.evidence.items()),
    } for f in facts])


def facts_summary(facts: Sequence[Fact]) -> str:
    """How many facts of each kind, and how they stand across the witnesses.

    >>> from analysis.text.capture import parse_text
    >>> w = parse_text("Title\\n\\n"
    ...                "The talks were held in Geneva on June 11, 1998.", id="a")
    >>> facts_summary(reconcile([w]))
    '3 facts (1 claim, 1 place, 1 date); 3 identical in all witnesses, 0 worded differently, 0 in one witness only.'
    """
    kinds = Counter(f.kind for f in facts)
    differ = sum(f.status.standing is Standing.DIFFERS for f in facts)
    only = sum(f.status.standing is Standing.ONLY_IN for f in facts)
    return (f"{len(facts)} facts ({', '.join(f'{n} {k}' for k, n in kinds.most_common())}); "
            f"{len(facts) - differ - only} identical in all witnesses, {differ} worded differently, "
            f"{only} in one witness only.")
