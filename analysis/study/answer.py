"""The answer a notebook opens with: its findings from the claims register, every number computed
from the data when the cell runs (never typed), before the evidence that the notebook then shows.

The register's findings read their numbers from named tables (``similarity.csv``...); here each
table is computed only when a finding asks for it, by the same functions the notebooks call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import cached_property

import pandas as pd

from analysis.study import claim, later, record, register
from analysis.study.outputs import PARAMETERS


class _Tables(Mapping):
    """The tables a finding may read, each computed on first use."""

    def __init__(self, range_km: float, later_range_km: float):
        self.range_km, self.later_range_km = range_km, later_range_km
        self._made: dict[str, pd.DataFrame] = {}

    @cached_property
    def _collation(self):
        from analysis.text.collate import collate  # deferred: only findings about the witnesses need it

        witnesses = record.named_witnesses()
        return witnesses, collate(witnesses)

    def _checks(self) -> pd.DataFrame:
        from analysis.extract.facts import reconcile  # deferred: only findings about the facts need it
        from analysis.study.checks import article_checks  # deferred: as above

        return article_checks(reconcile(record.named_witnesses()), range_km=self.range_km)

    @cached_property
    def _builders(self) -> dict[str, Callable[[], pd.DataFrame]]:
        from analysis.text import provenance  # deferred: only findings about the witnesses need it

        r, r2 = self.range_km, self.later_range_km
        return {
            "similarity.csv": lambda: self._collation[1].similarity_table(),
            "variants.csv": lambda: self._collation[1].table(),
            "faithfulness.csv": lambda: provenance.faithfulness(self._collation[1]),
            "dating.csv": lambda: provenance.dating(self._collation[0]),
            "checks.csv": self._checks,
            "range_claim_verdict.csv": lambda: claim.verdict_table(r, r2),
            "claim_sensitivity.csv": lambda: claim.sensitivity_table(r, r2),
            "us_bases.csv": lambda: claim.bases_table(claim.ranges_under_test(r, r2)),
            "drawn_circle_errors.csv": lambda: claim.circle_errors_table(r),
            "coverage_extent.csv": claim.extent_table,
            "later_us_extent.csv": later.us_extent_table,
            "later_missiles.csv": lambda: later.missile_ranges(r),
            "later_first_reach.csv": lambda: later.first_reach_table(r),
        }

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._made:
            self._made[name] = self._builders[name]()
        return self._made[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._builders)

    def __len__(self) -> int:
        return len(self._builders)


def tables(range_km: float | None = None, later_range_km: float | None = None) -> Mapping[str, pd.DataFrame]:
    """The tables the register's findings read, computed when first read, at the given ranges."""
    return _Tables(PARAMETERS["range_km"] if range_km is None else range_km,
                   PARAMETERS["later_range_km"] if later_range_km is None else later_range_km)


def show(ids: list[str], range_km: float | None = None, later_range_km: float | None = None) -> None:
    """Print the findings ``ids`` from the register, "... (holds; P01)", numbers computed now."""
    register.show(ids, tables(range_km, later_range_km))
