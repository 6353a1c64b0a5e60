"""How the briefs' gold is marked by hand: a constructor per kind of fact (the blind sets'; the
development set keeps its own, without sides), the offsets found (never typed) and every span
checked before a gold file is written (every set's annotate.py uses locate and write).

Each set's ``annotate.py`` lists its briefs with these constructors and calls
:func:`write`. A person carries, beside its value, the ``role`` the text gives and the
``side`` (ISO3) the text links the person to, or null; ``evaluate-facts`` reports the
side accuracy from them and scores the rest as in the development set.
"""

from __future__ import annotations

import json
import re
from pathlib import Path


def P(text, name=None, side=None, role=None):  # noqa: N802 - a person
    return ("person", text, {"name": name or re.sub(r"['’]s?$", "", text)}, {"side": side, "role": role})


def PL(text, name, iso3=None):  # noqa: N802 - a place
    return ("place", text, {"name": name, **({"iso3": iso3} if iso3 else {})}, {})


def O(text, name=None):  # noqa: N802,E743 - an organization
    return ("organization", text, {"name": name or text}, {})


def D(text, start, end=None):  # noqa: N802 - a date
    return ("date", text, {"start": start, "end": end or start}, {})


def Q(text, magnitude, unit):  # noqa: N802 - a quantity
    return ("quantity", text, {"magnitude": magnitude, "unit": unit}, {})


#: Marks that recur from set to set.
US = PL("the United States", "United States", "USA")
RU = PL("Russia", "Russia", "RUS")
CN = PL("China", "China", "CHN")
GOV = "Government of {}".format
IAEA = O("International Atomic Energy Agency")
STATE = O("State Department", "U.S. Department of State")


def SKIP(text):  # noqa: N802 - words that are no fact here (a name inside a title): passed over, not marked
    return (None, text, None, {})


def locate(text: str, facts: list[tuple]) -> list[dict]:
    """Offsets of each annotation: the next whole-word occurrence of its words after the last
    one, in the body (after the periodical line), never inside a longer annotation already placed."""
    body = text.index("(#)") + 3
    after, out, taken = {}, [], []
    for kind, words, value, *rest in facts:  # the development briefs' marks carry no extra keys
        extra = rest[0] if rest else {}
        pattern = re.compile(rf"(?<![\w]){re.escape(words)}(?![\w])")
        m = pattern.search(text, after.get(words, body))
        while m and any(m.start() < y and x < m.end() for x, y in taken):
            m = pattern.search(text, m.end())
        if not m:
            raise SystemExit(f"{words!r} not found (again)")
        taken.append((m.start(), m.end()))
        after[words] = m.end()
        if kind:
            out.append({"kind": kind, "text": words, "value": value, "start": m.start(), "end": m.end(), **extra})
    return sorted(out, key=lambda f: (f["start"], f["end"]))


def write(briefs: dict, folder: Path) -> None:
    """Write NAME.json beside each NAME.txt in ``folder``: the issue and the located facts,
    every span checked against the text; print the counts."""
    total = 0
    for name, (issue, facts) in briefs.items():
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        gold = {"issue": issue, "facts": locate(text, facts)}
        for f in gold["facts"]:
            assert text[f["start"]:f["end"]] == f["text"], (name, f)
        (folder / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(gold["facts"])
        print(f"{name}: {len(gold['facts'])} facts")
    print("total", total)
