"""Collation of many witnesses: ours against CollateX and difflib, in the same run.

Generates N witnesses of the seed article with realistic, seeded edits (typographic
changes, lost hyphens, boilerplate added or removed, a few substantive word
changes), collates them with analysis.text.collate, with CollateX (the reference tool of
textual scholarship) and with difflib, and prints the times, the ratios and how far
the variant locations agree. Then ours alone at 100 and 1,000 witnesses, and two
witnesses of about 1 MB each.

Run: make bench   (or .venv-extra/bin/python benchmarks/bench_collate.py)
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import time
import tracemalloc
from bisect import bisect_right

from analysis import paths
from analysis.text.capture import parse_text
from analysis.text.collate import collate

SEED = 1997
BANNER = ("\u201cYour association has taken a significant role in fostering public awareness of nuclear "
          "disarmament and has led to its advancement.\u201d\n\u2013 Kazi Matsui\nMayor of Hiroshima\nJune 2, 2022\n")
SUBSTITUTES = {"businesslike": "constructive", "denied": "rejected", "restraint": "moderation",
               "improved": "upgraded", "intervening": "subsequent", "specific": "particular"}


def base_text() -> str:
    return (paths.RAW / "000_366c86b813da1289.txt").read_text(encoding="utf-8")


def make_witness(text: str, rng: random.Random) -> str:
    """One plausible capture of the article: a few seeded edits of the kinds captures show."""
    return edit_furniture(edit_words(text, rng), rng)


def edit_words(text: str, rng: random.Random) -> str:
    """Typographic and substantive edits inside the text."""
    if rng.random() < 0.5:
        text = text.replace("U.S.-North", "U.S.North", 1)            # a lost hyphen
    if rng.random() < 0.3:
        text = text.replace("\"they provide", "\u201cthey provide").replace("discussions,\"", "discussions,\u201d")
    if rng.random() < 0.3:
        text = text.replace("Non-Proliferation", "Nonproliferation")
    for word, other in SUBSTITUTES.items():
        if rng.random() < 0.08:
            text = text.replace(word, other, 1)                        # substantive change
    return text


def edit_furniture(text: str, rng: random.Random) -> str:
    """Furniture removed (export) or added (site banner and share line)."""
    if rng.random() < 0.4:                                             # export furniture removed...
        text = re.sub(r"\n\n\*\*Source URL:\*\* <[^>]+>$", "", text)
        text = text.replace("- [Arms Control Today](#)\n\n", "")
    if rng.random() < 0.4:                                             # ...or site furniture added
        text = BANNER + text.lstrip("\n").replace("## ", "", 1).replace("\n\n", "\nShare this\n\n", 1)
    return text


def witnesses(n: int, seed: int = SEED) -> list[str]:
    rng = random.Random(seed)
    base = base_text()
    return [base] + [make_witness(base, rng) for _ in range(n - 1)]


def words_touched(base: str, spans) -> set[int]:
    """Indices of the base's whitespace-separated words that the spans touch; an insertion
    touches the word it stands in or before."""
    bounds = [(m.start(), m.end()) for m in re.finditer(r"\S+", base)]
    ends = [b for _, b in bounds]
    out = set()
    for s, e in spans:
        if e > s:
            out |= {i for i, (a, b) in enumerate(bounds) if a < e and s < b}
        else:
            out.add(bisect_right(ends, s))
    return out


def ours(texts: list[str]):
    ws = [parse_text(t, id=f"W{i}") for i, t in enumerate(texts)]
    return collate(ws)


def ours_locations(result) -> dict[str, set[int]]:
    base = result.base.text
    return {p.witness: words_touched(base, [(v.base_start, v.base_end) for v in p.variants]) for p in result.pairs}


def collatex_run(texts: list[str]):
    from collatex import Collation
    from collatex import collate as cx_collate

    c = Collation()
    for i, t in enumerate(texts):
        c.add_plain_witness(f"W{i}", t)
    return cx_collate(c, output="json", segmentation=False)


def collatex_locations(doc: str, base: str) -> dict[str, set[int]]:
    import json

    table = json.loads(doc)["table"]
    sigla = json.loads(doc)["witnesses"]
    # character offsets of the base's tokens, by scanning the base text
    offsets, cursor = [], 0
    for cell in table[0]:
        if cell is None:
            offsets.append(None)
            continue
        t = "".join(tok["t"] for tok in cell)
        pos = base.find(t.strip(), cursor)
        offsets.append((pos, pos + len(t.strip())))
        cursor = pos + len(t.strip())
    out = {}
    for w, row in zip(sigla[1:], table[1:]):
        spans = []
        for col, (bcell, cell) in enumerate(zip(table[0], row)):
            bn = "".join(tok["n"] for tok in bcell) if bcell else ""
            wn = "".join(tok["n"] for tok in cell) if cell else ""
            if bn != wn:
                if offsets[col] is not None:
                    spans.append(offsets[col])
                else:  # a gap in the base: the next base token marks the place
                    nxt = next((o for o in offsets[col:] if o is not None), (len(base), len(base)))
                    spans.append((nxt[0], nxt[0]))
        out[w] = words_touched(base, spans)
    return out


def difflib_run(texts: list[str]):
    base = re.findall(r"\S+\s*", texts[0])
    return [difflib.SequenceMatcher(None, base, re.findall(r"\S+\s*", t), autojunk=False).get_opcodes()
            for t in texts[1:]]


def timed(fn, *args):
    t0 = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t0, out


def agreement(a: dict[str, set[int]], b: dict[str, set[int]], slack: int = 1) -> float:
    """Share of variant locations that both tools report, witness by witness: a location
    counts as shared when the other tool reports one within ``slack`` words of it (an
    insertion between two words may be placed before either). 1.0 when both are empty."""
    scores = []
    for w in a:
        x, y = a[w], b.get(w, set())
        if not x and not y:
            scores.append(1.0)
            continue
        near = lambda i, other: any(abs(i - j) <= slack for j in other)  # noqa: E731
        shared = sum(near(i, y) for i in x) + sum(near(j, x) for j in y)
        scores.append(shared / (len(x) + len(y)))
    return sum(scores) / len(scores)


def long_texts(target_bytes: int = 1 << 20, seed: int = SEED) -> tuple[str, str]:
    """Two witnesses of about target_bytes: many paragraphs built from the article, one edited."""
    rng = random.Random(seed)
    base = base_text()
    body = re.findall(r"(?m)^(?:More|The|Also)[^\n]+", base)
    paras, size, n = [], 0, 0
    while size < target_bytes:
        p = f"{n}. " + rng.choice(body)
        paras.append(p)
        size += len(p.encode()) + 2
        n += 1
    a = "## A long report\n\n" + "\n\n".join(paras)
    b = make_witness(a, rng)
    b = "\n\n".join(edit_words(p, rng) if rng.random() < 0.1 else p for p in b.split("\n\n"))
    return a, b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2,5,10,20", help="witness counts compared with CollateX")
    parser.add_argument("--alone", default="100,1000", help="witness counts for ours alone")
    args = parser.parse_args()

    print(f"{'N':>5} {'ours s':>9} {'CollateX s':>11} {'difflib s':>10} {'CollateX/ours':>14} {'difflib/ours':>13} {'same places':>12}")
    for n in [int(x) for x in args.sizes.split(",")]:
        texts = witnesses(n)
        t_ours, result = timed(ours, texts)
        t_cx, doc = timed(collatex_run, texts)
        t_dl, _ = timed(difflib_run, texts)
        agree = agreement(ours_locations(result), collatex_locations(doc, texts[0]))
        print(f"{n:>5} {t_ours:>9.4f} {t_cx:>11.3f} {t_dl:>10.4f} {t_cx / t_ours:>13.0f}x {t_dl / t_ours:>12.2f}x {agree:>11.1%}")
    for n in [int(x) for x in args.alone.split(",")]:
        texts = witnesses(n)
        t_ours, result = timed(ours, texts)
        print(f"{n:>5} {t_ours:>9.3f}   (ours alone; {len(result.variants):,} variants; target for 1,000: < 10 s)")

    a, b = long_texts()
    t_long, result = timed(ours, [a, b])
    tracemalloc.start()  # a second run for memory: tracing slows allocation, so it is not timed
    ours([a, b])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"long texts: {len(a.encode()) / 2**20:.2f} MiB and {len(b.encode()) / 2**20:.2f} MiB collated in "
          f"{t_long:.2f} s (target < 2 s), {len(result.variants):,} variants, "
          f"peak Python memory {peak / 2**20:.0f} MiB ({peak / (len(a) + len(b)):.0f} bytes per input character)")


if __name__ == "__main__":
    main()
