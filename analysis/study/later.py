"""Later missiles beside the article's range: the tables, map and sentences of notebook 04.

The article's range (a parameter of the run) and every estimate made after 1997 in
``data/reference/missiles.csv`` are measured from North Korean territory with
:mod:`analysis.ranges` against every country and territory on Earth, and against
Guam, the Northern Mariana Islands, Alaska, Hawaii and the contiguous United States, whose
nearest and farthest points come from their outlines. Every sentence of notebook 04
is made here from those tables.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from analysis import figures, geo
from analysis.figures.geometry import part_shares
from analysis.study import estimates
from analysis.study.article import CONTIGUOUS_US, ORIGIN, PLACE_NAMES, RANGE_KM, US_PLACES, WHOLLY, YEAR
from analysis.study.claim import country_name, origin_phrase


def place_name(place) -> str:
    """A U.S. place as the study names it: the map data's name, unless :data:`PLACE_NAMES` spells it out."""
    return PLACE_NAMES.get(geo.area_code(place), geo.area_name(place))


def range_label(range_km: float) -> str:
    """How the first row names its range: the article's own (the default), or the range under test."""
    return "the article" if range_km == RANGE_KM else f"range under test ({range_km:,.0f} km)"


def missile_ranges(range_km: float = RANGE_KM):
    """The article's range, then every missile and variant whose upper figure exceeds it
    (:func:`analysis.study.estimates.estimates`), in order of range.

    Each is measured at its upper figure (``range_km``); the table keeps the lower one,
    the year each was published, whether an estimate was published by the end of the
    brief's issue, and the source of the figure used.
    """
    t = estimates.estimates()
    t = t[t.range_km > RANGE_KM]
    limit = estimates.published_by()
    rows = [{"missile": range_label(range_km), "range_low_km": float(range_km), "low_published": None,
             "range_high_km": float(range_km), "high_published": None, "estimate_year": YEAR,
             "range_km": float(range_km), "figure_used": "stated", "why": "the range the brief states",
             "estimated_by_the_brief": True,
             "source": "the brief under study (data/raw/)" if range_km == RANGE_KM
             else "a parameter of this run (reproduce --range-km), set beside the estimates"}]
    rows += [{"missile": r.missile, "range_low_km": r.range_low_km, "low_published": r.low_published,
              "range_high_km": r.range_high_km, "high_published": r.high_published, "estimate_year": r.estimate_year,
              "range_km": r.range_km, "figure_used": r.figure_used, "why": r.why,
              "estimated_by_the_brief": estimates._by(r.low_published, limit), "source": r.high_source}
             for r in t.itertuples()]
    return pd.DataFrame(rows)


def _later_ranges(range_km: float = RANGE_KM) -> list[float]:
    return sorted(set(missile_ranges(range_km).range_km))


@lru_cache(maxsize=4)
def later_world_table(range_km: float = RANGE_KM):
    """Every country's area and population share from North Korean territory at each range."""
    return geo.world_coverage(_later_ranges(range_km), ORIGIN)


@lru_cache(maxsize=4)
def later_shares_table(range_km: float = RANGE_KM):
    """:func:`later_world_table` without the outlines' extremes: what the shares at each range need."""
    return geo.world_coverage(_later_ranges(range_km), ORIGIN, extremes=False)


def world_pivot_table(range_km: float = RANGE_KM):
    """The all-country table: the area share (%) at each range, one row per country, the
    countries reached soonest first."""
    t = later_shares_table(range_km)
    wide = t.pivot(index="country", columns="range_km", values="area_share")
    wide.columns = [f"area_{c:.0f}km_pct" for c in wide.columns]
    wide = (wide * 100).round(2)
    info = t.drop_duplicates("country").set_index("country")[["name", "area_km2", "listed_population"]]
    out = info.join(wide).reset_index()
    order = [c for c in out.columns if c.startswith("area_") and c.endswith("pct")]
    out = out.sort_values(["country"]).sort_values(order, ascending=False, kind="stable")
    return out.reset_index(drop=True)


def missile_reach_table(range_km: float = RANGE_KM):
    """Per missile: other countries and territories than North Korea reached in part and
    wholly (area share at least ``WHOLLY``), and the shares of all land and of all listed
    people (North Korea's included) within range."""
    t = later_shares_table(range_km)
    rows = []
    for m in missile_ranges(range_km).itertuples():
        at = t[t.range_km == m.range_km]
        people = at.population_share.fillna(0.0) * at.listed_population
        others = at[at.country != ORIGIN]
        rows.append({"missile": m.missile, "estimate_year": m.estimate_year, "range_km": m.range_km,
                     "countries_reached": int((others.area_share > 0).sum()),
                     "countries_wholly": int((others.area_share >= WHOLLY).sum()),
                     "land_share": round(float((at.area_share * at.area_km2).sum() / at.area_km2.sum()), 4),
                     "people_share": round(float(people.sum() / at.listed_population.sum()), 4)})
    return pd.DataFrame(rows)


