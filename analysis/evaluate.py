"""Measure the loader on a folder of captures with gold files.

A gold file ``NAME.json`` sits beside its capture (``NAME.txt``, or the file named by
its ``"capture"`` key) and says what the loader should find. Every key is optional;
only the fields a gold file gives are scored:

``format``, ``title``, ``banner`` (``null`` for none, or ``{"author", "role", "date"}``),
``issue`` (EDTF), ``section``, ``authors`` (a list), ``body_start`` (the first words of
the body) and, for listing pages, ``entries`` (a list of ``{"title", "date", "words"}``).

:func:`evaluate` returns one row per capture and field; :func:`summary` the accuracy
per field.
"""

from __future__ import annotations

import json
from pathlib import Path

from analysis.errors import DocumentError
from analysis.witness import Witness, load

#: The scored fields, in the order they are reported.
FIELDS = ("format", "title", "banner_author", "banner_role", "banner_date", "issue", "section",
          "authors", "body_start", "entries")


def _banner(w: Witness, key: str):
    b = w.metadata.get("banner")
    return b.get(key) if b else None


def _body_start(w: Witness, expected: str | None):
    """The body's first words, as many as the gold gives (None when there is no body)."""
    words = w.body.split()
    if not words:
        return None
    n = len((expected or "").split()) or 8
    return " ".join(words[:n])


def found_value(w: Witness, name: str, gold: dict):
    """What the loader found for one scored field of a witness."""
    getters = {
        "format": lambda: w.format,
        "banner_author": lambda: _banner(w, "author"),
        "banner_role": lambda: _banner(w, "role"),
        "banner_date": lambda: _banner(w, "date"),
        "body_start": lambda: _body_start(w, gold.get("body_start")),
        "entries": lambda: w.metadata.get("entries") or [],
    }
    get = getters.get(name, lambda: w.metadata.get(name))
    return get()


def gold_values(gold: dict) -> dict:
    """The scored fields a gold file gives, flattened (banner -> banner_author, ...)."""
    out = {k: gold[k] for k in FIELDS if k in gold}
    if "banner" in gold:
        b = gold["banner"] or {}
        for key in ("author", "role", "date"):
            if gold["banner"] is None or key in b:
                out[f"banner_{key}"] = b.get(key)
    if "body_start" in out and out["body_start"] is not None:
        out["body_start"] = " ".join(out["body_start"].split())
    return out


def _capture_of(gold_path: Path, gold: dict) -> Path:
    if gold.get("capture"):
        return gold_path.parent / gold["capture"]
    candidates = [p for p in gold_path.parent.glob(gold_path.stem + ".*") if p.suffix != ".json"]
    if len(candidates) != 1:
        raise DocumentError(gold_path, f"needs exactly one capture named {gold_path.stem}.* beside it "
                                       f"(found {len(candidates)}) or a \"capture\" key")
    return candidates[0]


def _read_gold(path: Path) -> dict:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DocumentError(path, f"is not a readable JSON gold file ({exc.__class__.__name__}: {exc})") from None
    if not isinstance(gold, dict):
        raise DocumentError(path, "must hold one JSON object")
    return gold


def evaluate(folder: str | Path) -> list[dict]:
    """One row per capture and scored field: capture, field, expected, found, correct.

    A capture the loader refuses scores every field of its gold as wrong, with the
    refusal as what was found, so one bad file never stops the measurement.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise DocumentError(folder, "is not a folder of captures and gold JSON files")
    golds = sorted(folder.glob("*.json"))
    if not golds:
        raise DocumentError(folder, "holds no gold files (*.json)")
    rows = []
    for gold_path in golds:
        gold = _read_gold(gold_path)
        capture = _capture_of(gold_path, gold)
        try:
            w = load(capture)
        except DocumentError as exc:
            w, error = None, f"refused: {exc.problem}"
        for name, expected in gold_values(gold).items():
            found = found_value(w, name, gold) if w is not None else error
            rows.append({"capture": capture.name, "field": name, "expected": expected, "found": found,
                         "correct": found == expected})
    return rows


def summary(rows: list[dict]) -> list[dict]:
    """Accuracy per field: field, scored, correct, accuracy (0..1), in FIELDS order."""
    out = []
    for name in FIELDS:
        scored = [r for r in rows if r["field"] == name]
        if scored:
            right = sum(r["correct"] for r in scored)
            out.append({"field": name, "scored": len(scored), "correct": right, "accuracy": right / len(scored)})
    return out
