"""Accuracy of the extractor against gold facts: recall and precision per kind.

A gold file ``NAME.json`` stands beside its capture ``NAME.txt`` (or ``.md``; paired
and type-checked by :func:`analysis.evaluate.gold_files`, as for the loader's gold):
``{"issue": "YYYY-MM", "facts": [{"kind", "text", "value", "start", "end"}]}``,
offsets into the decoded text. A found fact matches a gold fact when the kind and
the span are the same (exact evidence). Only the kinds the gold files mark are
scored. Among matches, ``values`` is the share whose value agrees with every
field the gold value gives.
"""

from __future__ import annotations

import re
from pathlib import Path

from analysis.errors import DocumentError
from analysis.evaluate import gold_files
from analysis.extract import extract_text
from analysis.text.capture import load

COLUMNS = ["kind", "gold", "found", "matched", "recall", "precision", "values"]


def _agrees(gold: dict, found: dict) -> bool:
    for k, v in gold.items():
        got = found.get(k)
        if isinstance(v, float) or isinstance(got, float):
            if not isinstance(got, (int, float)) or abs(float(got) - float(v)) > 1e-3 * max(1.0, abs(float(v))):
                return False
        elif got != v:
            return False
    return True


_MONTH = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def _check_facts_gold(path: Path, gold: dict) -> None:
    """What the extractor needs beyond the shared checks: a list of facts and one issue month."""
    if "facts" not in gold:
        raise DocumentError(path, 'is not a gold file: expected {"issue": ..., "facts": [...]}')
    # extract_text resolves dates without a year against a (year, month): an interval or a year cannot serve
    if gold.get("issue") is not None and not _MONTH.fullmatch(gold["issue"]):
        raise DocumentError(path, f'"issue" must be one month "YYYY-MM" (or a day), not "{gold["issue"]}"')


def score_one(capture: Path, gold_path: Path, gold: dict) -> list[dict]:
    """Per-fact rows (kind, text, start, end, outcome hit/miss/extra, value_ok) for a gold :func:`evaluate` checked."""
    w = load(capture)
    for f in gold["facts"]:
        if f["end"] > len(w.text):
            raise DocumentError(gold_path, f"the span {f['start']}-{f['end']} runs past the end of {capture.name} "
                                           f"({len(w.text)} characters)")
        if w.text[f["start"]:f["end"]] != f.get("text", w.text[f["start"]:f["end"]]):
            raise DocumentError(gold_path, f"the span {f['start']}-{f['end']} does not hold {f.get('text')!r}")
    kinds = {f["kind"] for f in gold["facts"]}
    mentions = extract_text(w.text, gold.get("issue") or w.metadata.issue,
                            [(b.start, b.end) for b in w.blocks_of("body")])
    found = {(m.kind, m.start, m.end): m for m in mentions if m.kind in kinds}
    rows = []
    for f in gold["facts"]:
        m = found.pop((f["kind"], f["start"], f["end"]), None)
        rows.append({"brief": capture.stem, "kind": f["kind"], "text": f.get("text"), "start": f["start"],
                     "end": f["end"], "outcome": "hit" if m else "miss",
                     "value_ok": _agrees(f.get("value") or {}, m.value) if m else None})
    for (kind, a, b), m in sorted(found.items(), key=lambda x: x[0][1]):
        rows.append({"brief": capture.stem, "kind": kind, "text": m.text, "start": a, "end": b,
                     "outcome": "extra", "value_ok": None})
    return rows


def evaluate(folder: str | Path) -> tuple[list[dict], list[dict]]:
    """(summary rows per kind and overall, per-fact rows) for every capture with gold in ``folder``."""
    golds = gold_files(folder)
    for _, path, gold in golds:  # every gold checked before any capture is scored
        _check_facts_gold(path, gold)
    detail = [r for capture, path, gold in golds for r in score_one(capture, path, gold)]
    kinds = sorted({r["kind"] for r in detail})
    summary = []
    for kind in [*kinds, "all"]:
        rows = [r for r in detail if kind == "all" or r["kind"] == kind]
        hit = sum(r["outcome"] == "hit" for r in rows)
        gold = sum(r["outcome"] != "extra" for r in rows)
        found = sum(r["outcome"] != "miss" for r in rows)
        ok = sum(bool(r["value_ok"]) for r in rows)
        summary.append({"kind": kind, "gold": gold, "found": found, "matched": hit,
                        "recall": round(hit / gold, 3) if gold else None,
                        "precision": round(hit / found, 3) if found else None,
                        "values": round(ok / hit, 3) if hit else None})
    return summary, detail


def render(summary: list[dict]) -> str:
    """The summary as a fixed-width table."""
    lines = [f"{'kind':13}{'gold':>6}{'found':>7}{'matched':>9}{'recall':>8}{'precision':>11}{'values':>8}"]
    for r in summary:
        fmt = lambda x: "-" if x is None else f"{x:.1%}"  # noqa: E731
        lines.append(f"{r['kind']:13}{r['gold']:>6}{r['found']:>7}{r['matched']:>9}{fmt(r['recall']):>8}"
                     f"{fmt(r['precision']):>11}{fmt(r['values']):>8}")
    return "\n".join(lines)
