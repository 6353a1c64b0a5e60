"""make lab, as a reader meets it: the JupyterLab that `make lab` serves (on loopback,
with a test token), looked at through a real headless Chromium driven by Playwright.

Every notebook opens with each committed figure decoded and each committed table
drawn, and no error output; notebook 01 is rerun through the menu (Kernel > Restart
Kernel and Run All Cells) and finishes without an error; a screenshot of notebook
03 is saved to build/lab-03-range-maps.png.

The browser is the one `make browser` obtained (Playwright's own Chromium, or the
system's where Playwright cannot download it); without one these tests fail, never skip.
"""

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request

import nbformat
import pytest

from analysis import paths

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
SCREENSHOT = paths.ROOT / "build" / "lab-03-range-maps.png"
TOKEN = "study-test-token"
# Flags that keep Chromium quiet and offline here: no sandbox (root), no GPU, no
# background fetches, a fresh profile.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STDERR, ERROR = "application/vnd.jupyter.stderr", "application/vnd.jupyter.error"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(base: str, path: str, token: str):
    req = urllib.request.Request(base + path, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(req, timeout=30) as r:
        body = r.read()
        return r.status, (json.loads(body) if r.headers.get_content_type() == "application/json" else body)


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """`make lab` on a free loopback port, with its own Jupyter folders; (base URL, token)."""
    home = tmp_path_factory.mktemp("jupyter")
    # a fresh reader's settings: make lab's own (jupyter/) must keep the news prompt away
    env = {**os.environ, "JUPYTER_DATA_DIR": str(home / "data"), "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
           "JUPYTER_CONFIG_DIR": str(home / "config"), "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces")}
    port = _free_port()
    # expose_app_in_browser: the test opens each notebook through JupyterLab's own commands, in one
    # page, as a reader opens the next file, instead of loading the whole application four times
    args = (f"--no-browser --ip=127.0.0.1 --port={port} --IdentityProvider.token={TOKEN} "
            "--LabServerApp.extension_manager=readonly --LabApp.expose_app_in_browser=True")
    # -o: use the environment as it is (make test has just checked it), never reinstall here
    proc = subprocess.Popen(["make", "--no-print-directory", "-s", "-o", ".venv/.installed", "lab",
                             f"LAB_ARGS={args}"], cwd=paths.ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                get(base, "/api/status", TOKEN)
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("`make lab` did not start JupyterLab") from None
                time.sleep(0.3)
        yield base, TOKEN
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def _executable() -> str | None:
    """The browser `make browser` recorded: None means Playwright's own."""
    record = paths.ROOT / ".venv" / ".browser"
    if record.is_file():
        choice = record.read_text().strip()
        return None if choice == "playwright" else choice
    return shutil.which("chromium")


@contextlib.contextmanager
def chromium(width: int, height: int):
    """A headless Chromium context (the browser `make browser` recorded) in a fresh profile; the test
    fails, never skips, when none starts."""
    from playwright.sync_api import Error, sync_playwright

    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        try:
            context = pw.chromium.launch_persistent_context(
                profile, executable_path=_executable(), headless=True, args=CHROMIUM_ARGS,
                viewport={"width": width, "height": height})
        except Error as exc:
            pytest.fail(f"no headless Chromium could be started ({str(exc).splitlines()[0]}): run `make browser`")
        yield context
        context.close()


@pytest.fixture(scope="module")
def browser():
    with chromium(1280, 1000) as context:
        yield context


#: JupyterLab's own commands, as its File menu uses them: close what is open, open the next notebook.
OPEN_NEXT = """async path => {
  await window.jupyterapp.commands.execute('application:close-all');
  await window.jupyterapp.commands.execute('docmanager:open', {path});
}"""


@pytest.fixture(scope="module")
def pages(browser, lab):
    """One JupyterLab page (its own workspace: no tabs restored from elsewhere) showing one notebook
    at a time: the first opened by its address, the next through JupyterLab's commands, each
    returned once all its cells are drawn (JupyterLab attaches them in turn)."""
    base, token = lab
    page, shown = browser.new_page(), []

    def open_(nb):
        if shown[-1:] != [nb.name]:
            if not shown:
                page.goto(f"{base}/lab/workspaces/lab-test/tree/{nb.name}?token={token}")
            else:
                page.evaluate(OPEN_NEXT, nb.name)
            page.wait_for_function(
                """n => document.querySelectorAll('.jp-NotebookPanel').length === 1 &&
                        document.querySelectorAll('.jp-NotebookPanel .jp-Notebook .jp-Cell').length === n""",
                arg=_committed(nb)["cells"], timeout=60_000)
            shown.append(nb.name)
        return page

    yield open_
    page.close()


def _committed(path) -> dict:
    nb = nbformat.read(path, as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    return {"cells": len(nb.cells), "code": sum(c.cell_type == "code" for c in nb.cells),
            "images": sum("image/png" in o.get("data", {}) for o in outputs),
            # rows of each table, in order (a table may hold only its header)
            "tables": [h.count("<tr") for o in outputs if "<table" in (h := o.get("data", {}).get("text/html", ""))],
            "errors": sum(o.output_type == "error" or o.get("name") == "stderr" for o in outputs)}


RENDERED = """(bad) => {
  const outs = [...document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea-output')];
  return {
    cells: document.querySelectorAll('.jp-NotebookPanel .jp-Notebook .jp-Cell').length,
    images: [...document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea-output img')]
              .map(i => i.complete && i.naturalWidth > 0 && i.naturalHeight > 0),
    tables: [...document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea-output table')]
              .map(t => t.getBoundingClientRect().height > 0 ? t.querySelectorAll('tr').length : 0),
    errors: outs.filter(o => bad.includes(o.getAttribute('data-mime-type')))
                .map(o => o.textContent.slice(0, 300)),
    prompts: [...document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell .jp-InputArea-prompt')]
               .map(p => p.textContent.trim()),
  };
}"""


def test_lab_page_is_served(lab):
    status, body = get(*lab[:1], "/lab", lab[1])
    assert status == 200 and b"JupyterLab" in body


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_shows_every_committed_figure_and_table(pages, nb):
    committed = _committed(nb)
    assert committed["errors"] == 0
    page = pages(nb)
    shown = page.evaluate(RENDERED, [STDERR, ERROR])
    assert shown["cells"] == committed["cells"]
    assert len(shown["images"]) == committed["images"] and all(shown["images"]), shown["images"]
    assert shown["tables"] == committed["tables"]
    assert shown["errors"] == []
    _first_screen(page, nb)
    if nb.name.startswith("03-"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
        page.locator(".jp-NotebookPanel .jp-OutputArea-output img").first.scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOT))


FIRST_SCREEN = """() => {
  const cells = [...document.querySelectorAll('.jp-NotebookPanel .jp-Cell')];
  const within = el => { const r = el.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; };
  const visible = cells.filter(within).map(c => c.textContent);
  return {text: visible.join('\\n'),
          toasts: [...document.querySelectorAll('.Toastify__toast')].map(t => t.textContent.slice(0, 200))};
}"""


def _first_screen(page, nb):
    """What a reader sees on opening: the question and its computed answer, no checksum table, no
    pop-up (the news prompt comes a moment after the page; wait for it); saved as a screenshot."""
    page.evaluate("() => document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer')?.scrollTo(0, 0)")
    # the news prompt, where it is on, comes a moment after the first page: wait once, on the first notebook
    page.wait_for_timeout(1500 if nb.name.startswith("01-") else 200)
    seen = page.evaluate(FIRST_SCREEN)
    page.screenshot(path=str(SCREENSHOT.with_name(f"lab-{nb.stem}-first-screen.png")))
    assert seen["toasts"] == []
    assert "Question." in seen["text"] and "Answer" in seen["text"], seen["text"][:500]
    assert re.search(r"\((holds|fails|imprecise|cannot check); P\d\d\)", seen["text"]), seen["text"][:2000]
    assert "data files verified" in seen["text"] and "countries.geojson" not in seen["text"]  # no checksum table


def test_notebook_01_reruns_from_the_menu_without_error(pages):
    nb = NOTEBOOKS[0]
    assert nb.name.startswith("01-")
    committed = _committed(nb)
    page = pages(nb)
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
    # count the cells that pass through "[*]" (queued or running): proof the rerun happened
    page.evaluate("""() => {
      window.__ran = new Set();
      new MutationObserver(() => document.querySelectorAll('.jp-CodeCell').forEach((c, i) => {
        if (c.querySelector('.jp-InputArea-prompt')?.textContent.includes('*')) window.__ran.add(i);
      })).observe(document.querySelector('.jp-Notebook'), {subtree: true, childList: true, characterData: true});
    }""")
    page.click(".lm-MenuBar-itemLabel:text-is('Kernel')")
    page.click(".lm-Menu-itemLabel:has-text('Restart Kernel and Run All Cells')")
    page.click(".jp-Dialog-button.jp-mod-accept")
    deadline = time.monotonic() + 180
    while True:
        shown = page.evaluate(RENDERED, [STDERR, ERROR])
        ran = page.evaluate("window.__ran.size")
        idle = page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").count() == 1
        if idle and ran and not any("*" in p for p in shown["prompts"]):
            break
        assert time.monotonic() < deadline, f"the kernel did not finish: {shown['prompts']}"
        time.sleep(0.25)
    assert ran == committed["code"]
    # a fresh kernel numbers the cells 1, 2, 3...
    assert shown["prompts"] == [f"[{i}]:" for i in range(1, committed["code"] + 1)]
    assert shown["errors"] == []
    assert len(shown["images"]) == committed["images"] and all(shown["images"])
    assert shown["tables"] == committed["tables"]


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_served_and_trusted(lab, nb):
    """make lab marks the committed outputs trusted, so they render as saved."""
    base, token = lab
    status, model = get(base, f"/api/contents/{nb.name}?content=1", token)
    assert status == 200 and model["type"] == "notebook" and model["name"] == nb.name
    cells = [c for c in model["content"]["cells"] if c["cell_type"] == "code"]
    assert cells and all(c["metadata"].get("trusted") is True for c in cells), "outputs would not render as trusted"


def test_kernel_is_the_study_environment(lab):
    base, token = lab
    _, specs = get(base, "/api/kernelspecs", token)
    assert specs["default"] == "python3" and "python3" in specs["kernelspecs"]
