"""The brief under study, and every choice the study makes about it, stated once.

The general engines (:mod:`analysis.text`, :mod:`analysis.extract`, :mod:`analysis.geo`,
:mod:`analysis.figures`) take these as arguments; nothing outside :mod:`analysis.study`
imports this module.
"""

from __future__ import annotations

from analysis import reference
from analysis.geo.regions import Region

#: The study's name: its package, its namespace in PROV and RO-Crate records, its SVG id salt.
STUDY_NAME = "nk-missile-talks-1997"
#: The brief, as the export names it.
TITLE = "U.S., North Korea Meet for Missile Discussions"
SOURCE_URL = "https://www.armscontrol.org/act/1997-06/arms-control-today/us-north-korea-meet-missile-discussions"
#: The year of the brief: estimates after it are "later".
YEAR = 1997

#: Where the article puts the launcher: North Korea as a whole.
ORIGIN = "PRK"
#: The range the article states ("about 1,000 km"), in km.
RANGE_KM = 1000
#: The missile whose upper estimate is set beside the article's range, a row of missiles.csv.
LATER_MISSILE = "Nodong"

#: What "nearly all" is taken to mean when the article's claim is tested.
NEARLY_ALL = 0.90
#: The claim country by country, in the article's words: what it says, and the share that makes it hold
#: ("nearly all" is looked up when the verdict is taken, so a caller can test another threshold).
CLAIM = {"KOR": ("all of South Korea", 1.0), "JPN": ("nearly all of Japan", None)}
#: The countries the article names, in its order.
COUNTRIES = tuple(CLAIM)
#: The MTCR's 300 km and the 500 km of the improved Scud, drawn with the ranges under test.
REFERENCE_RINGS_KM = (300.0, 500.0)
#: The launch site around which the usual wrong circles are drawn.
CIRCLE_SITE = "Tonghae Satellite Launching Ground"
#: Where the Scuds the article says North Korea sold were based, and the half-width of each map (km).
SCUD_COUNTRIES = ("SYR", "IRN")
SCUD_MAP_HALF_WIDTHS_KM = (1100.0, 1700.0)
#: Scud estimates drawn on those maps: the variants named "Scud..." estimated before this year.
SCUD_PREFIX, SCUD_BEFORE = "Scud", 2000

#: The parts of the United States the later missiles are set against. Natural Earth keeps
#: Alaska and Hawaii inside the United States: their polygons are taken by lon/lat box,
#: their places by GeoNames admin-1 code; the contiguous United States is the rest.
ALASKA = Region("Alaska", "USA", ("AK",), ((-180.0, 50.0, -129.0, 72.0), (170.0, 50.0, 180.0, 56.0)))
HAWAII = Region("Hawaii", "USA", ("HI",), ((-179.0, 18.0, -154.0, 29.0),))
CONTIGUOUS_US = Region("contiguous United States", "USA", rest_of=(ALASKA, HAWAII))
#: Guam and the Northern Mariana Islands (their own Natural Earth territories) and the three parts above.
US_PLACES = ("GUM", "MNP", ALASKA, HAWAII, CONTIGUOUS_US)
#: Share taken as "wholly within reach" when a place's area and people are counted.
WHOLLY = 0.99


def later_range_km() -> float:
    """The upper figure of :data:`LATER_MISSILE`'s estimate in data/reference/missiles.csv (km).

    >>> later_range_km()
    1300.0
    """
    row = next(r for r in reference.rows("reference/missiles.csv") if r["name"] == LATER_MISSILE)
    return float(row["range_high_km"])
