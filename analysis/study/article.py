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
#: The namespace of the study's PROV record.
PROV_NAMESPACE = f"urn:{STUDY_NAME}:"
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
#: The sensitivity analysis of the claim: cut-offs for "nearly all", the step between ranges (from the
#: article's to the estimate's upper figure), and origins: the territory
#: and the launch sites and deployment areas that sources had named by this year.
SENSITIVITY_CUTOFFS = (0.80, 0.85, 0.90, 0.95)
SENSITIVITY_STEP_KM = 50.0
SENSITIVITY_NAMED_BY = 1998
#: The countries the article names, in its order.
COUNTRIES = tuple(CLAIM)
#: The MTCR's 300 km and the 500 km of the improved Scud, drawn with the ranges under test.
REFERENCE_RINGS_KM = (300.0, 500.0)
#: The launch site around which the usual wrong circles are drawn.
CIRCLE_SITE = "Tonghae Satellite Launching Ground"
#: Where the Scuds the article says North Korea sold were based, and the half-width of each map (km).
SCUD_COUNTRIES = ("SYR", "IRN")
SCUD_MAP_HALF_WIDTHS_KM = (1100.0, 1700.0)
#: Scud estimates drawn on those maps: the variants named "Scud..." estimated by the brief's issue.
SCUD_PREFIX = "Scud"

#: The parts of the United States the later missiles are set against. Natural Earth keeps
#: Alaska and Hawaii inside the United States: their polygons are taken by lon/lat box,
#: their places by GeoNames admin-1 code; the contiguous United States is the rest.
ALASKA = Region("Alaska", "USA", ("AK",), ((-180.0, 50.0, -129.0, 72.0), (170.0, 50.0, 180.0, 56.0)))
HAWAII = Region("Hawaii", "USA", ("HI",), ((-179.0, 18.0, -154.0, 29.0),))
CONTIGUOUS_US = Region("contiguous United States", "USA", rest_of=(ALASKA, HAWAII))
#: Wake Island, which Natural Earth keeps in the U.S. Minor Outlying Islands: the polygons in its box.
WAKE = Region("Wake Island", "UMI", (), ((166.5, 19.2, 166.75, 19.35),))
#: Guam and the Northern Mariana Islands (their own Natural Earth territories), Wake Island and the three
#: parts of the United States above.
US_PLACES = ("GUM", "MNP", WAKE, ALASKA, HAWAII, CONTIGUOUS_US)
#: How the study names a place where the map data abbreviates it.
PLACE_NAMES = {"MNP": "Northern Mariana Islands"}
#: Share taken as "wholly within reach" when a place's area and people are counted.
WHOLLY = 0.99


def later_range_km() -> float:
    """The upper figure of :data:`LATER_MISSILE`'s estimate in data/reference/missiles.csv (km).

    >>> later_range_km()
    1300.0
    """
    row = next(r for r in reference.rows("reference/missiles.csv") if r["name"] == LATER_MISSILE)
    return float(row["range_high_km"])
