"""The article's range claim: "all of South Korea and nearly all of Japan" at about 1,000 km.

:mod:`analysis.ranges` answers "what lies within R of origin O" for any origin and
countries; this module holds the study's choices: the countries the article names,
what "all" and "nearly all" are taken to mean, the origins measured, and the
tables and sentences of notebook 03. Every function takes the range as an argument,
so a rerun with another range changes every table and sentence with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import pandas as pd

from analysis import figures, geo, reference
from analysis.study import estimates
from analysis.study.article import (
    CIRCLE_SITE,
    CLAIM,
    COUNTRIES,
    NEARLY_ALL,
    ORIGIN,
    REFERENCE_RINGS_KM,
    SCUD_COUNTRIES,
    SCUD_MAP_HALF_WIDTHS_KM,
    SCUD_PREFIX,
    SENSITIVITY_CUTOFFS,
    SENSITIVITY_NAMED_BY,
    SENSITIVITY_STEP_KM,
)


def wording() -> str:
    """The claim as the article words it."""
    return " and ".join(text for text, _ in CLAIM.values())


def country_name(iso3: str) -> str:
    """A country's short name from data/reference/countries.csv (the code itself if it is not listed)."""
    table = reference.read("reference/countries.csv").set_index("iso3")
    return str(table.loc[iso3, "name"]) if iso3 in table.index else iso3


def origin_phrase(origin_name: str) -> str:
    """How a sentence names an origin: "North Korean territory", or the launch site."""
    o = geo.origin(origin_name)
    if o.kind == "site":
        return f"the {o.name}"
    table = reference.read("reference/countries.csv").set_index("iso3")
    if o.name in table.index and table.loc[o.name, "adjectives"]:
        return f"{table.loc[o.name, 'adjectives'].split(';')[0]} territory"
    return f"the territory of {country_name(o.name)}"


def origins() -> list[str]:
    """North Korean territory, then the launch sites and deployment areas sources had named by
    :data:`~analysis.study.article.SENSITIVITY_NAMED_BY` (the same set as the sensitivity analysis)."""
    return [name for name, _ in sensitivity_origins()]


def ranges_under_test(range_km: float, later_range_km: float) -> list[float]:
    """The article's range and the upper figure of the same estimate, in km, ascending."""
    return sorted({float(range_km), float(later_range_km)})


def map_rings(range_km: float, later_range_km: float) -> list[float]:
    """The rings drawn: the reference rings and the ranges under test."""
    return sorted({*REFERENCE_RINGS_KM, *ranges_under_test(range_km, later_range_km)})


def coverage_table(range_km: float, later_range_km: float) -> pd.DataFrame:
    """Area and population shares of the claim's countries, per origin and range."""
    return geo.coverage(COUNTRIES, origins(), ranges_under_test(range_km, later_range_km))


def thresholds_table() -> pd.DataFrame:
    """Ranges at which 90, 99 and 100 percent are covered, per country and origin."""
    return pd.concat([geo.thresholds(c, o) for o in origins() for c in COUNTRIES], ignore_index=True)


def curves_table() -> pd.DataFrame:
    """Coverage against range every 10 km, per country and origin."""
    return pd.concat([geo.coverage_curve(c, o) for o in origins() for c in COUNTRIES], ignore_index=True)


def curves_every(curves: pd.DataFrame, step_km: float = 100) -> pd.DataFrame:
    """The numbers behind the coverage curves every ``step_km``: shares by range, per country and origin."""
    return curves[curves.range_km % step_km == 0].pivot_table(
        index="range_km", columns=["country", "origin"], values=["area_share", "population_share"]).round(3)


def outside_table(range_km: float) -> pd.DataFrame:
    """Places of 100,000+ people of the claim's countries beyond the range from the claim's origin."""
    return pd.concat([geo.outside(c, ORIGIN, range_km) for c in COUNTRIES], ignore_index=True)


def outside_sentences(far: pd.DataFrame, range_km: float, later_range_km: float, largest: int = 5) -> list[str]:
    """How many places of 100,000+ people lie beyond each range, and the largest of them (``far`` is
    :func:`outside_table` at ``range_km``)."""
    later = outside_table(later_range_km)
    return [f"{len(far)} places of 100,000+ people beyond {range_km:,.0f} km; at {later_range_km:,.0f} km: {len(later)}",
            "largest beyond range: " + ", ".join(f"{r.place} ({r.distance_km:,.0f} km)"
                                                 for r in far.nlargest(largest, "population").itertuples())]


