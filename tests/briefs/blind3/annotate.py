"""Gold facts of the third blind set, marked by hand before the extractor was run on them.

The conventions are those of ../README.md; the constructors, and the person's ``role`` and
``side`` beside its value, those of ../marks.py. Run: python annotate.py (offsets are found,
never typed; every span is checked).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from marks import CN, GOV, IAEA, PL, RU, STATE, US, D, O, P, Q, write  # noqa: E402

UK = PL("United Kingdom", "United Kingdom", "GBR")
PENTAGON = O("Pentagon", "U.S. Department of Defense")
def KZ():  # noqa: N802
    return PL("Kazakhstan", "Kazakhstan", "KAZ")

BRIEFS = {
    "50-project-sapphire": ("1994-12", [
        P("William Perry", side="USA", role="Defense Secretary"), D("November 23", "1994-11-23"), US,
        Q("about 600 kilograms", 600, "kg"), KZ(), PL("Y-12 Plant", "Y-12 Plant", "USA"), PL("Oak Ridge", "Oak Ridge", "USA"),
        PL("Tennessee", "Tennessee", "USA"), O("U.S. Air Force"), PL("Ust-Kamenogorsk", "Ust-Kamenogorsk", "KAZ"),
        PL("Dover Air Force Base", "Dover Air Force Base", "USA"), PL("Delaware", "Delaware", "USA"),
        PL("Ulba Metallurgical Plant", "Ulba Metallurgical Plant", "KAZ"),
        P("Nursultan Nazarbayev", side="KAZ", role="Kazakh President"), O("Washington", GOV("United States")),
        O("Energy Department", "U.S. Department of Energy"),
        P("William Courtney", side="USA", role="the U.S. ambassador to Kazakhstan"), KZ(), O("Moscow", GOV("Russia")), KZ(),
        P("Perry", "William Perry", side="USA"),
    ]),
    "51-unscom-withdrawal": ("1999-01", [
        P("Richard Butler", role="executive chairman of the UN Special Commission (UNSCOM)"),
        O("UN Special Commission", "United Nations Special Commission"), O("UNSCOM", "United Nations Special Commission"),
        PL("Iraq", "Iraq", "IRQ"), D("December 16", "1998-12-16"), O("Security Council"), O("Baghdad", GOV("Iraq")),
        D("November", "1998-11"), PL("Baghdad", "Baghdad", "IRQ"), PL("Bahrain", "Bahrain", "BHR"),
        O("Republican Guard"), P("William Cohen", side="USA", role="Defense Secretary"), PL("Iraq", "Iraq", "IRQ"), RU, CN,
        O("Moscow", GOV("Russia")), US,
        P("Tariq Aziz", side="IRQ", role="Iraqi Deputy Prime Minister"), D("December 20", "1998-12-20"),
        P("Scott Ritter", role="a former UNSCOM inspector"), O("UNSCOM", "United Nations Special Commission"),
        D("August", "1998-08"), O("Security Council"), O("UN", "United Nations"),
        P("Kofi Annan", role="UN Secretary-General"),
    ]),
    "52-south-africa-dismantlement": ("1993-04", [
        P("F.W. de Klerk", side="ZAF", role="President"), O("Parliament", "Parliament of South Africa"),
        PL("Cape Town", "Cape Town", "ZAF"), D("March 24", "1993-03-24"), PL("South Africa", "South Africa", "ZAF"),
        D("July 1991", "1991-07"), D("1989", "1989"),
        P("De Klerk", "F.W. de Klerk", side="ZAF"), O("Armscor"), PL("Pretoria", "Pretoria", "ZAF"),
        PL("Valindaba enrichment plant", "Valindaba enrichment plant", "ZAF"), Q("about 680 million rand", 680e6, "ZAR"),
        IAEA, D("late 1991", "1991-09", "1991-12"), P("Hans Blix", role="the agency's director general"),
        PL("South Africa", "South Africa", "ZAF"),
    ]),
    "53-small-arms-program": ("2001-09", [
        D("July 21", "2001-07-21"), O("United Nations"), PL("New York", "New York", "USA"),
        P("Camilo Reyes", side="COL", role="The conference chairman, Ambassador"), PL("Colombia", "Colombia", "COL"),
        US, P("John Bolton", side="USA", role="the under secretary of state for arms control and international security"),
        O("Washington", GOV("United States")),
        PL("Mali", "Mali", "MLI"), PL("Norway", "Norway", "NOR"), O("Oxfam"), O("Amnesty International"),
        PL("Sierra Leone", "Sierra Leone", "SLE"), PL("Sudan", "Sudan", "SDN"), D("2006", "2006"),
    ]),
    "54-abm-withdrawal": ("2002-01", [
        P("George W. Bush", side="USA", role="President"), D("December 13", "2001-12-13"), US, D("1972", "1972"),
        D("June 13, 2002", "2002-06-13"),
        P("Bush", "George W. Bush", side="USA"), PENTAGON, O("Ballistic Missile Defense Organization"),
        PL("Fort Greely", "Fort Greely", "USA"), PL("Alaska", "Alaska", "USA"), D("mid-2002", "2002-05", "2002-08"),
        PL("Pacific", "Pacific Ocean"), D("December 3", "2001-12-03"),
        P("Vladimir Putin", side="RUS", role="Russian President"), RU, PL("Beijing", "Beijing", "CHN"),
        O("Foreign Ministry", "Ministry of Foreign Affairs of China"), CN, O("Senate", "U.S. Senate"),
        P("Tom Daschle", side="USA", role="Majority Leader"), O("Congress", "U.S. Congress"),
    ]),
    "55-khan-confession": ("2004-03", [
        P("Abdul Qadeer Khan", side="PAK", role="the metallurgist who led Pakistan's uranium enrichment effort"),
        PL("Pakistan", "Pakistan", "PAK"), D("February 4", "2004-02-04"), PL("Iran", "Iran", "IRN"),
        PL("Libya", "Libya", "LBY"), PL("North Korea", "North Korea", "PRK"),
        P("Pervez Musharraf", side="PAK", role="President"), D("the next day", "2004-02-05"),
        PL("Islamabad", "Islamabad", "PAK"),
        O("Scomi Precision Engineering"), PL("Dubai", "Dubai", "ARE"),
        P("B.S.A. Tahir", side="LKA", role="a Sri Lankan businessman"), PL("Libya", "Libya", "LBY"),
        D("October", "2003-10"), PL("Taranto", "Taranto", "ITA"), PL("Italy", "Italy", "ITA"),
        P("Mohamed ElBaradei", role="director general of the International Atomic Energy Agency"), IAEA,
        P("Khan's", "Abdul Qadeer Khan", side="PAK"), STATE,
        P("Richard Boucher", side="USA", role="State Department spokesman"), O("Washington", GOV("United States")),
        PL("Pakistan", "Pakistan", "PAK"),
    ]),
    "56-cfe-suspension": ("2007-08", [
        P("Vladimir Putin", side="RUS", role="President"), D("July 14", "2007-07-14"), RU, O("Moscow", GOV("Russia")),
        PL("Vienna", "Vienna", "AUT"), D("June 11-15", "2007-06-11", "2007-06-15"), RU, RU, O("NATO"),
        PL("Istanbul", "Istanbul", "TUR"), D("1999", "1999"), O("NATO"), PL("Georgia", "Georgia", "GEO"),
        PL("Moldova", "Moldova", "MDA"),
        O("NATO"), P("Jaap de Hoop Scheffer", role="NATO Secretary-General"), PL("Washington", "Washington", "USA"),
        STATE, P("Sean McCormack", side="USA", role="State Department spokesman"), US, O("Moscow", GOV("Russia")),
        P("Yuri Baluyevsky", side="RUS", role="Russian Chief of the General Staff"), RU,
    ]),
    "57-space-weapons-draft": ("2008-03", [
        P("Sergei Lavrov", side="RUS", role="Foreign Minister"), D("February 12", "2008-02-12"),
        O("Conference on Disarmament"), PL("Geneva", "Geneva", "CHE"), CN, RU, D("2002", "2002"),
        O("Washington", GOV("United States")), P("Christina Rocca", side="USA", role="the U.S. ambassador to the conference"),
        US, CN, D("January 2007", "2007-01"),
        D("1998", "1998"),
    ]),
    "58-cluster-munitions-dublin": ("2008-06", [
        D("May 30", "2008-05-30"), PL("Croke Park", "Croke Park", "IRL"), PL("Dublin", "Dublin", "IRL"),
        P("Micheál Martin", side="IRL", role="Irish Foreign Minister"),
        P("Gordon Brown", side="GBR", role="British Prime Minister"), UK,
        PL("The United States", "United States", "USA"), RU, CN, PL("India", "India", "IND"),
        PL("Israel", "Israel", "ISR"), PL("Pakistan", "Pakistan", "PAK"),
        O("Cluster Munition Coalition"), PL("Laos", "Laos", "LAO"), PL("Lebanon", "Lebanon", "LBN"),
        PL("Oslo", "Oslo", "NOR"), D("December 3", "2008-12-03"), PL("Norway", "Norway", "NOR"),
        D("February 2007", "2007-02"),
    ]),
    "59-nuclear-security-summit": ("2010-05", [
        PL("Washington", "Washington", "USA"), D("April 13", "2010-04-13"),
        P("Barack Obama's", "Barack Obama", side="USA", role="President"), PL("South Korea", "South Korea", "KOR"),
        D("2012", "2012"),
        P("Viktor Yanukovych", side="UKR", role="Ukrainian President"), D("2012", "2012"), PL("Canada", "Canada", "CAN"),
        US, PL("Chile", "Chile", "CHL"), Q("about 18 kilograms", 18, "kg"), US, D("March", "2010-03"),
        P("Hillary Clinton", side="USA", role="Secretary of State"),
        P("Sergei Lavrov", side="RUS", role="Russian Foreign Minister"), Q("34 metric tons", 34000, "kg"),
        PL("Pakistan", "Pakistan", "PAK"), P("Yousuf Raza Gilani", side="PAK", role="Pakistan's prime minister"),
    ]),
    "60-arms-trade-treaty": ("2013-05", [
        O("UN General Assembly", "General Assembly"), D("April 2", "2013-04-02"), PL("Iran", "Iran", "IRN"),
        PL("North Korea", "North Korea", "PRK"), PL("Syria", "Syria", "SYR"), PL("New York", "New York", "USA"),
        D("the week before", "2013-03-25", "2013-03-31"),
        P("Peter Woolcott", side="AUS", role="Australian diplomat"), RU, CN, PL("India", "India", "IND"),
        P("John Kerry", side="USA", role="Secretary of State"), US,
        D("June 3", "2013-06-03"), Q("about $70 billion", 70e9, "USD"),
    ]),
    "61-avangard-duty": ("2020-01", [
        P("Sergei Shoigu", side="RUS", role="Russian Defense Minister"),
        P("Vladimir Putin", side="RUS", role="President"), D("December 27", "2019-12-27"),
        PL("Orenburg", "Orenburg Oblast", "RUS"), KZ(),
        P("Putin", "Vladimir Putin", side="RUS"), D("a year earlier", "2018-12-27"),
        Q("about 6,000 kilometers", 6000, "km"), RU, D("November 24-26", "2019-11-24", "2019-11-26"),
        O("Russian Defense Ministry", "Ministry of Defense of Russia"),
        P("Mark Esper", side="USA", role="the U.S. defense secretary"), PENTAGON, D("2023", "2023"), CN,
        PL("Beijing", "Beijing", "CHN"), D("October 1", "2019-10-01"),
    ]),
    "62-mtcr-drones": ("2020-09", [
        STATE, D("July 24", "2020-07-24"), US, O("Missile Technology Control Regime"),
        Q("800 kilometers per hour", 800, "km/h"),
        P("R. Clarke Cooper", side="USA", role="assistant secretary of state for political-military affairs"),
        O("General Atomics"), PL("Saudi Arabia", "Saudi Arabia", "SAU"),
        PL("the United Arab Emirates", "United Arab Emirates", "ARE"), PL("Egypt", "Egypt", "EGY"),
        O("Washington", GOV("United States")), D("2019", "2019"),
        P("Bob Menendez", side="USA", role="Senator"), PL("New Jersey", "New Jersey", "USA"),
        O("Foreign Relations Committee", "Senate Foreign Relations Committee"), O("General Atomics"),
        Q("about 1,700 kilograms", 1700, "kg"),
    ]),
    "63-aukus-submarines": ("2021-10", [
        P("Joe Biden", side="USA", role="President"), P("Boris Johnson", side="GBR", role="British Prime Minister"),
        P("Scott Morrison", side="AUS", role="Australian Prime Minister"), D("September 15", "2021-09-15"), US, UK,
        PL("Australia", "Australia", "AUS"),
        PL("Australia", "Australia", "AUS"), O("Naval Group"), Q("about 90 billion Australian dollars", 90e9, "AUD"),
        PL("France", "France", "FRA"), PL("Australia", "Australia", "AUS"), US,
        P("Jean-Yves Le Drian", side="FRA", role="Foreign Minister"),
        P("Rafael Grossi", role="director general of the International Atomic Energy Agency"), IAEA,
        PL("Beijing", "Beijing", "CHN"),
    ]),
}


if __name__ == "__main__":
    write(BRIEFS, HERE)
