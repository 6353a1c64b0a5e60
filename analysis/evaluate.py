"""Measure the loader and the fact extractor on a folder of captures with gold files.

A gold file ``NAME.json`` sits beside its capture (the one other file ``NAME.*``, or
the file named by its ``"capture"`` key) and says what the loader should find. Every
key is optional; only the fields a gold file gives are scored:

``format``, ``title``, ``banner`` (``null`` for none, or ``{"author", "role", "date"}``),
``issue`` (EDTF), ``section``, ``authors`` (a list), ``body_start`` (the first words of
the body) and, for listing pages, ``entries`` (a list of ``{"title", "date", "words"}``).

:func:`evaluate_loader` returns one row per capture and field; :func:`field_accuracy` the
accuracy per field. :func:`gold_files` pairs a folder's captures with their gold files and
checks the type of every field either evaluator reads, ``facts`` included.

The extractor's gold gives ``facts`` and an issue month:
``{"issue": "YYYY-MM", "facts": [{"kind", "text", "value", "start", "end"}]}``,
offsets into the decoded text. A found fact matches a gold fact when the kind and
the span are the same (exact evidence). Only the kinds the gold files mark are
scored. Among matches, ``values`` is the share whose value agrees with every
field the gold value gives.
:func:`evaluate_facts` gives recall and precision per kind; :func:`render_fact_accuracy`
prints them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from analysis import dates
from analysis.errors import DocumentError
from analysis.extract import extract_text
from analysis.text.capture import cut_entries, first_words, load, read_bytes
from analysis.text.witness import Witness

#: The scored fields, in the order they are reported.
FIELDS = ("format", "title", "banner_author", "banner_role", "banner_date", "issue", "section",
          "authors", "body_start", "entries")


def _banner(w: Witness, key: str):
    b = w.metadata.banner
    return b.get(key) if b else None


def _body_start(w: Witness, expected: str | None):
    """The body's first words, as many as the gold gives (None when there is no body); a list marker is no
    word, and a clause mark after the last word the gold gives is dropped (:func:`first_words`)."""
    words = w.body.split()
    words = words[1:] if words and not words[0].strip("•*·–-") else words
    return first_words(" ".join(words), expected) if words else None


def found_value(w: Witness, name: str, gold: dict):
    """What the loader found for one scored field of a witness.

    >>> from analysis.text.capture import parse_text
    >>> w = parse_text("## Talks in Geneva\\n\\n"
    ...                "The two delegations met in Geneva on June 11, 1998, for two days.\\n", id="a")
    >>> found_value(w, "title", {}), found_value(w, "body_start", {"body_start": "The two"})
    ('Talks in Geneva', 'The two')
    """
    getters = {
        "format": lambda: w.format,
        "banner_author": lambda: _banner(w, "author"),
        "banner_role": lambda: _banner(w, "role"),
        "banner_date": lambda: _banner(w, "date"),
        "body_start": lambda: _body_start(w, gold.get("body_start")),
        "entries": lambda: cut_entries(w.metadata.entries, gold.get("entries")),
    }
    get = getters.get(name, lambda: getattr(w.metadata, name))
    return get()


def gold_values(gold: dict) -> dict:
    """The scored fields a gold file gives, flattened (banner -> banner_author, ...).

    >>> gold_values({"title": "T", "banner": {"author": "A"}, "authors": ["A"]})
    {'title': 'T', 'authors': ['A'], 'banner_author': 'A'}
    """
    out = {k: gold[k] for k in FIELDS if k in gold}
    if "banner" in gold:
        b = gold["banner"] or {}
        for key in ("author", "role", "date"):
            if gold["banner"] is None or key in b:
                out[f"banner_{key}"] = b.get(key)
    if "body_start" in out and out["body_start"] is not None:
        out["body_start"] = " ".join(out["body_start"].split())
    return out


# -- gold files: pairing and type checks, shared by both evaluations ------------------------------------

_EDTF = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?")
_TEXT = (str, type(None))
#: The top-level keys of a gold file: the JSON types each may hold, and how an error names them.
_TOP = {
    "capture": ((str,), "a file name (a string)"),
    "format": ((str,), "a string"),
    "title": (_TEXT, "a string or null"),
    "section": (_TEXT, "a string or null"),
    "body_start": (_TEXT, "a string or null"),
    "banner": ((dict, type(None)), 'an object {"author", "role", "date"} or null'),
    "authors": ((list,), "a list of names"),
    "facts": ((list,), "a list of facts"),
}


def _shown(v) -> str:
    """A JSON value and its JSON type, for an error message: ``5 (a number)``."""
    kind = ("null" if v is None else "a boolean" if isinstance(v, bool) else "a number" if isinstance(v, (int, float))
            else "a string" if isinstance(v, str) else "a list" if isinstance(v, list) else "an object")
    text = json.dumps(v, ensure_ascii=False)
    return f"{text[:40]}{'...' if len(text) > 40 else ''} ({kind})"


def _expect(path: Path, what: str, v, types: tuple, want: str) -> None:
    # JSON true/false load as bool, a subclass of int: no gold field takes one
    if isinstance(v, bool) or not isinstance(v, types):
        raise DocumentError(path, f"{what} must be {want}, not {_shown(v)}")


def _is_edtf(v) -> bool:
    """Whether ``v`` is an EDTF date or interval of real days that runs forwards."""
    if not isinstance(v, str) or not _EDTF.fullmatch(v):
        return False
    try:
        lo, hi = dates.bounds(dates.from_edtf(v))
    except ValueError:  # an impossible month or day
        return False
    return lo <= hi


def _check_objects(path: Path, key: str, v, keys: tuple[str, ...]) -> None:
    """A list of objects whose ``keys`` hold a string or null (the ``entries``)."""
    _expect(path, f'"{key}"', v, (list,), "a list of objects")
    for n, item in enumerate(v):
        _expect(path, f'"{key}" item {n}', item, (dict,), "an object")
        for k in keys:
            _expect(path, f'"{k}" of "{key}" item {n}', item.get(k), _TEXT, "a string or null")


def _check_fact(path: Path, n: int, f) -> None:
    _expect(path, f"fact {n}", f, (dict,), 'an object {"kind", "start", "end", ...}')
    if not {"kind", "start", "end"} <= set(f):
        raise DocumentError(path, f"fact {n} needs kind, start and end")
    _expect(path, f'"kind" of fact {n}', f["kind"], (str,), "a string")
    _expect(path, f'"text" of fact {n}', f.get("text"), _TEXT, "a string or null")
    _expect(path, f'"value" of fact {n}', f.get("value"), (dict, type(None)), "an object or null")
    for k in ("start", "end"):
        _expect(path, f'"{k}" of fact {n}', f[k], (int,), "a character offset (an integer)")
    if not 0 <= f["start"] <= f["end"]:
        raise DocumentError(path, f"fact {n} needs 0 <= start <= end, not start {f['start']}, end {f['end']}")


def _check_gold(path: Path, gold: dict) -> None:
    """The type of every field an evaluator reads; a field a gold file does not give is not checked."""
    for key, (types, want) in _TOP.items():
        if key in gold:
            _expect(path, f'"{key}"', gold[key], types, want)
    for n, name in enumerate(gold.get("authors") or []):
        _expect(path, f'"authors" item {n}', name, (str,), "a name (a string)")
    for k in ("author", "role", "date"):
        _expect(path, f'"{k}" of "banner"', (gold.get("banner") or {}).get(k), _TEXT, "a string or null")
    if "entries" in gold:
        _check_objects(path, "entries", gold["entries"], ("title", "date", "words"))
    if gold.get("issue") is not None and not _is_edtf(gold["issue"]):
        raise DocumentError(path, '"issue" must be an EDTF date such as "1998-05" or "1998-06/1998-07", or null, '
                                  f'not {_shown(gold["issue"])}')
    for n, f in enumerate(gold.get("facts") or []):
        _check_fact(path, n, f)


#: A gold file is a few kB; a larger one is refused before it is read.
GOLD_MAX_BYTES = 8 * 2**20


def read_gold(path: Path) -> dict:
    """A gold JSON file, every field either evaluator reads checked for its type (DocumentError if not).

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.json").write_text('{"title": "T"}')
    >>> read_gold(folder / "a.json")
    {'title': 'T'}
    """
    data = read_bytes(path, GOLD_MAX_BYTES, "gold file")  # the loader's checks: a regular file, bounded, never blocking
    try:
        gold = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError, and numbers too long to convert
        raise DocumentError(path, f"is not a readable JSON gold file ({exc.__class__.__name__}: {exc})") from None
    except RecursionError:
        raise DocumentError(path, "is not a readable JSON gold file (nested too deeply)") from None
    if not isinstance(gold, dict):
        raise DocumentError(path, f"must hold one JSON object, not {_shown(gold)}")
    _check_gold(path, gold)
    return gold


def _inside(folder: Path, path: Path) -> bool:
    """Whether ``path``, its links followed, lies in ``folder``."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a symlink loop
        return False


