"""The text modules stay light: no geodesy, plotting or data-frame imports on their import path."""

import subprocess
import sys

HEAVY = ("pyproj", "geopandas", "shapely", "scipy", "matplotlib", "pandas", "numpy")


def test_text_modules_import_no_heavy_packages():
    code = ("import sys, analysis, analysis.witness, analysis.collate, analysis.provenance, analysis.facts, "
            "analysis.checks, analysis.__main__; print(','.join(m for m in %r if m in sys.modules))" % (HEAVY,))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
