"""The study's outputs: every table and figure ``reproduce`` writes, and the notebook it belongs to.

Each maker takes the run's parameters and computes its output from ``data/`` with
the package's functions, the same calls the notebooks make and show.
"""

from __future__ import annotations

from functools import lru_cache

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

def _range(params) -> float:
    return float(params.get("range_km", 1000))


def _later(params) -> float:
    return float(params.get("later_range_km", 1300))


def _origins() -> list[str]:
    from analysis.ranges import launch_sites

    return ["PRK", *launch_sites().name]


def _coverage(params):
    from analysis.ranges import coverage

    return coverage(("KOR", "JPN"), _origins(), sorted({_range(params), _later(params)}))


def _thresholds(params):
    import pandas as pd

    from analysis.ranges import thresholds

    return pd.concat([thresholds(c, o) for o in _origins() for c in ("KOR", "JPN")], ignore_index=True)


def _curves(params):
    import pandas as pd

    from analysis.ranges import coverage_curve

    return pd.concat([coverage_curve(c, o) for o in _origins() for c in ("KOR", "JPN")], ignore_index=True)


def _outside(params):
    import pandas as pd

    from analysis.ranges import outside

    return pd.concat([outside(c, "PRK", _range(params)) for c in ("KOR", "JPN")], ignore_index=True)


def _circle_errors(params):
    from analysis.ranges import drawn_circle_errors

    return drawn_circle_errors("Tonghae Satellite Launching Ground", _range(params))


def _population(params):
    import pandas as pd

    from analysis.ranges import population_check

    return pd.DataFrame([population_check(c) for c in ("KOR", "JPN")])


def _verdict(params):
    import pandas as pd

    from analysis.ranges import verdict

    return pd.concat([verdict(r, o) for r in sorted({_range(params), _later(params)}) for o in _origins()],
                     ignore_index=True)


def _map_prk(params):
    from analysis.maps import range_map

    return range_map("PRK", rings_km=sorted({300, 500, _range(params), _later(params)}))


def _map_site(params):
    from analysis.maps import range_map

    return range_map("Tonghae Satellite Launching Ground", rings_km=sorted({300, 500, _range(params), _later(params)}))


def _scud(params):
    from analysis.maps import scud_maps

    return scud_maps()


def _curves_figure(params):
    from analysis.maps import coverage_curves

    return coverage_curves(_curves(params))


OUTPUTS += [
    Output("coverage.csv", "03-range-maps", _coverage),
    Output("coverage_thresholds.csv", "03-range-maps", _thresholds),
    Output("coverage_curves.csv", "03-range-maps", _curves),
    Output("outside_range.csv", "03-range-maps", _outside),
    Output("drawn_circle_errors.csv", "03-range-maps", _circle_errors),
    Output("population_data.csv", "03-range-maps", _population),
    Output("range_claim_verdict.csv", "03-range-maps", _verdict),
    Output("range_map_prk", "03-range-maps", _map_prk, FIGURE),
    Output("range_map_tonghae", "03-range-maps", _map_site, FIGURE),
    Output("scud_maps", "03-range-maps", _scud, FIGURE),
    Output("coverage_curves", "03-range-maps", _curves_figure, FIGURE),
]
