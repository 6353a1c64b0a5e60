"""Gold facts of the new blind briefs, marked by hand before the extractor was run on them.

The conventions are those of ../README.md; the constructors, and the person's ``role`` and
``side`` beside its value, those of ../marks.py. Run: python annotate.py (offsets are found,
never typed; every span is checked).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from marks import GOV, PL, RU, US, D, O, P, Q, write  # noqa: E402

FOOT = 0.3048
OPCW = "Organization for the Prohibition of Chemical Weapons"

BRIEFS = {
    "30-us-chemical-stockpile": ("2023-08", [
        PL("The United States", "United States", "USA"), D("July 7", "2023-07-07"), PL("Blue Grass Army Depot", "Blue Grass Army Depot", "USA"),
        PL("Kentucky", "Kentucky", "USA"), D("the 1980s", "1980", "1989"),
        P("Joe Biden", side="USA", role="President"), O("Senate", "U.S. Senate"), D("1997", "1997"),
        PL("Pueblo Chemical Depot", "Pueblo Chemical Depot", "USA"), PL("Colorado", "Colorado", "USA"),
        D("June", "2023-06"), O("U.S. Army"), Q("roughly 28,000 metric tons", 28000000, "kg"),
        P("Fernando Arias", role="director-general of the Organisation for the Prohibition of Chemical Weapons (OPCW)"),
        O("Organisation for the Prohibition of Chemical Weapons", OPCW), O("OPCW", OPCW), O("OPCW", OPCW),
        US, RU, PL("The Hague", "The Hague", "NLD"),
    ]),
    "31-asat-ban": ("2022-05", [
        P("Kamala Harris", side="USA", role="Vice President"), D("April 18", "2022-04-18"), US,
        PL("Vandenberg Space Force Base", "Vandenberg Space Force Base", "USA"), PL("California", "California", "USA"),
        D("November 15", "2021-11-15"), Q("roughly 1,750-kilogram", 1750, "kg"),
        P("Antony Blinken", side="USA", role="U.S. Secretary of State"), O("NASA"),
        P("Bill Nelson", side="USA", role="NASA Administrator"), O("Roscosmos"),
        P("Dmitry Rogozin", side="RUS", role="Roscosmos chief"), PL("Geneva", "Geneva", "CHE"), D("May", "2022-05"),
    ]),
    "32-majlis-enrichment-law": ("2021-01", [
        PL("Iran", "Iran", "IRN"), O("Majlis", "Islamic Consultative Assembly"), D("December 1", "2020-12-01"),
        O("Atomic Energy Organization of Iran"), Q("at least 120 kilograms", 120, "kg"), Q("20 percent", 20, "%"),
        O("Guardian Council"), D("the next day", "2020-12-02"), D("2015", "2015"),
        P("Hassan Rouhani", side="IRN", role="President"),
        P("Mohammad Bagher Ghalibaf", side="IRN", role="parliament speaker"),
        P("Mohsen Fakhrizadeh", side="IRN", role="a senior Iranian nuclear scientist"), PL("Tehran", "Tehran", "IRN"),
        D("November 27", "2020-11-27"),
        P("Rafael Grossi", role="the International Atomic Energy Agency's director-general"),
        O("International Atomic Energy Agency"), PL("Iran", "Iran", "IRN"),
    ]),
    "33-duma-ctbt": ("2023-11", [
        O("State Duma"), D("October 18", "2023-10-18"), RU, O("Federation Council"),
        D("a week later", "2023-10-25"), P("Vladimir Putin", side="RUS", role="President"), D("November 2", "2023-11-02"),
        O("Duma", "State Duma"), P("Vyacheslav Volodin", side="RUS", role="Duma speaker"), US, D("1996", "1996"),
        P("Sergei Ryabkov", side="RUS", role="Russian Deputy Foreign Minister"), O("Moscow", GOV("Russia")),
        O("Washington", GOV("United States")),
        P("Robert Floyd", role="executive secretary of the Comprehensive Nuclear-Test-Ban Treaty Organization"),
        O("Comprehensive Nuclear-Test-Ban Treaty Organization"), D("September", "2023-09"),
        PL("Novaya Zemlya", "Novaya Zemlya", "RUS"),
    ]),
    "34-commons-trident": ("2016-09", [
        O("House of Commons"), D("July 18", "2016-07-18"), PL("Britain", "United Kingdom", "GBR"),
        P("Theresa May", side="GBR", role="prime minister"), P("May", "Theresa May", side="GBR"),
        O("Labour Party"), P("Jeremy Corbyn", side="GBR", role="Labour Party leader"), O("Scottish National Party"),
        O("Ministry of Defence"), Q("17,200-ton", 17200000, "kg"), Q("£31 billion", 31e9, "GBP"),
        Q("£10 billion", 10e9, "GBP"), P("Michael Fallon", side="GBR", role="Defence Secretary"),
        D("the early 2030s", "2030", "2033"), PL("Faslane", "Faslane", "GBR"), PL("Scotland", "Scotland", "GBR"),
    ]),
    "35-vacuum-pump-penalty": ("2019-05", [
        O("Kessler Vakuumtechnik GmbH"), O("Marlow Instruments Ltd."), D("March", "2019-03"),
        Q("$2.4 million", 2.4e6, "USD"), O("Commerce Department", "U.S. Department of Commerce"),
        O("Bureau of Industry and Security"), PL("Iran", "Iran", "IRN"), PL("Dubai", "Dubai", "ARE"),
        P("Karl", "Karl Brandt", side="DEU", role="owner of the German company"),
        P("Dieter Brandt", side="DEU", role="owner of the German company"),
        PL("the United Arab Emirates", "United Arab Emirates", "ARE"),
        P("Helen March", side="GBR", role="the distributor's export compliance officer"), D("2017", "2017"),
        PL("Hamburg", "Hamburg", "DEU"), Q("40-foot", 40 * FOOT, "m"),
        P("Anton Winter", role="Company president"),
    ]),
    "36-iskander-kaliningrad": ("2018-03", [
        RU, PL("Kaliningrad", "Kaliningrad", "RUS"),
        P("Vladimir Shamanov", side="RUS", role="chairman of the State Duma's defense committee"),
        O("State Duma"), D("February 5", "2018-02-05"), O("152nd Guards Missile Brigade"),
        PL("Chernyakhovsk", "Chernyakhovsk", "RUS"), Q("about 50 kilometers", 50, "km"),
        Q("up to 500 kilometers", 500, "km"), Q("480-kilogram", 480, "kg"), O("Kremlin"),
        P("Dmitry Peskov", side="RUS", role="Kremlin spokesman"),
        P("Dalia Grybauskaite", side="LTU", role="Lithuanian President"), O("NATO"), O("Warsaw", GOV("Poland")),
    ]),
    "37-punggye-ri-journalists": ("2018-06", [
        PL("North Korea", "North Korea", "PRK"), PL("Punggye-ri", "Punggye-ri", "PRK"), D("May 24", "2018-05-24"),
        PL("Wonsan", "Wonsan", "PRK"), Q("about 500 meters", 500, "m"), O("CNN"),
        P("Will Ripley", role="CNN correspondent"), O("Sky News"), O("Associated Press"), O("MBC"),
        O("Korean Central News Agency"), P("Donald Trump", side="USA", role="President"), P("Kim Jong Un", side="PRK"),
        PL("Singapore", "Singapore", "SGP"), D("the next week", "2018-05-28", "2018-06-03"),
    ]),
    "38-india-123-signing": ("2008-11", [
        P("Condoleezza Rice", side="USA", role="Secretary of State"),
        P("Pranab Mukherjee", side="IND", role="Indian External Affairs Minister"),
        PL("Washington", "Washington", "USA"), D("October 10", "2008-10-10"),
        P("George W. Bush", side="USA", role="President"), P("Manmohan Singh", side="IND", role="Prime Minister"),
        D("July 2005", "2005-07"), O("Congress", "U.S. Congress"), D("October 1", "2008-10-01"),
        O("Nuclear Suppliers Group"), PL("India", "India", "IND"), PL("Vienna", "Vienna", "AUT"),
        D("September 6", "2008-09-06"), P("Rice", "Condoleezza Rice", side="USA"), P("Bush", "George W. Bush", side="USA"),
        RU, Q("1,000-megawatt", 1000, "MW"), PL("Kudankulam", "Kudankulam", "IND"), PL("Tamil Nadu", "Tamil Nadu", "IND"),
    ]),
    "39-libya-oak-ridge": ("2004-04", [
        P("Spencer Abraham", side="USA", role="Energy Secretary"), PL("Libya", "Libya", "LBY"),
        O("Oak Ridge National Laboratory"), PL("Tennessee", "Tennessee", "USA"), D("March 15", "2004-03-15"),
        Q("nearly two tons", 2000, "kg"), PL("Tripoli", "Tripoli", "LBY"),
        D("earlier in the month", "2004-03-01", "2004-03-14"), O("U.S. Air Force"), D("January 27", "2004-01-27"),
        Q("some 25 tons", 25000, "kg"), P("Abraham", "Spencer Abraham", side="USA"),
        P("Muammar Qaddafi's", "Muammar Qaddafi", side="LBY", role="Libyan leader"),
        P("Mohamed ElBaradei", role="director-general of the International Atomic Energy Agency"),
        O("International Atomic Energy Agency"),
    ]),
    "40-vanunu-release": ("2004-06", [
        P("Mordechai Vanunu", side="ISR", role="a former technician at Israel's Dimona nuclear center"),
        PL("Israel", "Israel", "ISR"), PL("Dimona", "Dimona", "ISR"), PL("Shikma prison", "Shikma prison", "ISR"),
        PL("Ashkelon", "Ashkelon", "ISR"), D("April 21", "2004-04-21"), O("The Sunday Times"),
        PL("London", "London", "GBR"), D("1986", "1986"), D("May", "2004-05"), O("Shin Bet"),
        P("Peter Hounam", side="GBR", role="British journalist"), P("Vanunu", "Mordechai Vanunu", side="ISR"),
        P("Hounam", "Peter Hounam", side="GBR"), D("the next day", "2004-05"), P("Vanunu", "Mordechai Vanunu", side="ISR"),
        PL("London", "London", "GBR"), PL("Rome", "Rome", "ITA"), O("Mossad"), PL("Israel", "Israel", "ISR"),
    ]),
}


if __name__ == "__main__":
    write(BRIEFS, HERE)
