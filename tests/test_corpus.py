"""Every bad-input case through the real command line: the specific outcome, no traceback, no hang."""

import subprocess
import sys
import time

import pytest

from analysis.errors import DocumentError
from analysis.witness import load
from corpus import CASES, LARGE_MB, build


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


def test_large_file_memory_bound(corpus):
    """Loading the large case peaks below 20 times its size in a fresh process."""
    code = ("import resource, sys; from analysis.witness import load; w = load(sys.argv[1]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, str(corpus / "large.txt")], capture_output=True, text=True,
                         timeout=240)
    peak_mib = int(out.stdout.strip()) / 1024
    assert peak_mib < 20 * LARGE_MB + 200, f"peak {peak_mib:.0f} MiB"
