"""The package's imports run one way and the text modules stay light."""

import ast
import subprocess
import sys
from pathlib import Path

from analysis import paths

HEAVY = ("pyproj", "geopandas", "shapely", "scipy", "matplotlib", "pandas", "numpy")
PACKAGE = paths.ROOT / "analysis"


def _files() -> list[tuple[str, Path]]:
    """(node, file) for every module; a subpackage (analysis/extract/) is one node of the graph."""
    return [(p.relative_to(PACKAGE).parts[0] if p.parent != PACKAGE else p.stem, p)
            for p in sorted(PACKAGE.rglob("*.py"))]


def _modules() -> dict[str, ast.Module]:
    trees: dict[str, ast.Module] = {}
    for node, p in _files():
        tree = ast.parse(p.read_text(encoding="utf-8"))
        trees.setdefault(node, ast.Module(body=[], type_ignores=[])).body.extend(tree.body)
    return trees


def _imported(tree: ast.AST, names: set[str]) -> set[str]:
    """The package modules a tree imports, wherever the import stands (function-local ones too)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "analysis":
            rest = node.module.split(".")[1:]
            if rest:
                found.add(rest[0])
            else:  # from analysis import ranges, claim
                found |= {a.name for a in node.names if a.name in names}
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("analysis.")}
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports, from the source (no import is run)."""
    modules = _modules()
    return {name: _imported(tree, set(modules)) - {name, "__init__"} for name, tree in modules.items()}


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
    graph = import_graph()
    assert {"study", "outputs", "claim", "ranges", "reference"} <= set(graph)
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph))


def test_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_arrows_point_down():
    graph = import_graph()
    assert "study" not in graph["outputs"] and "outputs" in graph["study"]
    assert not graph["errors"] and graph["paths"] <= {"errors"}
    assert graph["integrity"] <= {"paths", "errors"}
    # the geodesy knows nothing of the article's claim or of the study's outputs
    assert not graph["ranges"] & {"claim", "outputs", "study", "figures", "checks", "facts"}
    for low in ("errors", "paths", "integrity", "reference", "dates"):
        assert not graph[low] & {"study", "outputs", "claim", "figures", "__main__"}, low


# Modules whose function-local imports are being moved by their own rework.
EXEMPT = {"ranges"}


def test_function_local_imports_say_why():
    """A function-local import defers a heavy library, and its line says so."""
    missing = []
    for _, path in _files():
        if path.stem in EXEMPT:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for func in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(func):
                if isinstance(node, (ast.Import, ast.ImportFrom)) and "#" not in lines[node.lineno - 1]:
                    missing.append(f"{path.name}:{node.lineno}: {lines[node.lineno - 1].strip()}")
    assert not missing, "function-local imports without a reason:\n" + "\n".join(missing)


def test_text_modules_import_no_heavy_packages():
    code = ("import sys, analysis, analysis.witness, analysis.collate, analysis.provenance, analysis.facts, "
            "analysis.checks, analysis.outputs, analysis.reference, analysis.study, analysis.__main__; "
            f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
