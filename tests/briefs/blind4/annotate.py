"""Gold facts of the fourth blind set, marked by hand before the extractor was run on them.

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

OPCW = O("OPCW", "Organization for the Prohibition of Chemical Weapons")
UA = PL("Ukraine", "Ukraine", "UKR")
AR = PL("Argentina", "Argentina", "ARG")
BR = PL("Brazil", "Brazil", "BRA")
GB = PL("Britain", "United Kingdom", "GBR")
FR = PL("France", "France", "FRA")

BRIEFS = {
    "70-budapest-assurances": ("1994-12", [
        P("Leonid Kuchma", side="UKR", role="Ukrainian President"), D("December 5", "1994-12-05"),
        PL("Budapest", "Budapest", "HUN"), O("Conference on Security and Cooperation in Europe"),
        P("Kuchma", "Leonid Kuchma", side="UKR"), P("Bill Clinton", side="USA", role="U.S. President"),
        P("Boris Yeltsin", side="RUS", role="Russian President"),
        P("John Major", side="GBR", role="the British prime minister"), UA,
        D("Two days earlier", "1994-12-03"), UA, P("Hennadiy Udovenko", side="UKR", role="Ukraine's foreign minister"),
        PL("Kiev", "Kiev", "UKR"), RU, O("Verkhovna Rada"), D("November 16", "1994-11-16"),
        FR, CN, UA, P("Clinton", "Bill Clinton", side="USA"), RU, US, UA, PL("Belarus", "Belarus", "BLR"),
        PL("Kazakhstan", "Kazakhstan", "KAZ"),
        P("Hans Blix", role="director general of the International Atomic Energy Agency"), IAEA,
        O("Kiev", GOV("Ukraine")), UA,
    ]),
    "71-quadripartite-safeguards": ("1992-01", [
        AR, BR, IAEA, D("December 13", "1991-12-13"), PL("Vienna", "Vienna", "AUT"),
        P("Carlos Menem", side="ARG", role="Argentine President"),
        P("Fernando Collor de Mello", side="BRA", role="his Brazilian counterpart"),
        O("Brazilian-Argentine Agency for Accounting and Control of Nuclear Materials"),
        O("ABACC", "Brazilian-Argentine Agency for Accounting and Control of Nuclear Materials"),
        O("IAEA", "International Atomic Energy Agency"),
        O("ABACC", "Brazilian-Argentine Agency for Accounting and Control of Nuclear Materials"),
        D("July 18", "1991-07-18"), PL("Guadalajara", "Guadalajara", "MEX"), PL("Mexico", "Mexico", "MEX"),
        P("Guido Di Tella", side="ARG", role="Argentina's foreign minister"), AR,
        P("Francisco Rezek", side="BRA", role="The Brazilian foreign minister"), BR, PL("Aramar", "Aramar", "BRA"),
        PL("Washington", "Washington", "USA"), STATE, P("Margaret Tutwiler", side="USA", role="State Department spokeswoman"),
        US, O("Brazilian Senate", "Federal Senate of Brazil"),
    ]),
    "72-salisbury-novichok": ("2018-04", [
        P("Sergei Skripal", side="RUS", role="a former officer of Russia's military intelligence service"), RU,
        PL("Salisbury", "Salisbury", "GBR"), D("March 4", "2018-03-04"),
        P("Theresa May", side="GBR", role="British Prime Minister"), O("House of Commons"), D("March 12", "2018-03-12"),
        PL("Soviet Union", "Soviet Union"), O("Moscow", GOV("Russia")), D("Two days later", "2018-03-14"),
        P("May", "Theresa May", side="GBR"),
        RU, P("Alexander Yakovenko", side="RUS", role="Russia's ambassador in London"), PL("London", "London", "GBR"),
        P("Maria Zakharova", side="RUS", role="the spokeswoman of the Russian Foreign Ministry"),
        O("Russian Foreign Ministry", "Ministry of Foreign Affairs of Russia"),
        O("Organization for the Prohibition of Chemical Weapons"), OPCW, GB, D("April 12", "2018-04-12"),
        P("Ahmet Üzümcü", role="the OPCW's director general"), OPCW,
        PL("The United States", "United States", "USA"), D("March 26", "2018-03-26"), PL("Seattle", "Seattle", "USA"),
        O("European Union"), PL("Moscow", "Moscow", "RUS"), D("the week before", "2018-03-19", "2018-03-25"),
        P("Jens Stoltenberg", role="NATO's secretary general"), O("NATO"), RU,
        P("Yakovenko", "Alexander Yakovenko", side="RUS"),
    ]),
    "73-open-skies-exit": ("2020-06", [
        P("Mike Pompeo", side="USA", role="Secretary of State"), D("May 21", "2020-05-21"), US, RU,
        PL("Kaliningrad", "Kaliningrad", "RUS"), Q("500 kilometers", 500, "km"), PL("Georgia", "Georgia", "GEO"),
        D("2002", "2002"),
        RU, P("Alexander Grushko", side="RUS", role="Russia's deputy foreign minister"), O("Moscow", GOV("Russia")),
        P("Heiko Maas", side="DEU", role="The German foreign minister"), PL("Germany", "Germany", "DEU"), FR,
        PL("Belgium", "Belgium", "BEL"),
        P("Thomas Greminger", role="secretary general of the Organization for Security and Co-operation in Europe"),
        O("Organization for Security and Co-operation in Europe"),
        P("Eliot Engel", side="USA", role="chairman of the House Foreign Affairs Committee"),
        O("House Foreign Affairs Committee"), O("Congress", "U.S. Congress"),
        P("Pompeo", "Mike Pompeo", side="USA"), US, RU,
    ]),
    "74-tpnw-in-force": ("2021-02", [
        D("January 22", "2021-01-22"), PL("Honduras", "Honduras", "HND"), D("October 24", "2020-10-24"),
        PL("Jamaica", "Jamaica", "JAM"), PL("Nauru", "Nauru", "NRU"), D("the day before", "2020-10-23"),
        O("UN", "United Nations"), P("António Guterres", role="UN Secretary-General"),
        P("Beatrice Fihn", role="executive director of the International Campaign to Abolish Nuclear Weapons (ICAN)"),
        O("International Campaign to Abolish Nuclear Weapons"),
        O("ICAN", "International Campaign to Abolish Nuclear Weapons"),
        P("Peter Maurer", role="president of the International Committee of the Red Cross"),
        O("International Committee of the Red Cross"),
        US, GB, FR, O("Diet", "National Diet"), PL("Japan", "Japan", "JPN"),
        P("Yoshihide Suga", side="JPN", role="Japan's prime minister"),
        P("Alexander Schallenberg", side="AUT", role="Austrian Foreign Minister"), PL("Austria", "Austria", "AUT"),
        PL("Vienna", "Vienna", "AUT"), P("Phil Twyford", side="NZL", role="New Zealand's disarmament minister"),
        PL("New Zealand", "New Zealand", "NZL"), P("Schallenberg", "Alexander Schallenberg", side="AUT"),
    ]),
}


if __name__ == "__main__":
    write(BRIEFS, HERE)
