"""The article's checks: the general checks of its facts, and its range claim about South Korea
and Japan measured on the ellipsoid (notebook 03-range-maps).

Only the study's brief gets the range claim: :func:`is_study_brief` says whether the
witnesses are the article, by its folded title or its source URL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis.extract.checks import check_table
from analysis.extract.facts import Fact
from analysis.study.article import SOURCE_URL, TITLE
from analysis.text.basics import fold
from analysis.text.witness import Witness

if TYPE_CHECKING:
    import pandas as pd  # deferred: the text modules stay free of pandas


def is_study_brief(witnesses: Sequence[Witness]) -> bool:
    """Whether a witness is the study's article: its title (typography aside) or its source URL."""
    return any(fold(w.metadata.title or "") == fold(TITLE) or w.metadata.source_url == SOURCE_URL
               for w in witnesses)


def range_claim(facts: Sequence[Fact], nearly_all: float | None = None, range_km: float | None = None) -> list[dict]:
    """'All of South Korea and nearly all of Japan' measured on the ellipsoid (analysis.claim, notebook
    03-range-maps) at ``range_km``, by default at the range the article states."""
    from analysis.study import claim  # deferred: the claim is measured with numpy, pandas and pyproj

    stated = [f for f in facts if f.kind == "quantity" and f.value.get("measure") == "range" and not f.value.get("bound")]
    if not stated:
        return [{"check": f"range claim: {claim.wording()}", "verdict": "cannot check",
                 "detail": "the article states no missile range"}]
    km = float(stated[0].value["magnitude"] if range_km is None else range_km)
    v = claim.verdict(km, claim.ORIGIN, nearly_all if nearly_all is not None else claim.NEARLY_ALL)
    verdict = "holds" if (v.verdict == "holds").all() else "fails"
    parts = "; ".join(f"{r.country} {r.measure} {r.share:.1%} (needs {r.needed:.0%}): {r.verdict}" for r in v.itertuples())
    return [{"check": f"range claim at {km:g} km from {claim.origin_phrase(claim.ORIGIN)}: {claim.wording()}",
             "verdict": verdict, "detail": f"{parts}; measured in notebook 03-range-maps"}]


def wording(facts: Sequence[Fact]) -> list[dict]:
    """The article's wording checked against its source, from the claims register (verdicts such as
    "imprecise" rest on the dated source the register cites)."""
    from analysis import reference  # deferred: pandas, only when the register is read

    rows = []
    for c in reference.read("reference/claims.csv").itertuples():
        if c.claim_id in WORDING:
            rows.append({"check": f"wording: {WORDING[c.claim_id]}", "verdict": c.verdict,
                         "detail": f"{c.finding} ({c.source})"})
    return rows


#: Register rows that judge the article's wording, and what each checks.
WORDING = {"P09": "the MTCR 'proscribing' sales"}


def article_checks(facts: Sequence[Fact], range_km: float | None = None) -> pd.DataFrame:
    """Every check of the article, in a stable order: check, verdict, detail. The general checks (stated
    ranges only against estimates published by the end of its issue), the posts of the people it names
    against dated sources, its wording, then the range claim at ``range_km`` (by default the range the
    article states)."""
    from analysis import reference  # deferred: pandas, only when the tables are read
    from analysis.extract import checks  # deferred: as above
    from analysis.study import estimates  # deferred: as above

    rows = (checks.relative_time(facts) + checks.event_dates(facts) + checks.mtcr(facts)
            + checks.stated_ranges(facts, table=estimates.contemporaneous(), published_by=estimates.published_by())
            + checks.posts(facts, reference.read("reference/people.csv")) + wording(facts)
            + checks.witnesses_agree(facts))
    return check_table(rows + range_claim(facts, range_km=range_km))
