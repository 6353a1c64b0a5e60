"""Coverage of Japan from North Korean territory: our k-d tree method against brute force.

Both compute the geodesic distance from every area sample of Japan (the study's
5 km equal-area grid) to North Korea's densified boundary on the WGS84 ellipsoid;
brute force measures every sample against every boundary vertex, which is what a
user would write with pyproj alone. Run: make bench (or .venv/bin/python benchmarks/bench_coverage.py:
it needs nothing beyond the study's environment)
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from analysis import ranges as R


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--range-km", type=float, default=1000.0)
    parser.add_argument("--spacing-km", type=float, default=R.DEFAULT_SPACING_KM)
    args = parser.parse_args()

    lats, lons = R.area_sample("JPN", args.spacing_km)
    geometry = R.country("PRK")

    t0 = time.perf_counter()
    ours = R.TerritoryOrigin("PRK", geometry)  # index build is part of our time
    d_ours = ours.distance_km(lats, lons)
    t_ours = time.perf_counter() - t0

    t0 = time.perf_counter()
    d_brute = ours.brute_force_km(lats, lons)
    t_brute = time.perf_counter() - t0

    share_ours = float(np.mean(d_ours <= args.range_km))
    share_brute = float(np.mean(d_brute <= args.range_km))
    print(f"Japan area samples: {len(lats):,}; North Korean boundary vertices: {len(ours.boundary_lons):,}; "
          f"range {args.range_km:,.0f} km")
    print(f"ours (k-d tree + {R.K_NEAREST} geodesics per sample): {t_ours:8.3f} s   area share {share_ours:.4%}")
    print(f"brute force (all pairs, pyproj Geod.inv):      {t_brute:8.3f} s   area share {share_brute:.4%}")
    print(f"ratio (brute force / ours): {t_brute / t_ours:.1f}x   target >= 20x")
    print(f"share difference: {abs(share_ours - share_brute) * 100:.4f} percentage points   target <= 0.1; "
          f"largest distance difference {np.abs(d_ours - d_brute).max() * 1000:.3f} m")


if __name__ == "__main__":
    main()
