"""A research package in two wings: general engines and the study that uses them.

The engines read captures of a site's pages (``analysis.text``), extract the facts of
a brief (``analysis.extract``), measure range coverage on the WGS84 ellipsoid
(``analysis.geo``) and draw (``analysis.figures``); ``analysis.study`` holds everything
about the one brief the study is about. The text modules import no geodesy; ``geo`` and
``figures`` load pyproj, shapely, geopandas and matplotlib (see docs/architecture.md).
"""

from importlib.metadata import PackageNotFoundError, packages_distributions
from importlib.metadata import version as _version

from analysis.errors import AnalysisError, DataIntegrityError, DocumentError

try:
    # the distribution that installed this package (its name is the project's, in pyproject.toml)
    __version__ = _version(packages_distributions()[__name__][0])
except (PackageNotFoundError, KeyError):  # running from a source tree that was not installed
    __version__ = "0+unknown"

__all__ = ["AnalysisError", "DataIntegrityError", "DocumentError", "__version__"]
