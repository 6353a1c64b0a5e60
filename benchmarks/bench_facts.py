"""Fact extraction at scale: ours against the per-entry regular-expression loop, in the same run.

1. Loading: the gazetteers (34,000 cities, every country, organisations, titles,
   regions, subdivisions) read, verified and built into one Aho–Corasick
   automaton and the compiled title and name patterns, from a cold start.
2. 100 briefs: the 14 development briefs of tests/briefs and the two witnesses,
   repeated to 100 texts, each extracted in full (all kinds).
3. The baseline a user would write first: for every gazetteer name, one regular
   expression searched in every sentence (names only; no people, dates or
   quantities), timed on a few briefs and given per brief. The ratio is per brief.

Run: .venv/bin/python benchmarks/bench_facts.py   (or make bench)
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from analysis import paths

BRIEFS = Path(__file__).resolve().parent.parent / "tests" / "briefs"
N = 100
BASELINE_BRIEFS = 3
REPEAT = 5


def _texts() -> list[tuple[str, str | None]]:
    import json

    out = []
    for txt in sorted(BRIEFS.glob("*.txt")):
        issue = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))["issue"]
        out.append((txt.read_text(encoding="utf-8"), issue))
    for raw in sorted(paths.RAW.glob("*.txt")):
        out.append((raw.read_text(encoding="utf-8"), "1997-06"))
    return out


def _cold_load() -> tuple[float, float]:
    from analysis import reference
    from analysis.extract import gazetteer, organizations, people

    for f in (gazetteer.automaton, gazetteer.roles, gazetteer.family_names, reference._rows,
              gazetteer.upper_class, gazetteer._country_names, people.patterns, organizations.patterns):
        f.cache_clear()
    t, c = time.perf_counter(), time.process_time()
    gazetteer.automaton()
    people.patterns()
    organizations.patterns()
    gazetteer._country_names()
    return time.perf_counter() - t, time.process_time() - c


def _ours(texts) -> tuple[float, int]:
    from analysis.extract.facts import extract_text

    t = time.perf_counter()
    n = sum(len(extract_text(text, issue)) for text, issue in texts)
    return time.perf_counter() - t, n


def _baseline(texts) -> tuple[float, int]:
    """One regex per gazetteer name per sentence: the loop the lexicons were first matched with."""
    import csv

    from analysis.extract.sentences import sentences

    names = set()
    for table in ("countries", "cities", "organizations", "regions", "subdivisions"):
        with open(paths.REFERENCE / f"{table}.csv", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                names.update([r["name"], *[a for a in r.get("aliases", "").split(";") if a]])
    names = sorted(names, key=len, reverse=True)
    t = time.perf_counter()
    found = 0
    for text, _ in texts:
        for s0, s1 in sentences(text):
            seg = text[s0:s1]
            for name in names:
                found += sum(1 for _ in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", seg))
    return time.perf_counter() - t, found


def main() -> None:
    from statistics import median

    base = _texts()
    texts = (base * (N // len(base) + 1))[:N]
    # medians of repeated runs: the machine is shared, single timings are noisy
    loads = [_cold_load() for _ in range(REPEAT)]
    load, load_cpu = median(w for w, _ in loads), median(c for _, c in loads)
    _ours(base[:1])  # the first call pays for pint's registry; that is loading too
    runs = [_ours(texts) for _ in range(REPEAT)]
    ours, n = median(t for t, _ in runs), runs[0][1]
    sample = base[:BASELINE_BRIEFS]
    naive, hits = _baseline(sample)
    ours_sample, _ = _ours(sample)
    print(f"gazetteers load (cold, verified, automaton built; median of {REPEAT}): {load:.3f} s wall, "
          f"{load_cpu:.3f} s CPU   (target <= 0.5 s)")
    print(f"{N} briefs, every kind of fact (median of {REPEAT}): {ours:.3f} s, {n} mentions   (target <= 5 s)")
    print(f"per brief: ours {ours_sample / len(sample) * 1000:.1f} ms (all kinds); "
          f"per-entry regex loop {naive / len(sample) * 1000:.0f} ms (names only, {hits} hits on {len(sample)} briefs)")
    print(f"ratio regex loop / ours: {naive / ours_sample:,.0f}x")


if __name__ == "__main__":
    main()
