"""Gold facts of the blind briefs, marked by hand before the extractor was run on them (see ../annotate.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from annotate import GOV, PL, US, D, O, P, Q, write  # noqa: E402

NK, SK = "North Korea", "South Korea"
MILE, FOOT = 1.609344, 0.3048

BRIEFS = {
    "18-kuala-lumpur-july": ("2000-08", [
        PL("Kuala Lumpur", "Kuala Lumpur", "MYS"), D("July 10-12", "2000-07-10", "2000-07-12"),
        O("Pyongyang", GOV(NK)), D("March 1999", "1999-03"), P("Robert Einhorn"), P("Jang Chang Chon"),
        O("North Korean Foreign Ministry"), P("Einhorn", "Robert Einhorn"), PL("North Korea", NK, "PRK"),
        P("Jang", "Jang Chang Chon"), PL("the United States", US, "USA"), Q("$1 billion", 1e9, "USD"),
        PL("North Korea", NK, "PRK"), P("Einhorn", "Robert Einhorn"), O("Pyongyang", GOV(NK)),
        P("Vladimir Putin"), PL("Pyongyang", "Pyongyang", "PRK"), D("July 19", "2000-07-19"), P("Kim Jong-il"),
        O("State Department", "U.S. Department of State"), D("June 19", "2000-06-19"), PL("North Korea", NK, "PRK"),
        D("June 21", "2000-06-21"), O("Central Intelligence Agency"), Q("about 105 feet", 105 * FOOT, "m"),
        Q("some 6,000 kilometers", 6000, "km"), PL("Alaska", "Alaska", "USA"), PL("Hawaii", "Hawaii", "USA"),
    ]),
    "19-jo-myong-rok": ("2000-11", [
        P("Jo Myong Rok"), PL("North Korea", NK, "PRK"), O("National Defense Commission"),
        D("October 9-12", "2000-10-09", "2000-10-12"), PL("Washington", "Washington", "USA"),
        PL("the United States", US, "USA"), P("Jo", "Jo Myong Rok"), P("Kim Jong-il"), P("Bill Clinton"),
        P("Madeleine Albright"), P("William Cohen"),
        D("October 12", "2000-10-12"), PL("North Korea", NK, "PRK"), D("1953", "1953"), P("Wendy Sherman"),
        O("State Department", "U.S. Department of State"), PL("North Korea", NK, "PRK"),
        P("Albright", "Madeleine Albright"), PL("Pyongyang", "Pyongyang", "PRK"),
        P("Jo's", "Jo Myong Rok"), P("Kang Sok Ju"), PL("San Francisco", "San Francisco", "USA"),
        D("October 8", "2000-10-08"), O("Pentagon", "U.S. Department of Defense"), P("Cohen", "William Cohen"),
        P("Jo", "Jo Myong Rok"), PL("South Korea", SK, "KOR"), O("Seoul", GOV(SK)), P("Kim Dae-jung"),
        P("Kim Jong-il"), PL("Pyongyang", "Pyongyang", "PRK"), D("June", "2000-06"),
    ]),
    "20-albright-pyongyang": ("2000-11", [
        P("Madeleine Albright"), P("Kim Jong-il"), PL("Pyongyang", "Pyongyang", "PRK"),
        D("October 23-24", "2000-10-23", "2000-10-24"), PL("North Korea", NK, "PRK"),
        P("Albright", "Madeleine Albright"), PL("North Korea", NK, "PRK"),
        D("October 23", "2000-10-23"), P("Kim", "Kim Jong-il"), P("Albright", "Madeleine Albright"),
        D("August 1998", "1998-08"), PL("Japan", "Japan", "JPN"), O("Pyongyang", GOV(NK)),
        Q("85-foot", 85 * FOOT, "m"), PL("Pacific Ocean", "Pacific Ocean"), Q("some 1,000 miles", 1000 * MILE, "km"),
        PL("Musudan-ri", "Musudan-ri"),
        P("Albright", "Madeleine Albright"), PL("Seoul", "Seoul", "KOR"), D("October 25", "2000-10-25"),
        P("Lee Joung-binn"), P("Yohei Kono"), PL("Kuala Lumpur", "Kuala Lumpur", "MYS"),
        D("early this month", "2000-11-01", "2000-11-10"), O("White House"), P("Bill Clinton"),
    ]),
    "21-kuala-lumpur-november": ("2000-12", [
        PL("Kuala Lumpur", "Kuala Lumpur", "MYS"), D("November 3", "2000-11-03"), O("Pyongyang", GOV(NK)),
        P("Robert Einhorn"),
        P("Kim Jong-il's", "Kim Jong-il"), O("Washington", GOV(US)), Q("500 kilograms", 500, "kg"),
        Q("at least 300 kilometers", 300, "km"), O("Missile Technology Control Regime"),
        Q("about 800 miles", 800 * MILE, "km"), PL("North Korea", NK, "PRK"), PL("Pakistan", "Pakistan", "PAK"),
        PL("Iran", "Iran", "IRN"),
        O("Clinton administration"), PL("Pyongyang", "Pyongyang", "PRK"), D("January 20", "2001-01-20"),
        P("Jang Chang Chon"), O("State Department", "U.S. Department of State"),
    ]),
    "22-bush-review": ("2001-07", [
        P("George W. Bush"), D("June 6", "2001-06-06"), PL("North Korea", NK, "PRK"), O("Pyongyang", GOV(NK)),
        PL("North Korea", NK, "PRK"), D("1994", "1994"), PL("South Korea", SK, "KOR"),
        P("Kim Dae-jung's", "Kim Dae-jung"), PL("Washington", "Washington", "USA"), D("March 7", "2001-03-07"),
        P("Bush", "George W. Bush"), PL("North Korea", NK, "PRK"), P("Colin Powell"), D("a day earlier", "2001-03-06"),
        PL("New York", "New York", "USA"), D("last month", "2001-06"), P("Jack Pritchard"),
        O("State Department", "U.S. Department of State"), P("Li Hyong Chol"), PL("North Korea", NK, "PRK"),
        O("United Nations"), O("Pyongyang", GOV(NK)), D("June 18", "2001-06-18"), O("Washington", GOV(US)),
        Q("1,000-megawatt", 1000, "MW"), D("1994", "1994"), Q("$4.6 billion", 4.6e9, "USD"), P("Kim Jong-il"),
        O("European Union"), P("Göran Persson"), D("May", "2001-05"), PL("North Korea", NK, "PRK"),
        D("2003", "2003"),
    ]),
}


if __name__ == "__main__":
    write(BRIEFS, HERE)