def circle_errors_table(range_km: float) -> pd.DataFrame:
    """Circles drawn the usual wrong ways around the launch site, and how far they miss."""
    return geo.drawn_circle_errors(CIRCLE_SITE, range_km)


def population_table() -> pd.DataFrame:
    """GeoNames records and the people of the places counted (each person once,
    ``listed_population``) against the national population estimates of the map data."""
    return pd.DataFrame([geo.population_check(c) for c in COUNTRIES])


def extent_table(origin_name: str = ORIGIN) -> pd.DataFrame:
    """The nearest and farthest point of each claim country's outline from an origin: the
    farthest is the range that brings all of the country within reach."""
    rows = geo.coverage(COUNTRIES, (origin_name,), (0.0,))
    return rows[["country", "origin", *geo.extremes_columns()]].reset_index(drop=True)


def extent_sentences(extent: pd.DataFrame) -> list[str]:
    """The range that brings all of each country within reach, naming where it is attained
    (``extent`` is :func:`extent_table`)."""
    return [f"All of {country_name(r.country)} lies within {r.farthest_km:,.0f} km of {origin_phrase(r.origin)}: "
            f"its farthest point is {geo.point_name(r.farthest_lat, r.farthest_lon)}; "
            + (f"it touches {origin_phrase(r.origin)} ({geo.point_name(r.nearest_lat, r.nearest_lon)})." if not r.nearest_km
               else f"its nearest point lies {r.nearest_km:,.0f} km away ({geo.point_name(r.nearest_lat, r.nearest_lon)}).")
            for r in extent.itertuples()]


def sampling_table() -> pd.DataFrame:
    """The sampled area of each country against the ellipsoidal area of its polygons."""
    return pd.DataFrame([geo.sampling_check(c) for c in COUNTRIES])


def verdict(range_km: float, origin_name: str = ORIGIN, nearly_all: float = NEARLY_ALL) -> pd.DataFrame:
    """Test the claim at a range from an origin, by area and by population.

    "All" holds when the share is 100 %; "nearly all" when it is at least ``nearly_all``.
    """
    rows = []
    for r in geo.coverage(COUNTRIES, (origin_name,), (range_km,)).itertuples():
        claim, need = CLAIM[r.country]
        need = nearly_all if need is None else need
        for measure in ("area", "population"):
            share = getattr(r, f"{measure}_share")
            rows.append({"claim": claim, "country": r.country, "origin": r.origin, "range_km": r.range_km,
                         "measure": measure, "share": share, "needed": need,
                         "verdict": "holds" if share >= need else "fails"})
    return pd.DataFrame(rows)


def verdict_table(range_km: float, later_range_km: float, origins_: Iterable[str] | None = None) -> pd.DataFrame:
    """The verdict on the claim per range under test and origin."""
    return pd.concat([verdict(r, o) for r in ranges_under_test(range_km, later_range_km)
                      for o in (origins_ or origins())], ignore_index=True)


def verdict_sentences(table: pd.DataFrame, origin_name: str = ORIGIN) -> list[str]:
    """One sentence per range of a :func:`verdict` table, for the origin given."""
    out = []
    for r in sorted(set(table.range_km)):
        v = table[(table.origin == geo.origin(origin_name).name) & (table.range_km == r)]
        parts = []
        for code, rows in v.groupby("country", sort=False):
            by = rows.set_index("measure")
            parts.append(f"{country_name(code)} {by.loc['area', 'share']:.1%} of area ({by.loc['area', 'verdict']}) "
                         f"and {by.loc['population', 'share']:.1%} of people ({by.loc['population', 'verdict']})")
        out.append(f"At {r:,.0f} km from {origin_phrase(origin_name)}: " + "; ".join(parts) + ".")
    return out


def _holds(table: pd.DataFrame, code: str, range_km: float) -> bool:
    rows = table[(table.country == code) & (table.range_km == range_km) & (table.origin == ORIGIN)]
    return bool(len(rows)) and bool((rows.verdict == "holds").all())