def us_places_table(range_km: float = RANGE_KM):
    """Guam, the Northern Mariana Islands, Alaska, Hawaii and the contiguous United States:
    area and population share at each missile's range."""
    cov = geo.world_coverage(_later_ranges(range_km), ORIGIN, US_PLACES).set_index(["country", "range_km"])
    rows = []
    for m in missile_ranges(range_km).itertuples():
        for place in US_PLACES:
            c = cov.loc[(geo.area_code(place), m.range_km)]
            rows.append({"place": place_name(place), "missile": m.missile, "range_km": m.range_km,
                         "area_share": c.area_share, "population_share": c.population_share,
                         "reached": bool(c.nearest_km <= m.range_km)})
    return pd.DataFrame(rows)


def us_extent_table():
    """How far Guam, the Northern Mariana Islands, Alaska, Hawaii and the contiguous United
    States lie from North Korean territory: the nearest and farthest point of each outline
    (km, latitude, longitude), area, area samples, listed people."""
    rows = []
    for place in US_PLACES:
        r = geo.reach(place, ORIGIN)
        rows.append({"place": place_name(place), **r.extremes(), "area_km2": round(geo.area_km2(place)),
                     "samples": len(r.lats), "spacing_km": r.spacing_km, "places": len(r.place_pop),
                     "listed_population": int(r.place_pop.sum())})
    return pd.DataFrame(rows)


def first_reach(us_table, place: str, wholly: bool) -> dict | None:
    """The first missile (by range) that reaches any of a place (its nearest point, from the outline), or
    with ``wholly`` at least ``WHOLLY`` of both its area and its listed people; None if none does."""
    t = us_table[us_table.place == place].sort_values("range_km", kind="stable")
    hit = (t[(t.area_share >= WHOLLY) & (t.population_share.fillna(1.0) >= WHOLLY)] if wholly
           else t[t.reached])
    return None if hit.empty else hit.iloc[0].to_dict()


def world_map_range_km(range_km: float = RANGE_KM) -> float:
    """The range the world map is shaded at: the first estimate that puts the contiguous
    United States wholly within reach (else the longest)."""
    hit = first_reach(us_places_table(range_km), CONTIGUOUS_US.name, wholly=True)
    return float(hit["range_km"]) if hit else max(_later_ranges(range_km))


def _count(n: int, adjective: str = "") -> str:
    return f"{n} {adjective}" + ("country or territory" if n == 1 else "countries and territories")


