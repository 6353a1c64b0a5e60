"""Test session setup shared by tests/ and the notebooks nbval runs.

Offline: tests/offline/sitecustomize.py refuses connections to anything but loopback.
It is put on PYTHONPATH here, so every child Python (the command line under test,
the notebook kernels) loads it, and loaded in this process too.
"""

import os
from pathlib import Path

GUARD = Path(__file__).resolve().parent / "tests" / "offline"
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(GUARD), os.environ.get("PYTHONPATH", "")) if p)
import sys  # noqa: E402

sys.path.insert(0, str(GUARD))
import sitecustomize  # noqa: E402,F401  (the guard; a no-op if Python already imported it at start-up)
