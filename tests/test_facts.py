import json

import pytest

from analysis.checks import relative_time, run_checks
from analysis.dates import bounds as interval
from analysis.facts import extract_text, reconcile, sentences
from analysis.witness import parse_text


def by_kind(mentions, kind):
    return [m for m in mentions if m.kind == kind]


def spans_hold(text, mentions):
    for m in mentions:
        assert text[m.start:m.end] == m.text, m


# -- the bundled article ---------------------------------------------------------------

def test_seed_facts_have_evidence_in_both_witnesses(seeds):
    facts = reconcile(seeds)
    texts = {w.id: w.text for w in seeds}
    assert facts and all(f.status != "" for f in facts)
    for f in facts:
        for wid, span in f.evidence.items():
            assert span is not None, f
            assert texts[wid][span[0]:span[1]] == f.readings[wid]


def test_seed_dates_people_quantities_places(seeds):
    facts = reconcile(seeds)
    values = {f.kind: [] for f in facts}
    for f in facts:
        values[f.kind].append(f.value)
    assert {"start": "1997-06-11", "end": "1997-06-13", "precision": "day",
            "resolved_with": "year of the issue (1997-06)"} in values["date"]
    assert {"start": "1996-04", "end": "1996-04", "precision": "month"} in values["date"]
    assert {"start": "1996-09", "end": "1996-09", "precision": "month"} in values["date"]
    assert {"start": "1994", "end": "1994", "precision": "year"} in values["date"]
    summer = [v for v in values["date"] if v.get("precision") == "season"]
    assert summer and summer[0]["start"] == "1997-06" and summer[0]["end"] == "1997-08"
    people = {v["name"]: v for v in values["person"]}
    assert people["Robert Einhorn"]["role"] == "Deputy Assistant Secretary of State for Non-Proliferation"
    assert people["Robert Einhorn"]["side"]["iso3"] == "USA"
    assert people["Li Hyongchol"]["role"] == "director of American affairs in the Ministry of Foreign Affairs"
    assert people["Li Hyongchol"]["side"]["iso3"] == "PRK"
    q = [(v["magnitude"], v["unit"], v["approximate"]) for v in values["quantity"]]
    assert q == [(1000, "km", True), (500, "kg", False), (300, "km", False)]
    places = {v["name"] for v in values["place"]}
    assert places == {"United States", "North Korea", "New York", "South Korea", "Japan", "Syria", "Iran"}
    orgs = {v["name"] for v in values["organization"]}
    assert {"Government of North Korea", "Ministry of Foreign Affairs", "Missile Technology Control Regime"} == orgs


def test_more_than_a_year_is_computed(seeds):
    facts = reconcile(seeds)
    rows = relative_time(facts)
    assert len(rows) == 1 and rows[0]["verdict"] == "holds"
    # the same statement with the dates moved closer fails: the verdict follows the dates
    text = ("More than a year after the two sides initiated talks, they held a second round of talks June 11-13 "
            "in Geneva. The two sides first met in January 1997.")
    w = parse_text("Title\n\n" + text, id="t")
    w.metadata["issue"] = "1997-06"
    assert relative_time(reconcile([w]))[0]["verdict"] == "fails"


def test_checks_table(seeds):
    checks = run_checks(reconcile(seeds))
    assert list(checks.columns) == ["check", "verdict", "detail"]
    assert set(checks.verdict) <= {"holds", "fails", "cannot check"}
    got = dict(zip(checks.check.str.split(" \\(").str[0], checks.verdict))
    assert got["MTCR Category I payload"] == "holds" and got["MTCR Category I range"] == "holds"
    assert got["the witnesses agree on every fact"] == "holds"
    assert any(c.startswith("range claim") for c in checks.check)


# -- passages written for the tests -------------------------------------------------------

PASSAGE = (
    "Negotiators from Russia and the United States agreed on March 4 to resume inspections, more than two years "
    "after the first round of talks in Vienna in February 2021. The Russian delegation was led by Deputy Foreign "
    "Minister Ivan Petrov; his American counterpart was Jane Doe, assistant secretary for arms control at the "
    "Department of State. A State Department spokeswoman said the next round could come next spring. Moscow "
    "rejected the proposal. The missile flew roughly 800 kilometers carrying a 750-kilogram warhead, and a "
    "second test in Moscow reached some 1,200 miles."
)


def test_passage_dates():
    m = extract_text(PASSAGE, issue="2023-04")
    spans_hold(PASSAGE, m)
    dates = {d.text: d.value for d in by_kind(m, "date")}
    assert dates["March 4"] == {"start": "2023-03-04", "end": "2023-03-04", "precision": "day",
                                "resolved_with": "year of the issue (2023-04)"}
    assert dates["February 2021"]["start"] == "2021-02" and dates["February 2021"]["precision"] == "month"
    assert dates["next spring"] == {"start": "2024-03", "end": "2024-05", "precision": "season",
                                    "resolved_with": "relative to the issue (2023-04)"}
    rel = dates["more than two years after"]
    assert rel["duration"] == "P2Y" and rel["anchor"] == "round 1 of talks"


