"""General checks of a brief's facts: each a row with a verdict (holds, fails, cannot check) and its reasoning.

* relative time statements ("more than a year after ...") against the dates the
  brief itself gives;
* event dates against the dated events in ``data/reference/events.csv``;
* quantities against the MTCR Category I thresholds and stated missile ranges
  against the estimates in ``data/reference/missiles.csv``;
* agreement between the witnesses (only where there are two or more).

These know nothing of any one article; a study adds its own checks to them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from analysis import reference
from analysis.dates import bounds, duration_words, edtf, shift, value, words
from analysis.extract.facts import Fact, Standing
from analysis.text.basics import fold

if TYPE_CHECKING:
    import pandas as pd  # deferred: the text modules stay free of pandas

VERDICTS = ("holds", "fails", "imprecise", "cannot check")


def _event_dates(facts: Sequence[Fact]) -> dict[str, dict]:
    dated = {}
    for f in facts:
        if f.kind == "event" and "date" in f.value:
            dated.setdefault(f.value["name"], f.value["date"])
    return dated


def relative_time(facts: Sequence[Fact]) -> list[dict]:
    """Each relation ("more than a year after X, Y") tested on the events' extracted dates.

    >>> from analysis.extract.facts import reconcile
    >>> from analysis.text.capture import parse_text
    >>> u = parse_text("Title\\n\\n"
    ...                "The first round of talks was held in May 1996. More than a year after the first round of "
    ...                "talks, the second round of talks was held in Geneva in June 1998.", id="u")
    >>> [r['verdict'] for r in relative_time(reconcile([u]))]
    ['holds']
    """
    dated = _event_dates(facts)
    rows = []
    for f in facts:
        if f.kind != "date" or "relation" not in f.value:
            continue
        v = f.value
        span = duration_words(v["duration"])
        name = f"{f.fact_id} '{f.text}': {v['subject']} {v['comparison']} {span} {v['relation']} {v['anchor']}"
        if not (v["subject"] in dated and v["anchor"] in dated and v["duration"]):
            rows.append({"check": name, "verdict": "cannot check",
                         "detail": "the article gives no date for one of the two events"})
            continue
        s0, s1 = bounds(dated[v["subject"]])
        a0, a1 = bounds(dated[v["anchor"]])
        if v["relation"] in ("after", "since"):
            lo, hi = (s0 - a1).days, (s1 - a0).days
            need_lo, need_hi = (shift(a1, v["duration"]) - a1).days, (shift(a0, v["duration"]) - a0).days
        else:
            lo, hi = (a0 - s1).days, (a1 - s0).days
            need_lo, need_hi = (shift(s1, v["duration"]) - s1).days, (shift(s0, v["duration"]) - s0).days
        more = v["comparison"] in ("more than", "over", "at least")
        if more:
            verdict = "holds" if lo > need_hi else "fails" if hi <= need_lo else "cannot check"
        else:
            verdict = "holds" if hi < need_lo else "fails" if lo >= need_hi else "cannot check"
        rows.append({"check": name, "verdict": verdict,
                     "detail": f"{v['anchor']} {words(dated[v['anchor']])} ({edtf(dated[v['anchor']])}), "
                               f"{v['subject']} {words(dated[v['subject']])} ({edtf(dated[v['subject']])}): "
                               f"between {lo} and {hi} days apart; {span} is "
                               + (f"{need_lo} days" if need_lo == need_hi else f"{need_lo} to {need_hi} days")})
    return rows


def _disagreement(rows) -> str:
    """How the sources of one event differ, or "" when they agree: "sources disagree: A (2), B (1)"."""
    spans: dict[str, int] = {}
    for r in rows:
        key = edtf(value(r.start, r.end))
        spans[key] = spans.get(key, 0) + 1
    if len(spans) < 2:
        return ""
    return "; sources disagree: " + ", ".join(f"{k} ({n} source{'s' if n > 1 else ''})" for k, n in spans.items())


def event_dates(facts: Sequence[Fact], table: pd.DataFrame | None = None) -> list[dict]:
    """The article's event dates against dated events (``table``, by default data/reference/events.csv:
    one row per source, with ``event, start, end, place, source``): a row per source, each saying
    whether the sources of that event disagree.

    >>> from analysis.extract.facts import reconcile
    >>> from analysis.text.capture import parse_text
    >>> w = parse_text("## Talks in Geneva\\n\\n"
    ...                "The two delegations met in Geneva on June 11, 1998, for two days.\\n", id="a")
    >>> event_dates(reconcile([w]))
    []
    """
    ref = reference.read("reference/events.csv") if table is None else table
    dated = _event_dates(facts)
    rows = []
    for event, sources in ref.groupby("event", sort=False):
        if event not in dated:
            continue
        got = dated[event]
        g0, g1 = bounds(got)
        note = _disagreement(list(sources.itertuples()))
        for r in sources.itertuples():
            e0, e1 = date.fromisoformat(r.start), date.fromisoformat(r.end)
            verdict = "holds" if g0 <= e0 and e1 <= g1 else "fails" if g1 < e0 or e1 < g0 else "cannot check"
            rows.append({"check": f"date of {event}", "verdict": verdict,
                         "detail": f"article: {edtf(got)} ({got['precision']}); reference: "
                                   f"{edtf(value(r.start, r.end))} in {r.place} ({r.source}){note}"})
    return rows


def mtcr(facts: Sequence[Fact]) -> list[dict]:
    """Payload and range stated with the MTCR against its Category I thresholds.

    >>> from analysis.extract.facts import reconcile
    >>> from analysis.text.capture import parse_text
    >>> u = parse_text("Title\\n\\n"
    ...                "The Missile Technology Control Regime restricts missiles able to carry 500 kilograms "
    ...                "at least 300 kilometers.", id="u")
    >>> [(r['check'].split(" (")[0], r['verdict']) for r in mtcr(reconcile([u]))]
    [('MTCR Category I payload', 'holds'), ('MTCR Category I range', 'holds')]
    """
    table = reference.read("reference/mtcr.csv")
    cat1 = table.iloc[0]
    sentences_with_mtcr = {f.mentions[next(iter(f.mentions))].sentence for f in facts
                           if f.kind == "organization" and f.value.get("name") == "Missile Technology Control Regime"}
    rows = []
    for f in facts:
        m = f.mentions[next(iter(f.mentions))]
        if f.kind != "quantity" or m.sentence not in sentences_with_mtcr or "measure" not in f.value:
            continue
        ref = float(cat1["payload_kg"] if f.value["measure"] == "payload" else cat1["range_km"])
        verdict = "holds" if abs(f.value["magnitude"] - ref) < 1e-9 else "fails"
        rows.append({"check": f"MTCR Category I {f.value['measure']} ({f.fact_id} '{f.text}')", "verdict": verdict,
                     "detail": f"article: {f.value['magnitude']:g} {f.value['unit']}; MTCR: {ref:g} {f.value['unit']} "
                               f"({cat1['source']})"})
    return rows


def _span(lo: float, hi: float) -> str:
    """A range estimate as written: one figure when its bounds agree, else low-high."""
    return f"{lo:g}" if lo == hi else f"{lo:g}-{hi:g}"


def stated_ranges(facts: Sequence[Fact], tolerance: float = 0.10, table: pd.DataFrame | None = None,
                  published_by: str | None = None) -> list[dict]:
    """Stated missile ranges against missile range estimates (``table``, by default
    ``data/reference/missiles.csv``), only those published by ``published_by`` (ISO 8601) if given.

    An approximate figure ("about 1,000") is read as within ``tolerance`` of it; it
    holds when that interval meets an estimate's range.

    >>> from analysis.extract.facts import reconcile
    >>> from analysis.text.capture import parse_text
    >>> u = parse_text("Title\\n\\n"
    ...                "Officials said the new missile has a range of about 700 kilometers and was tested "
    ...                "at sea.", id="u")
    >>> [(r['check'], r['verdict']) for r in stated_ranges(reconcile([u]))]
    [("missile range (F002 'about 700 kilometers')", 'fails')]
    """
    from analysis.reference import missiles  # deferred: the table needs pandas

    table = missiles() if table is None else table
    if published_by is not None:
        table = table[table.published <= published_by]
    rows = []
    for f in facts:
        if f.kind != "quantity" or f.value.get("measure") != "range" or f.value.get("bound"):
            continue
        x = f.value["magnitude"]
        lo, hi = (x * (1 - tolerance), x * (1 + tolerance)) if f.value["approximate"] else (x, x)
        fits = table[(table.range_low_km <= hi) & (table.range_high_km >= lo)]
        detail = "; ".join(f"{r.label} {_span(r.range_low_km, r.range_high_km)} km ({r.published})"
                           for r in fits.itertuples())
        scope = f" published by {published_by}" if published_by else ""
        rows.append({"check": f"missile range ({f.fact_id} '{f.text}')", "verdict": "holds" if len(fits) else "fails",
                     "detail": (f"{lo:g}-{hi:g} km meets the estimates{scope} for " + detail) if len(fits)
                               else f"{lo:g}-{hi:g} km meets no estimate{scope} in the table"})
    return rows


_POST_FILLER = frozenset({"of", "the", "in", "for", "and", "at", "to"})


def _post_words(post: str) -> set[str]:
    """The words of a post, typography aside ("Non-Proliferation" is "nonproliferation"), without filler."""
    return {fold(w) for w in post.replace(",", " ").split() if fold(w) and w.casefold() not in _POST_FILLER}


def posts(facts: Sequence[Fact], table: pd.DataFrame) -> list[dict]:
    """Each person's post as the brief gives it against dated sources (``table``: person, post,
    date, source): it holds when every word of the brief's post is in the source's (typography aside),
    which allows a source to be more precise ("... Bureau of Political-Military Affairs").

    >>> import pandas as pd
    >>> from analysis.extract.facts import reconcile
    >>> from analysis.text.capture import parse_text
    >>> u = parse_text("Title\\n\\n"
    ...                "The talks were led by Assistant Secretary of State for Arms Control John Holum.", id="u")
    >>> src = pd.DataFrame([{"person": "John Holum", "post": "Assistant Secretary of State for Arms Control",
    ...                      "date": "1998-01-01", "source": "a register"}])
    >>> [r["verdict"] for r in posts(reconcile([u]), src)]
    ['holds']
    """
    rows = []
    for f in facts:
        role = f.value.get("role") if f.kind == "person" else None
        if not role:
            continue
        for r in table[[fold(p) == fold(f.value["name"]) for p in table.person]].itertuples():
            missing = _post_words(role) - _post_words(r.post)
            rows.append({"check": f"post of {f.value['name']} ({f.fact_id})", "verdict": "fails" if missing else "holds",
                         "detail": f"article: {role}; {r.date}: {r.post} ({r.source})"
                                   + (f"; not in the source: {', '.join(sorted(missing))}" if missing else "")})
    return rows


def _folded(value) -> str:
    """A value with its strings folded, so wording that differs only in typography compares equal."""
    def walk(x):
        if isinstance(x, str):
            return fold(x)
        if isinstance(x, dict):
            return {k: walk(v) for k, v in x.items()}
        return x

    return json.dumps(walk(value), sort_keys=True)


def witnesses_agree(facts: Sequence[Fact]) -> list[dict]:
    """Whether every fact stands in every witness with the same value; no row when fewer than
    two witnesses are compared (one file agrees with nothing).

    >>> from analysis.extract.facts import reconcile
    >>> from analysis.text.capture import parse_text
    >>> one = parse_text("Title\\n\\n"
    ...                  "The talks were held in Geneva on June 11, 1998.", id="a")
    >>> witnesses_agree(reconcile([one]))
    []
    >>> witnesses_agree(reconcile([one, parse_text(one.text, id="b")]))[0]["verdict"]
    'holds'
    """
    if not facts or len(facts[0].evidence) < 2:
        return []
    missing = [f for f in facts if f.status.standing is Standing.ONLY_IN]
    differ = [f for f in facts if f.status.standing is Standing.DIFFERS]
    value_differs = [f for f in differ if len({_folded(m.value) for m in f.mentions.values()}) > 1]
    verdict = "fails" if missing or value_differs else "holds"
    detail = (f"{len(facts)} facts; {len(missing)} missing from a witness; {len(value_differs)} with different values; "
              f"{len(differ) - len(value_differs)} worded differently with the same value"
              + (": " + ", ".join(f.fact_id for f in differ if f not in value_differs) if differ else ""))
    return [{"check": "the witnesses agree on every fact", "verdict": verdict, "detail": detail}]


COLUMNS = ["check", "verdict", "detail"]


def general_rows(facts: Sequence[Fact]) -> list[dict]:
    """The rows of every general check, in a stable order.

    >>> from analysis.extract.facts import reconcile
    >>> from analysis.text.capture import parse_text
    >>> w = parse_text("Title\\n\\n"
    ...                "The talks were held in Geneva on June 11, 1998.", id="a")
    >>> general_rows(reconcile([w]))
    []
    """
    return relative_time(facts) + event_dates(facts) + mtcr(facts) + stated_ranges(facts) + witnesses_agree(facts)


def check_table(rows: Sequence[dict]) -> pd.DataFrame:
    """Check rows as a table: check, verdict, detail.

    >>> check_table([{"check": "c", "verdict": "holds", "detail": "d"}]).verdict.tolist()
    ['holds']
    """
    import pandas as pd  # deferred: pandas only when a table is asked for; the text modules load without it

    return pd.DataFrame(list(rows), columns=COLUMNS)


def run_checks(facts: Sequence[Fact]) -> pd.DataFrame:
    """Every general check, in a stable order: check, verdict, detail.

    >>> from analysis.extract.facts import reconcile
    >>> from analysis.text.capture import parse_text
    >>> w = parse_text("Title\\n\\n"
    ...                "The talks were held in Geneva on June 11, 1998.", id="a")
    >>> list(run_checks(reconcile([w])).columns)
    ['check', 'verdict', 'detail']
    """
    return check_table(general_rows(facts))


def check_sentences(checks: pd.DataFrame) -> list[str]:
    """The checks as sentences: how many hold, fail or cannot be checked, then each check with its verdict.

    >>> check_sentences(check_table([{"check": "c", "verdict": "holds", "detail": "d"}]))
    ['1 checks: 1 holds, 0 fails, 0 imprecise, 0 cannot check.', 'holds: c']
    """
    counts = checks.verdict.value_counts()
    head = f"{len(checks)} checks: " + ", ".join(f"{int(counts.get(v, 0))} {v}" for v in VERDICTS) + "."
    return [head, *(f"{r.verdict}: {r.check}" for r in checks.itertuples())]
