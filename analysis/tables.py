"""The study's outputs: every table and figure ``reproduce`` writes, and the notebook it belongs to.

Each maker takes the run's parameters and computes its output from ``data/`` with
the package's functions, the same calls the notebooks make and show.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.ranges import DEFAULT_COUNTRIES as MEASURED  # South Korea and Japan
from analysis.study import Output

FIGURE = ("png", "svg")


@lru_cache(maxsize=1)
def bundled_collation():
    """The collation of the bundled witnesses (checksums verified first)."""
    from analysis.collate import collate
    from analysis.witness import load_bundled

    return collate(load_bundled())


def _witnesses(params):
    from analysis.provenance import witness_table

    return witness_table(bundled_collation().witnesses)


def _dating(params):
    from analysis.provenance import dating

    return dating(bundled_collation().witnesses)


def _variants(params):
    return bundled_collation().table()


def _similarity(params):
    return bundled_collation().similarity_table()


def _faithfulness(params):
    from analysis.provenance import faithfulness

    return faithfulness(bundled_collation())


def _prov(params):
    from analysis.provenance import prov_json

    return prov_json(bundled_collation()) + "\n"


def _collation_figure(params):
    from analysis.maps import plot_collation

    return plot_collation(bundled_collation())


OUTPUTS: list[Output] = [
    Output("witnesses.csv", "01-provenance", _witnesses),
    Output("dating.csv", "01-provenance", _dating),
    Output("variants.csv", "01-provenance", _variants),
    Output("similarity.csv", "01-provenance", _similarity),
    Output("faithfulness.csv", "01-provenance", _faithfulness),
    Output("provenance.prov.json", "01-provenance", _prov),
    Output("collation", "01-provenance", _collation_figure, FIGURE),
]


# -- notebook 02: facts ------------------------------------------------------------------

@lru_cache(maxsize=1)
def bundled_facts():
    """The facts of the bundled witnesses, reconciled."""
    from analysis.facts import reconcile

    return reconcile(bundled_collation().witnesses)


def _facts(params):
    from analysis.facts import fact_table

    return fact_table(bundled_facts())


def _checks(params):
    from analysis.checks import run_checks

    return run_checks(bundled_facts())


def _timeline(params):
    from analysis.facts import timeline

    return timeline(bundled_facts())


def _timeline_figure(params):
    from analysis.facts import relations
    from analysis.maps import plot_timeline

    return plot_timeline(_timeline(params), relations(bundled_facts()))


OUTPUTS += [
    Output("facts.csv", "02-facts", _facts),
    Output("checks.csv", "02-facts", _checks),
    Output("timeline.csv", "02-facts", _timeline),
    Output("timeline", "02-facts", _timeline_figure, FIGURE),
]


# -- notebook 03: range maps ---------------------------------------------------------------
# Public, so that the notebook shows exactly the tables that reproduce writes.

RANGE_KM = 1000
LATER_RANGE_KM = 1300


def origins() -> list[str]:
    """North Korean territory, then every launch site in data/reference/launch_sites.csv."""
    from analysis.ranges import launch_sites

    return ["PRK", *launch_sites().name]


def ranges_under_test(range_km: float = RANGE_KM, later_range_km: float = LATER_RANGE_KM) -> list[float]:
    return sorted({float(range_km), float(later_range_km)})


def coverage_table(range_km: float = RANGE_KM, later_range_km: float = LATER_RANGE_KM):
    """Area and population shares of South Korea and Japan, per origin and range."""
    from analysis.ranges import coverage

    return coverage(MEASURED, origins(), ranges_under_test(range_km, later_range_km))


def thresholds_table():
    """Ranges at which 90, 99 and 100 percent are covered, per country and origin."""
    import pandas as pd

    from analysis.ranges import thresholds

    return pd.concat([thresholds(c, o) for o in origins() for c in MEASURED], ignore_index=True)


def curves_table():
    """Coverage against range every 10 km, per country and origin."""
    import pandas as pd

    from analysis.ranges import coverage_curve

    return pd.concat([coverage_curve(c, o) for o in origins() for c in MEASURED], ignore_index=True)


def outside_table(range_km: float = RANGE_KM):
    """Places of 100,000+ people beyond the range from North Korean territory."""
    import pandas as pd

    from analysis.ranges import outside

    return pd.concat([outside(c, "PRK", range_km) for c in MEASURED], ignore_index=True)


def circle_errors_table(range_km: float = RANGE_KM):
    """Circles drawn the usual wrong ways around the Tonghae site, and how far they miss."""
    from analysis.ranges import drawn_circle_errors

    return drawn_circle_errors("Tonghae Satellite Launching Ground", range_km)


def population_table():
    """GeoNames totals against the national population estimates."""
    import pandas as pd

    from analysis.ranges import population_check

    return pd.DataFrame([population_check(c) for c in MEASURED])


def sampling_table():
    """The sampled area of each country against the ellipsoidal area of its polygons."""
    import pandas as pd

    from analysis.ranges import sampling_check

    return pd.DataFrame([sampling_check(c) for c in MEASURED])


def verdict_table(range_km: float = RANGE_KM, later_range_km: float = LATER_RANGE_KM):
    """The verdict on "all of South Korea and nearly all of Japan", per range and origin."""
    import pandas as pd

    from analysis.ranges import verdict

    return pd.concat([verdict(r, o) for r in ranges_under_test(range_km, later_range_km) for o in origins()],
                     ignore_index=True)


def map_rings(range_km: float = RANGE_KM, later_range_km: float = LATER_RANGE_KM) -> list[float]:
    """The rings drawn: the MTCR's 300 km, 500 km and the ranges under test."""
    return sorted({300.0, 500.0, *ranges_under_test(range_km, later_range_km)})


def _run(params) -> dict:
    return {"range_km": params.get("range_km", RANGE_KM), "later_range_km": params.get("later_range_km", LATER_RANGE_KM)}


def _map(origin_name):
    def make(params):
        from analysis.maps import range_map

        return range_map(origin_name, rings_km=map_rings(**_run(params)))
    return make


def _scud(params):
    from analysis.maps import scud_maps

    return scud_maps()


def _curves_figure(params):
    from analysis.maps import coverage_curves

    return coverage_curves(curves_table())


OUTPUTS += [
    Output("coverage.csv", "03-range-maps", lambda p: coverage_table(**_run(p))),
    Output("coverage_thresholds.csv", "03-range-maps", lambda p: thresholds_table()),
    Output("coverage_curves.csv", "03-range-maps", lambda p: curves_table()),
    Output("outside_range.csv", "03-range-maps", lambda p: outside_table(_run(p)["range_km"])),
    Output("drawn_circle_errors.csv", "03-range-maps", lambda p: circle_errors_table(_run(p)["range_km"])),
    Output("population_data.csv", "03-range-maps", lambda p: population_table()),
    Output("area_sampling.csv", "03-range-maps", lambda p: sampling_table()),
    Output("range_claim_verdict.csv", "03-range-maps", lambda p: verdict_table(**_run(p))),
    Output("range_map_prk", "03-range-maps", _map("PRK"), FIGURE),
    Output("range_map_tonghae", "03-range-maps", _map("Tonghae Satellite Launching Ground"), FIGURE),
    Output("scud_maps", "03-range-maps", _scud, FIGURE),
    Output("coverage_curves", "03-range-maps", _curves_figure, FIGURE),
]
