"""binder/ (repo2docker) stays the study's locked environment: its runtime is a Python
the lock was resolved for, its requirements are the lock, and its postBuild, run in a
copy of the project inside an environment made from binder/requirements.txt, installs
the package and trusts every notebook.

Offline: the environment comes from uv's cache (filled by `make setup`)."""

import os
import re
import shutil
import subprocess
import sys
import tomllib

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from test_wheel import link_bytecode

from analysis import paths

BINDER = paths.ROOT / "binder"
UV = paths.ROOT / ".venv-tools" / "bin" / "uv"
PROJECT = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
RUNTIME = re.fullmatch(r"python-(3\.\d+)\n?", (BINDER / "runtime.txt").read_text(encoding="utf-8"))


def _lock_pythons() -> list[str]:
    make = (paths.ROOT / "Makefile").read_text(encoding="utf-8")
    return re.search(r"^LOCK_PYTHONS\s*:=\s*(.+)$", make, re.M).group(1).split()


def _pins(python: str) -> dict[str, str]:
    """The lock's pins that apply on Linux x86_64 under ``python`` (markers evaluated)."""
    env = {**default_environment(), "python_version": python, "python_full_version": f"{python}.0",
           "sys_platform": "linux", "platform_system": "Linux", "os_name": "posix", "platform_machine": "x86_64",
           "implementation_name": "cpython", "platform_python_implementation": "CPython"}
    text = (paths.ROOT / "requirements.lock").read_text(encoding="utf-8")
    pins: dict[str, str] = {}
    for line in re.findall(r"^([A-Za-z0-9][^\s\\]*(?: ; [^\\]+)?)", text, re.M):
        req = Requirement(line.strip())
        if req.marker is None or req.marker.evaluate(env):
            name = canonicalize_name(req.name)
            assert name not in pins, f"two pins of {name} for Python {python}"
            pins[name] = str(req.specifier)
    return pins


def test_runtime_is_a_python_the_lock_covers():
    assert RUNTIME, "binder/runtime.txt must read python-3.X"
    assert RUNTIME.group(1) in _lock_pythons()
    assert SpecifierSet(PROJECT["requires-python"]).contains(f"{RUNTIME.group(1)}.0")


def test_requirements_are_the_lock():
    lines = [ln for ln in (BINDER / "requirements.txt").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    assert lines == ["-r ../requirements.lock"]
    assert (BINDER / "../requirements.lock").resolve() == paths.ROOT / "requirements.lock"


def test_lock_pins_every_dependency_exactly_for_the_runtime():
    pins = _pins(RUNTIME.group(1))
    wanted = [Requirement(r) for r in PROJECT["dependencies"] + PROJECT["optional-dependencies"]["test"]]
    for req in wanted:
        name = canonicalize_name(req.name)
        assert name in pins and pins[name].startswith("=="), name
    assert all(spec.startswith("==") for spec in pins.values())


@pytest.fixture(scope="module")
def binder_home(tmp_path_factory):
    """A copy of the project, an environment made from binder/requirements.txt, postBuild run in it."""
    assert UV.is_file(), f"{UV} is missing: run `make setup`"
    tmp = tmp_path_factory.mktemp("binder")
    repo, env, jupyter = tmp / "repo", tmp / "env", tmp / "jupyter"
    shutil.copytree(paths.ROOT, repo, ignore=shutil.ignore_patterns(".git", ".venv*", "results*", "build",
                                                                   "*.egg-info", "__pycache__", ".hypothesis"))
    # as on Binder: Python caches the bytecode it compiles (the commands below share it)
    base = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONDONTWRITEBYTECODE")}
    run = lambda *a, **kw: subprocess.run([str(x) for x in a], capture_output=True, text=True,  # noqa: E731
                                          timeout=300, **kw)
    # the study's own interpreter (binder's runtime is checked against the lock above); the
    # standard venv brings pip, which postBuild uses, without the network
    out = run(sys.executable, "-m", "venv", env, env=base)
    assert out.returncode == 0, out.stderr
    out = run(UV, "pip", "sync", "--quiet", "--offline", "--python", env / "bin" / "python",
              repo / "binder" / "requirements.txt", env=base)
    assert out.returncode == 0, out.stderr
    link_bytecode(env)
    post = {**base, "PATH": f"{env / 'bin'}{os.pathsep}{base['PATH']}", "JUPYTER_DATA_DIR": str(jupyter),
            "PIP_NO_INDEX": "1"}
    out = run("bash", repo / "binder" / "postBuild", cwd=repo, env=post)
    assert out.returncode == 0, out.stdout + out.stderr
    return repo, env, post


def test_postbuild_installs_the_package_from_the_checkout(binder_home):
    repo, env, post = binder_home
    out = subprocess.run([env / "bin" / "python", "-c", "import analysis.paths as p; print(p.IN_CHECKOUT, p.ROOT)"],
                         cwd="/", env=post, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", str(repo)]


def test_postbuild_trusts_every_notebook(binder_home):
    repo, env, post = binder_home
    notebooks = sorted(str(p) for p in (repo / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    assert len(notebooks) >= 3
    # `jupyter trust` prints "Signing notebook" for an untrusted one and "already signed" otherwise
    out = subprocess.run([env / "bin" / "jupyter", "trust", *notebooks], env=post, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.count("already signed") + out.stderr.count("already signed") == len(
        notebooks), out.stdout + out.stderr


def test_postbuild_turns_the_news_prompt_off(binder_home):
    """On Binder, as with `make lab`, JupyterLab asks a reader nothing about news or updates."""
    repo, env, _ = binder_home
    installed = env / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert installed.read_text() == (repo / "jupyter" / "settings" / "overrides.json").read_text()
