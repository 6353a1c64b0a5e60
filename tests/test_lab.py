"""make lab: a real JupyterLab server on loopback serves every notebook, trusted to render."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from analysis import paths

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    home = tmp_path_factory.mktemp("jupyter")
    env = {**os.environ, "JUPYTER_DATA_DIR": str(home / "data"), "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
           "JUPYTER_CONFIG_DIR": str(home / "config"), "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces")}
    # what `make lab` does first: mark the committed outputs as trusted
    subprocess.run([sys.executable, "-m", "jupyter", "trust", *map(str, NOTEBOOKS)], env=env, check=True,
                   capture_output=True)
    port, token = _free_port(), "study-test-token"
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={paths.NOTEBOOKS}",
         "--ServerApp.open_browser=False", "--LabApp.news_url=", "--LabServerApp.extension_manager=readonly",
         *(["--allow-root"] if os.geteuid() == 0 else [])],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                get(base, "/api/status", token)
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("JupyterLab did not start") from None
                time.sleep(0.5)
        yield base, token
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def get(base: str, path: str, token: str):
    req = urllib.request.Request(base + path, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(req, timeout=30) as r:
        body = r.read()
        return r.status, (json.loads(body) if r.headers.get_content_type() == "application/json" else body)


def test_lab_page_is_served(lab):
    status, body = get(*lab[:1], "/lab", lab[1])
    assert status == 200 and b"JupyterLab" in body


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_served_and_trusted(lab, nb):
    base, token = lab
    status, model = get(base, f"/api/contents/{nb.name}?content=1", token)
    assert status == 200 and model["type"] == "notebook" and model["name"] == nb.name
    cells = [c for c in model["content"]["cells"] if c["cell_type"] == "code"]
    assert cells and all(c["outputs"] for c in cells[:1])
    assert all(c["metadata"].get("trusted") is True for c in cells), "outputs would not render as trusted"


def test_kernel_is_the_study_environment(lab):
    base, token = lab
    _, specs = get(base, "/api/kernelspecs", token)
    assert specs["default"] == "python3" and "python3" in specs["kernelspecs"]
