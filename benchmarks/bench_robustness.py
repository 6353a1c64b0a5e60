"""Extraction speed per MB of prose, and growth on adversarial shapes (issue 24).

1. One megabyte of ordinary prose (the development briefs of tests/briefs, repeated)
   extracted in full (every kind) as one text: seconds per MB.
2. The baseline a user would write first: a plain regular-expression sentence split
   and one search for capitalised word runs (candidate names), no gazetteer. spaCy is
   not in the study's environment, so it is not the baseline here. The ratio says how
   much more the full extraction costs than this minimum.
3. For each adversarial shape, the time at n and 10n characters and their ratio (a
   linear engine gives about 10).

Run: .venv/bin/python benchmarks/bench_robustness.py
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_robustness import HANG, SHAPES  # noqa: E402

from analysis.extract import extract_text  # noqa: E402
from analysis.text.capture import load, parse_text  # noqa: E402

BRIEFS = Path(__file__).resolve().parent.parent / "tests" / "briefs"
MB = 1 << 20


def _prose() -> str:
    bodies = "\n\n".join(load(p).body for p in sorted(BRIEFS.glob("*.txt")))
    return ("\n\n".join([bodies] * (MB // len(bodies) + 1)))[:MB]


def _baseline(text: str) -> int:
    n = 0
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text):
        n += len(re.findall(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*", sentence))
    return n


def _clock(f, *args) -> float:
    t = time.perf_counter()
    f(*args)
    return time.perf_counter() - t


def main() -> None:
    extract_text("Warm up the gazetteer.")
    prose = _prose()
    ours, base = _clock(extract_text, prose), _clock(_baseline, prose)
    print(f"1 MB of prose: {ours:.2f} s per MB (all kinds); baseline (regex sentence split + capitalised runs) "
          f"{base:.3f} s; ratio {ours / base:.0f}x")
    print(f"the 188-byte capture that hung facts: {_clock(lambda: extract_text(parse_text(HANG).body)):.3f} s")
    n = 3000
    for name, unit in SHAPES.items():
        small = (unit * (n // len(unit) + 1))[:n]
        large = (unit * (10 * n // len(unit) + 1))[:10 * n]
        a = min(_clock(extract_text, small) for _ in range(3))
        b = min(_clock(extract_text, large) for _ in range(2))
        print(f"  {name:22} n={n:,}: {a * 1000:7.1f} ms   10n: {b * 1000:8.1f} ms   growth {b / a:5.1f}")


if __name__ == "__main__":
    main()
