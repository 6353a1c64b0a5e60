"""The wheel: built from the project, installed into a fresh environment in a temporary
folder outside the checkout, its command line gives the same answers as the checkout's.

Offline: the wheel is built with the locked setuptools (no build isolation, no index);
uv installs the lock and then the wheel with --offline from its cache, which `make setup`
filled when it synced the lock; nothing is fetched. (`uv pip install --offline WHEEL`
with dependency resolution does not work here: resolving needs the registry's index
pages, which the cache does not keep for offline use.)
"""

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from analysis import paths

UV = paths.ROOT / ".venv-tools" / "bin" / "uv"
# What a source distribution of the study holds; everything else (environments,
# results, build folders of earlier runs) stays out of the build.
IGNORED = shutil.ignore_patterns(".git", ".venv*", "results*", "build", "*.egg-info", "__pycache__",
                                 ".hypothesis", ".pytest_cache", "tests", "benchmarks", "binder")


# A user's environment: no virtual environment of ours active, and Python free to cache the
# bytecode it compiles (a machine that sets PYTHONDONTWRITEBYTECODE would otherwise recompile
# numpy, pandas and the geodesy libraries from source in every command run here).
ENV = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONDONTWRITEBYTECODE")}


def _run(args, cwd, check=True, **kw):
    kw.setdefault("env", ENV)
    out = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=300, **kw)
    if check:
        assert out.returncode == 0, f"{args[:3]} failed:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}"
    return out


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(the fresh environment's nkstudy, a folder of the user's files outside the checkout)."""
    assert UV.is_file(), f"{UV} is missing: run `make setup`, which installs uv into .venv-tools"
    tmp = tmp_path_factory.mktemp("wheel")
    src, dist, env, user = tmp / "src", tmp / "dist", tmp / "env", tmp / "user"
    shutil.copytree(paths.ROOT, src, ignore=IGNORED)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
          "--quiet", "-w", dist, src], cwd=tmp)
    wheels = sorted(dist.glob("*.whl"))
    assert len(wheels) == 1, wheels
    env_vars = {k: v for k, v in ENV.items() if k != "PYTHONPATH"}
    _run([UV, "venv", "--quiet", "--offline", "--python", sys.executable, env], cwd=tmp, env=env_vars)
    py = env / "bin" / "python"
    # the locked dependencies (hashes checked), then the wheel; `uv pip check` proves the
    # wheel's own requirements are met by them
    _run([UV, "pip", "sync", "--quiet", "--offline", "--python", py, "--require-hashes",
          paths.ROOT / "requirements.lock"], cwd=tmp, env=env_vars)
    link_bytecode(env)
    _run([UV, "pip", "install", "--quiet", "--offline", "--no-deps", "--python", py, wheels[0]], cwd=tmp, env=env_vars)
    _run([UV, "pip", "check", "--quiet", "--offline", "--python", py], cwd=tmp, env=env_vars)
    user.mkdir()
    for w in sorted(paths.RAW.glob("*.txt")):
        shutil.copy(w, user / f"capture-{w.name[:3]}.txt")
    return env / "bin" / "nkstudy", user


def link_bytecode(env: Path) -> None:
    """The libraries' compiled bytecode, linked from the study's own environment: uv links both environments'
    files from its cache, so each source has the same time and size there and Python takes the bytecode; where
    they differ it compiles the source itself, as a user's first run does. The wheel's own modules are not
    among them: they are compiled fresh."""
    ours = Path(sysconfig.get_paths()["purelib"])
    theirs = next((env / "lib").glob("python*/site-packages"))
    for cache in ours.glob("**/__pycache__"):
        target = theirs / cache.relative_to(ours)
        if target.parent.is_dir() and not target.exists() and "analysis" not in cache.relative_to(ours).parts[:1]:
            target.mkdir()
            for pyc in cache.iterdir():
                try:
                    os.link(pyc, target / pyc.name)
                except OSError:  # another file system: a copy serves as well
                    shutil.copy2(pyc, target / pyc.name)


def test_wheel_carries_tables_and_map_data_not_witnesses(installed):
    nkstudy, user = installed
    site = _run([nkstudy.parent / "python", "-c", "import analysis.paths as p; print(p.DATA)"], cwd=user).stdout.strip()
    data = Path(site)
    assert data.parts[-2:] == ("analysis", "data") and "site-packages" in data.parts
    shipped = {p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file()}
    expected = {p.relative_to(paths.DATA).as_posix() for p in [
        *paths.REFERENCE.glob("*.csv"), *paths.GEO.glob("*.csv"), *paths.GEO.glob("*.geojson"),
        paths.CHECKSUMS, paths.DATA / "README.md"]}
    assert expected <= shipped
    assert not any(name.startswith("raw/") for name in shipped), "the witnesses stay in the checkout"


@pytest.mark.parametrize("command", [
    ["inspect", "capture-000.txt", "--json"],
    ["compare", "capture-000.txt", "capture-001.txt", "--json"],
    ["facts", "capture-000.txt", "capture-001.txt", "--json"],
    ["coverage", "--json"],
    ["coverage", "--range-km", "1300", "--origin", "Musudan-ri", "--json"],
], ids=lambda c: c[0] if "Musudan-ri" not in c else "coverage-site")
def test_installed_command_agrees_with_checkout(installed, command, monkeypatch, capsys):
    """Outside the checkout, on a user's files, the installed command answers as the checkout does
    (the checkout's command run in this process, from the same folder)."""
    from analysis.__main__ import main  # deferred: the checkout's command line, as the installed one is called

    nkstudy, user = installed
    wheel = _run([nkstudy, *command], cwd=user)
    monkeypatch.chdir(user)
    assert main(list(command)) == 0
    assert wheel.stdout.strip().startswith("{")
    assert wheel.stdout == capsys.readouterr().out


def test_reproduce_outside_checkout_says_it_needs_one(installed):
    nkstudy, user = installed
    out = _run([nkstudy, "reproduce", "--quiet"], cwd=user, check=False)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "reproduce needs the study's checkout" in lines[0], out.stderr
    assert sorted(p.name for p in user.iterdir()) == ["capture-000.txt", "capture-001.txt"], "nothing written"
