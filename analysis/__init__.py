"""A reproducible study of one Arms Control Today news brief (the June/July 1997 issue).

The text modules (``witness``, ``collate``, ``provenance``, ``facts``) import no
geodesy; ``ranges``, ``claim`` and ``figures`` load pyproj, shapely, geopandas and matplotlib.
"""

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

from analysis.errors import AnalysisError, DataIntegrityError, DocumentError

try:
    __version__ = _version("nk-missile-talks-1997")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

__all__ = ["AnalysisError", "DataIntegrityError", "DocumentError", "__version__"]