def finding(table: pd.DataFrame, range_km: float, later_range_km: float) -> list[str]:
    """The notebook's conclusion, as sentences computed from a :func:`verdict_table`."""
    lines = []
    for code, (text, _) in CLAIM.items():
        at = {r: _holds(table, code, r) for r in (range_km, later_range_km)}
        said = f'"{text[0].upper() + text[1:]}"'
        if range_km == later_range_km:
            lines.append(f"{said} {'holds' if at[range_km] else 'does not hold'} at {range_km:,.0f} km, by area and by "
                         f"people, from {origin_phrase(ORIGIN)}.")
        elif at[range_km] and at[later_range_km]:
            lines.append(f"{said} holds at {range_km:,.0f} km and at {later_range_km:,.0f} km, by area and by "
                         f"people, from {origin_phrase(ORIGIN)}.")
        elif at[range_km]:
            lines.append(f"{said} holds at {range_km:,.0f} km but not at {later_range_km:,.0f} km.")
        elif at[later_range_km]:
            lines.append(f"{said} does not hold at {range_km:,.0f} km; it does hold at {later_range_km:,.0f} km: "
                         f"the claim fits a missile of {later_range_km:,.0f} km and overstates the reach of one of "
                         f"{range_km:,.0f} km.")
        else:
            lines.append(f"{said} holds neither at {range_km:,.0f} km nor at {later_range_km:,.0f} km.")
    return lines


def scud_rings_km() -> list[float]:
    """The ranges (km) of the Scud variants in the estimates published by the end of the brief's issue
    (data/reference/missiles.csv), low and high figures."""
    table = estimates.contemporaneous()
    scuds = table[table.name.str.startswith(SCUD_PREFIX)]
    values = [*scuds.range_low_km.dropna(), *scuds.range_high_km.dropna()]
    return sorted({float(v) for v in values})


def scud_maps():
    """Reach maps from the territory of each country the article says bought improved Scuds."""
    return figures.reach_maps(SCUD_COUNTRIES, scud_rings_km(), SCUD_MAP_HALF_WIDTHS_KM)


# ---------------------------------------------------------------------------
# sensitivity: how the verdict moves with the cut-off, the range and the origin


def sensitivity_origins() -> list[tuple[str, str]]:
    """(origin, how sources of the time named it): North Korean territory, and every launch site or
    deployment area of data/reference/launch_sites.csv first named in a source by :data:`SENSITIVITY_NAMED_BY`."""
    sites = geo.launch_sites()
    known = sites[sites.first_named.astype(int) <= SENSITIVITY_NAMED_BY]
    return [(ORIGIN, "North Korean territory"), *((r.name, f"{r.named_then} ({r.first_named})")
                                                 for r in known.itertuples())]


