"""Write the gold facts of each brief (NAME.json) from the annotations below.

The annotations are written by hand, in reading order: kind, the words as they
stand in the brief, and the value a careful reader gives them. Offsets are not
typed: this script finds each annotation's words after the previous annotation
of the same words, so every span is exact. Run: python tests/briefs/annotate.py
"""

from __future__ import annotations

import re
from pathlib import Path

from marks import write

HERE = Path(__file__).resolve().parent


def P(text, name=None):  # noqa: N802 - a person
    return ("person", text, {"name": name or re.sub(r"['’]s?$", "", text)})


def PL(text, name, iso3=None):  # noqa: N802 - a place
    return ("place", text, {"name": name, **({"iso3": iso3} if iso3 else {})})


def O(text, name=None):  # noqa: N802,E743 - an organization
    return ("organization", text, {"name": name or text})


def D(text, start, end=None):  # noqa: N802 - a date
    return ("date", text, {"start": start, "end": end or start})


def Q(text, magnitude, unit):  # noqa: N802 - a quantity
    return ("quantity", text, {"magnitude": magnitude, "unit": unit})


US, RU = "United States", "Russia"
GOV = "Government of {}".format

BRIEFS = {
    "01-start-ii-duma": ("2000-05", [
        PL("Russia", RU, "RUS"), D("April 14", "2000-04-14"), D("January 1993", "1993-01"),
        O("Federation Council"), D("April 19", "2000-04-19"), P("Vladimir Putin"), D("May 4", "2000-05-04"),
        P("Putin", "Vladimir Putin"), O("State Duma"), P("Bill Clinton"), P("Igor Ivanov"), O("Moscow", GOV(RU)),
        PL("the United States", US, "USA"), D("1972", "1972"), D("2007", "2007"), D("1997", "1997"),
        O("U.S. Senate"), D("January 1996", "1996-01"), P("Madeleine Albright"),
        O("State Department", "U.S. Department of State"), P("Richard Boucher"), O("Washington", GOV(US)),
        D("this summer", "2000-06", "2000-08"),
    ]),
    "02-ctbt-senate": ("1999-11", [
        O("Senate", "U.S. Senate"), D("October 13", "1999-10-13"), P("Bill Clinton"), D("September 1996", "1996-09"),
        PL("the United States", US, "USA"), D("1992", "1992"), P("Jesse Helms"), O("Foreign Relations Committee", "Senate Foreign Relations Committee"),
        P("Trent Lott"), D("late September", "1999-09-21", "1999-09-30"), P("Joseph Biden"), P("Helms", "Jesse Helms"),
        O("Preparatory Commission"), PL("Vienna", "Vienna", "AUT"),
    ]),
    "03-shahab-3": ("1998-09", [
        PL("Iran", "Iran", "IRN"), D("July 22", "1998-07-22"), P("Ali Shamkhani"), D("three days later", "1998-07-25"),
        Q("about 53 feet", 16.1544, "m"), Q("1,300 kilometers", 1300, "km"), Q("700 to 800 kilograms", 700, "kg"),
        PL("Israel", "Israel", "ISR"), PL("Turkey", "Turkey", "TUR"), PL("Saudi Arabia", "Saudi Arabia", "SAU"),
        PL("North Korea", "North Korea", "PRK"), O("White House"), P("Mike McCurry"), P("Benjamin Netanyahu"),
        O("Tehran", GOV("Iran")), P("Donald Rumsfeld"), O("Congress", "U.S. Congress"), PL("Iran", "Iran", "IRN"),
        PL("the United States", US, "USA"), P("Rumsfeld's", "Donald Rumsfeld"), D("January", "1998-01"), D("July", "1998-07"),
        O("Washington", GOV(US)),
    ]),
    "04-south-asia-tests": ("1998-06", [
        PL("India", "India", "IND"), D("May 11 and 13", "1998-05-11", "1998-05-13"), PL("Pokhran", "Pokhran"),
        PL("Rajasthan", "Rajasthan", "IND"), P("Atal Bihari Vajpayee"), Q("about 43 kilotons", 43, "kt"),
        PL("Pakistan", "Pakistan", "PAK"), D("May 28", "1998-05-28"), D("May 30", "1998-05-30"),
        PL("Chagai Hills", "Chagai Hills"), PL("Baluchistan", "Balochistan", "PAK"), P("Nawaz Sharif"), O("New Delhi", GOV("India")), O("Islamabad", GOV("Pakistan")),
        Q("up to 40 kilotons", 40, "kt"), P("Bill Clinton"), D("1994", "1994"), O("World Bank"),
        O("International Monetary Fund"), O("UN Security Council", "Security Council"), D("June 6", "1998-06-06"),
        PL("India", "India", "IND"), PL("Pakistan", "Pakistan", "PAK"),
    ]),
    "05-cwc-entry": ("1997-05", [
        D("April 29", "1997-04-29"), O("Senate", "U.S. Senate"),
        O("Organization for the Prohibition of Chemical Weapons"), O("OPCW", "Organization for the Prohibition of Chemical Weapons"),
        PL("The Hague", "The Hague", "NLD"), D("May", "1997-05"), P("José Bustani"),
        PL("Russia", RU, "RUS"), Q("about 40,000 metric tons", 40000000, "kg"), PL("The United States", US, "USA"),
        Q("some 31,000 tons", 31000000, "kg"), O("Senate", "U.S. Senate"), P("Trent Lott"), O("Clinton administration"),
        P("Jesse Helms"),
    ]),
    "06-ottawa-landmines": ("1998-01", [
        PL("Ottawa", "Ottawa", "CAN"), D("December 3-4", "1997-12-03", "1997-12-04"), P("Lloyd Axworthy"),
        PL("Canada", "Canada", "CAN"), PL("Ireland", "Ireland", "IRL"), PL("Mauritius", "Mauritius", "MUS"),
        O("International Campaign to Ban Landmines"), P("Jody Williams"), PL("Oslo", "Oslo", "NOR"), D("a week later", "1997-12-10", "1997-12-11"),
        PL("The United States", US, "USA"), P("Bill Clinton"), D("September", "1997-09"), O("Washington", GOV(US)),
        PL("South Korea", "South Korea", "KOR"), PL("Demilitarized Zone", "Demilitarized Zone"), O("Pentagon", "U.S. Department of Defense"), D("2006", "2006"),
        PL("Russia", RU, "RUS"), PL("China", "China", "CHN"), PL("India", "India", "IND"), PL("Pakistan", "Pakistan", "PAK"),
    ]),
    "07-wassenaar": ("1999-01", [
        O("Wassenaar Arrangement"), PL("Vienna", "Vienna", "AUT"), D("December 2-3", "1998-12-02", "1998-12-03"),
        P("William Reinsch"), P("Sune Danielsson"), D("1996", "1996"),
        O("Coordinating Committee for Multilateral Export Controls"), D("March 1994", "1994-03"), D("December", "1999-12"),
    ]),
    "08-taepo-dong": ("1998-09", [
        PL("North Korea", "North Korea", "PRK"), D("August 31", "1998-08-31"), PL("Honshu", "Honshu"),
        PL("Pacific Ocean", "Pacific Ocean"), Q("some 1,600 kilometers", 1600, "km"), O("Pyongyang", GOV("North Korea")),
        O("Korean Central News Agency"), O("KCNA", "Korean Central News Agency"), D("September 4", "1998-09-04"),
        O("U.S. Space Command"), O("Pentagon", "U.S. Department of Defense"), P("Kenneth Bacon"),
        PL("the United States", US, "USA"), O("Tokyo", GOV("Japan")), P("Hiromu Nonaka"), PL("Japan", "Japan", "JPN"),
        O("Korean Peninsula Energy Development Organization"), O("KEDO", "Korean Peninsula Energy Development Organization"),
        D("1994", "1994"), P("Kim Jong Il"), O("Workers' Party of Korea"), O("National Defense Commission"),
    ]),
    "09-npt-review": ("2000-06", [
        PL("New York", "New York", "USA"), D("May 19", "2000-05-19"), D("2000", "2000"), D("April 24", "2000-04-24"),
        D("1995", "1995"), P("Abdallah Baali"), O("Conference on Disarmament"), PL("Geneva", "Geneva", "CHE"),
        O("New Agenda Coalition"), PL("Brazil", "Brazil", "BRA"), PL("Egypt", "Egypt", "EGY"), PL("Ireland", "Ireland", "IRL"),
        PL("Mexico", "Mexico", "MEX"), PL("New Zealand", "New Zealand", "NZL"), PL("South Africa", "South Africa", "ZAF"),
        PL("Sweden", "Sweden", "SWE"), PL("Iraq", "Iraq", "IRQ"), O("International Atomic Energy Agency"),
    ]),
    "10-new-start": ("2010-05", [
        P("Barack Obama"), P("Dmitry Medvedev"), PL("Prague", "Prague", "CZE"), D("April 8", "2010-04-08"),
        P("Rose Gottemoeller"), PL("Geneva", "Geneva", "CHE"), P("Anatoly Antonov"), O("Foreign Ministry", "Foreign Ministry"),
        O("White House"), O("Senate", "U.S. Senate"), D("May", "2010-05"), P("Richard Lugar"), D("this summer", "2010-06", "2010-08"),
        PL("Russia", RU, "RUS"), P("Sergey Lavrov"), O("Moscow", GOV(RU)),
    ]),
    "11-iran-geneva": ("2013-12", [
        PL("Iran", "Iran", "IRN"), PL("Geneva", "Geneva", "CHE"), D("November 24", "2013-11-24"), O("Tehran", GOV("Iran")),
        PL("Iran", "Iran", "IRN"), Q("5 percent", 5, "%"), Q("20 percent", 20, "%"), P("Mohammad Javad Zarif"),
        O("European Union"), P("Catherine Ashton"), P("John Kerry"), Q("about $7 billion", 7000000000, "USD"),
        PL("Iran", "Iran", "IRN"), O("International Atomic Energy Agency"), PL("Natanz", "Natanz"), PL("Fordow", "Fordow"),
        P("Zarif", "Mohammad Javad Zarif"), PL("Iran", "Iran", "IRN"), P("Kerry", "John Kerry"), D("December", "2013-12"),
    ]),
    "12-syria-chemical": ("2013-10", [
        PL("Syria", "Syria", "SYR"), D("October 14", "2013-10-14"), P("John Kerry"), P("Sergey Lavrov"),
        PL("Geneva", "Geneva", "CHE"), O("UN Security Council", "Security Council"), D("September 27", "2013-09-27"),
        O("Organisation for the Prohibition of Chemical Weapons", "Organization for the Prohibition of Chemical Weapons"),
        O("OPCW", "Organization for the Prohibition of Chemical Weapons"), PL("Damascus", "Damascus", "SYR"),
        D("October 1", "2013-10-01"), PL("Syria", "Syria", "SYR"), P("Ahmet Üzümcü"),
        O("OPCW", "Organization for the Prohibition of Chemical Weapons"), Q("roughly 1,000 metric tons", 1000000, "kg"),
        D("mid-2014", "2014-05", "2014-08"), O("OPCW", "Organization for the Prohibition of Chemical Weapons"),
        D("October 11", "2013-10-11"), P("Bashar al-Assad's", "Bashar al-Assad"), D("August 21", "2013-08-21"),
        PL("Damascus", "Damascus", "SYR"),
    ]),
    "13-clinton-no-trip": ("2001-01", [
        P("Bill Clinton"), D("December 28", "2000-12-28"), PL("North Korea", "North Korea", "PRK"),
        O("Pyongyang", GOV("North Korea")), P("George W. Bush"), P("Madeleine Albright"), P("Kim Jong-il"),
        PL("Pyongyang", "Pyongyang", "PRK"), D("October 23-24", "2000-10-23", "2000-10-24"), P("Jo Myong Rok"),
        O("National Defense Commission"), PL("Washington", "Washington", "USA"), PL("Kuala Lumpur", "Kuala Lumpur", "MYS"),
        D("November 1-3", "2000-11-01", "2000-11-03"), P("Robert Einhorn"), P("Jang Chang Chon"),
        O("North Korean Foreign Ministry"), P("Kim Dae-jung's", "Kim Dae-jung"),
        PL("Washington", "Washington", "USA"), PL("North Korea", "North Korea", "PRK"), D("September 1999", "1999-09"),
        PL("Japan", "Japan", "JPN"),
    ]),
    "14-eu-moratorium": ("2001-06", [
        D("2003", "2003"), P("Kim Jong-il"), O("European Union"), PL("Pyongyang", "Pyongyang", "PRK"),
        D("May 2-3", "2001-05-02", "2001-05-03"), P("Göran Persson"), O("EU", "European Union"),
        P("Javier Solana"), P("Persson", "Göran Persson"), P("Kim", "Kim Jong-il"), PL("North Korea", "North Korea", "PRK"),
        O("Bush administration"), D("March", "2001-03"), P("Kim's", "Kim Jong-il"), PL("Washington", "Washington", "USA"),
        O("State Department", "U.S. Department of State"), PL("the United States", US, "USA"), O("Pyongyang", GOV("North Korea")),
        O("Seoul", GOV("South Korea")), D("June 2000", "2000-06"), P("Kim", "Kim Jong-il"), P("Kim Dae-jung"),
    ]),
}


if __name__ == "__main__":
    write(BRIEFS, HERE)
