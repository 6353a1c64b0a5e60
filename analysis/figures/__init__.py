"""Figures for any origin, countries and ranges: maps, charts, the interactive page, and the print style.

:mod:`~analysis.figures.style` (the style, print sizes, palettes, saving without timestamps),
:mod:`~analysis.figures.labels` (label placement and the collision check),
:mod:`~analysis.figures.geometry` (outlines drawn for the frame, each part's own share),
:mod:`~analysis.figures.charts` (collation, coverage curves, timeline),
:mod:`~analysis.figures.grids` (verdicts as a parameter moves),
:mod:`~analysis.figures.maps` (range maps, the whole Earth) and
:mod:`~analysis.figures.page` (the interactive map, one self-contained HTML page).
Nothing here knows of any article.
"""

from analysis.figures.charts import coverage_curves, plot_collation, plot_timeline
from analysis.figures.grids import verdict_grid
from analysis.figures.labels import collisions, min_font_points, place_labels
from analysis.figures.maps import distance_grid, map_labels, range_map, reach_maps, world_map
from analysis.figures.style import STYLE, save_figure, style

__all__ = ["STYLE", "collisions", "coverage_curves", "distance_grid", "map_labels", "min_font_points",
           "place_labels", "plot_collation", "plot_timeline", "range_map", "reach_maps", "save_figure", "style",
           "verdict_grid", "world_map"]
