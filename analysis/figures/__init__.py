"""Figures for any origin, countries and ranges: maps, charts, and the print style.

:mod:`~analysis.figures.style` (the style, saving without timestamps),
:mod:`~analysis.figures.charts` (collation, coverage curves, timeline) and
:mod:`~analysis.figures.maps` (range maps, the whole Earth). Nothing here knows of any article.
"""

from analysis.figures.charts import coverage_curves, plot_collation, plot_timeline
from analysis.figures.maps import distance_grid, map_labels, range_map, reach_maps, world_map
from analysis.figures.style import STYLE, save_figure, style

__all__ = ["STYLE", "coverage_curves", "distance_grid", "map_labels", "plot_collation", "plot_timeline", "range_map",
           "reach_maps", "save_figure", "style", "world_map"]