def sensitivity_ranges(range_km: float, later_range_km: float) -> list[float]:
    """The ranges of the sensitivity analysis: from the lower of the two ranges under test to the higher,
    every :data:`~analysis.study.article.SENSITIVITY_STEP_KM`."""
    lo, hi = sorted((float(range_km), float(later_range_km)))
    steps = int((hi - lo) // SENSITIVITY_STEP_KM)
    return sorted({lo + n * SENSITIVITY_STEP_KM for n in range(steps + 1)} | {hi})


def sensitivity_table(range_km: float, later_range_km: float) -> pd.DataFrame:
    """The claim's two verdicts at every cut-off, range (:func:`sensitivity_ranges`) and origin of the
    sensitivity analysis, by area and by people: origin, named, range_km, measure, the share of each
    country, and for "nearly all" one column per cut-off (True where it holds); "all" needs 100
    percent whatever the cut-off. Computed once per pair of ranges (a notebook's answer and its
    table share it); each caller gets its own copy."""
    return _sensitivity(float(range_km), float(later_range_km)).copy()


@lru_cache(maxsize=8)
def _sensitivity(range_km: float, later_range_km: float) -> pd.DataFrame:
    rows = []
    (all_code, _), (nearly_code, _) = CLAIM.items()
    ranges = sensitivity_ranges(range_km, later_range_km)
    for origin_name, named in sensitivity_origins():
        cov = geo.coverage(COUNTRIES, (origin_name,), ranges).set_index(["country", "range_km"])
        for km in ranges:
            whole, part = cov.loc[(all_code, km)], cov.loc[(nearly_code, km)]
            for measure in ("area", "population"):
                share = part[f"{measure}_share"]
                rows.append({"origin": origin_name, "named": named, "range_km": km, "measure": measure,
                             f"{all_code}_share": whole[f"{measure}_share"], f"{nearly_code}_share": share,
                             "all_holds": whole[f"{measure}_share"] >= 1.0,
                             **{f"nearly_all_{c:.0%}": share >= c for c in SENSITIVITY_CUTOFFS}})
    return pd.DataFrame(rows)


def sensitivity_sentences(table: pd.DataFrame) -> list[str]:
    """How the verdict on "nearly all" moves: at the article's range over every cut-off, origin and measure;
    and the range each origin needs at :data:`NEARLY_ALL` by both area and people."""
    cut = [c for c in table.columns if c.startswith("nearly_all_")]
    text = list(CLAIM.values())[1][0]
    r0 = table.range_km.min()
    at = table[table.range_km == r0]
    held = at.melt(id_vars=["named", "measure"], value_vars=cut)
    held = held[held.value]
    where = "; ".join(f"{r.named} by {r.measure} at {r.variable.removeprefix('nearly_all_')}" for r in held.itertuples())
    need = f"nearly_all_{NEARLY_ALL:.0%}"
    parts = []
    for named, g in table.groupby("named", sort=False):
        both = g.groupby("range_km")[need].all()
        ok = both[both].index
        parts.append(f"{named} {ok.min():,.0f} km" if len(ok) else f"{named} more than {table.range_km.max():,.0f} km")
    return [f'At {r0:,.0f} km "{text}" holds in {len(held)} of {len(at) * len(cut)} cases (cut-offs '
            f"{cut[0].removeprefix('nearly_all_')} to {cut[-1].removeprefix('nearly_all_')}, "
            f"{at.named.nunique()} origins, by area or by people)" + (f": only {where}" if where else "")
            + f". At {NEARLY_ALL:.0%}, by area and by people, it needs: " + ", ".join(parts) + "."]


def bases_table(ranges_km) -> pd.DataFrame:
    """U.S. bases of data/reference/us_bases.csv with their distance from North Korean territory and
    whether each range reaches them."""
    bases = reference.read("reference/us_bases.csv")
    d = geo.origin(ORIGIN).distance_km(bases.latitude.to_numpy(float), bases.longitude.to_numpy(float))
    out = bases[["name", "service", "country", "in_1997"]].assign(distance_km=d.round(1))
    for km in ranges_km:
        out[f"within_{km:.0f}_km"] = out.distance_km <= km
    return out.sort_values(["distance_km", "name"], kind="stable").reset_index(drop=True)


    return figures.reach_maps(SCUD_COUNTRIES, scud_rings_km(), SCUD_MAP_HALF_WIDTHS_KM,
                              titles=[f"Reach from {country_name(c)}" for c in SCUD_COUNTRIES])


def range_map(origin_name: str, range_km: float, later_range_km: float):
    """The range map of notebook 03 from North Korean territory or a launch site, at the
    reference rings and the ranges under test."""
    o = geo.origin(origin_name)
    words = country_name(o.name) if o.kind == "territory" else o.name
    return figures.range_map(origin_name, rings_km=map_rings(range_km, later_range_km), highlight=COUNTRIES,
                             title=f"Reach from {words}")


def curves_figure(curves: pd.DataFrame, range_km: float, later_range_km: float):
    """The coverage curves of notebook 03, panels and origins named in words."""
    labels = {o: (f"{country_name(o)} (territory)" if o in COUNTRIES or o == ORIGIN else o)
              for o in dict.fromkeys(curves.origin)}
    return figures.coverage_curves(curves, marks_km=ranges_under_test(range_km, later_range_km),
                                   titles={c: country_name(c) for c in COUNTRIES}, origin_labels=labels)


def sensitivity_figure(table: pd.DataFrame):
    """The "nearly all" verdict as the cut-off and the range move, one panel per origin and measure."""
    cut = [c for c in table.columns if c.startswith("nearly_all_")]
    nearly = list(CLAIM)[1]
    cells = table.melt(id_vars=["named", "range_km", "measure", f"{nearly}_share"], value_vars=cut,
                       var_name="cut_off", value_name="holds")
    cells["cut_off"] = cells.cut_off.str.removeprefix("nearly_all_")
    cells["panel"] = cells.named + ", by " + cells.measure.replace({"population": "people"})
    text = CLAIM[nearly][0]
    return figures.verdict_grid(cells, "panel", "range_km", "cut_off", "holds", f"{nearly}_share",
                                xlabel="range (km)", ylabel="cut-off",
                                title=f'"{text[0].upper() + text[1:]}": holds or fails, share within range in each cell')
