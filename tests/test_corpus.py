"""Every bad-input case through the real command line: the specific outcome, no traceback, no hang."""

import subprocess
import sys
import time

import pytest
from captures import TITLE
from corpus import CASES, LARGE_MB, LARGE_SECONDS, build

from analysis.errors import DocumentError
from analysis.text.capture import load


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build(tmp_path_factory.mktemp("corpus"))


def test_corpus_has_enough_cases():
    assert len(CASES) >= 20


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(corpus, case):
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "analysis", *case.argv], cwd=corpus, capture_output=True,
                          text=True, timeout=case.seconds * 4)
    elapsed = time.monotonic() - started
    assert proc.returncode == case.exit, proc.stderr
    assert "Traceback" not in proc.stderr
    for words in case.stderr:
        assert words in proc.stderr, (words, proc.stderr)
    for words in case.stdout:
        assert words in proc.stdout, (words, proc.stdout[:500])
    if case.exit:
        assert len(proc.stderr.strip().splitlines()) == 1 and proc.stdout == ""
    assert elapsed < case.seconds, f"{case.name} took {elapsed:.1f} s"


def test_unreadable_file(corpus, monkeypatch):
    # Permissions do not stop root, so the OS error is injected where the file is opened.
    import os

    real = os.open

    def denied(path, *args, **kwargs):
        if str(path).endswith("unreadable.txt"):
            raise PermissionError(13, "Permission denied")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(DocumentError, match=r"unreadable.txt: permission denied"):
        load(corpus / "unreadable.txt")


def test_large_file_within_bounds(corpus):
    """The large case through the command line: loads, in time, and peaks below 20 times its size."""
    # The peak of this process's own memory: VmHWM (Linux) starts afresh at exec, whereas ru_maxrss
    # keeps the high-water mark of the test worker it was forked from (hundreds of MiB after the maps).
    code = ("import re, resource, sys; from pathlib import Path; from analysis.__main__ import main; "
            "rc = main(['inspect', sys.argv[1]]); s = Path('/proc/self/status'); "
            "m = re.search(r'VmHWM:\\s+(\\d+)', s.read_text()) if s.exists() else None; "
            "print(m.group(1) if m else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); "
            "sys.exit(rc)")
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code, str(corpus / "large.txt")], capture_output=True, text=True,
                         timeout=LARGE_SECONDS * 4)
    elapsed = time.monotonic() - started
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert "markdown-export" in out.stdout and TITLE in out.stdout
    assert elapsed < LARGE_SECONDS, f"took {elapsed:.1f} s"
    peak_mib = int(out.stderr.strip().splitlines()[-1]) / 1024
    assert peak_mib < 20 * LARGE_MB + 200, f"peak {peak_mib:.0f} MiB"
