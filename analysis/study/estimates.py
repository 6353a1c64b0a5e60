"""The missile estimates, handled one way: every figure with its source and year, and the figure used.

``data/reference/missiles.csv`` has one row per source's figures. For each missile (and
variant, such as a two- or three-stage Taepodong-2) the study uses the **upper** published
figure, the reach under the most favourable estimate, and shows the lower one and both
sources' years beside it; where the lower figure would not reach what the upper reaches,
the notebook says so. Checks of the article use only the estimates published by the end
of its issue (:func:`published_by`).
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from analysis import reference
from analysis.dates import bounds, from_edtf
from analysis.study import record

#: Why a missile is measured at its upper figure.
WHY_UPPER = "upper published figure: the reach under the most favourable estimate"


def published_by() -> str:
    """The last month of the brief's issue (EDTF): estimates published by then are contemporaneous."""
    return record.issue_edtf().split("/")[-1]


def _by(published: str, limit: str) -> bool:
    """Whether a date written to any precision can lie on or before the end of ``limit``."""
    return bounds(from_edtf(published))[0] <= bounds(from_edtf(limit))[1]


def contemporaneous(table: pd.DataFrame | None = None) -> pd.DataFrame:
    """The figures published by the end of the brief's issue."""
    table = reference.missiles() if table is None else table
    limit = published_by()
    return table[[_by(p, limit) for p in table.published]].reset_index(drop=True)


@lru_cache(maxsize=1)
def _estimates() -> pd.DataFrame:
    t = reference.missiles()
    rows = []
    for (name, variant), g in t.groupby(["name", "variant"], sort=False):
        low = g.sort_values(["range_low_km", "published"], kind="stable").iloc[0]
        high = g.sort_values(["range_high_km", "published"], ascending=[False, True], kind="stable").iloc[0]
        rows.append({"missile": high.label, "name": name, "variant": variant,
                     "range_low_km": float(low.range_low_km), "low_published": low.published,
                     "range_high_km": float(high.range_high_km), "high_published": high.published,
                     "estimate_year": int(high.year), "range_km": float(high.range_high_km),
                     "payload_kg": high.payload_kg, "figure_used": "upper", "why": WHY_UPPER,
                     "sources": len(g), "low_source": low.source, "high_source": high.source})
    return pd.DataFrame(rows).sort_values(["range_km", "estimate_year", "missile"], kind="stable").reset_index(drop=True)


def estimates() -> pd.DataFrame:
    """One row per missile and variant: the lowest and highest figures with when each was published and
    by whom, the figure used (the upper, and why), its year, and how many sources give figures."""
    return _estimates().copy()


def figures_by_year() -> pd.DataFrame:
    """Every source's upper figure in order of publication (then range): label, range_km, published, year."""
    t = reference.missiles()
    t = t.assign(range_km=t.range_high_km.astype(float))
    return t.sort_values(["published", "range_km"], kind="stable")[["label", "range_km", "published", "year", "source"]]
