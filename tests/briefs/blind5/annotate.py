"""Gold facts of the fifth blind set, marked by hand before the extractor was run on them.

The conventions are those of ../README.md; the constructors, and the person's ``role`` and
``side`` beside its value, those of ../marks.py. Run: python annotate.py (offsets are found,
never typed; every span is checked).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from marks import CN, GOV, IAEA, PL, RU, SKIP, STATE, US, D, O, P, Q, write  # noqa: E402

JP = PL("Japan", "Japan", "JPN")
FR = PL("France", "France", "FRA")
NK = PL("North Korea", "North Korea", "PRK")
IN = PL("India", "India", "IND")
PK = PL("Pakistan", "Pakistan", "PAK")
IQ = PL("Iraq", "Iraq", "IRQ")
LY = PL("Libya", "Libya", "LBY")
SY = PL("Syria", "Syria", "SYR")
IL = PL("Israel", "Israel", "ISR")
TW = PL("Taiwan", "Taiwan", "TWN")
BY = PL("Belarus", "Belarus", "BLR")
GR = PL("Greece", "Greece", "GRC")
TR = PL("Turkey", "Turkey", "TUR")
SA = PL("Saudi Arabia", "Saudi Arabia", "SAU")
SFRC = O("Senate Foreign Relations Committee")
CIA = O("CIA", "Central Intelligence Agency")
FM = O("Foreign Ministry", "Ministry of Foreign Affairs of China")

BRIEFS = {
    "80-yongbyon-freeze": ("1994-12", [
        IAEA, D("late November", "1994-11-21", "1994-11-30"), NK, Q("5-megawatt", 5, "MW"),
        PL("Yongbyon", "Yongbyon", "PRK"), O("Washington", GOV("United States")), O("Pyongyang", GOV("North Korea")),
        PL("Geneva", "Geneva", "CHE"), D("October 21", "1994-10-21"),
        P("David Kyd", role="The agency's spokesman"),
        NK, Q("500,000 metric tons", 500e6, "kg"), US, PL("South Korea", "South Korea", "KOR"), JP,
        P("Robert Gallucci", side="USA", role="Assistant Secretary of State"), SFRC, D("December 1", "1994-12-01"),
        Q("about 50,000 tons", 50e6, "kg"), D("January", "1995-01"),
        P("Kang Sok Ju", side="PRK", role="The North's chief negotiator, First Vice Foreign Minister"),
        D("two days later", "1994-12-03"),
        PL("Seoul", "Seoul", "KOR"), Q("about 25 kilograms", 25, "kg"),
        P("Hans Blix", role="the agency's director general"), O("Board of Governors", "IAEA Board of Governors"),
        PL("Vienna", "Vienna", "AUT"), D("1989", "1989"), D("1998", "1998"),
        P("Gallucci", "Robert Gallucci", side="USA"), P("Kang", "Kang Sok Ju", side="PRK"),
    ]),
    "81-lahore-declaration": ("1999-03", [
        P("Atal Bihari Vajpayee", side="IND", role="Prime Minister"), IN,
        P("Nawaz Sharif", side="PAK", role="his Pakistani counterpart"), PL("Lahore", "Lahore", "PAK"),
        D("February 21", "1999-02-21"), P("Vajpayee", "Atal Bihari Vajpayee", side="IND"), D("the day before", "1999-02-20"),
        PL("Wagah", "Wagah", "PAK"), PK,
        D("the same day", "1999-02-21"), P("K. Raghunath", side="IND", role="foreign secretary"), IN,
        P("Shamshad Ahmad", side="PAK", role="foreign secretary"), PK, P("Sharif", "Nawaz Sharif", side="PAK"),
        PL("Kashmir", "Kashmir"),
        PL("Washington", "Washington", "USA"), STATE, P("James Rubin", side="USA", role="State Department spokesman"),
        PK, P("Sartaj Aziz", side="PAK", role="Pakistan's foreign minister"), PL("Islamabad", "Islamabad", "PAK"),
        D("the following week", "1999-02-22", "1999-02-28"), IN,
        P("Jaswant Singh", side="IND", role="India's external affairs minister"), D("March", "1999-03"),
    ]),
    "82-psi-principles": ("2003-10", [
        O("Proliferation Security Initiative"), PL("Paris", "Paris", "FRA"), D("September 4", "2003-09-04"), P("George W. Bush", side="USA", role="President"),
        D("May 31", "2003-05-31"), PL("Krakow", "Krakow", "POL"), PL("Poland", "Poland", "POL"), NK,
        PL("Yemen", "Yemen", "YEM"), D("the previous December", "2002-12"),
        P("John Bolton", side="USA", role="the under secretary of state for arms control"),
        PL("Australia", "Australia", "AUS"), FR, PL("Germany", "Germany", "DEU"), PL("Italy", "Italy", "ITA"), JP,
        PL("the Netherlands", "Netherlands", "NLD"), PL("Poland", "Poland", "POL"), PL("Portugal", "Portugal", "PRT"),
        PL("Spain", "Spain", "ESP"), PL("United Kingdom", "United Kingdom", "GBR"), US,
        PL("Australia", "Australia", "AUS"), PL("Coral Sea", "Coral Sea"), D("the following week", "2003-09-08", "2003-09-14"),
        CN, FM, P("Kong Quan", side="CHN", role="Foreign Ministry spokesman"), NK,
        O("KCNA", "Korean Central News Agency"),
    ]),
    "83-iraq-declaration": ("2003-01", [
        IQ, O("United Nations"), D("December 7", "2002-12-07"), O("Security Council", "UN Security Council"),
        P("Hans Blix", role="executive chairman of the UN Monitoring, Verification and Inspection Commission"),
        O("UN Monitoring, Verification and Inspection Commission"),
        O("UNMOVIC", "UN Monitoring, Verification and Inspection Commission"), D("December 19", "2002-12-19"),
        O("Baghdad", GOV("Iraq")), D("the 1990s", "1990", "1999"), D("1998", "1998"),
        P("Mohamed ElBaradei", role="director general of the International Atomic Energy Agency"), IAEA,
        P("Colin Powell", side="USA", role="Secretary of State"), D("the same day", "2002-12-19"),
        P("Jack Straw", side="GBR", role="British Foreign Secretary"), D("the next day", "2002-12-20"), IQ,
        P("Amir al-Saadi", side="IRQ", role="an adviser to Iraqi President Saddam Hussein"),
        P("Saddam Hussein", side="IRQ", role="Iraqi President"), PL("Baghdad", "Baghdad", "IRQ"),
        O("Central Intelligence Agency"), D("October", "2002-10"), O("Baghdad", GOV("Iraq")),
        O("UNMOVIC", "UN Monitoring, Verification and Inspection Commission"), CIA,
    ]),
    "84-libya-renunciation": ("2004-01", [
        LY, O("Foreign Ministry", "Ministry of Foreign Affairs of Libya"), D("December 19", "2003-12-19"),
        P("Tony Blair", side="GBR", role="the British prime minister"), O("London", GOV("United Kingdom")),
        D("March", "2003-03"), P("Muammar Qaddafi", side="LBY", role="Libyan leader"),
        P("Mohamed ElBaradei", role="the IAEA's director general"), O("IAEA", "International Atomic Energy Agency"),
        PL("Tripoli", "Tripoli", "LBY"), D("December 27", "2003-12-27"), LY,
        P("Abdel Rahman Shalgham", side="LBY", role="Libya's foreign minister"), O("Tripoli", GOV("Libya")),
        LY, Q("about 23 metric tons", 23000, "kg"),
        O("OPCW", "Organization for the Prohibition of Chemical Weapons"),
        P("Shalgham", "Abdel Rahman Shalgham", side="LBY"), O("Washington", GOV("United States")), STATE,
    ]),
    "85-syria-site-visit": ("2008-07", [
        IAEA, SY, D("late June", "2008-06-21", "2008-06-30"), PL("Deir ez-Zor", "Deir ez-Zor", "SYR"),
        D("September", "2007-09"), O("Congress", "U.S. Congress"), D("April 24", "2008-04-24"), NK,
        P("Michael Hayden", side="USA", role="the director of the CIA"), CIA, Q("5-megawatt", 5, "MW"),
        PL("Yongbyon", "Yongbyon", "PRK"), P("Imad Moustapha", side="SYR", role="Syria's ambassador in Washington"),
        SY, PL("Washington", "Washington", "USA"), P("Moustapha", "Imad Moustapha", side="SYR"), IL,
        P("Olli Heinonen", role="the agency's deputy director general for safeguards"),
        P("Ibrahim Othman", side="SYR", role="head of Syria's Atomic Energy Commission"), SY,
        O("Atomic Energy Commission", "Atomic Energy Commission of Syria"),
        P("ElBaradei", "Mohamed ElBaradei", role="the agency's director general"), US, IL,
    ]),
    "86-inf-end": ("2019-09", [
        PL("The United States", "United States", "USA"), D("August 2", "2019-08-02"), RU,
        P("Mike Pompeo", side="USA", role="Secretary of State"), O("Moscow", GOV("Russia")),
        D("Sixteen days later", "2019-08-18"), O("Defense Department", "U.S. Department of Defense"),
        PL("San Nicolas Island", "San Nicolas Island", "USA"), PL("California", "California", "USA"),
        O("Raytheon"), Q("more than 500 kilometers", 500, "km"), P("Mark Esper", side="USA", role="Defense Secretary"),
        O("Pentagon", "U.S. Department of Defense"), PL("Asia", "Asia"),
        P("Sergei Ryabkov", side="RUS", role="Russian Deputy Foreign Minister"), O("Washington", GOV("United States")),
        P("Ryabkov", "Sergei Ryabkov", side="RUS"), RU, O("NATO"),
        P("Jens Stoltenberg", role="NATO Secretary General"), PL("Europe", "Europe"),
    ]),
    "87-taiwan-f16": ("2019-09", [
        O("Defense Security Cooperation Agency"), O("Congress", "U.S. Congress"), D("August 20", "2019-08-20"), TW,
        Q("about $8 billion", 8e9, "USD"), O("Lockheed Martin"), PL("Greenville", "Greenville", "USA"),
        PL("South Carolina", "South Carolina", "USA"),
        PL("Beijing", "Beijing", "CHN"), FM, P("Geng Shuang", side="CHN", role="Foreign Ministry spokesman"), CN,
        TW, P("Tsai Ing-wen", side="TWN", role="Taiwan's president"), O("Washington", GOV("United States")),
        Q("$2.2 billion", 2.2e9, "USD"), D("July", "2019-07"),
        P("James Risch", side="USA", role="Senator, chairman of the Senate Foreign Relations Committee"), SFRC,
        SKIP("Taiwan"), TW, O("Ministry of National Defense", "Ministry of National Defense of Taiwan"),
    ]),
    "88-japan-plutonium": ("2018-08", [
        JP, O("Atomic Energy Commission", "Japan Atomic Energy Commission"), D("July 31", "2018-07-31"),
        Q("about 47 metric tons", 47000, "kg"), D("last year", "2017"), Q("About 10 tons", 10000, "kg"), JP,
        PL("Britain", "United Kingdom", "GBR"), FR,
        D("1988", "1988"), US, JP, D("July 16", "2018-07-16"),
        P("Yoshiaki Oka", side="JPN", role="the commission's chairman"),
        O("Japan Nuclear Fuel Ltd."), PL("Rokkasho", "Rokkasho", "JPN"), JP, D("2021", "2021"),
        Q("up to eight metric tons", 8000, "kg"), CN, FM, JP,
    ]),
    "90-landmine-stockpiles": ("2008-12", [
        BY, GR, TR, PL("Geneva", "Geneva", "CHE"), D("late November", "2008-11-21", "2008-11-30"),
        D("March 1", "2008-03-01"), P("Jürg Streuli", side="CHE", role="chaired the meeting"),
        PL("Switzerland", "Switzerland", "CHE"),
        BY, Q("about 40 grams", 0.04, "kg"), O("Minsk", GOV("Belarus")), GR, O("Vitosha Demil"), TR,
        D("early 2010", "2010-01", "2010-04"),
        P("Stephen Goose", role="heads the arms division of Human Rights Watch"), O("Human Rights Watch"),
        O("International Campaign to Ban Landmines"), RU, PL("Myanmar", "Myanmar", "MMR"),
        O("ICBL", "International Campaign to Ban Landmines"), BY,
    ]),
    "91-saudi-css2": ("1988-05", [
        SA, CN, Q("2,000-kilogram", 2000, "kg"), Q("about 2,700 kilometers", 2700, "km"), PL("Riyadh", "Riyadh", "SAU"),
        SA, P("Fahd", side="SAU", role="Saudi Arabia's King"), O("Washington", GOV("United States")),
        D("April", "1988-04"), P("Hume Horan", side="USA", role="its ambassador"), P("Horan", "Hume Horan", side="USA"),
        P("George Shultz", side="USA", role="Secretary of State"), US,
        P("Bandar bin Sultan", side="SAU", role="Prince, the Saudi ambassador in Washington"),
        PL("Washington", "Washington", "USA"), PL("Jerusalem", "Jerusalem", "ISR"),
        P("Yitzhak Rabin", side="ISR", role="Defense Minister"), IL,
    ]),
}


if __name__ == "__main__":
    write(BRIEFS, HERE)
