"""The claims register: every finding the study states, with its evidence, verdict and caveat.

``data/reference/claims.csv`` holds one row per finding: its words (with ``{fields}``
filled from the computed tables of a run), the evidence, a verdict and a caveat. A
verdict written ``computed`` is taken from the run's tables; any other (``holds``,
``fails``, ``imprecise``, ``cannot check``) rests on the dated source the row cites.
After the notebooks have run, :func:`write` renders the register of that run into
``results/claims.csv`` and ``results/findings.md``; the README's findings and
``docs/referee.md`` are printed from it (``python -m analysis findings --write``), and a
test fails when they differ from a fresh run or a notebook prints a finding without a
row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

import pandas as pd

from analysis import reference
from analysis.study import article, claim, later, record

VERDICTS = ("holds", "fails", "imprecise", "cannot check")
#: How a finding is tagged where a notebook prints it: "... (fails; P12)".
TAG = re.compile(r"\((?:holds|fails|imprecise|cannot check); (P\d\d)\)$")
README_START, README_END = "<!-- findings: start -->", "<!-- findings: end -->"


def claims() -> pd.DataFrame:
    """The register as curated: claim_id, finding, evidence, verdict, caveat, source."""
    return reference.read("reference/claims.csv")


#: Where a finding's tables come from: a results folder, or the tables themselves by file name (a notebook).
Tables = Path | Mapping[str, pd.DataFrame]


def _csv(results: Tables, name: str) -> pd.DataFrame:
    if isinstance(results, Mapping):
        return results[name].copy()
    return pd.read_csv(Path(results) / name, keep_default_na=False)


def _pct(x: float) -> str:
    return f"{float(x):.1%}"


def _checks(results: Tables, prefix: str) -> pd.DataFrame:
    t = _csv(results, "checks.csv")
    return t[t.check.str.startswith(prefix)]


def _all_hold(rows: pd.DataFrame) -> str:
    return "holds" if len(rows) and (rows.verdict == "holds").all() else "fails" if len(rows) else "cannot check"


# one function per computed finding: the fields of its words, and its verdict --------------------


def _p01(r: Tables):
    s = _csv(r, "similarity.csv").iloc[0]
    return {"substantive": int(s.substantive), "similarity": f"{float(s.similarity):.3f}"}, (
        "holds" if int(s.substantive) == 0 else "fails")


def _p02(r: Tables):
    v = _csv(r, "variants.csv")
    body = v[(v.block == "body") & (v.category == "typography")]
    dashes = record.dash_table()
    brief = dashes.page.str.startswith("the brief")
    others = dashes[~brief & (dashes.what != "dash kept")]
    dropped, spaced = (others.what == "dash dropped").sum(), (others.what == "dash as a space").sum()
    reading = "; ".join(f"the page capture reads {w.witness_reading!r} where the export reads {w.base_reading!r}"
                        for w in body.itertuples())
    # the evidence as worded: a body variant, other pages that lose dashes, and the second capture alike
    ok = len(body) == 1 and dropped >= 1 and bool((dashes[brief].what == "dash dropped").any())
    return {"reading": reading, "dropped": int(dropped), "spaced": int(spaced), "dash_pages": others.page.nunique()}, (
        "holds" if ok else "cannot check")


def _p03(r: Tables):
    f = _csv(r, "faithfulness.csv").set_index("format")
    export = f.loc["markdown-export"]
    return {}, "holds" if int(export.characters_lost) == 0 and str(export.names_source) == "True" else "fails"


def _p04(r: Tables):
    d = _csv(r, "dating.csv")
    cap = d[d.what == "page captured"]
    return {"banner_date": cap.evidence.iloc[0] if len(cap) else "none"}, "holds" if len(cap) else "cannot check"


def _p05(r: Tables):
    try:
        best = record.best_issue()
    except ValueError:  # the publisher's records disagree
        return {"issue_label": "?", "issue_edtf": "?"}, "cannot check"
    return {"issue_label": best["label"], "issue_edtf": best["edtf"]}, "holds" if best["records"] >= 2 else "cannot check"


def _p06(r: Tables):
    rows = pd.concat([_checks(r, "F0"), _checks(r, "date of round")])
    rel = rows[rows.check.str.contains("more than")]
    return {}, _all_hold(rel)


def _p07(r: Tables):
    rows = _checks(r, "post of ")
    return {"posts_held": int((rows.verdict == "holds").sum()), "posts": len(rows)}, _all_hold(rows)


def _p08(r: Tables):
    return {}, _all_hold(_checks(r, "MTCR Category I"))


def _p10(r: Tables):
    rows = _checks(r, "missile range")
    detail = rows.detail.iloc[0].split(" for ", 1)[-1] if len(rows) else "no stated range"
    return {"range_detail": detail}, _all_hold(rows)


def _verdict_rows(r: Tables, code: str) -> pd.DataFrame:
    v = _csv(r, "range_claim_verdict.csv")
    return v[(v.country == code) & (v.origin == article.ORIGIN)]


def _p11(r: Tables):
    code = next(iter(article.CLAIM))
    v = _verdict_rows(r, code)
    at = v[v.range_km == v.range_km.min()]
    return {"range_km": f"{at.range_km.iloc[0]:,.0f}"}, _all_hold(at)


def _p12(r: Tables):
    code = list(article.CLAIM)[1]
    v = _verdict_rows(r, code)
    at = v[v.range_km == v.range_km.min()].set_index("measure")
    upper = v[v.range_km == v.range_km.max()]
    lo, hi = v.range_km.min(), v.range_km.max()
    verdict = _all_hold(at)
    said = (f'"Nearly all of Japan" (taken as {article.NEARLY_ALL:.0%} or more) {"holds" if verdict == "holds" else "does not hold"} '
            f'at {lo:,.0f} km: {_pct(at.loc["area", "share"])} of its area and {_pct(at.loc["population", "share"])} of the '
            "people in its listed places lie within range.")
    if hi != lo:
        said += (f" At {hi:,.0f} km, the upper figure of the same 1994 Nodong estimate, it "
                 f"{'holds' if _all_hold(upper) == 'holds' else 'does not hold either'}.")
    return {"claim_sentence": said}, verdict


def _p13(r: Tables):
    t = _csv(r, "claim_sensitivity.csv")
    for c in t.columns:
        if c.startswith("nearly_all_") or c == "all_holds":
            t[c] = t[c].astype(str) == "True"
    steps = sorted(set(t.range_km))
    step = f"{steps[1] - steps[0]:,.0f}" if len(steps) > 1 else "no other"
    return {"sensitivity": " ".join(claim.sensitivity_sentences(t)[:1]), "step_km": step}, (
        "fails" if not t[t.range_km == t.range_km.min()].filter(like="nearly_all_90").to_numpy().any() else "holds")


def _p14(r: Tables):
    b = _csv(r, "us_bases.csv")
    within = [c for c in b.columns if c.startswith("within_")]
    first, last = within[0], within[-1]
    b[first], b[last] = b[first].astype(str) == "True", b[last].astype(str) == "True"
    kor, jpn = b[b.country == "South Korea"], b[b.country == "Japan"]
    beyond = jpn[~jpn[first]]
    fields = {"kor_bases": len(kor), "jpn_bases": len(jpn), "jpn_bases_in": int(jpn[first].sum()),
              "jpn_beyond": ", ".join(beyond.name), "range_km": f"{int(first.split('_')[1]):,}",
              "upper_km": f"{int(last.split('_')[1]):,}"}
    return fields, "holds" if kor[first].all() and beyond[last].all() else "fails"


def _p15(r: Tables):
    d = _csv(r, "drawn_circle_errors.csv")
    wrong = d[~d.drawn_as.str.contains("sphere")]
    return {"range_km": f"{d.range_km.iloc[0]:,.0f}", "circle_error": f"{wrong.worst_error_km.abs().max():,.0f}"}, "holds"


def _p16(r: Tables):
    e = _csv(r, "later_us_extent.csv").set_index("place")
    near = e.nearest_km.astype(float)
    m = _csv(r, "later_missiles.csv")
    km = float(m.range_km.iloc[0])
    reached = near[near <= km]
    nearest = near.idxmin()
    if reached.empty:
        said = (f"The brief's {km:,.0f} km reaches no U.S. territory: the nearest, {nearest}, lies {near.min():,.0f} km "
                f"from North Korean territory and Guam {near[later.place_name('GUM')]:,.0f} km; it does reach U.S. bases in "
                "South Korea and Japan.")
    else:
        said = f"The range of {km:,.0f} km reaches U.S. territory: " + ", ".join(
            f"{p} (nearest point {d:,.0f} km)" for p, d in reached.items()) + "."
    return {"us_reach": said}, "holds"


def _first(r: Tables, place: str) -> str:
    t = _csv(r, "later_first_reach.csv").set_index("place")
    row = t.loc[place]
    return (f"first reached in part, in order of range (each missile at its upper figure), by {row.in_part_by_range}; "
            f"in order of the estimate's year (every source's figure), by {row.in_part_by_year}. Wholly: by range "
            f"{row.wholly_by_range}; by year {row.wholly_by_year}.")


def _p17(r: Tables):
    return {"guam": _first(r, "Guam")}, "holds"


def _p18(r: Tables):
    return {"contiguous": _first(r, article.CONTIGUOUS_US.name)}, "holds"


def _p20(r: Tables):
    return {"extent": " ".join(claim.extent_sentences(_csv(r, "coverage_extent.csv")))}, "holds"


def _p21(r: Tables):
    e = _csv(r, "later_us_extent.csv")
    parts = [f"{x.place[0].upper() + x.place[1:]}, nearest {float(x.nearest_km):,.0f} km, farthest "
             f"{float(x.farthest_km):,.0f} km" for x in e.itertuples()]
    return {"us_extent": "From North Korean territory, the nearest and farthest points: " + "; ".join(parts) + "."}, "holds"


COMPUTED: dict[str, Callable[[Tables], tuple[dict, str]]] = {
    "P01": _p01, "P02": _p02, "P03": _p03, "P04": _p04, "P05": _p05, "P06": _p06, "P07": _p07, "P08": _p08,
    "P10": _p10, "P11": _p11, "P12": _p12, "P13": _p13, "P14": _p14, "P15": _p15, "P16": _p16, "P17": _p17,
    "P18": _p18, "P20": _p20, "P21": _p21,
}


def register(results: Tables, ids: list[str] | None = None) -> pd.DataFrame:
    """The register of a run: each finding's words filled from the run's tables and its verdict
    (computed from them, or the cited source's): claim_id, finding, verdict, evidence, caveat, source.
    With ``ids``, only those findings (whose tables ``results`` then needs to hold)."""
    rows = []
    for c in claims().itertuples():
        if ids is not None and c.claim_id not in ids:
            continue
        fields, verdict = COMPUTED[c.claim_id](results) if c.verdict == "computed" else ({}, c.verdict)
        if verdict not in VERDICTS:
            raise ValueError(f"{c.claim_id}: verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
        rows.append({"claim_id": c.claim_id, "finding": c.finding.format(**fields), "verdict": verdict,
                     "evidence": c.evidence, "caveat": c.caveat, "source": c.source})
    return pd.DataFrame(rows)


def readme_block(table: pd.DataFrame) -> str:
    """The README's findings: one bullet per finding, its verdict and register id."""
    lines = [README_START]
    lines += [f"- {r.finding} *({r.verdict}; {r.claim_id})*" for r in table.itertuples()]
    lines.append(README_END)
    return "\n".join(lines)


def referee(table: pd.DataFrame) -> str:
    """``docs/referee.md``: the register rendered for a reader, with its evidence and caveats."""
    out = ["# The claims register", "",
           "Every finding the study states, its numbers filled from the last run's tables, with its evidence,",
           "its verdict (holds, fails, imprecise, cannot check) and a caveat. A verdict computed from the tables",
           "says whether the statement holds on them; where a finding only reports what the tables give (an",
           "extreme, what reaches a place first), it holds by construction, and the evidence says how it was",
           "checked. A verdict on a source (the MTCR's wording, the limits) is the study's reading of the source",
           "cited. Made by `python -m analysis findings --write` from `data/reference/claims.csv` and the tables",
           "in `results/`; do not edit by hand.", ""]
    for r in table.itertuples():
        out += [f"## {r.claim_id}: {r.verdict}", "", r.finding, "", f"- evidence: {r.evidence}",
                f"- source: {r.source}"] + ([f"- caveat: {r.caveat}"] if r.caveat else []) + [""]
    return "\n".join(out)


def show(ids: list[str], tables: Mapping[str, pd.DataFrame]) -> None:
    """Print a notebook's findings from the register, each with its verdict and id ("... (fails; P12)"),
    its numbers filled from the notebook's own tables."""
    for r in register(tables, ids).itertuples():
        print(f"- {r.finding} ({r.verdict}; {r.claim_id})")
