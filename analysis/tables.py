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


# -- notebook 04: later missiles -------------------------------------------------------------
# Public, so that the notebook shows exactly the tables that reproduce writes.

#: Where the later missiles are set against the United States: Guam (its own Natural
#: Earth territory) and the three parts of the United States Natural Earth keeps together.
US_PLACES = ("GUM", "Alaska", "Hawaii", "contiguous United States")
#: Share taken as "wholly within reach" when a place's area and people are counted.
WHOLLY = 0.99


def missile_ranges(range_km: float = RANGE_KM):
    """The article's range, then every estimate after 1997 in data/reference/missiles.csv.

    Each later missile is measured at its upper figure (``range_km``); the table keeps
    the lower one and the source beside it.
    """
    import pandas as pd

    from analysis.ranges import missiles

    t = missiles()
    later = t[t.estimate_year > 1997].sort_values(["range_high_km", "estimate_year", "name"], kind="stable")
    rows = [{"missile": "the article", "estimate_year": 1997, "range_low_km": float(range_km),
             "range_high_km": float(range_km), "range_km": float(range_km),
             "source": "the brief under study (data/raw/): the range under test"}]
    rows += [{"missile": r.name, "estimate_year": int(r.estimate_year), "range_low_km": float(r.range_low_km),
              "range_high_km": float(r.range_high_km), "range_km": float(r.range_high_km), "source": r.source}
             for r in later.itertuples()]
    return pd.DataFrame(rows)


def _later_ranges(range_km: float = RANGE_KM) -> list[float]:
    return sorted(set(missile_ranges(range_km).range_km))


@lru_cache(maxsize=4)
def later_world_table(range_km: float = RANGE_KM):
    """Every country's area and population share from North Korean territory at each range."""
    from analysis.ranges import world_coverage

    return world_coverage(_later_ranges(range_km), "PRK")


def world_pivot_table(range_km: float = RANGE_KM):
    """The all-country table: the area share (%) at each range, one row per country, the
    countries reached soonest first."""
    t = later_world_table(range_km)
    wide = t.pivot(index="country", columns="range_km", values="area_share")
    wide.columns = [f"area_{c:.0f}km_pct" for c in wide.columns]
    wide = (wide * 100).round(2)
    info = t.drop_duplicates("country").set_index("country")[["name", "area_km2", "population"]]
    out = info.join(wide).reset_index()
    order = [c for c in out.columns if c.startswith("area_") and c.endswith("pct")]
    out = out.sort_values(["country"]).sort_values(order, ascending=False, kind="stable")
    return out.reset_index(drop=True)


def missile_reach_table(range_km: float = RANGE_KM):
    """Per missile: other countries and territories than North Korea reached in part and
    wholly (area share at least ``WHOLLY``), and the shares of all land and of all listed
    people (North Korea's included) within range."""
    import pandas as pd

    t = later_world_table(range_km)
    rows = []
    for m in missile_ranges(range_km).itertuples():
        at = t[t.range_km == m.range_km]
        people = at.population_share.fillna(0.0) * at.population
        others = at[at.country != "PRK"]
        rows.append({"missile": m.missile, "estimate_year": m.estimate_year, "range_km": m.range_km,
                     "countries_reached": int((others.area_share > 0).sum()),
                     "countries_wholly": int((others.area_share >= WHOLLY).sum()),
                     "land_share": round(float((at.area_share * at.area_km2).sum() / at.area_km2.sum()), 4),
                     "people_share": round(float(people.sum() / at.population.sum()), 4)})
    return pd.DataFrame(rows)


def us_places_table(range_km: float = RANGE_KM):
    """Guam, Alaska, Hawaii and the contiguous United States: area and population share
    at each missile's range."""
    import pandas as pd

    from analysis.ranges import world_coverage

    cov = world_coverage(_later_ranges(range_km), "PRK", US_PLACES).set_index(["country", "range_km"])
    rows = []
    for m in missile_ranges(range_km).itertuples():
        for place in US_PLACES:
            c = cov.loc[(place, m.range_km)]
            rows.append({"place": c["name"], "missile": m.missile, "range_km": m.range_km,
                         "area_share": c.area_share, "population_share": c.population_share})
    return pd.DataFrame(rows)