def _capture_of(gold_path: Path, gold: dict) -> Path:
    if gold.get("capture"):
        name = Path(gold["capture"])
        capture = gold_path.parent / name
        if name.is_absolute() or ".." in name.parts or not _inside(gold_path.parent, capture):
            raise DocumentError(gold_path, f'names a capture "{gold["capture"]}" outside its folder; '
                                           "a capture must lie beside its gold file")
        if not capture.is_file():
            raise DocumentError(gold_path, f'names a capture "{gold["capture"]}" that is not beside it')
        return capture
    candidates = [p for p in gold_path.parent.glob(gold_path.stem + ".*") if p.suffix != ".json"]
    for p in candidates:
        if not _inside(gold_path.parent, p):
            raise DocumentError(p, "links to a file outside its folder; a capture must lie beside its gold file")
    if len(candidates) != 1:
        raise DocumentError(gold_path, f"needs exactly one capture named {gold_path.stem}.* beside it "
                                       f"(found {len(candidates)}) or a \"capture\" key")
    return candidates[0]


def gold_files(folder: str | Path) -> list[tuple[Path, Path, dict]]:
    """(capture, gold path, gold) for every ``NAME.json`` of a folder, each gold read and checked.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("## T\\n\\nThe two delegations met in Geneva for two days.\\n")
    >>> _ = (folder / "a.json").write_text('{"title": "T"}')
    >>> [(c.name, g.name, gold) for c, g, gold in gold_files(folder)]
    [('a.txt', 'a.json', {'title': 'T'})]
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise DocumentError(folder, "is not a folder of captures and gold JSON files")
    golds = sorted(folder.glob("*.json"))
    if not golds:
        raise DocumentError(folder, "holds no gold files (NAME.json beside its capture NAME.txt)")
    out = []
    for path in golds:
        gold = read_gold(path)
        out.append((_capture_of(path, gold), path, gold))
    return out


def evaluate_loader(folder: str | Path) -> list[dict]:
    """One row per capture and scored field: capture, field, expected, found, correct.

    A capture the loader refuses scores every field of its gold as wrong, with the
    refusal as what was found, so one bad file never stops the measurement.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("## T\\n\\nThe two delegations met in Geneva for two days.\\n")
    >>> _ = (folder / "a.json").write_text('{"title": "T", "format": "markdown-export"}')
    >>> [(r["field"], r["found"], r["correct"]) for r in evaluate_loader(folder)]
    [('format', 'markdown-export', True), ('title', 'T', True)]
    """
    rows = []
    for capture, gold_path, gold in gold_files(folder):
        if not gold_values(gold):
            raise DocumentError(gold_path, "gives none of the scored fields (" + ", ".join(
                k for k in FIELDS if not k.startswith("banner_")) + ", banner)")
        try:
            w = load(capture)
        except DocumentError as exc:
            w, error = None, f"refused: {exc.problem}"
        for name, expected in gold_values(gold).items():
            found = found_value(w, name, gold) if w is not None else error
            rows.append({"capture": capture.name, "field": name, "expected": expected, "found": found,
                         "correct": found == expected})
    return rows


def field_accuracy(rows: list[dict]) -> list[dict]:
    """Accuracy per field: field, scored, correct, accuracy (0..1), in FIELDS order.

    >>> field_accuracy([{"field": "title", "correct": True}, {"field": "title", "correct": False}])
    [{'field': 'title', 'scored': 2, 'correct': 1, 'accuracy': 0.5}]
    """
    out = []
    for name in FIELDS:
        scored = [r for r in rows if r["field"] == name]
        if scored:
            right = sum(r["correct"] for r in scored)
            out.append({"field": name, "scored": len(scored), "correct": right, "accuracy": right / len(scored)})
    return out


# ---------------------------------------------------------------------------
# the fact extractor


#: The columns of the extractor's summary.
FACT_COLUMNS = ["kind", "gold", "found", "matched", "recall", "precision", "values"]


def _agrees(gold: dict, found: dict) -> bool:
    for k, v in gold.items():
        got = found.get(k)
        if isinstance(v, float) or isinstance(got, float):
            if not isinstance(got, (int, float)) or abs(float(got) - float(v)) > 1e-3 * max(1.0, abs(float(v))):
                return False
        elif got != v:
            return False
    return True


_ISSUE_MONTH = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def _check_facts_gold(path: Path, gold: dict) -> None:
    """What the extractor needs beyond the shared checks: a list of facts and one issue month."""
    if "facts" not in gold:
        raise DocumentError(path, 'is not a gold file: expected {"issue": ..., "facts": [...]}')
    # extract_text resolves dates without a year against a (year, month): an interval or a year cannot serve
    if gold.get("issue") is not None and not _ISSUE_MONTH.fullmatch(gold["issue"]):
        raise DocumentError(path, f'"issue" must be one month "YYYY-MM" (or a day), not "{gold["issue"]}"')


def score_facts(capture: Path, gold_path: Path, gold: dict) -> list[dict]:
    """Per-fact rows (kind, text, start, end, outcome hit/miss/extra, value_ok) for a gold
    :func:`evaluate_facts` checked.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> text = "## T\\n\\nThe two delegations met in Geneva for two days.\\n"
    >>> _ = (folder / "a.txt").write_text(text)
    >>> at = text.index("Geneva")
    >>> gold = {"facts": [{"kind": "place", "text": "Geneva", "start": at, "end": at + 6}]}
    >>> [r["outcome"] for r in score_facts(folder / "a.txt", folder / "a.json", gold)]
    ['hit']
    """
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
        if "side" in f:  # a person's side (ISO3 or null), kept outside the value so values stay comparable
            rows[-1]["side"], rows[-1]["side_found"] = f["side"], _side_of(m)
    for (kind, a, b), m in sorted(found.items(), key=lambda x: x[0][1]):
        rows.append({"brief": capture.stem, "kind": kind, "text": m.text, "start": a, "end": b,
                     "outcome": "extra", "value_ok": None})
    return rows


def _side_of(m) -> str | None:
    return ((m.value.get("side") or {}).get("iso3")) if m is not None else None


def side_accuracy(detail: list[dict]) -> dict | None:
    """People's side: of the gold persons whose gold gives a side (a ``side`` key beside the value,
    ISO3), how many the extractor found with that side; and of those whose gold side is null, how
    many it gave one anyway. None when no gold fact carries a side.

    >>> rows = [{"kind": "person", "side": "FRA", "side_found": "FRA"},
    ...         {"kind": "person", "side": "DEU", "side_found": None},
    ...         {"kind": "person", "side": None, "side_found": "USA"}]
    >>> side_accuracy(rows)
    {'given': 2, 'right': 1, 'accuracy': 0.5, 'wrong': 0, 'none_given': 1, 'given_anyway': 1}
    """
    rows = [r for r in detail if r["kind"] == "person" and "side" in r]
    if not rows:
        return None
    given = [r for r in rows if r["side"]]
    right = sum(r["side_found"] == r["side"] for r in given)
    wrong = sum(bool(r["side_found"]) and r["side_found"] != r["side"] for r in given)
    anyway = sum(bool(r["side_found"]) for r in rows if not r["side"])
    return {"given": len(given), "right": right, "accuracy": round(right / len(given), 3) if given else None,
            "wrong": wrong, "none_given": len(rows) - len(given), "given_anyway": anyway}


def render_side(side: dict) -> str:
    """The side line under the fact table.

    >>> print(render_side({"given": 2, "right": 1, "accuracy": 0.5, "wrong": 0, "none_given": 1, "given_anyway": 1}))
    side: 1 of 2 persons whose side the text gives (50.0%), 0 with a wrong side; 1 of 1 with none given one
    """
    acc = "-" if side["accuracy"] is None else f"{side['accuracy']:.1%}"
    return (f"side: {side['right']} of {side['given']} persons whose side the text gives ({acc}), "
            f"{side['wrong']} with a wrong side; {side['given_anyway']} of {side['none_given']} with none given one")


def evaluate_facts(folder: str | Path) -> tuple[list[dict], list[dict]]:
    """(summary rows per kind and overall, per-fact rows) for every capture with gold in ``folder``.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> text = "## T\\n\\nThe two delegations met in Geneva for two days.\\n"
    >>> _ = (folder / "a.txt").write_text(text)
    >>> at = text.index("Geneva")
    >>> gold = {"facts": [{"kind": "place", "text": "Geneva", "start": at, "end": at + 6}]}
    >>> _ = (folder / "a.json").write_text(json.dumps(gold))
    >>> summary, detail = evaluate_facts(folder)
    >>> [(r["kind"], r["recall"]) for r in summary]
    [('place', 1.0), ('all', 1.0)]
    """
    golds = gold_files(folder)
    for _, path, gold in golds:  # every gold checked before any capture is scored
        _check_facts_gold(path, gold)
    detail = [r for capture, path, gold in golds for r in score_facts(capture, path, gold)]
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


def render_fact_accuracy(summary: list[dict]) -> str:
    """The summary as a fixed-width table.

    >>> row = {"kind": "all", "gold": 2, "found": 2, "matched": 1, "recall": 0.5, "precision": 0.5, "values": 1.0}
    >>> print(render_fact_accuracy([row]))
    kind           gold  found  matched  recall  precision  values
    all               2      2        1   50.0%      50.0%  100.0%
    """
    lines = [f"{'kind':13}{'gold':>6}{'found':>7}{'matched':>9}{'recall':>8}{'precision':>11}{'values':>8}"]
    for r in summary:
        fmt = lambda x: "-" if x is None else f"{x:.1%}"  # noqa: E731
        lines.append(f"{r['kind']:13}{r['gold']:>6}{r['found']:>7}{r['matched']:>9}{fmt(r['recall']):>8}"
                     f"{fmt(r['precision']):>11}{fmt(r['values']):>8}")
    return "\n".join(lines)
