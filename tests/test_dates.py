from datetime import date

import pytest

from analysis import dates as D


@pytest.mark.parametrize("text, start, end, precision", [
    ("June 2, 2022", "2022-06-02", "2022-06-02", "day"),
    ("Jun. 2 2022", "2022-06-02", "2022-06-02", "day"),
    ("2 June 2022", "2022-06-02", "2022-06-02", "day"),
    ("June 11-13, 1997", "1997-06-11", "1997-06-13", "day"),
    ("1997-06-11", "1997-06-11", "1997-06-11", "day"),
    ("April 1998", "1998-04", "1998-04", "month"),
    ("June/July 1998", "1998-06", "1998-07", "month"),
    ("December 1998-January 1999", "1998-12", "1999-01", "month"),
    ("December 1998/January 1999", "1998-12", "1999-01", "month"),
    ("Spring 1998", "1998-03", "1998-05", "season"),
    ("Winter 1998/99", "1998-12", "1999-02", "season"),
])
def test_parse(text, start, end, precision):
    assert D.parse(text) == {"start": start, "end": end, "precision": precision}


@pytest.mark.parametrize("text", ["Share this", "February 30, 1998", "July/June 1998", "1997", "Mayor of Hiroshima", ""])
def test_parse_refuses(text):
    assert D.parse(text) is None


def test_bounds_and_edtf():
    assert D.bounds({"start": "1996-04", "end": "1996-04"}) == (date(1996, 4, 1), date(1996, 4, 30))
    assert D.bounds({"start": "1994", "end": "1994"}) == (date(1994, 1, 1), date(1994, 12, 31))
    assert D.bounds(D.parse("Winter 1999/2000")) == (date(1999, 12, 1), date(2000, 2, 29))
    v = D.parse("June 11-13, 1997")
    assert D.edtf(v) == "1997-06-11/1997-06-13"
    assert D.from_edtf(D.edtf(v)) == v
    assert D.edtf(D.parse("June 1997")) == "1997-06"


def test_shift():
    assert D.shift(date(1996, 2, 29), "P1Y") == date(1997, 2, 28)
    assert D.shift(date(1997, 1, 31), "P1M") == date(1997, 2, 28)
    assert D.shift(date(1997, 6, 11), "-P2W") == date(1997, 5, 28)
    with pytest.raises(ValueError):
        D.shift(date(1997, 1, 1), "one year")