def us_extent_table():
    """How far Guam, Alaska, Hawaii and the contiguous United States lie from North Korean
    territory: nearest and farthest area sample, area, listed people, and how measured."""
    import pandas as pd

    from analysis.ranges import area_km2, area_name, reach

    rows = []
    for place in US_PLACES:
        r = reach(place, "PRK")
        rows.append({"place": area_name(place), "nearest_km": round(r.nearest_km(), 1),
                     "farthest_km": round(r.farthest_km(), 1), "area_km2": round(area_km2(place)),
                     "samples": len(r.lats), "spacing_km": r.spacing_km, "places": len(r.place_pop),
                     "population": int(r.place_pop.sum())})
    return pd.DataFrame(rows)


def first_reach(us_table, place: str, wholly: bool) -> dict | None:
    """The first missile (by range) that reaches any of a place's area, or with ``wholly``
    at least ``WHOLLY`` of both its area and its listed people; None if none does."""
    t = us_table[us_table.place == place].sort_values("range_km", kind="stable")
    hit = (t[(t.area_share >= WHOLLY) & (t.population_share.fillna(1.0) >= WHOLLY)] if wholly
           else t[t.area_share > 0])
    return None if hit.empty else hit.iloc[0].to_dict()


def world_map_range_km(range_km: float = RANGE_KM) -> float:
    """The range the world map is shaded at: the first estimate that puts the contiguous
    United States wholly within reach (else the longest)."""
    hit = first_reach(us_places_table(range_km), "contiguous United States", wholly=True)
    return float(hit["range_km"]) if hit else max(_later_ranges(range_km))


def _count(n: int, adjective: str = "") -> str:
    return f"{n} {adjective}" + ("country or territory" if n == 1 else "countries and territories")


def later_sentences(range_km: float = RANGE_KM) -> list[str]:
    """The findings of notebook 04, each sentence from the tables above."""
    reach_t = missile_reach_table(range_km)
    us = us_places_table(range_km)
    extent = us_extent_table().set_index("place")
    world = later_world_table(range_km)
    first = reach_t.iloc[0]
    touched = world[(world.range_km == first.range_km) & (world.area_share > 0) & (world.country != "PRK")]
    out = [f"The article's {first.range_km:,.0f} km from North Korean territory reaches "
           f"{_count(first.countries_reached, 'other ')} ({', '.join(touched.name)}), {first.countries_wholly} of them "
           "wholly: with North Korea "
           f"itself, {first.land_share:.2%} of the world's land and {first.people_share:.1%} of the people in the "
           "listed places."]
    for r in reach_t.iloc[1:].itertuples():
        out.append(f"{r.missile} ({r.estimate_year} estimate, {r.range_km:,.0f} km): "
                   f"{_count(r.countries_wholly)} wholly within reach, {r.countries_reached} at least in part; "
                   f"{r.land_share:.1%} of the land and {r.people_share:.1%} of the listed people.")
    for place in extent.index:
        e = extent.loc[place]
        part, whole = first_reach(us, place, wholly=False), first_reach(us, place, wholly=True)
        said = (f"{place[0].upper() + place[1:]} lies {e.nearest_km:,.0f} to {e.farthest_km:,.0f} km from North "
                "Korean territory; "
                + (f"first reached in part by {part['missile']} ({part['range_km']:,.0f} km)" if part
                   else "no estimate here reaches it")
                + (f", wholly (at least {WHOLLY:.0%} of its area and listed people) by {whole['missile']} "
                   f"({whole['range_km']:,.0f} km)." if whole else ", and none reaches all of it."))
        out.append(said)
    return out


def later_world_map(range_km: float = RANGE_KM):
    """The whole Earth from North Korean territory, shaded at :func:`world_map_range_km`."""
    from analysis.maps import world_map

    km = world_map_range_km(range_km)
    table = later_world_table(range_km)
    return world_map(table[table.range_km == km].reset_index(drop=True), "PRK")


OUTPUTS += [
    Output("later_missiles.csv", "04-later-missiles", lambda p: missile_ranges(_run(p)["range_km"])),
    Output("later_reach.csv", "04-later-missiles", lambda p: missile_reach_table(_run(p)["range_km"])),
    Output("later_us_places.csv", "04-later-missiles", lambda p: us_places_table(_run(p)["range_km"])),
    Output("later_us_extent.csv", "04-later-missiles", lambda p: us_extent_table()),
    Output("later_world_coverage.csv", "04-later-missiles", lambda p: later_world_table(_run(p)["range_km"])),
    Output("later_world_table.csv", "04-later-missiles", lambda p: world_pivot_table(_run(p)["range_km"])),
    Output("world_map", "04-later-missiles", lambda p: later_world_map(_run(p)["range_km"]), FIGURE),
]
