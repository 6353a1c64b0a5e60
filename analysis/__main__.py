"""Command line: ``python -m analysis {inspect,compare,facts,coverage,evaluate,evaluate-facts,findings,reproduce}``.

With ``--json`` the answer is one JSON document on stdout. Errors are one line on
stderr naming the file and the problem, with a non-zero exit; ``--debug`` shows
the traceback instead.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from analysis import paths
from analysis.errors import AnalysisError, DocumentError, one_line
from analysis.evaluate import (
    evaluate_facts,
    evaluate_loader,
    field_accuracy,
    render_fact_accuracy,
    render_side,
    side_accuracy,
)
from analysis.extract.checks import run_checks
from analysis.extract.facts import facts_json, reconcile
from analysis.study import article
from analysis.study.checks import article_checks, is_study_brief
from analysis.text.capture import load
from analysis.text.collate import BY_WEIGHT, collate

EXIT_ERROR = 2
EXIT_INTERNAL = 3


#: Control characters (C0 but newline and tab, DEL, C1) that captured text may carry.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(out: str, json_: bool = False) -> str:
    """``out`` with the control characters of captured text escaped, so a capture cannot drive
    the terminal (an escape sequence, a carriage return over a line); JSON keeps its meaning.

    >>> print(terminal_safe("title: A" + chr(27) + "[2J"))
    title: A\\x1b[2J
    >>> print(terminal_safe('"A' + chr(0x9b) + '"', json_=True))
    "A\\u009b"
    """
    if json_:
        return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", out)
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), out)


def _dump(obj) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False)


# ---------------------------------------------------------------------------
# commands


def cmd_inspect(args) -> str:
    w = load(args.file)
    _warn(w)
    doc = {
        "id": w.id, "path": w.path, "sha256": w.sha256, "bytes": w.size, "encoding": w.encoding,
        "format": w.format,
        **w.metadata.as_dict(),
        "blocks": [{"kind": b.kind, "start": b.start, "end": b.end} for b in w.blocks],
        "body": w.body,
        "warnings": w.warnings,
    }
    if args.json:
        return _dump(doc)
    lines = [f"{w.path}  ({w.format}, {w.size} bytes, sha256 {w.sha256[:16]}...)"]
    for k in ("title", "periodical", "issue", "section", "source_url", "dateline", "byline", "authors"):
        if doc[k]:
            lines.append(f"  {k:11} {'; '.join(doc[k]) if isinstance(doc[k], list) else doc[k]}")
    if doc["banner"]:
        b = doc["banner"]
        lines.append("  banner      (site testimonial, not part of the article)")
        for k in ("quote", "author", "role", "date"):
            if b.get(k):
                lines.append(f"    {k:9} {b[k]}")
    if w.format == "listing":
        lines.append("  this is a listing page (several entries), not a single article")
        for e in doc["entries"] or []:
            lines.append(f"    entry     {e['date'] or '':20} {e['title'] or ''} {e['words'] or ''}".rstrip())
    lines.append("  blocks:")
    for b in w.blocks:
        preview = " ".join(b.text.split())
        lines.append(f"    {b.kind:12} {b.start:>6}-{b.end:<6} {preview[:60]}{'...' if len(preview) > 60 else ''}")
    return "\n".join(lines)


def cmd_compare(args) -> str:
    ws = _load_all(args.files)
    c = collate(ws)
    _WARNINGS.extend(c.warnings)
    if args.json:
        return _dump({
            "witnesses": [{"id": w.id, "path": w.path, "sha256": w.sha256, "format": w.format} for w in ws],
            "base": c.base.id,
            "similarity": [{"base": p.base, "witness": p.witness, "similarity": round(p.similarity, 4),
                            "related": p.related} for p in c.pairs],
            "variants": [{
                "block": v.block, "category": v.category,
                "readings": {v.base: v.base_reading, v.witness: v.witness_reading},
                "spans": {v.base: [v.base_start, v.base_end], v.witness: [v.witness_start, v.witness_end]},
            } for v in c.variants],
            "warnings": c.warnings,
        })
    out = [f"base: {c.base.id} ({c.base.format})"]
    for p in c.pairs:
        counts = p.category_counts(BY_WEIGHT)
        out.append(f"{p.witness}: similarity {p.similarity:.3f}"
                   + ("" if p.related else "  (different articles)") + "  "
                   + ", ".join(f"{n} {k}" for k, n in counts.items()))
        for v in p.variants:
            out.append(f"  {v.category:11} {v.block:11} {v.base_reading.strip()[:40]!r:44} -> {v.witness_reading.strip()[:40]!r}")
    return "\n".join(out)


def _load_all(paths_: list[str]):
    ws = []
    for n, path in enumerate(paths_):
        w = load(path)
        for o in ws:
            if o.sha256 == w.sha256:
                _WARNINGS.append(f"{w.path} and {o.path} are identical (same SHA-256)")
        if any(w.id == o.id for o in ws):
            w.id = f"{w.id}#{n + 1}"
        _warn(w)
        ws.append(w)
    return ws


#: Warnings of the running command, shown only if it succeeds (a failure is one line).
_WARNINGS: list[str] = []


def _warn(w) -> None:
    _WARNINGS.extend(f"{w.path}: {message}" for message in w.warnings)


def cmd_facts(args) -> str:
    ws = _load_all(args.files)
    for w in ws:
        if not w.is_article:
            raise DocumentError(w.path, f"is a {w.format} capture with no article body; facts need an article")
    facts = reconcile(ws)
    # the article's own checks (its range claim) only for the study's brief; any other brief gets the general ones
    checks = article_checks(facts) if is_study_brief(ws) else run_checks(facts)
    if args.json:
        return _dump({"witnesses": [{"id": w.id, "sha256": w.sha256} for w in ws],
                      "facts": facts_json(facts), "checks": checks.to_dict(orient="records")})
    out = []
    for f in facts:
        spans = ", ".join(f"{w}[{s[0]}:{s[1]}]" for w, s in f.evidence.items() if s)
        out.append(f"{f.fact_id} {f.kind:12} {f.text[:60]!r:64} {spans}")
    out.append("")
    out += [f"{r.verdict:12} {r.check}: {r.detail}" for r in checks.itertuples()]
    return "\n".join(out)


def cmd_evaluate_facts(args) -> str:
    summary, detail = evaluate_facts(args.folder)
    side = side_accuracy(detail)
    if args.json:
        return _dump({"summary": summary, "facts": detail, **({"side": side} if side else {})})
    out = [render_fact_accuracy(summary)] + ([render_side(side)] if side else [])
    if args.misses:
        out += [f"  {r['outcome']:5} {r['brief']} {r['kind']:12} {r['start']}-{r['end']} {r['text']!r}"
                for r in detail if r["outcome"] != "hit"]
    return "\n".join(out)


def outside_lists(codes: list[str], origin: str, range_km: float, min_population: int) -> list:
    """The places beyond range of each country that lists places; a country without listed places
    (Antarctica, Palau) has none to list: its population share is "no data", not a refusal.

    >>> outside_lists(["ATA"], "0,0", 1000.0, 100_000)
    []
    """
    from analysis import geo  # deferred: numpy, pandas and pyproj, only for coverage

    return [geo.outside(c, origin, range_km, min_population) for c in codes if geo.has_places(c)]


#: Places beyond range that ``coverage`` lists unless told otherwise (--max-places).
MAX_PLACES = 20


def _progress_shown(args) -> bool:
    """A progress display only where someone watches it: not with --quiet, and only on a terminal."""
    return not getattr(args, "quiet", False) and sys.stderr.isatty()


def cmd_coverage(args) -> str:
    from analysis import geo  # deferred: numpy, pandas and pyproj, only for this command

    regions = {r.name: r for r in article.US_PLACES if isinstance(r, geo.Region)}
    countries = args.country or list(article.COUNTRIES)
    args.origin = args.origin or article.ORIGIN
    every = [c for c in countries if c.casefold() == "all"]
    codes = None if every else [regions.get(c, c) for c in countries]
    rows = geo.world_coverage((args.range_km,), args.origin, codes,
                              progress=_progress_shown(args) and (codes is None or len(codes) > 5))
    named = [] if codes is None else [c for c in rows.country if c not in regions]
    far = outside_lists(named, args.origin, args.range_km, args.min_population)
    every_place = [r for t in far for r in t.itertuples()]
    # text for a reader is bounded by default; JSON, for a program, is complete unless told otherwise
    limit = args.max_places if args.max_places != -1 else (None if args.json else MAX_PLACES)  # -1: not given
    listed = every_place if limit is None else every_place[:limit]
    if args.json:
        return _dump({
            "rows": [{k: (None if isinstance(v, float) and v != v else v) for k, v in r.items()}
                     for r in rows.to_dict(orient="records")],
            "outside": [{"place": r.place, "country": r.country, "distance_km": r.distance_km} for r in listed],
            "outside_not_listed": len(every_place) - len(listed),
        })
    out = [f"from {rows.origin.iloc[0]} at {args.range_km:,.0f} km (WGS84 geodesics)"]
    for r in rows.itertuples():
        people = ("population: no data" if r.population_share != r.population_share
                  else f"{r.population_share:7.2%} of the population")
        out.append(f"  {r.country}: {r.area_share:7.2%} of the area, {people}  ({r.name})")
        out.append(f"       nearest {r.nearest_km:9,.2f} km at {r.nearest_lat:.4f}, {r.nearest_lon:.4f}; "
                   f"farthest {r.farthest_km:9,.2f} km at {r.farthest_lat:.4f}, {r.farthest_lon:.4f} (lat, lon)")
    shown = {id(r) for r in listed}
    for t in far:
        rows_ = [r for r in every_place if r.country == t.country.iloc[0] and id(r) in shown] if len(t) else []
        if rows_:
            out.append(f"  places of {args.min_population:,}+ people in {t.country.iloc[0]} beyond range"
                       f" ({len(t)}, farthest first):")
            out += [f"    {r.place:24} {r.distance_km:8.1f} km (+{r.beyond_km:.1f})" for r in rows_]
    if len(listed) < len(every_place):
        out.append(f"    ... and {len(every_place) - len(listed)} more (--max-places N or all to list them)")
    out.append("  method: WGS84 geodesics; area on an equal-area grid over every polygon part, population of "
               "GeoNames places with each person counted once, nearest and farthest points from the outlines "
               "(see the method column of --json for each country)")
    return "\n".join(out)


def cmd_evaluate(args) -> str:
    rows = evaluate_loader(args.dir)
    table = field_accuracy(rows)
    if args.json:
        return _dump({"fields": table, "errors": [r for r in rows if not r["correct"]]})
    captures = len({r["capture"] for r in rows})
    out = [f"{captures} captures in {args.dir}", f"  {'field':14} {'correct':>7} / {'scored':<6} accuracy"]
    out += [f"  {t['field']:14} {t['correct']:>7} / {t['scored']:<6} {t['accuracy']:7.1%}" for t in table]
    wrong = [r for r in rows if not r["correct"]]
    for r in wrong:
        out.append(f"  wrong: {r['capture']} {r['field']}: expected {r['expected']!r}, found {r['found']!r}")
    return "\n".join(out)


def cmd_findings(args) -> str:
    from analysis.study import register  # deferred: pandas, only for this command

    results = Path(args.results) if args.results else paths.ROOT / "results"
    if not (results / "manifest.json").is_file():
        raise AnalysisError(f"{paths.relative(results)}: not the results of a run (no manifest.json); run `make reproduce` first")
    table = register.register(results)
    block = register.readme_block(table)
    if args.write:
        readme = paths.ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        start, end = text.find(register.README_START), text.find(register.README_END)
        if start < 0 or end < 0:
            raise AnalysisError(f"README.md: no {register.README_START} ... {register.README_END} markers to write between")
        readme.write_text(text[:start] + block + text[end + len(register.README_END):], encoding="utf-8")
        (paths.ROOT / "docs" / "referee.md").write_text(register.referee(table) + "\n", encoding="utf-8")
        return f"README.md and docs/referee.md written from {paths.relative(results)}"
    return block


def cmd_reproduce(args) -> str:
    params = {}
    if getattr(args, "range_km", None) is not None:
        params["range_km"] = int(args.range_km) if float(args.range_km).is_integer() else args.range_km
    from analysis.study.reproduce import reproduce  # deferred: the notebook machinery, only for this command

    out = reproduce(params=params, progress=not args.quiet)  # bars on a terminal, plain lines otherwise
    return f"results written to {out}"


COMMANDS: dict[str, Callable] = {
    "inspect": cmd_inspect,
    "compare": cmd_compare,
    "facts": cmd_facts,
    "coverage": cmd_coverage,
    "evaluate": cmd_evaluate,
    "evaluate-facts": cmd_evaluate_facts,
    "reproduce": cmd_reproduce,
    "findings": cmd_findings,
}


DESCRIPTION = """\
The study's functions without a notebook: read captures of Arms Control Today pages,
collate them, extract a brief's facts, measure missile range coverage on the WGS84
ellipsoid, score the loader and the extractor on your own files, and rerun the study.

With --json a command prints one JSON document on stdout. Errors are one line on
stderr naming the file and the problem, with exit code 2 (--debug shows a traceback)."""

EPILOG = """\
examples:
  python -m analysis inspect data/raw/001_1942f23e671a4ec5.txt
  python -m analysis coverage --range-km 1300 --country JPN
  python -m analysis reproduce
run `python -m analysis COMMAND --help` for a command's options and an example."""

#: Each subcommand: (one-line description, example). The description is also its line in the top-level help.
ABOUT = {
    "inspect": ("format, metadata (title, issue, banner...) and blocks of one capture",
                "python -m analysis inspect data/raw/001_1942f23e671a4ec5.txt --json"),
    "compare": ("collate two or more captures of one article and list their variants",
                "python -m analysis compare data/raw/*.txt"),
    "facts": ("the facts of a brief (one or more captures of it), with evidence spans and checks",
              "python -m analysis facts data/raw/*.txt"),
    "coverage": ("share of countries' area and population within a missile's range (WGS84 geodesics)",
                 "python -m analysis coverage --origin 39.0,125.75 --range-km 4000 --country GUM"),
    "evaluate": ("accuracy of the loader on a folder of captures with gold JSON files",
                 "python -m analysis evaluate tests/captures"),
    "evaluate-facts": ("recall and precision of the fact extractor on a folder of briefs with gold facts",
                       "python -m analysis evaluate-facts tests/briefs --misses"),
    "findings": ("the study's findings, from the claims register and the tables of a run",
                 "python -m analysis findings --write"),
    "reproduce": ("verify the data, execute every notebook in a fresh kernel, write results/",
                  "python -m analysis reproduce --range-km 1300"),
}

JSON_HELP = "print one JSON document on stdout instead of text"


def _sub(sub, name: str) -> argparse.ArgumentParser:
    """A subcommand whose help gives its description and an example."""
    line, example = ABOUT[name]
    return sub.add_parser(name, help=line, description=line[0].upper() + line[1:] + ".",
                          epilog=f"example:\n  {example}", formatter_class=argparse.RawDescriptionHelpFormatter)


def _count_or_all(value: str) -> int | None:
    """``--max-places``: a count of 0 or more, or ``all`` (None: no limit)."""
    if value.casefold() == "all":
        return None
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected a number of places or 'all', not {value!r}")
    return int(value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=DESCRIPTION, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--debug", action="store_true", help="show the traceback of an error instead of one line")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = _sub(sub, "inspect")
    p.add_argument("file", metavar="FILE", help="a capture (.txt): markdown export, page capture or plain text")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p = _sub(sub, "compare")
    p.add_argument("files", nargs="+", metavar="FILE", help="two or more captures of the same article")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p = _sub(sub, "facts")
    p.add_argument("files", nargs="+", metavar="FILE", help="one or more captures of the same brief")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p = _sub(sub, "coverage")
    default_km = article.RANGE_KM
    p.add_argument("--range-km", type=float, default=float(default_km),
                   help=f"missile range in km (default {default_km})")
    p.add_argument("--origin", default=None,
                   help="ISO3 code of a territory, a launch-site name, or LAT,LON in degrees "
                        "(default: the article's origin, North Korean territory)")
    p.add_argument("--country", action="append", default=None, metavar="ISO3|all",
                   help="country to measure, repeatable, or 'all' for every country "
                        "(default: the countries of the article's claim, KOR and JPN)")
    p.add_argument("--min-population", type=int, default=100_000, metavar="N",
                   help="smallest place listed as outside the range (default 100000)")
    p.add_argument("--max-places", type=_count_or_all, default=-1, metavar="N|all",
                   help=f"list at most N places beyond range, then a count of the rest (default {MAX_PLACES}; "
                        "with --json all unless N is given)")
    p.add_argument("--quiet", action="store_true", help="no progress display (shown only on a terminal)")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p = _sub(sub, "evaluate")
    p.add_argument("dir", metavar="DIR", help="folder of captures NAME.* each beside a gold file NAME.json")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p = _sub(sub, "evaluate-facts")
    p.add_argument("folder", metavar="DIR", help="folder of briefs NAME.txt each beside gold facts NAME.json")
    p.add_argument("--misses", action="store_true", help="list the facts missed and the extra ones")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p = _sub(sub, "findings")
    p.add_argument("--results", default=None, metavar="DIR", help="the results of a run (default: the checkout's results/)")
    p.add_argument("--write", action="store_true", help="write them into README.md and docs/referee.md")
    p = _sub(sub, "reproduce")
    p.add_argument("--range-km", type=float, default=None, metavar="N",
                   help="missile range for the notebooks, in km; writes results-range-km-N/ instead of results/")
    p.add_argument("--quiet", action="store_true", help="no progress display")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _WARNINGS.clear()
    try:
        out = COMMANDS[args.command](args)
    except AnalysisError as exc:
        print(f"error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug, not bad input: say so in one line unless --debug
        if args.debug:
            raise
        print(one_line(f"error: internal error ({exc.__class__.__name__}: {exc}); rerun with --debug for details"),
              file=sys.stderr)
        return EXIT_INTERNAL
    for warning in _WARNINGS:
        print(f"warning: {one_line(warning)}", file=sys.stderr)
    if out:
        try:
            print(terminal_safe(out, json_=getattr(args, "json", False)))
        except BrokenPipeError:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
