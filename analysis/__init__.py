"""A research package in two wings: general engines and the study that uses them.

The engines read captures of a site's pages (``analysis.text``), extract the facts of
a brief (``analysis.extract``), measure range coverage on the WGS84 ellipsoid
(``analysis.geo``) and draw (``analysis.figures``); ``analysis.study`` holds everything
about the one brief the study is about. The text modules import no geodesy; ``geo`` and
``figures`` load pyproj, shapely, geopandas and matplotlib (see docs/architecture.md).
"""

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

from analysis.errors import AnalysisError, DataIntegrityError, DocumentError

#: The distribution that installs this package: the project's name in pyproject.toml
#: (named, not searched for among every installed distribution, which costs 0.1 s a process).
DISTRIBUTION = "nk-missile-talks-1997"

try:
    __version__ = _version(DISTRIBUTION)
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

__all__ = ["AnalysisError", "DataIntegrityError", "DocumentError", "__version__"]