def test_passage_people_roles_sides():
    m = extract_text(PASSAGE, issue="2023-04")
    people = {p.value["name"]: p.value for p in by_kind(m, "person")}
    assert people["Ivan Petrov"]["role"] == "Deputy Foreign Minister"
    assert people["Ivan Petrov"]["side"]["iso3"] == "RUS"
    assert people["Jane Doe"]["role"] == "assistant secretary for arms control at the Department of State"
    assert people["Jane Doe"]["side"]["iso3"] == "USA"


def test_passage_quantities_with_pint():
    m = extract_text(PASSAGE, issue="2023-04")
    q = {x.text: x.value for x in by_kind(m, "quantity")}
    assert q["roughly 800 kilometers"] == {"magnitude": 800, "unit": "km", "approximate": True, "measure": "range"}
    assert q["750-kilogram"]["magnitude"] == 750 and q["750-kilogram"]["unit"] == "kg"
    miles = q["some 1,200 miles"]
    assert miles["unit"] == "km" and miles["approximate"] and abs(miles["magnitude"] - 1931.213) < 0.01


def test_passage_places_organizations_metonymy():
    m = extract_text(PASSAGE, issue="2023-04")
    orgs = [(o.text, o.value["name"]) for o in by_kind(m, "organization")]
    assert ("Moscow", "Government of Russia") in orgs  # "Moscow rejected the proposal"
    assert ("State Department", "U.S. Department of State") in orgs
    places = [(p.text, p.value["name"], p.value["type"]) for p in by_kind(m, "place")]
    assert ("Moscow", "Moscow", "city") in places       # "a second test in Moscow"
    assert ("Vienna", "Vienna", "city") in places
    assert ("Russia", "Russia", "country") in places


def test_passage_claims_and_attribution():
    m = extract_text(PASSAGE, issue="2023-04")
    claims = by_kind(m, "claim")
    spokes = [c for c in claims if "next round" in c.text]
    assert spokes and spokes[0].value["attribution"] == "a State Department spokeswoman"
    moscow = [c for c in claims if c.text.startswith("Moscow rejected")]
    assert moscow[0].value["actor"] == "Moscow" and moscow[0].value["attribution"] == "the article"


@pytest.mark.parametrize("text, expect", [
    ("The Gen. said so. Then he left.", 2),
    ("Talks in the U.S. Capitol went on. Nothing was agreed.", 2),
    ("He met Dr. Kim in Seoul. They spoke.", 2),
])
def test_sentences(text, expect):
    assert len(sentences(text)) == expect


def test_may_the_verb_is_not_a_month():
    m = extract_text("Officials said the talks may resume, but no date was set in May 1998.", issue="1998-06")
    dates = [d.value["start"] for d in by_kind(m, "date")]
    assert dates == ["1998-05"]


def test_interval():
    from datetime import date

    assert interval({"start": "1996-04", "end": "1996-04"}) == (date(1996, 4, 1), date(1996, 4, 30))
    assert interval({"start": "1994", "end": "1994"}) == (date(1994, 1, 1), date(1994, 12, 31))


def test_cli_facts_json(capsys):
    from analysis.__main__ import main
    from conftest import RAW

    assert main(["facts", *map(str, RAW), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    kinds = {f["kind"] for f in doc["facts"]}
    assert kinds == {"event", "date", "person", "organization", "place", "quantity", "claim"}
    dates = [f for f in doc["facts"] if f["kind"] == "date" and f["text"] == "June 11-13"]
    assert dates[0]["value"]["start"] == "1997-06-11" and dates[0]["value"]["end"] == "1997-06-13"
    assert set(dates[0]["evidence"]) == {p.stem for p in RAW}
    q = [f for f in doc["facts"] if f["kind"] == "quantity"][0]
    assert q["value"] == {"magnitude": 1000, "unit": "km", "approximate": True, "measure": "range"}
    p = [f for f in doc["facts"] if f["kind"] == "person"][0]
    assert {"name", "role", "side"} <= set(p["value"])
    assert {"check", "verdict", "detail"} == set(doc["checks"][0])


def test_table_helpers(seeds):
    from analysis.facts import kind_table, spans_hold, summary

    facts = reconcile(seeds)
    assert spans_hold(facts, seeds)
    people = kind_table(facts, ["person"], ["fact_id", "name", "role", "side"])
    assert list(people.columns) == ["fact_id", "name", "role", "side"]
    assert set(people.side) == {"United States", "North Korea"}
    assert summary(facts).startswith(f"{len(facts)} facts (") and "2 worded differently, 0 in one witness" in summary(facts)
