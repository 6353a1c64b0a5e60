"""A research package in two wings: general engines and the study that uses them.

The engines read captures of a site's pages (``analysis.text``), extract the facts of
a brief (``analysis.extract``), measure range coverage on the WGS84 ellipsoid
(``analysis.geo``) and draw (``analysis.figures``); ``analysis.study`` holds everything
about the one brief the study is about. The text modules import no geodesy; ``geo`` and
``figures`` load pyproj, shapely, geopandas and matplotlib (see docs/architecture.md).
"""

from functools import lru_cache

from analysis.errors import AnalysisError, DataIntegrityError, DocumentError


@lru_cache(maxsize=1)
def _installed_version() -> str:
    """The version of the distribution that installed this package (found by the package, not named
    here); read when first asked for, which a command that never shows the version should not pay.
    The distribution's ``top_level.txt`` names the package: reading those small files is a quarter
    of the cost of :func:`importlib.metadata.packages_distributions`, which parses every
    distribution's metadata (and stays the fallback for one built without that file)."""
    from importlib.metadata import PackageNotFoundError, distributions, packages_distributions, version  # deferred

    for dist in distributions():
        if __name__ in (dist.read_text("top_level.txt") or "").split():
            return dist.version
    try:
        return version(packages_distributions()[__name__][0])
    except (PackageNotFoundError, KeyError):  # running from a source tree that was not installed
        return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["AnalysisError", "DataIntegrityError", "DocumentError", "__version__"]
