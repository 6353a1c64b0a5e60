"""Coverage from North Korean territory: our method against brute-force geodesics.

Brute force is what a user would write with pyproj alone: every sample to every
vertex of North Korea's boundary (densified to 1 km), on the WGS84 ellipsoid.

1. Japan at the study's 5 km grid (the study's own question): both give every
   distance, so the shares must agree exactly.
2. The whole world at one range, as ``coverage --country all`` computes it; brute
   force is timed on the samples of ``--countries`` countries drawn at random (it would
   take far too long on all of them), and the ratio is taken per sample.

Run: make bench (or .venv/bin/python benchmarks/bench_coverage.py: it needs nothing
beyond the study's environment). Timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from analysis import geo as R


def japan(range_km: float) -> None:
    lats, lons, _ = R.area_sample("JPN", R.DEFAULT_SPACING_KM)
    t0 = time.perf_counter()
    ours = R.TerritoryOrigin("PRK", R.country("PRK"))  # the index build is part of our time
    d_ours = ours.distance_km(lats, lons)
    t_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    d_brute = ours.brute_force_km(lats, lons)
    t_brute = time.perf_counter() - t0
    share_ours, share_brute = float(np.mean(d_ours <= range_km)), float(np.mean(d_brute <= range_km))
    print(f"1. Japan: {len(lats):,} area samples; North Korean boundary vertices: {len(ours.boundary_lons):,}; "
          f"range {range_km:,.0f} km")
    print(f"   ours (every distance exact):         {t_ours:8.3f} s   area share {share_ours:.4%}")
    print(f"   brute force (all pairs, Geod.inv):   {t_brute:8.3f} s   area share {share_brute:.4%}")
    print(f"   ratio {t_brute / t_ours:.0f}x; share difference {abs(share_ours - share_brute) * 100:.4f} "
          f"percentage points; largest distance difference {np.abs(d_ours - d_brute).max() * 1e6:.3f} mm")


def world(range_km: float, n_countries: int, seed: int) -> None:
    t0 = time.perf_counter()
    table = R.world_coverage((range_km,), "PRK")
    t_world = time.perf_counter() - t0
    samples = int(table.samples.sum())
    print(f"2. The whole world at {range_km:,.0f} km: {len(table)} countries, {samples:,} area samples, "
          f"{int(table.places.sum()):,} places")
    print(f"   ours, everything (sampling, bounds, refinement, places): {t_world:8.2f} s   target <= 15 s")
    codes = np.random.default_rng(seed).choice(sorted(R.countries().index), size=n_countries, replace=False)
    o = R.origin("PRK")
    t_ours = t_brute = 0.0
    n = 0
    worst = 0.0
    for code in map(str, codes):
        lats, lons, _ = R.area_sample(code, R.auto_spacing_km(code))
        t0 = time.perf_counter()
        lower, upper = o.bounds_km(lats, lons)
        reach = R.Reach(code, o, lats, lons, lower, upper, *(np.empty(0),) * 5, R.auto_spacing_km(code))
        share = reach.area_share(range_km)
        t_ours += time.perf_counter() - t0
        t0 = time.perf_counter()
        brute = float(np.mean(o.brute_force_km(lats, lons) <= range_km))
        t_brute += time.perf_counter() - t0
        worst = max(worst, abs(share - brute))
        n += len(lats)
        print(f"   {code}: {len(lats):6,} samples   ours {share:8.4%}   brute force {brute:8.4%}")
    print(f"   {n_countries} random countries, {n:,} samples: ours {t_ours:.3f} s, brute force {t_brute:.1f} s; "
          f"ratio {t_brute / t_ours:.0f}x (target >= 50x); largest share difference {worst * 100:.4f} "
          "percentage points (target <= 0.1)")
    print(f"   brute force for the whole world, at its rate here: about {t_brute / n * samples / 3600:.1f} h")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--range-km", type=float, default=1000.0, help="range for Japan (default 1000)")
    parser.add_argument("--world-range-km", type=float, default=13000.0, help="range for the world (default 13000)")
    parser.add_argument("--countries", type=int, default=10, help="random countries timed against brute force")
    parser.add_argument("--seed", type=int, default=1997)
    args = parser.parse_args()
    japan(args.range_km)
    world(args.world_range_km, args.countries, args.seed)


if __name__ == "__main__":
    main()
