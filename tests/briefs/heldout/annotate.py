"""Gold facts of the held-out briefs, written after the extractor's rules were fixed (see ../annotate.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from annotate import GOV, PL, RU, US, D, O, P, Q  # noqa: E402
from marks import locate  # noqa: E402

BRIEFS = {
    "15-bwc-protocol": ("2001-09", [
        PL("The United States", US, "USA"), D("July 25", "2001-07-25"),
        PL("Geneva", "Geneva", "CHE"), P("Donald Mahley"), P("Tibor Tóth"), D("March", "2001-03"),
        D("November", "2001-11"), PL("Germany", "Germany", "DEU"), PL("United Kingdom", "United Kingdom", "GBR"),
        PL("South Africa", "South Africa", "ZAF"), PL("Russia", RU, "RUS"), PL("China", "China", "CHN"),
        P("Mahley", "Donald Mahley"), O("Washington", GOV(US)), D("1975", "1975"),
    ]),
    "16-agni-ii": ("1999-05", [
        PL("India", "India", "IND"), D("April 11", "1999-04-11"), PL("Wheeler Island", "Wheeler Island"),
        PL("Orissa", "Odisha", "IND"), PL("Bay of Bengal", "Bay of Bengal"), Q("about 2,000 kilometers", 2000, "km"),
        Q("1,000 kilograms", 1000, "kg"), P("George Fernandes"), PL("India", "India", "IND"), P("A.P.J. Abdul Kalam"),
        O("Defence Research and Development Organisation"), PL("Pakistan", "Pakistan", "PAK"),
        D("three days later", "1999-04-14"), O("State Department", "U.S. Department of State"), PL("the United States", US, "USA"),
        P("Atal Bihari Vajpayee"), P("Nawaz Sharif"), PL("Lahore", "Lahore", "PAK"),
    ]),
    "17-moscow-treaty": ("2002-07", [
        P("George W. Bush"), P("Vladimir Putin"), PL("Moscow", "Moscow", "RUS"), D("May 24", "2002-05-24"),
        D("December 31, 2012", "2012-12-31"), D("1991", "1991"), P("Colin Powell"),
        O("Senate Foreign Relations Committee"), D("July 9", "2002-07-09"), P("Joseph Biden"), P("Richard Lugar"),
        O("Senate", "U.S. Senate"), P("Sergei Ivanov"), O("Moscow", GOV(RU)), O("Duma", "State Duma"),
    ]),
}


def main() -> None:
    for name, (issue, facts) in BRIEFS.items():
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        gold = {"issue": issue, "facts": locate(text, facts)}
        (HERE / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{name}: {len(gold['facts'])} facts")


if __name__ == "__main__":
    main()
