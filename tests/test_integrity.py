"""Integrity: one changed byte in data/ stops the study, naming the file."""

import os
import shutil
import subprocess
import sys

import pytest

from analysis import paths
from analysis.errors import DataIntegrityError
from analysis.integrity import verify_data


@pytest.fixture(scope="module")
def tampered(tmp_path_factory):
    """A copy of the project whose first witness has one byte changed."""
    copy = tmp_path_factory.mktemp("project") / "study"
    for name in ("analysis", "data", "notebooks"):
        shutil.copytree(paths.ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(paths.ROOT / "pyproject.toml", copy)
    raw = copy / "data" / "raw" / "000_366c86b813da1289.txt"
    data = bytearray(raw.read_bytes())
    data[100] ^= 0x01
    raw.write_bytes(bytes(data))
    return copy


def _env(copy):
    # the copy's package first on the path, for the command line and the kernels it starts
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(copy), os.environ.get("PYTHONPATH", "")])}


def test_bundled_data_verifies():
    """Every file data/SHA256SUMS lists is verified, and every file under data/ is listed."""
    from analysis import paths
    from analysis.integrity import read_checksums

    listed = read_checksums()
    assert verify_data() == listed
    on_disk = {p.relative_to(paths.DATA).as_posix() for sub in ("raw", "reference", "geo")
               for p in (paths.DATA / sub).iterdir() if p.suffix in (".txt", ".csv", ".geojson")}
    assert on_disk == set(listed)


def test_verify_names_the_changed_file(tampered):
    with pytest.raises(DataIntegrityError, match=r"000_366c86b813da1289.txt: checksum mismatch"):
        verify_data(tampered / "data" / "SHA256SUMS")


def test_missing_file_named(tmp_path):
    (tmp_path / "SHA256SUMS").write_text("0" * 64 + "  raw/gone.txt\n")
    with pytest.raises(DataIntegrityError, match=r"gone.txt: listed in data/SHA256SUMS but missing"):
        verify_data(tmp_path / "SHA256SUMS")


def test_reproduce_refuses(tampered):
    proc = subprocess.run([sys.executable, "-m", "analysis", "reproduce", "--quiet"], cwd=tampered,
                          env=_env(tampered), capture_output=True, text=True, timeout=300)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1
    assert "data/raw/000_366c86b813da1289.txt: checksum mismatch" in lines[0]
    assert not (tampered / "results").exists()


def test_notebook_refuses(tampered):
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(tampered / "notebooks" / "01-provenance.ipynb", as_version=4)
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = _env(tampered)["PYTHONPATH"]
    try:
        client = NotebookClient(nb, timeout=300, kernel_name="python3",
                                resources={"metadata": {"path": str(tampered / "notebooks")}})
        with pytest.raises(CellExecutionError) as err:
            client.execute(stderr=subprocess.DEVNULL)
    finally:
        if old is None:
            os.environ.pop("PYTHONPATH")
        else:
            os.environ["PYTHONPATH"] = old
    assert "DataIntegrityError" in str(err.value)
    assert "000_366c86b813da1289.txt: checksum mismatch" in str(err.value)
