"""The study's maps: our drawing (clipped to the frame, simplified for the printed size)
against a naive geopandas ``.plot()`` of the same countries in the same projection.

For each map the study draws (range_map_prk, range_map_tonghae, scud_maps, world_map)
the time to build the figure and render it once (Agg, as a save does) is measured
with the numbers it shows already computed (the coverage tables and per-part shares
are computed once by the study and shared with the tables and the interactive page;
their cost is printed apart), so the time is the drawing's. The naive version projects
every country whole with ``GeoDataFrame.to_crs`` and draws it with ``.plot()``, then
renders the same frame: the fills alone, without envelopes or labels, so its time is
a lower bound for drawing the map that way.

Run: make bench (or .venv/bin/python benchmarks/bench_figures.py). Each time is the
best of ``--repeat`` runs after one warm-up (caches of outlines and projections filled);
the first, cold, call is printed too. Timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import time

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from analysis import geo  # noqa: E402
from analysis.figures.geometry import to_map  # noqa: E402
from analysis.figures.maps import EDGE_KM  # noqa: E402
from analysis.study import article, claim, later  # noqa: E402

MAPS = {
    "range_map_prk": (lambda: claim.range_map(article.ORIGIN, 1000, 1300), article.ORIGIN, 1700.0),
    "range_map_tonghae": (lambda: claim.range_map(article.CIRCLE_SITE, 1000, 1300), article.CIRCLE_SITE, 1700.0),
    "scud_maps": (claim.scud_maps, None, None),
    "world_map": (later.later_world_map, article.ORIGIN, EDGE_KM),
}


def _draw(make) -> float:
    t = time.perf_counter()
    fig = make()
    fig.canvas.draw()
    elapsed = time.perf_counter() - t
    plt.close(fig)
    return elapsed


def _naive_one(ax, origin_name: str, half_width_km: float) -> None:
    crs = to_map(*geo.origin(origin_name).centre).target_crs
    geo.countries().to_crs(crs).plot(ax=ax, color="#e6e6e6", edgecolor="#8c8c8c", linewidth=0.3)
    ax.set_xlim(-half_width_km, half_width_km)
    ax.set_ylim(-half_width_km, half_width_km)


def _naive(origin_name, half_width_km):
    """geopandas .plot() of every country, projected whole, in the map's frame."""
    def make():
        if origin_name is None:  # the two Scud panels
            fig, axes = plt.subplots(1, 2, figsize=(7, 3.9))
            for ax, code, hw in zip(axes, article.SCUD_COUNTRIES, article.SCUD_MAP_HALF_WIDTHS_KM):
                _naive_one(ax, code, hw)
            return fig
        fig, ax = plt.subplots(figsize=(3.35, 3.7) if half_width_km < EDGE_KM else (7, 6))
        _naive_one(ax, origin_name, half_width_km)
        return fig
    return make


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    t = time.perf_counter()
    geo.countries(), geo.all_places()
    print(f"data read (once per process): {time.perf_counter() - t:.2f} s")
    t = time.perf_counter()
    later.later_world_table(article.RANGE_KM)
    print(f"world coverage table, every range (shared with the tables): {time.perf_counter() - t:.2f} s")
    t = time.perf_counter()
    later.later_part_shares(article.RANGE_KM)
    print(f"per-part shares, every range (shared with the interactive page): {time.perf_counter() - t:.2f} s")
    print(f"{'map':<20} {'cold s':>7} {'ours s':>7} {'naive s':>8} {'naive/ours':>10}")
    for name, (make, origin_name, hw) in MAPS.items():
        cold = _draw(make)
        ours = min(_draw(make) for _ in range(args.repeat))
        naive_make = _naive(origin_name, hw)
        _draw(naive_make)
        naive = min(_draw(naive_make) for _ in range(args.repeat))
        print(f"{name:<20} {cold:7.2f} {ours:7.2f} {naive:8.2f} {naive / ours:10.1f}")
    t = time.perf_counter()
    page = later.interactive_map(article.RANGE_KM)
    print(f"interactive page: {time.perf_counter() - t:.2f} s, {len(page.encode()):,} bytes")


if __name__ == "__main__":
    main()