def later_sentences(range_km: float = RANGE_KM) -> list[str]:
    """The findings of notebook 04, each sentence from the tables above."""
    reach_t = missile_reach_table(range_km)
    extent = us_extent_table().set_index("place")
    world = later_world_table(range_km)
    first = reach_t.iloc[0]
    touched = world[(world.range_km == first.range_km) & (world.area_share > 0) & (world.country != ORIGIN)]
    origin = origin_phrase(ORIGIN)
    lead = "The article's" if first.range_km == RANGE_KM else "The range under test,"
    out = [f"{lead} {first.range_km:,.0f} km from {origin} reaches "
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
        # what reaches it first, in both orders, is first_reach_sentences' to say
        out.append(f"{place[0].upper() + place[1:]} lies {e.nearest_km:,.0f} km from {origin} at its nearest "
                   f"({geo.point_name(e.nearest_lat, e.nearest_lon)}) and {e.farthest_km:,.0f} km at its farthest "
                   f"({geo.point_name(e.farthest_lat, e.farthest_lon)}).")
    return out


@lru_cache(maxsize=4)
def later_part_shares(range_km: float = RANGE_KM) -> dict:
    """Each polygon part's own area share at each range of :func:`missile_ranges` (parts x
    ranges, per country), from the same engine samples as :func:`later_world_table`."""
    ranges = _later_ranges(range_km)
    return {c: part_shares(c, ORIGIN, ranges) for c in sorted(set(later_world_table(range_km).country))}


def later_world_map(range_km: float = RANGE_KM):
    """The whole Earth from North Korean territory, shaded at :func:`world_map_range_km`,
    each polygon part by its own share."""
    km = world_map_range_km(range_km)
    table = geo.world_coverage([km], ORIGIN)  # the one range it is shaded at (from the engine's cached reach)
    shares = {c: part_shares(c, ORIGIN, [km])[:, 0] for c in sorted(set(table.country))}
    return figures.world_map(table, ORIGIN,
                             title=f"The whole Earth from {country_name(ORIGIN)}",
                             shares=shares)


def _marked_places() -> pd.DataFrame:
    """The launch sites and the capitals, for the interactive map."""
    sites = geo.launch_sites()[["name", "latitude", "longitude"]].assign(kind="launch site")
    caps = geo.all_places()
    caps = caps[caps.capital == 1].sort_values(["iso3", "population", "geonameid"], ascending=[True, False, True])
    caps = caps.drop_duplicates("iso3")
    caps = caps.assign(name=geo.display_name(caps))[["name", "latitude", "longitude"]].assign(kind="capital")
    return pd.concat([caps, sites], ignore_index=True)


def interactive_map(range_km: float = RANGE_KM) -> str:
    """The self-contained interactive page: the article's range and each later estimate,
    switchable; every part shaded by its share; per country its shares and extremes."""
    from analysis.figures.page import reach_page  # deferred: only notebook 04 builds the page

    m = missile_ranges(range_km)
    table = later_world_table(range_km)
    ranges = [(f"{name} ({km:,.0f} km)", km) for name, km in zip(m.missile, m.range_km)]
    ranges = sorted(ranges, key=lambda r: r[1])  # stable: the article's row first among equals
    kms = _later_ranges(range_km)
    seen, offered = set(), []
    for label, km in ranges:  # one button per range (two estimates of one range share it)
        if km not in seen:
            seen.add(km)
            offered.append((", ".join(lb for lb, k in ranges if k == km), km))
    shares = {c: s[:, [kms.index(k) for _, k in offered]] for c, s in later_part_shares(range_km).items()}
    extremes = {c: (geo.reach(c, ORIGIN).nearest_km(), geo.reach(c, ORIGIN).farthest_km()) for c in sorted(shares)}
    names = {c: country_name(c) for c in shares}
    return reach_page(ORIGIN, offered, table, shares, extremes=extremes, names=names, points=_marked_places(),
                      title=f"What each range reaches from {origin_phrase(ORIGIN)}",
                      note="Ranges: the brief under study and the later estimates of data/reference/missiles.csv "
                           "(upper figures). Countries: Natural Earth 1:10m; people: GeoNames places. Azimuthal "
                           "equidistant projection centred on North Korea; distances are WGS84 geodesics.")




def _reached(at: pd.DataFrame, ranges: pd.Series, wholly: bool) -> pd.Series:
    """Wholly: at least ``WHOLLY`` of the area and the listed people; in part: the nearest point (from the
    outline, so that an atoll too small to show in a rounded share still counts) within range."""
    if wholly:
        return (at.area_share >= WHOLLY) & (at.population_share.fillna(1.0) >= WHOLLY)
    return pd.Series(at.nearest_km.to_numpy() <= ranges.to_numpy(), index=at.index)


def first_reach_table(range_km: float = RANGE_KM) -> pd.DataFrame:
    """For each U.S. place, what first reaches it in part and wholly (at least ``WHOLLY`` of its area and
    listed people), in two orders: by range (the missiles at their upper figures) and by the year the
    figure was published (every source's figure, earliest first)."""
    figs = estimates.figures_by_year()
    figs = figs[figs.range_km > RANGE_KM]
    ranges = sorted(set(figs.range_km) | set(_later_ranges(range_km)))
    cov = geo.world_coverage(ranges, ORIGIN, US_PLACES).set_index(["country", "range_km"])
    us = us_places_table(range_km)
    rows = []
    for place in US_PLACES:
        code = geo.area_code(place)
        row = {"place": place_name(place)}
        for wholly, what in ((False, "in_part"), (True, "wholly")):
            at = cov.loc[[(code, km) for km in figs.range_km]]
            y = figs[_reached(at, figs.range_km, wholly).to_numpy()]
            r = first_reach(us, row["place"], wholly)
            row[f"{what}_by_range"] = f"{r['missile']} at {r['range_km']:,.0f} km" if r else None
            row[f"{what}_by_year"] = (f"{y.iloc[0].label} at {y.iloc[0].range_km:,.0f} km (published {y.iloc[0].published})"
                                      if len(y) else None)
        rows.append(row)
    return pd.DataFrame(rows)


def first_reach_sentences(table: pd.DataFrame) -> list[str]:
    """What first reaches each U.S. place, in order of range and in order of the estimate's year."""
    out = []
    for r in table.itertuples():
        part = (f"in part, first by range {r.in_part_by_range}, first by year {r.in_part_by_year}"
                if r.in_part_by_range else "no estimate here reaches it")
        whole = (f"; wholly, first by range {r.wholly_by_range}, first by year {r.wholly_by_year}"
                 if r.wholly_by_range else "; none reaches all of it")
        out.append(f"{r.place[0].upper() + r.place[1:]}: {part}{whole}.")
    return out
