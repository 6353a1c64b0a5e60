"""The house in two wings: the general engines know nothing of the brief, imports run one way.

Rooms (a module of analysis/, or a subpackage as one room), bottom to top:
the base (errors, paths, integrity, reference, dates, units), the engines (text,
extract, geo, figures, evaluate), the study (analysis/study/), and the command line.
"""

import ast
import re
import subprocess
import sys
from pathlib import Path

from analysis import paths

HEAVY = ("pyproj", "geopandas", "shapely", "scipy", "matplotlib", "pandas", "numpy")
PACKAGE = paths.ROOT / "analysis"
BASE = {"errors", "paths", "integrity", "reference", "dates", "units"}
#: What each engine may import besides the base: figures over geo, extract over text, evaluate over both.
ENGINES = {"text": set(), "geo": set(), "extract": {"text"}, "figures": {"geo", "text"},
           "evaluate": {"text", "extract"}}
#: The article's choices, which only analysis/study/ (and the command line, which passes them) may name.
STUDY_WORDS = re.compile(r"""["'](?:KOR|JPN|PRK|SYR|IRN|GUM)["']|Scud|Hwasong|Nodong|Taepodong|Musudan|Tonghae|"""
                         r"""nk-missile-talks|South Korea|\b1997\b""")
MAX_LINES = 450


def _room(p: Path) -> str:
    rel = p.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imported(tree: ast.AST) -> set[str]:
    """Dotted names of the package modules a tree imports, wherever the import stands."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "analysis":
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("analysis")}
    return found


def _module(p: Path) -> str:
    parts = p.relative_to(paths.ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def module_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports (from the source; nothing is run)."""
    trees = {_module(p): ast.parse(p.read_text(encoding="utf-8")) for p in _files()}
    return {m: {d for d in _imported(t) if d in trees and d != m and d != "analysis"} for m, t in trees.items()}


def room_graph() -> dict[str, set[str]]:
    """Room -> the rooms it imports."""
    rooms: dict[str, set[str]] = {}
    for p in _files():
        deps = {d.split(".")[1] for d in _imported(ast.parse(p.read_text(encoding="utf-8"))) if d.count(".") >= 1}
        rooms.setdefault(_room(p), set()).update(deps - {_room(p), "__init__", "__version__"})
    return rooms


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules (first == last), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        path.append(m)
        for n in sorted(graph.get(m, ())):
            if state.get(n) == 1:
                return path[path.index(n):] + [n]
            if n not in state and (found := visit(n)):
                return found
        path.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state and (found := visit(m)):
            return found
    return None


def test_no_import_cycle():
    graph = module_graph()
    # a package's __init__ that re-exports its modules is not an arrow back into them
    graph = {m: {d for d in deps if not m.startswith(d + ".")} for m, deps in graph.items()}
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph))


def test_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_only_the_command_line_uses_both_wings():
    """Nothing outside analysis/study/ imports it but __main__, the one room that uses both wings."""
    graph = room_graph()
    users = sorted(r for r, deps in graph.items() if "study" in deps and r not in ("study", "__main__"))
    assert not users, f"these rooms import analysis.study: {users}"


def test_arrows_point_down():
    graph = room_graph()
    for room in BASE:
        assert graph.get(room, set()) <= BASE, (room, graph[room] - BASE)
    for room, allowed in ENGINES.items():
        assert graph[room] <= BASE | allowed, (room, graph[room] - BASE - allowed)
    assert set(graph) <= BASE | set(ENGINES) | {"study", "__main__", "__init__"}, "a room outside the plan"


def test_engines_name_no_choice_of_the_study():
    """The general engines take the article's countries, ranges and missiles as arguments."""
    named = []
    for p in _files():
        if _room(p) in ("study", "__main__", "__init__"):
            continue
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if STUDY_WORDS.search(line):
                named.append(f"{p.relative_to(paths.ROOT)}:{n}: {line.strip()}")
    assert not named, "the study's choices named in an engine:\n" + "\n".join(named)


def test_rooms_are_small():
    big = {str(p.relative_to(paths.ROOT)): n for p in _files()
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not big, f"modules above {MAX_LINES} lines: {big}"


def test_function_local_imports_say_why():
    """A function-local import defers a heavy library (or breaks no cycle), and its line says so."""
    missing = []
    for path in _files():
        lines = path.read_text(encoding="utf-8").splitlines()
        for func in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(func):
                if isinstance(node, (ast.Import, ast.ImportFrom)) and "#" not in lines[node.lineno - 1]:
                    missing.append(f"{path.name}:{node.lineno}: {lines[node.lineno - 1].strip()}")
    assert not missing, "function-local imports without a reason:\n" + "\n".join(missing)


def test_text_modules_import_no_heavy_packages():
    code = ("import sys, analysis, analysis.text, analysis.extract, analysis.evaluate, analysis.reference, "
            "analysis.study, analysis.study.article, analysis.geo.regions, analysis.__main__; "
            f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
