"""The geography engine: WGS84 geodesy for any origin and any countries.

Small modules, bottom to top: :mod:`~analysis.geo.geodesy` (distances, circles,
densified outlines), :mod:`~analysis.geo.regions` and :mod:`~analysis.geo.tables`
(outlines, places, launch sites, regions), :mod:`~analysis.geo.origins` (territory,
site, point), :mod:`~analysis.geo.sampling` (equal-area grids),
:mod:`~analysis.geo.extremes` (nearest and farthest points from the outlines),
:mod:`~analysis.geo.measure` (the one coverage engine: shares, curves, thresholds,
world table, outside lists) and :mod:`~analysis.geo.drawn` (circles drawn the wrong
ways). Nothing here knows of any article.

The names of :data:`API` are available from the package itself (``geo.reach``), loaded
on first use, so that importing :mod:`analysis.geo.regions` stays light.
"""

from __future__ import annotations

import importlib

#: Public name -> the module that defines it.
API = {
    **dict.fromkeys(["WORLD_COLUMNS", "Reach", "check_range", "coverage", "coverage_curve", "outside",
                     "population_check", "reach", "thresholds", "world_coverage"], "measure"),
    "drawn_circle_errors": "drawn",
    **dict.fromkeys(["distance_km", "geod", "ring"], "geodesy"),
    **dict.fromkeys(["Origin", "SiteOrigin", "TerritoryOrigin", "origin"], "origins"),
    **dict.fromkeys(["DEFAULT_SPACING_KM", "area_sample", "auto_spacing_km", "sampling_check"], "sampling"),
    "Region": "regions",
    "extremes": "extremes",
    "extremes_columns": "extremes",
    **dict.fromkeys(["all_places", "area_code", "area_km2", "area_name", "countries", "country", "display_name",
                     "has_places", "launch_sites", "part_km2", "places", "point_name"], "tables"),
}
__all__ = sorted(API)


def __getattr__(name: str):
    if name not in API:
        raise AttributeError(f"module 'analysis.geo' has no attribute {name!r}")
    return getattr(importlib.import_module(f"analysis.geo.{API[name]}"), name)


def __dir__() -> list[str]:
    return __all__
