"""The suite runs offline: sockets to anything but loopback are refused, in this
process (pytest-socket) and in every child Python, notebook kernels included
(tests/offline/sitecustomize.py, put on PYTHONPATH by the root conftest.py)."""

import os
import socket
import subprocess
import sys

import pytest

TEST_NET = ("192.0.2.1", 80)  # RFC 5737 documentation address: never routed


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_pytest_process_refuses_non_loopback():
    with pytest.raises(Exception) as err:
        socket.create_connection(TEST_NET, timeout=1)
    assert "192.0.2.1" in str(err.value) or "blocked" in str(err.value).lower()


def test_loopback_still_allowed():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    c = socket.create_connection(srv.getsockname(), timeout=5)
    c.close()
    srv.close()


def test_child_processes_and_kernels_refuse_non_loopback():
    assert "tests/offline" in os.environ.get("PYTHONPATH", "").replace(os.sep, "/"), \
        "conftest.py puts tests/offline on PYTHONPATH so that notebook kernels are guarded too"
    code = "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 80), timeout=1)\nexcept OSError as e:\n    print(type(e).__name__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    assert out.strip() == "NetworkBlocked"
