"""Coverage: how much of a country's area and people lies within a range of an origin.

One engine serves every share, curve, threshold, world table and outside list:
:class:`Reach` holds bounds on the distance from an origin to each area sample and
populated place of a country or :class:`~analysis.geo.tables.Region`, and decides a
point only where its bounds straddle a range: whether a boundary vertex lies within the
range (:meth:`~analysis.geo.origins.Origin.within_km`), the bounds it finds kept for the next.
Area shares count equal-area grid samples (:mod:`analysis.geo.sampling`);
population shares weight GeoNames populated places by their population, each person
counted once (see :func:`analysis.geo.tables.places` for the rule and what it misses).
The nearest and farthest point of each area come from its outline
(:mod:`analysis.geo.extremes`), never from the samples.

>>> r = reach("BEL", "FRA")
>>> r.area_share(1000.0), r.population_share(1000.0)
(1.0, 1.0)
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from analysis.errors import GeoError
from analysis.geo.extremes import COLUMNS as EXTREMES
from analysis.geo.extremes import extremes
from analysis.geo.origins import Origin, origin
from analysis.geo.sampling import DEFAULT_SPACING_KM, area_sample, auto_spacing_km
from analysis.geo.tables import Region, area, area_code, area_km2, area_name, countries, display_name, places


def check_range(range_km: float) -> float:
    """A range in km as a float; GeoError unless it lies between 0 and 20,100 km.

    >>> check_range("1000")
    1000.0
    """
    r = float(range_km)
    if not np.isfinite(r) or r < 0 or r > 20_100:
        raise GeoError(f"range must be between 0 and 20,100 km (half the Earth's circumference); got {range_km}")
    return r


@dataclass
class Reach:
    """Bounds on the distance from an origin to the area samples and places of a country
    or region; a share is exact, refining only the points whose bounds straddle the range."""

    code: str
    origin: Origin
    lats: np.ndarray
    lons: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    place_lats: np.ndarray
    place_lons: np.ndarray
    place_lower: np.ndarray
    place_upper: np.ndarray
    place_pop: np.ndarray
    spacing_km: float
    #: the area each sample stands for (km²; equal weights when not given)
    weights: np.ndarray | None = None
    #: the (multi)polygon measured, for the extremes from its outline
    geometry: object = None
    # exact distances measured so far (NaN: not yet), kept for the next range
    _exact: np.ndarray = field(init=False, repr=False)
    _place_exact: np.ndarray = field(init=False, repr=False)

    def __post_init__(self):
        self._exact = np.full(len(self.lats), np.nan)
        self._refined = np.zeros(len(self.lats), dtype=bool)  # whether the origin's own bounds are taken
        self._place_exact = np.full(len(self.place_lats), np.nan)
        if self.weights is None:
            self.weights = np.ones(len(self.lats))
        self._extremes = None

    def _exact_km(self, which: np.ndarray, places: bool = False) -> np.ndarray:
        """Exact distances of the area samples (or places) selected by ``which``, each measured once."""
        lats, lons, upper, known = ((self.place_lats, self.place_lons, self.place_upper, self._place_exact) if places
                                    else (self.lats, self.lons, self.upper, self._exact))
        todo = which & np.isnan(known)
        if todo.any():
            known[todo] = self.origin.exact_km(lats[todo], lons[todo], upper[todo])
        return known[which]

    def _decide(self, which: np.ndarray, range_km: float, places: bool = False) -> np.ndarray:
        """Whether the samples (or places) selected by ``which`` lie within ``range_km``: by a
        distance measured before, else by :meth:`~analysis.geo.origins.Origin.within_km`, whose
        bounds are kept for the next range."""
        lats, lons, lower, upper, known = ((self.place_lats, self.place_lons, self.place_lower, self.place_upper,
                                            self._place_exact) if places
                                           else (self.lats, self.lons, self.lower, self.upper, self._exact))
        todo = np.flatnonzero(which & np.isnan(known))
        if len(todo):
            d = self.origin.within_km(lats[todo], lons[todo], upper[todo], range_km)
            near = d <= range_km
            upper[todo[near]] = np.minimum(upper[todo[near]], d[near])
            lower[todo[~near]] = np.maximum(lower[todo[~near]], d[~near])
        return np.where(np.isnan(known[which]), upper[which], known[which]) <= range_km

    def _refine(self, which: np.ndarray) -> None:
        """Tighten the bounds of the samples selected by ``which`` with the origin's own (the
        samples start with the cheaper bounds of :meth:`~analysis.geo.origins.Origin.cap_bounds_km`)."""
        todo = np.flatnonzero(which & ~self._refined)
        if len(todo):
            lo, hi = self.origin.bounds_km(self.lats[todo], self.lons[todo])
            self.lower[todo] = np.maximum(self.lower[todo], lo)
            self.upper[todo] = np.minimum(self.upper[todo], hi)
            self._refined[todo] = True

    def _within(self, lower, upper, range_km: float, places: bool = False) -> np.ndarray:
        if not places:
            self._refine((lower <= range_km) & (upper > range_km))
        inside = upper <= range_km
        open_ = (lower <= range_km) & ~inside
        if open_.any():
            inside[open_] = self._decide(open_, range_km, places)
        return inside

    def _all_km(self, places: bool = False) -> np.ndarray:
        if not places:
            self._refine(np.ones(len(self.lats), dtype=bool))
        lower, upper = (self.place_lower, self.place_upper) if places else (self.lower, self.upper)
        out = upper.copy()
        open_ = lower < upper
        if open_.any():
            out[open_] = self._exact_km(open_, places)
        return out

    def within(self, range_km: float) -> np.ndarray:
        """Which area samples lie within ``range_km`` (exact: bounds first, then each straddling sample
        decided, the bounds found kept for the next range)."""
        return self._within(self.lower, self.upper, range_km)

    def area_km(self) -> np.ndarray:
        """The exact distance (km) of every area sample."""
        return self._all_km()

    def place_km(self) -> np.ndarray:
        """The exact distance (km) of every kept place."""
        return self._all_km(places=True)

    def area_share(self, range_km: float) -> float:
        """Share of the area within ``range_km``: of the area the samples stand for."""
        hit = self.within(range_km)
        return float(self.weights[hit].sum() / self.weights.sum())

    def population_share(self, range_km: float) -> float:
        """Share of the people in the kept places; NaN where no place is listed."""
        if not self.place_pop.sum():
            return float("nan")
        hit = self._within(self.place_lower, self.place_upper, range_km, places=True)
        return float(self.place_pop[hit].sum() / self.place_pop.sum())

    def extremes(self) -> dict:
        """Nearest and farthest point of the outline (:func:`analysis.geo.extremes.extremes`):
        km, latitude and longitude of each, rounded to 0.01 km and 1e-4 degrees."""
        if self._extremes is None:
            e = extremes(self.geometry, self.origin)
            self._extremes = {k: round(v, 2 if k.endswith("_km") else 4) for k, v in e.items()}
        return self._extremes

    def nearest_km(self) -> float:
        """Distance (km) from the origin to the nearest point of the outline (0 where they touch)."""
        return self.extremes()["nearest_km"]

    def farthest_km(self) -> float:
        """The range (km) that brings every point of the area within reach."""
        return self.extremes()["farthest_km"]


@lru_cache(maxsize=1024)
def reach(code: str | Region, origin_name: str, spacing_km: float | None = None) -> Reach:
    """Distance bounds from an origin to a country (ISO3) or a :class:`Region`; the grid
    spacing by :func:`auto_spacing_km` unless given."""
    o = origin(origin_name)
    spacing = auto_spacing_km(code) if spacing_km is None else float(spacing_km)
    lats, lons, km2 = area_sample(code, spacing)
    lower, upper = o.cap_bounds_km(lats, lons)  # refined where a range falls between them
    geometry, p = area(code)
    plats, plons = p.latitude.to_numpy(dtype=float), p.longitude.to_numpy(dtype=float)
    plower, pupper = o.bounds_km(plats, plons)
    return Reach(area_code(code), o, lats, lons, lower, upper, plats, plons, plower, pupper,
                 p.population.to_numpy(dtype=float), spacing, km2, geometry)


def coverage(countries_: Iterable[str | Region], origins: Iterable[str], ranges_km: Iterable[float],
             spacing_km: float = DEFAULT_SPACING_KM) -> pd.DataFrame:
    """Coverage rows: country, origin, range_km, area_share, population_share, the nearest and
    farthest point of the outline (:data:`~analysis.geo.extremes.COLUMNS`), method.

    >>> coverage(["BEL"], ["FRA"], [1000]).area_share.tolist()
    [1.0]
    """
    rows = []
    for o in origins:
        for c in countries_:
            r = reach(c, o, float(spacing_km))
            for km in ranges_km:
                km = check_range(km)
                rows.append({
                    "country": r.code, "origin": r.origin.name, "range_km": km,
                    "area_share": round(r.area_share(km), 4), "population_share": round(r.population_share(km), 4),
                    **r.extremes(), "method": _method(r),
                })
    return pd.DataFrame(rows, columns=["country", "origin", "range_km", "area_share", "population_share",
                                       *EXTREMES, "method"])


def _method(r: Reach) -> str:
    people = (f"population: {len(r.place_pop)} GeoNames places, each person once" if len(r.place_pop)
              else "population: no GeoNames place listed")
    return (f"WGS84 geodesic; area: {r.spacing_km:g} km equal-area grid, every polygon part ({len(r.lats)} samples); "
            f"{people}; nearest and farthest: from the outline, geodesic edges")


def coverage_curve(code: str | Region, origin_name: str, step_km: float = 10.0, max_km: float = 2500.0) -> pd.DataFrame:
    """Area and population share within each range from 0 to max_km, every ``step_km``."""
    r = reach(code, origin_name, DEFAULT_SPACING_KM)
    area_km, place_km = r.area_km(), r.place_km()
    ranges = np.arange(0.0, max_km + step_km / 2, step_km)
    order = np.argsort(area_km)
    cum_area = np.concatenate([[0.0], np.cumsum(r.weights[order])])
    cum_area /= cum_area[-1]
    share = cum_area[np.searchsorted(area_km[order], ranges, side="right")]
    order = np.argsort(place_km)
    cum = np.concatenate([[0.0], np.cumsum(r.place_pop[order])]) / r.place_pop.sum()
    pop = cum[np.searchsorted(place_km[order], ranges, side="right")]
    return pd.DataFrame({"country": r.code, "origin": r.origin.name, "range_km": ranges,
                         "area_share": share, "population_share": pop})


def _weighted_quantile(values: np.ndarray, weights: np.ndarray, q: float) -> float:
    order = np.argsort(values)
    cum = np.cumsum(weights[order]) / weights.sum()
    return float(values[order][min(np.searchsorted(cum, q - 1e-12), len(values) - 1)])


def thresholds(code: str | Region, origin_name: str, shares: Iterable[float] = (0.9, 0.99, 1.0)) -> pd.DataFrame:
    """The range (km) at which the area share and the population share reach each level; for
    all of the area (share 1), the farthest point of the outline, not of a sample."""
    r = reach(code, origin_name, DEFAULT_SPACING_KM)
    area_km, place_km = r.area_km(), r.place_km()
    rows = [{"country": r.code, "origin": r.origin.name, "share": s,
             "area_range_km": round(r.farthest_km() if s >= 1.0 else _weighted_quantile(area_km, r.weights, s), 1),
             "population_range_km": round(_weighted_quantile(place_km, r.place_pop, s), 1)} for s in shares]
    return pd.DataFrame(rows)


#: Columns of :func:`world_coverage`.
WORLD_COLUMNS = ["country", "name", "origin", "range_km", "area_share", "population_share", *EXTREMES,
                 "area_km2", "listed_population", "samples", "places", "spacing_km", "method"]


def _world_rows(code: str | Region, origin_name: str, ranges_km: list[float], extremes: bool) -> list[dict]:
    r = reach(code, origin_name)
    name, km2, people = area_name(code), round(area_km2(code)), int(r.place_pop.sum())
    return [{"country": r.code, "name": name, "origin": r.origin.name, "range_km": km,
             "area_share": round(r.area_share(km), 4), "population_share": round(r.population_share(km), 4),
             **(r.extremes() if extremes else {}), "area_km2": km2, "listed_population": people, "samples": len(r.lats),
             "places": len(r.place_pop), "spacing_km": r.spacing_km, "method": _method(r)} for km in ranges_km]


def world_coverage(ranges_km: Iterable[float], origin_name: str, codes: Iterable[str | Region] | None = None,
                   progress: bool = False, extremes: bool = True) -> pd.DataFrame:
    """Coverage rows for every country (or ``codes``: ISO3 codes and regions) at each range.

    Columns :data:`WORLD_COLUMNS`: the shares, the nearest and farthest point of the outline
    (left out with ``extremes=False``, for a table of shares only: the outlines' exact search is
    the larger part of the work), the area (km², geodesic), the people in the listed places (each
    counted once; ``listed_population``, not a national estimate), and how it was measured.
    Sorted by range, then by area share and population share (largest first), then code.
    """
    from tqdm import tqdm  # deferred: plain text, only for a progress display (tqdm.auto warns in a kernel)

    ranges_km = [check_range(r) for r in ranges_km]
    codes = sorted(countries().index) if codes is None else [c if isinstance(c, Region) else c.upper() for c in codes]
    o = origin(origin_name)
    rows = []
    for code in tqdm(codes, desc=f"coverage from {o.name}", unit="country", disable=not progress, file=sys.stderr,
                     dynamic_ncols=True):
        rows += _world_rows(code, origin_name, ranges_km, extremes)
    table = pd.DataFrame(rows, columns=WORLD_COLUMNS if extremes else [c for c in WORLD_COLUMNS if c not in EXTREMES])
    table = table.sort_values(["range_km", "area_share", "population_share", "country"],
                              ascending=[True, False, False, True], na_position="last", kind="stable")
    return table.reset_index(drop=True)


def outside(iso3: str, origin_name: str, range_km: float, min_population: int = 100_000) -> pd.DataFrame:
    """Places of at least ``min_population`` beyond ``range_km``, each once and by the name a
    reader of English knows it (:func:`~analysis.geo.tables.display_name`): place, country,
    population, distance_km, beyond_km.

    >>> outside("BEL", "FRA", 1000).empty
    True
    """
    range_km = check_range(range_km)
    p = places(iso3)
    p = p[p.population >= min_population]
    d = origin(origin_name).distance_km(p.latitude.to_numpy(), p.longitude.to_numpy())
    out = pd.DataFrame({"place": display_name(p).to_numpy(), "country": iso3.upper(),
                        "population": p.population.to_numpy(), "distance_km": np.round(d, 1),
                        "beyond_km": np.round(d - range_km, 1)})
    return out[out.distance_km > range_km].sort_values(["distance_km", "place"], ascending=[False, True]).reset_index(drop=True)


def population_check(iso3: str) -> dict:
    """How the GeoNames places compare with the national population estimate of the map data:
    records listed, records counted (each person once, ``listed_population``), and how many
    records of each kind the rule counts with another entry."""
    every = places(iso3, every=True)
    kept = places(iso3)
    row = countries().loc[iso3.upper()]
    national = int(row["pop_est"])
    rules = every.rule.value_counts()
    return {"country": iso3.upper(), "records": len(every), "places": len(kept),
            "same_place": int(rules.get("R1", 0)), "sections": int(rules.get("R2", 0)),
            "wards": int(rules.get("R3", 0)), "records_population": int(every.population.sum()),
            "listed_population": int(kept.population.sum()), "national_estimate": national,
            "year": int(row["pop_year"]), "listed_over_national": round(kept.population.sum() / national, 3)}
