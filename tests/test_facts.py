import dataclasses
import json

import pytest

from analysis.dates import bounds as interval
from analysis.extract.checks import relative_time, run_checks
from analysis.extract.facts import extract_text, reconcile, sentences
from analysis.text.capture import parse_text


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
            "resolved_with": "most recent such date on or before the issue (1997-06)"} in values["date"]
    assert {"start": "1996-04", "end": "1996-04", "precision": "month"} in values["date"]
    assert {"start": "1996-09", "end": "1996-09", "precision": "month"} in values["date"]
    assert {"start": "1994", "end": "1994", "precision": "year"} in values["date"]
    april = [v for v in values["date"] if v.get("resolved_with") == "year of the last mention of that month"]
    assert april and april[0]["start"] == "1996-04"
    summer = [v for v in values["date"] if v.get("precision") == "season"]
    assert summer and summer[0]["start"] == "1997-06" and summer[0]["end"] == "1997-08"
    people = {v["name"]: v for v in values["person"]}
    assert people["Robert Einhorn"]["role"] == "Deputy Assistant Secretary of State for Non-Proliferation"
    assert people["Robert Einhorn"]["side"]["iso3"] == "USA"
    assert people["Li Hyongchol"]["role"] == "director of American affairs in the Ministry of Foreign Affairs"
    assert people["Li Hyongchol"]["side"]["iso3"] == "PRK"
    assert people["Li Hyongchol"]["family"] == "Li"  # a Korean name, family name first
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
    w.metadata = dataclasses.replace(w.metadata, issue="1997-06")  # Metadata is frozen
    assert relative_time(reconcile([w]))[0]["verdict"] == "fails"


def test_checks_table(seeds):
    checks = run_checks(reconcile(seeds))
    assert list(checks.columns) == ["check", "verdict", "detail"]
    assert set(checks.verdict) <= {"holds", "fails", "cannot check"}
    got = dict(zip(checks.check.str.split(" \\(").str[0], checks.verdict))
    assert got["MTCR Category I payload"] == "holds" and got["MTCR Category I range"] == "holds"
    assert got["the witnesses agree on every fact"] == "holds"
    assert not any(c.startswith("range claim") for c in checks.check)  # the article's own check: study.checks


# -- passages written for the tests (real officials of the period, sentences of our own) ----------

PASSAGE = (
    "Negotiators from Russia and the United States agreed on March 4 to resume inspections, more than two years "
    "after the first round of talks in Vienna in February 2021. The Russian delegation was led by Deputy Foreign "
    "Minister Georgy Mamedov; his American counterpart was John Holum, acting under secretary for arms control at "
    "the Department of State. A State Department spokeswoman said the next round could come next spring. Moscow "
    "rejected the proposal. The missile flew roughly 800 kilometers carrying a 750-kilogram warhead, and a "
    "second test in Moscow reached some 1,200 miles."
)


def test_passage_dates():
    m = extract_text(PASSAGE, issue="2023-04")
    spans_hold(PASSAGE, m)
    dates = {d.text: d.value for d in by_kind(m, "date")}
    assert dates["March 4"] == {"start": "2023-03-04", "end": "2023-03-04", "precision": "day",
                                "resolved_with": "most recent such date on or before the issue (2023-04)"}
    assert dates["February 2021"]["start"] == "2021-02" and dates["February 2021"]["precision"] == "month"
    assert dates["next spring"] == {"start": "2024-03", "end": "2024-05", "precision": "season",
                                    "resolved_with": "relative to the issue (2023-04)"}
    rel = dates["more than two years after"]
    assert rel["duration"] == "P2Y" and rel["anchor"] == "round 1 of talks"


def test_passage_people_roles_sides():
    m = extract_text(PASSAGE, issue="2023-04")
    people = {p.value["name"]: p.value for p in by_kind(m, "person")}
    assert people["Georgy Mamedov"]["role"] == "Deputy Foreign Minister"
    assert people["Georgy Mamedov"]["side"]["iso3"] == "RUS"
    assert people["John Holum"]["role"] == "acting under secretary for arms control at the Department of State"
    assert people["John Holum"]["side"]["iso3"] == "USA"


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
    from analysis.extract.facts import facts_summary, kind_table, spans_hold

    facts = reconcile(seeds)
    assert spans_hold(facts, seeds)
    people = kind_table(facts, ["person"], ["fact_id", "name", "role", "side"])
    assert list(people.columns) == ["fact_id", "name", "role", "side"]
    assert set(people.side) == {"United States", "North Korea"}
    assert facts_summary(facts).startswith(f"{len(facts)} facts (") and "2 worded differently, 0 in one witness" in facts_summary(facts)


# -- people, places, organisations and quantities beyond the study's article ---------------------


def sides_of(text, issue=None):
    """Each person's side (ISO3, or None), by the text that names them."""
    return {m.text: (m.value["side"] or {}).get("iso3") for m in by_kind(extract_text(text, issue), "person")}


def people_of(text, issue="2001-06"):
    m = extract_text(text, issue=issue)
    spans_hold(text, m)
    return {p.text: p.value for p in by_kind(m, "person")}


def test_people_unicode_family_first_hyphen_possessive():
    text = ("Swedish Prime Minister Göran Persson met North Korean leader Kim Jong-il in Pyongyang. "
            "Kim's pledge was welcomed by South Korean President Kim Dae-jung. "
            "Ahmet Üzümcü, the OPCW's director-general, said the work was done.")
    p = people_of(text)
    assert p["Göran Persson"]["side"]["iso3"] == "SWE" and p["Göran Persson"]["role"] == "Prime Minister"
    assert p["Kim Jong-il"]["family"] == "Kim" and p["Kim Jong-il"]["given"] == "Jong-il"
    assert p["Kim's"]["name"] == "Kim Jong-il"  # possessive in the span, not in the name
    assert p["Kim Dae-jung"]["side"]["iso3"] == "KOR"
    assert "director-general" in p["Ahmet Üzümcü"]["role"]


def test_people_roles_before_after_counterpart_and_heads():
    text = ("State Department spokesman Philip Reeker said the talks went well. At the talks, the U.S. side was "
            "led by Robert Einhorn, assistant secretary of state for nonproliferation; his counterpart, Jang Chang "
            "Chon, heads the U.S. affairs bureau of the North Korean Foreign Ministry. Sune Danielsson, who heads "
            "the Wassenaar secretariat, spoke later. President-elect George W. Bush said little, and Sen. Jesse "
            "Helms (R-NC) objected.")
    p = people_of(text)
    assert p["Philip Reeker"]["role"] == "spokesman" and p["Philip Reeker"]["side"]["iso3"] == "USA"
    assert p["Philip Reeker"]["organization"] == "U.S. Department of State"
    assert p["Robert Einhorn"]["role"].startswith("assistant secretary of state")
    assert "Jang Chang Chon" in p and p["Jang Chang Chon"]["family"] == "Jang"
    assert p["Sune Danielsson"]["role"] == "head of the Wassenaar secretariat"
    assert p["George W. Bush"]["role"] == "President-elect"
    assert p["Jesse Helms"]["side"]["iso3"] == "USA"


def test_a_long_title_ends_in_a_title_word_before_the_name():
    text = ("Special Adviser to the President and the Secretary of State for North Korea Policy Wendy Sherman "
            "said the talks were useful. The Defense Production Act and the International Monitoring System "
            "were cited.")
    p = people_of(text)
    assert list(p) == ["Wendy Sherman"]
    assert p["Wendy Sherman"]["role"].endswith("Secretary of State for North Korea Policy")


def test_later_mentions_by_surname_are_people_not_places():
    text = ("President Bill Clinton spoke in Washington. Clinton said the treaty would hold. "
            "Secretary of State Madeleine Albright agreed, and Albright's aides nodded.")
    m = extract_text(text, issue="1999-10")
    people = [(p.text, p.value["name"]) for p in by_kind(m, "person")]
    assert ("Clinton", "Bill Clinton") in people and ("Albright's", "Madeleine Albright") in people
    assert [p.text for p in by_kind(m, "place")] == ["Washington"]  # Clinton, Iowa is not meant


def test_place_needs_evidence_for_a_small_town_name():
    text = ("The Treaty of Versailles was cited. Officials met in Kuala Lumpur, and the Wassenaar Arrangement "
            "states met in Vienna. Talks in the North went on; Reading the report took a day.")
    m = extract_text(text, issue="1999-12")
    places = [p.text for p in by_kind(m, "place")]
    assert places == ["Kuala Lumpur", "Vienna"]
    assert [o.text for o in by_kind(m, "organization")] == ["Wassenaar Arrangement"]


def test_a_place_coordinated_with_a_cued_place_shares_the_cue():
    text = ("Pentagon analysts said the rocket could strike Guam, Alaska or Hawaii. Alaska and Hawaii lay quiet a "
            "year later. The envoy flew to Alaska but not Hawaii. Warships called at Yokosuka, Sasebo and Naha, but "
            "not Hawaii. Sasebo and Naha were named again.")
    m = extract_text(text, issue="2000-07")
    places = [(p.text, text[:p.start].count(".")) for p in by_kind(m, "place")]
    # sentence 0: the cue "strike" reaches across the commas and "or"; 1: no cue; 2: "but not" stops it;
    # 3: cities share "at" with cities, a state after "but not" is left; 4: no cue
    assert places == [("Guam", 0), ("Alaska", 0), ("Hawaii", 0), ("Alaska", 2), ("Yokosuka", 3), ("Sasebo", 3),
                      ("Naha", 3)]


def test_a_role_s_side_is_the_country_it_serves_not_the_one_it_deals_with():
    text = ("Li Gun, deputy director of American affairs at the North Korean Foreign Ministry, met the envoy "
            "in New York. Li said little. Yang Sung Chul, ambassador to the United States, spoke later, "
            "and Rep. Lee Hamilton said the talks were worth holding.")
    p = people_of(text, issue="2000-07")
    assert p["Li Gun"]["side"]["iso3"] == "PRK" and p["Li Gun"]["family"] == "Li"
    assert p["Li"]["name"] == "Li Gun"  # the family name alone is the same person
    assert p["Yang Sung Chul"]["side"] is None and p["Yang Sung Chul"]["family"] == "Yang"
    assert p["Lee Hamilton"]["side"]["iso3"] == "USA" and "family" not in p["Lee Hamilton"]


def test_a_korean_shaped_given_name_is_read_family_name_first_whatever_the_side():
    from analysis.extract.gazetteer import family_first

    shaped = [{"name": n, "side": {"name": "United States", "iso3": "USA"}}
              for n in ("Jang Chang Chon", "Kim Dae-jung", "Lee Hamilton", "Kim Jong Il Sung Ho")]
    for v in shaped:
        family_first(v)
    assert [(v.get("family"), v.get("given")) for v in shaped] == [
        ("Jang", "Chang Chon"), ("Kim", "Dae-jung"), (None, None), (None, None)]


def test_organizations_from_the_table_and_generic_forms():
    text = ("The Pakistani Foreign Office and the Indian Army said the Korean Central News Agency (KCNA) erred. "
            "The Clinton administration and the Russian Defense Ministry disagreed; the Iranian government and the "
            "Islamic Revolutionary Guard Corps were silent.")
    orgs = {o.text: o.value for o in by_kind(extract_text(text, issue="2000-01"), "organization")}
    assert orgs["Korean Central News Agency"]["kind"] == "news agency"
    assert orgs["KCNA"]["name"] == "Korean Central News Agency"
    assert orgs["Pakistani Foreign Office"]["iso3"] == "PAK" and orgs["Indian Army"]["iso3"] == "IND"
    assert orgs["Russian Defense Ministry"]["iso3"] == "RUS"
    assert "Iranian government" not in orgs  # a country's institution in common nouns, no named body
    assert "Clinton administration" in orgs and orgs["Islamic Revolutionary Guard Corps"]["iso3"] == "IRN"


@pytest.mark.parametrize("text, magnitude, unit, extra", [
    ("The Shahab-3 is a 53-foot long missile.", 16.1544, "m", {"measure": "length"}),
    ("It has a range of 1,300 to 1,500 kilometers.", 1300, "km", {"high": 1500, "measure": "range"}),
    ("The missile can carry a payload of two tons.", 2000, "kg", {"measure": "payload"}),
    ("India said the device had a yield of about 43 kilotons.", 43, "kt", {"measure": "yield", "approximate": True}),
    ("Sanctions relief worth about $7 billion was offered.", 7_000_000_000, "USD", {"measure": "money"}),
    ("Iran will stop enriching above 5 percent.", 5, "%", {"measure": "share"}),
    ("Russia declared some 40,000 metric tons of agent.", 40_000_000, "kg", {"approximate": True}),
    ("The rocket flew more than 1,000 miles.", 1609.344, "km", {"bound": ">", "measure": "range"}),
    ("North Korea froze its 5-megawatt reactor.", 5, "MW", {"measure": "power"}),
    ("The yield was less than a kiloton.", 1, "kt", {"bound": "<", "measure": "yield"}),
    ("It carried a five-megaton warhead.", 5000, "kt", {"measure": "yield"}),  # "a" is no number before "five"
    ("The site lies a dozen kilometers away.", 12, "km", {"measure": "range"}),
])
def test_quantities_units_ranges_words_money_shares(text, magnitude, unit, extra):
    q = by_kind(extract_text(text, issue="2000-01"), "quantity")
    assert len(q) == 1, q
    v = q[0].value
    assert abs(v["magnitude"] - magnitude) < 1e-3 and v["unit"] == unit
    for k, want in extra.items():
        assert v[k] == want, (k, v)


def test_years_and_counts_are_not_quantities():
    q = by_kind(extract_text("In 1998 the two sides met three times and 155 nations signed.", issue="1999-01"),
                "quantity")
    assert q == []


# -- the gazetteers -------------------------------------------------------------------------------


def test_gazetteers_are_large_sourced_and_load_once():
    import csv

    from analysis import paths
    from analysis.extract import gazetteer as gz

    sizes = {}
    for name in ("countries", "cities", "organizations", "roles", "regions", "subdivisions", "family_names"):
        with open(paths.REFERENCE / f"{name}.csv", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert rows and all(r["source"].strip() for r in rows), name
        sizes[name] = len(rows)
    assert sizes["countries"] >= 249 and sizes["cities"] >= 30_000
    assert sizes["organizations"] >= 150 and sizes["roles"] >= 150
    assert gz.automaton() is gz.automaton()  # built once per process
    assert gz.lookup("Zaire").iso3 == "ZAR" and gz.lookup("Burma").iso3 == "BUR"
    assert gz.lookup("Soviet Union").name == "Soviet Union"
    assert gz.lookup("North Korean", ("adjective",)).iso3 == "PRK"
    assert gz.lookup("American", ("adjective",)).iso3 == "USA"


def test_trie_regex_matches_exactly_the_words():
    import re

    from analysis.extract.gazetteer import trie_regex

    words = ["Sen.", "Secretary", "Secretary of State", "Spokesman", "S"]
    pattern = re.compile(rf"(?:{trie_regex(words)})$")
    assert all(pattern.match(w) for w in words)
    assert not pattern.match("Secret") and not pattern.match("Sen")


# -- evaluation against gold -----------------------------------------------------------------------


def test_evaluate_facts_on_the_development_set():
    from pathlib import Path

    from analysis.evaluate import evaluate_facts

    summary, detail = evaluate_facts(Path(__file__).parent / "briefs")
    rows = {r["kind"]: r for r in summary}
    assert set(rows) == {"date", "organization", "person", "place", "quantity", "all"}
    assert rows["all"]["gold"] == sum(r["outcome"] != "extra" for r in detail)
    # the development set is the regression guard of the figures in benchmarks/README.md
    assert rows["all"]["recall"] >= 0.9 and rows["place"]["precision"] >= 0.95
    assert all(r["recall"] >= 0.85 for r in rows.values())


def test_evaluate_facts_cli_errors(tmp_path, capsys):
    from analysis.__main__ import main

    assert main(["evaluate-facts", str(tmp_path / "nowhere")]) == 2
    assert "is not a folder" in capsys.readouterr().err
    (tmp_path / "a.txt").write_text("## T\n\n- [Arms Control Today](#)\n\nIran met Iraq.\n", encoding="utf-8")
    (tmp_path / "a.json").write_text('{"facts": [{"kind": "place"}]}', encoding="utf-8")
    assert main(["evaluate-facts", str(tmp_path)]) == 2
    assert "a.json: fact 0 needs kind, start and end" in capsys.readouterr().err
    (tmp_path / "a.json").write_text('{"issue": "2000-01", "facts": [{"kind": "place", "text": "Iran", '
                                     '"start": 33, "end": 37, "value": {"iso3": "IRN"}}]}', encoding="utf-8")
    assert main(["evaluate-facts", str(tmp_path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    place = [r for r in doc["summary"] if r["kind"] == "place"][0]
    # Iraq is found but not in this gold file: one extra, half the precision
    assert place["recall"] == 1.0 and place["found"] == 2 and place["precision"] == 0.5 and place["values"] == 1.0


# -- issue 20: names typed by their head word, money in other currencies, whole-word units ---------

def _found(text, kind):
    from analysis.extract import extract_text

    return [(m.text, m.value) for m in extract_text(text, "2012-04") if m.kind == kind]


def test_a_company_by_its_legal_form_keeps_the_form_and_its_full_stop():
    found = _found("Brenner Optik GmbH and Acme Holdings Ltd., its agent, paid the penalty.", "organization")
    assert [t for t, _ in found] == ["Brenner Optik GmbH", "Acme Holdings Ltd."]


def test_a_military_unit_by_its_ordinal_and_head():
    assert [t for t, _ in _found("The 12th Guards Tank Division moved west.", "organization")] == \
        ["12th Guards Tank Division"]


def test_a_facility_is_one_place_with_its_head_and_the_country_after_in():
    found = _found("The shells were stored at the Tooele Army Depot in Utah.", "place")
    assert found[0] == ("Tooele Army Depot", {"name": "Tooele Army Depot", "kind": "facility", "iso3": "USA"})


def test_a_table_name_followed_by_a_council_is_the_start_of_a_longer_body():
    assert [t for t, _ in _found("The Guardian Council endorsed the bill.", "organization")] == ["Guardian Council"]


def test_money_in_pounds_and_a_word_number_never_glued_to_a_unit():
    found = _found("The boats cost £31 billion, Anton Weber said.", "quantity")
    assert found == [("£31 billion", {"magnitude": 31_000_000_000, "unit": "GBP", "approximate": False,
                                       "measure": "money"})]


# -- issue 20: people whose names are months, pairs sharing a family name, roles after the name -----

def test_a_month_after_a_given_name_is_a_family_name_but_a_month_before_a_day_is_a_date():
    found = _found("Olga April, the firm's export officer, said she had flagged it.", "person")
    assert [t for t, _ in found] == ["Olga April"]
    assert not _found("In April 2011 officials said little.", "person")


def test_a_role_taken_up_after_the_name_and_the_surname_alone_later():
    found = _found("Five days after Julia June became prime minister, June said the plan stood.", "person")
    assert [t for t, _ in found] == ["Julia June", "June"]


def test_two_given_names_sharing_one_family_name_before_who():
    found = _found("Brothers Lars and Nils Eriksson, who own the Swedish firm, approved the sale.", "person")
    assert [(t, v["name"], v["side"]["iso3"]) for t, v in found] == \
        [("Lars", "Lars Eriksson", "SWE"), ("Nils Eriksson", "Nils Eriksson", "SWE")]


def test_an_organisation_before_a_title_is_no_part_of_the_name():
    assert [t for t, _ in _found("ESA Director Josef Aschbacher said the launch would go ahead.", "person")] == \
        ["Josef Aschbacher"]


def test_an_apposition_may_end_at_an_acronym_in_parentheses():
    text = "Ahmet Uzumcu, director-general of the Organisation for the Prohibition of Chemical Weapons (OPCW), said so."
    assert [t for t, _ in _found(text, "person")] == ["Ahmet Uzumcu"]


def test_a_type_noun_in_apposition_makes_an_organisation_not_a_person():
    found = _found("The Shin Bet security service questioned him, the broadcaster NHK said.", "organization")
    assert [t for t, _ in found] == ["Shin Bet", "NHK"]
    assert not _found("The Shin Bet security service questioned him.", "person")


# -- issue 20: two versions of a brief ------------------------------------------------------------

def test_a_number_changed_between_versions_is_one_fact_that_differs():
    from analysis.extract.facts import reconcile
    from analysis.text.capture import parse_text

    w = parse_text("## Agni Test\n\nThe missile can fly 2,500 kilometers, officials said.\n", id="a")
    v = parse_text("## Agni Test\n\nThe missile can fly 2,000 kilometers, officials said.\n", id="b")
    quantities = [f for f in reconcile([w, v]) if f.kind == "quantity"]
    assert len(quantities) == 1 and quantities[0].status.standing.name == "DIFFERS"
    assert quantities[0].readings == {"a": "2,500 kilometers", "b": "2,000 kilometers"}


def test_a_countrys_office_belongs_to_that_country():
    found = _found("Pakistan's Foreign Office rejected the claim.", "organization")
    assert found and found[0][1].get("iso3") == "PAK"


# -- issue 20, second round: relative dates ---------------------------------------------------------

@pytest.mark.parametrize("text, words, start, end", [
    ("The bill passed on December 1, 2020. The council endorsed it the next day.", "the next day",
     "2020-12-02", "2020-12-02"),
    ("The lower house voted on October 18, 2023, and the upper house followed a week later.", "a week later",
     "2023-10-25", "2023-10-25"),
    ("The talks ended on May 3, 2011. Two days later the envoy left.", "Two days later", "2011-05-05", "2011-05-05"),
    ("The summit was called off on May 24, 2018, but revived the following week.", "the following week",
     "2018-05-28", "2018-06-03"),
    ("The parts arrived on March 15, 2004; more had been flown out earlier in the month.", "earlier in the month",
     "2004-03-01", "2004-03-14"),
    ("The plant closed on June 10, 2009, and reopened later that month.", "later that month",
     "2009-06-11", "2009-06-30"),
    ("The envoy arrived on April 2, 2010, and an aide had come a day earlier.", "a day earlier",
     "2010-04-01", "2010-04-01"),
    ("The vote was held in January 2001 and the treaty lapsed the following year.", "the following year",
     "2002", "2002"),
    ("In May 2004 the service held him. He was released the next day.", "the next day", "2004-05", "2004-05"),
])
def test_a_relative_date_counts_from_the_last_explicit_date(text, words, start, end):
    found = {t: v for t, v in _found(text, "date")}
    assert found[words]["start"] == start and found[words]["end"] == end
    assert "last explicit date" in found[words]["resolved_with"]


def test_a_relative_date_needs_an_anchor_and_is_not_a_duration_or_an_event_count():
    assert not _found("The council endorsed it the next day.", "date")
    texts = [t for t, _ in _found("On May 3, 2011, they said the missile could fly within the next year.", "date")]
    assert "the next year" not in texts
    texts = [t for t, _ in _found("On May 3, 2011, the envoy left two days after the vote.", "date")]
    assert texts == ["May 3, 2011"]


# -- issue 20, second round: places by their cue, articles, modifiers; organisations by head -----------

@pytest.mark.parametrize("text, words, iso3", [
    ("Inspectors sailed from the port of Tartus on Monday.", "Tartus", "SYR"),
    ("Engineers are building a reactor at Rooppur in Bangladesh.", "Rooppur", "BGD"),
    ("Troops were moved into its Transnistria enclave, officials said.", "Transnistria", None),
    ("The rocket flew from Kodiak Island toward the sea.", "Kodiak Island", None),
    ("The missile fell into the Gulf of Aden.", "Gulf of Aden", None),
    ("Rebels held Bajaur, a town near the border, for a week.", "Bajaur", None),
])
def test_a_place_the_text_marks_by_its_cue(text, words, iso3):
    found = dict(_found(text, "place"))
    assert words in found
    assert found[words].get("iso3") == iso3


def test_no_place_from_an_adjective_before_state_or_a_region_premodifying_a_site():
    assert not _found("They spoke of the Jewish state and the Baltic region.", "place")
    assert [t for t, _ in _found("New tunnels were dug at the Arctic test site.", "place")] == []


def test_a_plural_country_name_keeps_its_article_a_singular_one_does_not():
    found = [t for t, _ in _found("The United States and the United Kingdom sold jets to the United Arab Emirates.",
                                  "place")]
    assert found == ["The United States", "United Kingdom", "the United Arab Emirates"]


def test_an_organisation_named_before_an_office_and_a_person():
    found = [t for t, _ in _found("ESA Director-General Josef Aschbacher and Rosatom head Alexei Likhachev spoke.",
                                  "organization")]
    assert found == ["ESA", "Rosatom"]
    assert not _found("Deputy Director John Smith and Defense chief Ann Lee spoke.", "organization")


def test_news_outlets_by_their_head_and_the_city_after_of():
    found = _found("Al Jazeera, Fox News and The Irish Times of Dublin reported the launch.", "organization")
    assert [t for t, _ in found][-2:] == ["Fox News", "The Irish Times"]
    assert "Dublin" in [t for t, _ in _found("The Irish Times of Dublin reported the launch.", "place")]


# -- issue 20, second round: people's side ----------------------------------------------------------

def _sides(text):
    from analysis.extract import extract_text

    return {m.text: (m.value.get("side") or {}).get("iso3") for m in extract_text(text, "2012-04") if m.kind == "person"}


def test_a_side_is_read_past_another_persons_country_and_kept_by_the_later_mention():
    text = ("Energy Secretary Tom Baird showed the parts at a laboratory in Ohio.\n\n"
            "A U.S. Air Force flight carried the rest. Baird said Libyan leader Omar Fadl had agreed to it.")
    sides = _sides(text)
    assert sides["Baird"] == "USA" and sides["Tom Baird"] == "USA" and sides["Omar Fadl"] == "LBY"


def test_an_office_takes_the_country_of_the_ministry_of_its_portfolio():
    text = ("The Ministry of Defence put the cost at a billion pounds.\n\n"
            "Defence Secretary Ann Lowe said the first boat would sail in 2030.")
    assert _sides(text)["Ann Lowe"] == "GBR"


def test_a_journalist_or_an_officer_of_an_unknown_body_takes_no_side_from_the_context():
    text = ("Reporters from the South Korean broadcaster MBC were there. CNN correspondent Tom Reed said the "
            "tunnels were sealed, and Kosmotek head Ivan Petrov said little.")
    sides = _sides(text)
    assert sides["Tom Reed"] is None and sides["Ivan Petrov"] is None


def test_a_coordinated_pair_takes_the_sides_of_the_pair_before_it_in_order():
    text = ("Secretary of State Ann Pryce and Indian External Affairs Minister Raj Mehta signed the accord, "
            "completing talks begun by President Tom Hale and Prime Minister Vikram Rao.")
    sides = _sides(text)
    assert (sides["Tom Hale"], sides["Vikram Rao"]) == ("USA", "IND")


# -- issue 20, third blind set: currencies by name, speeds, addresses, facilities, "In <capital>," -------------

def test_money_by_the_name_of_its_currency_and_a_speed_per_hour():
    found = dict(_found("It cost about 680 million rand and 90 billion Australian dollars; "
                        "drones slower than 800 kilometers per hour.", "quantity"))
    assert found["about 680 million rand"]["unit"] == "ZAR"
    assert found["90 billion Australian dollars"] == {"magnitude": 90_000_000_000, "unit": "AUD",
                                                      "approximate": False, "measure": "money"}
    assert found["800 kilometers per hour"]["unit"] == "km/h"


def test_a_state_after_a_place_and_a_comma_or_after_a_person_and_of_is_a_place():
    text = "Uranium reached Oak Ridge, Tennessee, and Fort Greely, Alaska. Senator Bob Menendez of New Jersey spoke."
    assert [t for t, _ in _found(text, "place")] == ["Oak Ridge", "Tennessee", "Fort Greely", "Alaska", "New Jersey"]


def test_plants_by_their_head_and_a_capital_after_in_at_a_sentence_start():
    text = "The plant was old. It came from the Valindaba enrichment plant and the Y-12 Plant. In Beijing, officials spoke."
    assert [t for t, _ in _found(text, "place")] == ["Valindaba", "Y-12 Plant", "Beijing"]
    # the lower-case noun stays outside, as any type noun; a demonym before it names no site
    assert [t for t, _ in _found("The Pilcaniyeu plant and the Iranian facility were shut.", "place")] == ["Pilcaniyeu"]
    assert _found(text, "organization") == []


def test_a_particle_inside_a_name_is_part_of_it():
    text = "President F.W. de Klerk spoke, and NATO Secretary-General Jaap de Hoop Scheffer agreed."
    assert [t for t, _ in _found(text, "person")] == ["F.W. de Klerk", "Jaap de Hoop Scheffer"]


def test_a_country_as_an_object_gives_no_official_a_side_and_a_first_mention_decides():
    text = ("Russia has moved missiles to Belarus, President Ivan Orlov said. Orlov said Belarusian crews "
            "would train first. Deputy Defense Secretary Al Kerr said the plan would deny Russia any gain.")
    sides = _sides(text)
    assert sides["Ivan Orlov"] == "RUS" and sides["Orlov"] == "RUS" and sides["Al Kerr"] is None


def test_bodies_with_and_forum_staff_and_a_for_phrase_are_organisations_not_people():
    text = ("Ana Lis, secretary of Ukraine's National Security and Defense Council, spoke. Tom Ek, a Joint Staff "
            "official, and Eva Noor, a researcher at the Hanbit Institute for Peace Studies, spoke at the Baltic "
            "Policy Forum, as did the Chief of the General Staff.")
    assert [t for t, _ in _found(text, "organization")] == ["National Security and Defense Council", "Joint Staff",
                                                          "Hanbit Institute for Peace Studies", "Baltic Policy Forum"]
    assert "Peace Studies" not in [t for t, _ in _found(text, "person")]


def test_a_capital_listed_after_a_locative_word_is_a_place():
    text = "The president sent his foreign minister to Beijing, Moscow and Brussels."
    assert [t for t, _ in _found(text, "place")] == ["Beijing", "Moscow", "Brussels"] and _found(text, "organization") == []


def test_last_before_a_month_is_in_the_dates_span_as_in_last_year():
    text = "The rule was eased last July and the talks ended in October."
    assert [t for t, _ in _found(text, "date")] == ["last July", "October"]


def test_a_name_after_a_place_and_a_comma_takes_its_apposition_and_a_complex_is_a_facility():
    text = "In Kyiv, Oleksiy Danilov, secretary of the council, said the test at the Pacific Spaceport Complex failed."
    assert [t for t, _ in _found(text, "person")] == ["Oleksiy Danilov"]
    assert [t for t, _ in _found(text, "place")] == ["Kyiv", "Pacific Spaceport Complex"]


# -- issue 20, precision of sides: only the person's own words, and none when the evidence is weak ----------

def test_a_title_s_country_is_the_own_title_s_not_a_chain_of_titles_before_it():
    text = "Secretary of State Ann Pryce and Foreign Minister Ivo Rus met in Geneva for two days."
    sides = _sides(text)
    assert sides["Ann Pryce"] == "USA" and sides["Ivo Rus"] is None
    assert _sides("Secretary of State Ann Pryce met in Geneva.")["Ann Pryce"] == "USA"  # counter-case: her own title


def test_a_country_after_that_the_is_a_clause_s_subject_and_a_list_after_a_locative_region_is_places():
    text = "President Tom Hale said on May 2 that the United States would bring home its shells in Europe and South Korea."
    assert _sides(text)["Tom Hale"] == "USA"
    # counter-cases: "the" after a verb still marks an object; a list after "in" is places only
    assert _sides("Deputy Defense Secretary Al Kerr said the plan would deny the United States any gain.")["Al Kerr"] is None
    assert _sides("President Tom Hale spoke of bases in Europe and South Korea.")["Tom Hale"] is None


def test_the_paragraph_is_not_read_past_a_country_the_own_sentence_names_as_a_place_or_an_object():
    text = ("A blast cut power at Iran's plant on Sunday, the day after President Ali Rahimi had opened it. "
            "Israeli media named the Mossad.")
    assert _sides(text)["Ali Rahimi"] is None
    assert _sides("Foreign Minister Reza Amini blamed Israel. Israeli media named the Mossad.")["Reza Amini"] is None
    # counter-case: a sentence naming no country still takes the paragraph's one country
    assert _sides("Israeli media named the Mossad. Prime Minister Dan Levi made no comment.")["Dan Levi"] == "ISR"


def test_a_national_body_a_person_speaks_at_gives_the_side_and_one_met_at_does_not():
    text = ("Defense Secretary Al Kerr told reporters at the Pentagon that crews were ready. "
            "Foreign Minister Ivo Rus said the Kremlin saw a new stage.")
    sides = _sides(text)
    assert sides["Al Kerr"] == "USA" and sides["Ivo Rus"] == "RUS"
    # counter-case: the body where two people met is the meeting's place, not the guest's side
    assert _sides("President Tom Hale met Prime Minister Ken Sato at the White House.")["Ken Sato"] is None


def test_the_organization_s_officer_takes_the_country_after_of_in_the_body_s_name():
    text = ("Ali Salehi, head of the Atomic Energy Organization of Iran, spoke first, and Israeli media named the "
            "Mossad. Reza Kamali, the organization's spokesman, was hurt.")
    assert _sides(text)["Reza Kamali"] == "IRN"
    # counter-case: an international organisation's officer takes none, whatever the paragraph names
    text = "The Organization of American States met in Lima, and Peruvian police stood guard. Ana Ruiz, the organization's spokeswoman, spoke."
    assert _sides(text)["Ana Ruiz"] is None


def test_a_role_a_pronoun_owns_takes_the_subject_s_country_or_none():
    text = ("The rebels, who have fought a Saudi-led coalition in Yemen, claimed the attack. Their military "
            "spokesman, Yahya Sari, said 10 drones were sent. Saudi officials said no one was killed.")
    assert _sides(text)["Yahya Sari"] is None
    text = "The Chinese Foreign Ministry kept silent until Monday, when its spokesman, Liu Jian, confirmed the test."
    assert _sides(text)["Liu Jian"] == "CHN"
    # counter-case: "its" after another name may stand for it; the context decides as before
    text = "Saudi Arabia's King Fahd asked Washington to recall its ambassador, Hume Horan, in April."
    assert _sides(text)["Hume Horan"] != "SAU"


def test_side_from_the_offices_table():
    """An official whose title names no country takes the government of the office held in the issue's
    months (data/reference/officeholders.csv); the text's own evidence wins, and a past office gives none."""
    text = "Defense Secretary Dick Cheney met Foreign Minister Eduard Shevardnadze. Later, Defence Minister Sergei Shoigu spoke."
    p = people_of(text, issue="1990-05")
    assert p["Dick Cheney"]["side"]["iso3"] == "USA" and p["Dick Cheney"]["side"]["from"] == "office"
    assert p["Eduard Shevardnadze"]["side"]["iso3"] == "SUN"
    assert not p["Sergei Shoigu"]["side"]  # no such minister in 1990, nor within five years of it
    assert people_of(text, issue="2015-03")["Sergei Shoigu"]["side"]["iso3"] == "RUS"
    assert not people_of(text, issue=None)["Dick Cheney"]["side"]  # no issue, no tenure to read
    # the text's own country wins over the table's
    assert people_of("The French envoy Jack Straw spoke.", issue="2003-02")["Jack Straw"]["side"]["iso3"] == "FRA"
    assert not people_of("Former Foreign Secretary Jack Straw spoke.", issue="2003-02")["Jack Straw"]["side"]


def test_office_side_tenures_and_two_governments(monkeypatch):
    from analysis.extract import offices

    assert offices.office_side("Bush", offices.months("1991-01")) == "USA"  # the tenures decide which Bush
    assert offices.office_side("Kim Jong-un", offices.months("2018-06")) == "PRK"  # spelling folded
    monkeypatch.setattr(offices, "_index", lambda: {"ann lee": [("GBR", 24000, 24100, frozenset({"president"})),
                                                              ("FRA", 24050, 24200, frozenset({"president"}))]})
    assert offices.office_side("Ann Lee", (24060, 24060)) is None  # two governments at once: none
    assert offices.office_side("Ann Lee", (24150, 24150)) == "FRA"


# -- issue 20, after a fourth and a fifth held-out set -------------------------------------------------------


def test_a_well_known_city_s_whole_name_is_no_person():
    text = "Officials in Buenos Aires acknowledged the deal. New Delhi says it will not resume talks."
    assert _found(text, "person") == []
    assert "Buenos Aires" in [t for t, _ in _found(text, "place")]
    # counter-case: a small town's name may be a person's, as before
    assert [t for t, _ in _found("Jack Straw said the deal would stand.", "person")] == ["Jack Straw"]


def test_a_capital_struck_left_or_in_its_centre_is_a_place_not_its_government():
    text = "Drones struck Kyiv in October. Experts left Pyongyang a day later. Gas spread in central Tokyo."
    assert [t for t, _ in _found(text, "place")] == ["Kyiv", "Pyongyang", "Tokyo"] and _found(text, "organization") == []
    # counter-case: a capital as the sentence's actor is its government, as before
    assert [t for t, _ in _found("Kyiv said the drones were Iranian.", "organization")] == ["Kyiv"]


def test_a_site_s_lower_case_noun_and_a_shared_plural_mark_the_names_before_them_as_places():
    text = ("Putin watched drills at the Mulino training ground. Inspectors left its Yongbyon nuclear complex. "
            "Troops held the Dras and Batalik sectors. Ships sailed near Fiery Cross Reef and the Musudan-ri site.")
    assert [t for t, _ in _found(text, "place")] == ["Mulino", "Yongbyon", "Dras", "Batalik", "Fiery Cross Reef",
                                                     "Musudan-ri"]
    # counter-cases: a demonym and a word of the web before the noun are no places
    assert _found("It posted on the Web site near the Russian test site.", "place") == []


def test_a_name_after_a_place_noun_and_of_is_no_person_and_a_state_after_a_comma_closes_a_place():
    text = "He crossed at the border town of Dong Dang. The leaders met at Sunnylands, California, in February."
    assert _found(text, "person") == []
    assert [t for t, _ in _found(text, "place")] == ["Dong Dang", "Sunnylands", "California"]
    # counter-case: a country that opens the next clause names no place of the word before it
    assert "Ramstein" not in [t for t, _ in _found("At Ramstein, Germany's minister spoke.", "place")]


def test_a_side_read_from_what_a_person_said_yields_to_the_office_held():
    text = "Turkey bought the missiles. President Donald Trump said on July 16 that Turkey had been treated unfairly."
    assert people_of(text, issue="2019-09")["Donald Trump"]["side"]["iso3"] == "USA"
    # counter-case: with no office in the table, the country said stays, as before
    text = "President Ann Lee told parliament on March 24 that South Africa had built six devices."
    assert people_of(text, issue="1993-04")["Ann Lee"]["side"]["iso3"] == "ZAF"


def test_military_formations_by_a_head_after_a_place_a_sea_a_point_or_an_ordinal():
    text = ("Units of Russia's Western Military District and the Caspian Flotilla drilled; U.S. Northern Command "
            "tracked the rocket, and the Second Army and the Black Sea Fleet stood by.")
    orgs = {o.text: o.value for o in by_kind(extract_text(text, issue="2021-09"), "organization")}
    assert {"Western Military District", "Caspian Flotilla", "U.S. Northern Command", "Second Army",
            "Black Sea Fleet"} <= set(orgs)
    assert orgs["Western Military District"]["iso3"] == "RUS" and orgs["U.S. Northern Command"]["iso3"] == "USA"
    assert orgs["Caspian Flotilla"] == {"name": "Caspian Flotilla"}
    assert orgs["Black Sea Fleet"]["iso3"] == "RUS"  # the table's
    # counter-cases: no place, point or ordinal before the head; a lowercase head; the table's own unit
    others = ("He took command of the staff; the Zapad Fleet is a story, the first army a myth, "
              "and U.S. Central Command spoke.")
    orgs = {o.text: o.value for o in by_kind(extract_text(others, issue="2021-09"), "organization")}
    assert not {"Zapad Fleet", "first army", "command"} & set(orgs)
    assert orgs["U.S. Central Command"]["kind"] == "military unit"


def test_a_state_before_a_title_or_included_in_a_country_is_a_place():
    text = ("New Mexico Governor Bill Richardson flew in. The missiles could strike targets in the United States, "
            "including Hawaii and Alaska.")
    places = [p.text for p in by_kind(extract_text(text, issue="2003-01"), "place")]
    assert {"New Mexico", "Hawaii", "Alaska"} <= set(places)
    # counter-cases: a state in a longer name that is no title; "including" after no place
    others = "The New Mexico Lobos won. Several horses ran, including Delaware, a grey."
    places = [p.text for p in by_kind(extract_text(others, issue="2003-01"), "place")]
    assert "New Mexico" not in places and "Delaware" not in places


def test_parties_without_a_party_head_come_from_the_table():
    text = ("Morawiecki's Law and Justice party faces the Radical Civic Union and Komeito; "
            "deputies of the Supreme Rada disagreed.")
    orgs = {o.text: o.value for o in by_kind(extract_text(text, issue="2023-06"), "organization")}
    assert orgs["Law and Justice"] == {"name": "Law and Justice", "kind": "political party", "iso3": "POL"}
    assert orgs["Radical Civic Union"]["iso3"] == "ARG" and orgs["Komeito"]["iso3"] == "JPN"
    assert orgs["Supreme Rada"]["name"] == "Verkhovna Rada"
    # counter-case: the words in lowercase prose are no party
    prose = "They called for law and justice and a radical civic union of the regions."
    assert not by_kind(extract_text(prose, issue="2023-06"), "organization")


def test_control_lines_and_island_groups_are_places():
    text = ("Troops crossed the Line of Control in Kashmir; a destroyer sailed past the Paracels, "
            "and guards patrol the DMZ.")
    places = {p.text: p.value for p in by_kind(extract_text(text, issue="1999-07"), "place")}
    assert places["Line of Control"]["type"] == "boundary" and places["Paracels"]["name"] == "Paracel Islands"
    assert places["DMZ"]["name"] == "Demilitarized Zone"
    # counter-case: the words in lowercase prose name no line
    prose = "The officer kept a line of control over the unit."
    assert not by_kind(extract_text(prose, issue="1999-07"), "place")


def test_a_city_or_state_between_an_article_and_a_common_noun_is_a_place():
    text = "Irene Calloway of a Honolulu research group and an Ohio congressman spoke."
    places = [p.text for p in by_kind(extract_text(text, issue="2005-03"), "place")]
    assert "Honolulu" in places and "Ohio" in places
    # counter-cases: a longer name after the article; no article before the name
    others = "An Ohio State player and the Honolulu Advertiser said Honolulu officials agreed."
    places = [p.text for p in by_kind(extract_text(others, issue="2005-03"), "place")]
    assert places == []


def test_a_place_before_based_is_a_place_and_the_body_after_it_starts_after_it():
    text = ("Tomas Reyes of the Lima-based Andes Security Forum said so. A Manila-based group and an Oslo-based "
            "monitor agreed.")
    assert [t for t, _ in _found(text, "organization")] == ["Andes Security Forum"]
    assert [t for t, _ in _found(text, "place")] == ["Lima", "Manila", "Oslo"]
    # counter-case: a capital that acts stays its government
    assert [t for t, _ in _found("Oslo said the monitor was welcome.", "organization")] == ["Oslo"]


def test_a_capital_after_a_possessive_and_before_a_noun_or_after_by_way_of_is_a_place():
    text = "Envoys met at the alliance's Brussels headquarters. The crew flew home by way of Ankara, Baku and Tbilisi."
    assert [t for t, _ in _found(text, "place")] == ["Brussels", "Ankara", "Baku", "Tbilisi"]
    assert _found(text, "organization") == []
    # counter-case: a capital's own possessive before what it wants is its government
    assert [t for t, _ in _found("Ankara's demand was clear.", "organization")] == ["Ankara"]


def test_a_name_inside_a_rejected_apposition_and_bodies_by_project_monitor_board():
    text = ("The Harbor Review Commission, chaired by Lydia Marsh, a former deputy secretary of energy, reported. "
            "It reached Dimona, and on May 3 Anton Weber, director of the Baltic Arms Monitor, said so. "
            "Nadia Crane of the Ridgeway Verification Project agreed.")
    assert [t for t, _ in _found(text, "person")] == ["Lydia Marsh", "Anton Weber", "Nadia Crane"]
    orgs = [t for t, _ in _found(text, "organization")]
    assert "Baltic Arms Monitor" in orgs and "Ridgeway Verification Project" in orgs
    # counter-cases: a body's last words and a rank abbreviation are no person
    ranks = "Col. Gen. Ivan Petrov of the Central Bank of Armenia spoke."
    assert [t for t, _ in _found(ranks, "person")] == ["Ivan Petrov"]


def test_a_bare_month_after_as_of_or_its_is_a_date():
    text = "The stockpile had 400 warheads as of May, and the board set its November meeting on June 2, 2012."
    assert [t for t, _ in _found(text, "date")][:2] == ["May", "November"]
    # counter-case: a modal verb is no month
    assert [t for t, _ in _found("Its members may meet on June 2, 2012.", "date")] == ["June 2, 2012"]


def test_a_chair_after_chaired_by_and_a_director_closing_a_sentence_are_people():
    text = ("The Harbor Review Committee, chaired by Lydia Marsh of Ohio, met. The design came from a team under "
            "its director, Anton Weber. The talks were led by North Korea.")
    assert [t for t, _ in _found(text, "person")] == ["Lydia Marsh", "Anton Weber"]


def test_a_city_in_its_own_country_sites_by_their_head_seas_and_former_city_names_are_places():
    text = ("Radars at Skrunda in Latvia and Sevastopol in Ukraine were left behind. The rocket rose from the "
            "Andoya Rocket Range over the Norwegian Sea. Envoys met at the Hofburg Palace, flew from Bombay "
            "and Leningrad, and landed at Kuala Lumpur International Airport.")
    places = {t: v for t, v in _found(text, "place")}
    assert {"Sevastopol", "Andoya Rocket Range", "Norwegian Sea", "Hofburg Palace", "Bombay", "Leningrad",
            "Kuala Lumpur International Airport"} <= set(places)
    assert places["Bombay"]["name"] == "Mumbai" and places["Leningrad"]["name"] == "Saint Petersburg"
    # counter-case: a city and a country of another after "in" is no such pair ("talks in Geneva in Russia" aside)
    assert "Sevastopol" not in [t for t, _ in _found("Sevastopol veterans spoke.", "place")]


def test_the_very_office_the_table_lists_decides_the_side_over_the_context():
    from analysis.extract import extract_text

    text = ("U.S. officials said the accident was linked to a missile that President Vladimir Putin showed in "
            "2018. Secretary of State for External Affairs Mitchell Sharp said Canada would halt shipments.")
    sides = {m.text: (m.value.get("side") or {}).get("iso3") for m in extract_text(text, "2019-09") if m.kind == "person"}
    assert sides["Vladimir Putin"] == "RUS"
    assert sides["Mitchell Sharp"] != "USA"  # the U.S. title takes no portfolio after "for"
    # counter-case: a title the table does not list for the person leaves the context's side
    other = "U.S. officials said Senator Ann Holt agreed."
    assert {m.text: (m.value.get("side") or {}).get("iso3") for m in extract_text(other, "2019-09")
            if m.kind == "person"}["Ann Holt"] == "USA"


def test_a_sentence_opened_by_a_capital_gives_its_people_its_country_when_the_others_agree():
    from analysis.extract import extract_text

    text = ("Norway said the launch was routine. In Moscow, Defense Minister Pavel Grachev said the troops did "
            "their job, and Gen. Mikhail Kolesnikov, chief of the General Staff, followed the flight.")
    sides = {m.text: (m.value.get("side") or {}).get("iso3") for m in extract_text(text, "1995-02") if m.kind == "person"}
    assert sides["Pavel Grachev"] == "RUS" and sides["Mikhail Kolesnikov"] == "RUS"


def test_a_name_the_offices_table_lists_is_a_person_wherever_it_stands_but_not_inside_a_longer_name():
    text = "Andrei Kozyrev signed for Moscow and Anatoly Zlenko for Kiev. Crews left Abdul Kalam Island."
    people = {m.text: m for m in by_kind(extract_text(text, issue="1992-06"), "person")}
    assert set(people) == {"Andrei Kozyrev", "Anatoly Zlenko"}
    assert people["Andrei Kozyrev"].value["side"]["iso3"] == "RUS"  # the office held in the issue's months


def test_speeds_per_second_ocean_quarters_and_no_government_named_by_neither():
    text = ("The stage reached 7,350 meters per second over the South Pacific, in the Southern Hemisphere. "
            "Neither government commented; the Clinton administration did.")
    found = extract_text(text, issue="1995-06")
    assert [q.text for q in by_kind(found, "quantity")] == ["7,350 meters per second"]
    assert by_kind(found, "quantity")[0].value["unit"] == "km/h"
    assert [p.text for p in by_kind(found, "place")] == ["South Pacific", "Southern Hemisphere"]
    assert [o.text for o in by_kind(found, "organization")] == ["Clinton administration"]


def test_an_occupation_at_a_body_is_an_apposition_and_a_verb_after_the_comma_is_not():
    text = ("Ines Varga, a geographer at the Tasman Institute, said so. In New York, the American ambassador to "
            "the United Nations, Jeane Kirkpatrick, worked out a text with Iraqi Foreign Minister Saadoun Hammadi.")
    people = {m.text: m.value for m in by_kind(extract_text(text, issue="1981-07"), "person")}
    assert set(people) == {"Ines Varga", "Jeane Kirkpatrick", "Saadoun Hammadi"}
    assert people["Jeane Kirkpatrick"]["role"] == "ambassador to the United Nations"
    assert people["Jeane Kirkpatrick"]["side"]["iso3"] == "USA" and people["Saadoun Hammadi"]["side"]["iso3"] == "IRQ"


def test_offices_compared_however_written_a_possessive_before_team_and_honorifics():
    text = ("In Moscow, Foreign Minister Andrei Gromyko signed the text. Sir Patrick Dean signed in Washington, and "
            "West Germany did not. Ambassador Walter Stoessel led the talks. Stoessel's team held out.")
    found = extract_text(text, issue="1968-08")
    people = {m.text: m.value for m in by_kind(found, "person")}
    assert people["Andrei Gromyko"]["side"]["iso3"] == "SUN"  # the office the table lists, not Moscow's Russia
    assert "Patrick Dean" in people and "Stoessel's" in people
    assert ("West Germany", "DEU") in [(p.text, p.value.get("iso3")) for p in by_kind(found, "place")]
    from analysis.extract.offices import office_key
    assert office_key("Minister of Foreign Affairs") == office_key("Foreign Minister") != office_key("President")


def test_a_known_body_after_a_name_of_its_own_is_the_longer_body_and_a_plant_after_a_name_is_no_site():
    text = ("Yusuf Karimi of the Levant Center for Nonproliferation Studies spoke. Jets waited at the General "
            "Dynamics plant. The French-built plant burned. The Center for Nonproliferation Studies agreed.")
    found = extract_text(text, issue="1981-07")
    orgs = [o.text for o in by_kind(found, "organization")]
    assert orgs == ["Levant Center for Nonproliferation Studies", "General Dynamics", "Center for Nonproliferation Studies"]
    assert [p.text for p in by_kind(found, "place")] == []


def test_review_cases_rates_deputies_ships_honorifics_calendar_words_and_lists():
    # rates that are not speeds are no quantity, and no failure
    assert _found("The plant processes 30 kilograms a minute and 5 cubic meters per second.", "quantity") == []
    sides = {m.text: (m.value.get("side") or {}).get("iso3") for m in extract_text(
        "Ukrainian Deputy Foreign Minister Igor Ivanov said Kyiv would comply.", "2001-05") if m.kind == "person"}
    assert sides == {"Igor Ivanov": "UKR"}  # the text's own nationality stands; a deputy holds no minister's office
    ships = "The French carrier Charles de Gaulle sailed. USS Jimmy Carter and the USS Dwight D. Eisenhower carrier group left."
    assert _found(ships, "person") == []
    assert [t for t, _ in _found("India and Pakistan discussed Sir Creek. Sir Patrick Dean signed.", "person")] == ["Patrick Dean"]
    assert [t for t, _ in _found("On Tuesday Department of Energy officials spoke.", "organization")] == ["Department of Energy"]
    listed = extract_text("In letters to President George Bush, Ukrainian President Leonid Kravchuk and Kazakh President "
                          "Nursultan Nazarbayev pledged to act.", "1992-06")
    assert {m.text: m.value["side"]["iso3"] for m in by_kind(listed, "person")} == {
        "George Bush": "USA", "Leonid Kravchuk": "UKR", "Nursultan Nazarbayev": "KAZ"}
    assert [p.text for p in by_kind(extract_text("Leaders met in the Cook Islands on August 6, 1985, during the march.",
                                                 "1985-09"), "place")] == ["the Cook Islands"]
    assert [d.text for d in by_kind(extract_text("It acted on May 2, 2009, and the next morning the ministry agreed.",
                                                 "2009-05"), "date")] == ["May 2, 2009", "the next morning"]


def test_a_part_of_a_day_after_for_and_a_place_that_lies_somewhere():
    text = ("The missile flew on April 19, 2012. The launch had been scheduled for the previous evening. Halabja "
            "lies near the border. Kaliningrad, where missiles are based, is close.")
    found = extract_text(text, issue="2012-05")
    assert [d.text for d in by_kind(found, "date")] == ["April 19, 2012", "the previous evening"]
    assert by_kind(found, "date")[1].value["start"] == "2012-04-18"
    assert [p.text for p in by_kind(found, "place")] == ["Halabja", "Kaliningrad"]
    # counter-case: a duration after "for" stays no date
    assert [d.text for d in by_kind(extract_text("On April 19, 2012, it was banned for the next day.", "2012-05"),
                                    "date")] == ["April 19, 2012"]


def test_a_compound_surname_s_first_part_a_name_in_number_words_and_a_country_s_own_part():
    text = ("President Fernando Collor de Mello sealed the shaft. Collor said so. The accident at Three Mile Island "
            "worried Canada's Northwest Territories, and the Nuclear Emergency Search Team and the North American "
            "Aerospace Defense Command helped.")
    found = extract_text(text, issue="1990-10")
    assert [p.text for p in by_kind(found, "person")] == ["Fernando Collor de Mello", "Collor"]
    assert by_kind(found, "quantity") == []
    assert "Northwest Territories" in [p.text for p in by_kind(found, "place")]
    orgs = [o.text for o in by_kind(found, "organization")]
    assert "Nuclear Emergency Search Team" in orgs and "North American Aerospace Defense Command" in orgs
    # counter-case: a quantity in number words at a sentence's start is still one
    assert [q.text for q in by_kind(extract_text("Three miles of cable were laid on May 2, 1990.", "1990-05"),
                                    "quantity")] == ["Three miles"]


def test_a_chamber_several_countries_name_gives_no_side_and_latin_american_presidents_have_theirs():
    text = ("U.S. officials said the deal was fair. Defence Minister Barney Danson told the House of Commons that "
            "fragments were found. Washington welcomed the step, and President Carlos Menem said Argentina agreed.")
    sides = {m.text: (m.value.get("side") or {}).get("iso3") for m in extract_text(text, "1991-06") if m.kind == "person"}
    assert sides["Barney Danson"] is None  # not GBR: Canada's lower house has the same name
    assert sides["Carlos Menem"] == "ARG"


def test_names_with_particles_before_whom_people_of_a_country_before_a_verb_and_long_portfolios():
    text = ("Missiles struck camps tied to Osama bin Laden, whom Washington holds responsible. Guido Di Tella of "
            "Argentina and Enrique Silva Cimma of Chile signed the text. Secretary of Health and Human Services "
            "Tommy Thompson asked for money. New START, whose limits apply to missiles, was silent.")
    people = {m.text: m.value for m in by_kind(extract_text(text, "2001-11"), "person")}
    assert set(people) == {"Osama bin Laden", "Guido Di Tella", "Enrique Silva Cimma", "Tommy Thompson"}
    assert people["Enrique Silva Cimma"]["side"]["iso3"] == "CHL"
    assert people["Tommy Thompson"]["role"] == "Secretary of Health and Human Services"


def test_capes_lakes_and_sounds_are_places_by_their_head():
    text = "The rocket rose from Cape Kennedy and fell between Great Slave Lake and McMurdo Sound on May 2, 1967."
    assert [p.text for p in by_kind(extract_text(text, "1967-05"), "place")] == [
        "Cape Kennedy", "Great Slave Lake", "McMurdo Sound"]
    # counter-case: a sound or a lake in lower case names nothing
    assert by_kind(extract_text("The sound of the lake carried far on May 2, 1967.", "1967-05"), "place") == []


def test_a_surname_keeps_its_particle_later_and_whom_lends_no_side():
    text = ("Ambassador Adolf von Wagner of Germany chaired the talks. Delegates praised von Wagner's drafts. "
            "Missiles struck camps tied to Osama bin Laden, whom Washington holds responsible.")
    people = {m.text: (m.value.get("side") or {}).get("iso3") for m in extract_text(text, "1992-10") if m.kind == "person"}
    assert "von Wagner's" in people and people["Osama bin Laden"] is None


def test_a_date_after_on_ends_a_body_s_name():
    text = "Blinken met Wang Yi at the Munich Security Conference on February 18, 2023."
    assert [o.text for o in by_kind(extract_text(text, "2023-03"), "organization")] == ["Munich Security Conference"]
    # counter-case: a name after "on" still continues a body's name
    other = "The Committee on Disarmament met on February 18, 2023."
    assert [o.text for o in by_kind(extract_text(other, "2023-03"), "organization")] == ["Committee on Disarmament"]


def test_a_common_word_is_no_city_even_where_a_name_lost_its_first_letter():
    # GeoNames' "Łask" once gave the plain alias "ask"
    assert [t for t, _ in _found("The minister flew to Geneva days later to ask for a delay.", "place")] == ["Geneva"]


def test_a_state_before_a_party_member_and_after_a_town_is_a_place():
    text = "Representative Ann Hale, a Vermont Democrat, met the envoys in Jackson Hole, Wyoming, in June."
    assert [t for t, _ in _found(text, "place")] == ["Vermont", "Wyoming"]


def test_services_broadcasters_and_bodies_with_for_inside():
    text = ("The Army's arsenal and the Navy's satellites were named, and Radio Tirana called it a threat. "
            "The flight was paid for by the Bridges for Health Foundation and the Atomic Energy Commissariat.")
    assert [t for t, _ in _found(text, "organization")] == [
        "Army", "Navy", "Radio Tirana", "Bridges for Health Foundation", "Atomic Energy Commissariat"]
    assert _found(text, "person") == []


def test_two_people_after_a_plural_role_and_a_compound_surname_later():
    text = ("Two Soviet cosmonauts, Ivan Rudenko and Oleg Barsov, were aloft. Argentina's envoy, Luis Ortega "
            "Salvat, spoke. Ortega Salvat said no.")
    people = [(m.text, m.value["side"] and m.value["side"]["iso3"]) for m in extract_text(text) if m.kind == "person"]
    assert people == [("Ivan Rudenko", "SUN"), ("Oleg Barsov", "SUN"), ("Luis Ortega Salvat", "ARG"),
                      ("Ortega Salvat", "ARG")]


def test_a_name_keeps_the_role_after_it_in_a_list_of_envoys():
    text = "The note was handed over by Paul Mercier, France's envoy, Pieter de Wit, the Dutch ambassador, and others."
    roles = {m.text: (m.value["role"], m.value["side"]["iso3"]) for m in extract_text(text) if m.kind == "person"}
    assert roles == {"Paul Mercier": ("France's envoy", "FRA"), "Pieter de Wit": ("the Dutch ambassador", "NLD")}


def test_a_spokesman_of_an_officeholder_takes_the_officeholders_government():
    text = "Nikolai Orlov, President Putin's spokesman, denied it."
    assert [m.value["side"]["iso3"] for m in extract_text(text, "2020-10") if m.text == "Nikolai Orlov"] == ["RUS"]


def test_channels_and_former_country_names_are_places():
    text = "Patrols crossed the Beagle Channel, and refugees from Kampuchea reached West Berlin."
    assert [(t, v["name"]) for t, v in _found(text, "place")] == [
        ("Beagle Channel", "Beagle Channel"), ("Kampuchea", "Cambodia"), ("West Berlin", "Berlin")]


def test_sites_before_their_lower_case_nouns_and_companies_before_their_acronym():
    text = ("The fire wrecked a reactor at the Kestrel nuclear power station in Ukraine, and rockets hit Ravid air base. "
            "Russia's plan to station weapons was cited. Harbor Electric Power Co. (HEPCO) lost power, and the "
            "federal weather service, Meteonord, said so.")
    assert [(t, v.get("iso3")) for t, v in _found(text, "place")] == [("Kestrel", "UKR"), ("Ukraine", "UKR"),
                                                                       ("Ravid", None), ("Russia", "RUS")]
    assert [t for t, _ in _found(text, "organization")] == ["Harbor Electric Power Co.", "HEPCO", "Meteonord"]


def test_relatives_and_whose_clauses_name_people_and_surnames_inside_other_names_are_no_mentions():
    text = ("Rui Nogueira Alves said so. He sold the scrap to a dealer, Joel Alves Pinto, whose family fell ill. "
            "His wife, Ana Lucia Pinto, and her niece, Rosa das Neves Pinto, died. Alves said the area was closed. "
            "The limits of New START, whose text runs long, were met.")
    people = [m.text for m in extract_text(text) if m.kind == "person"]
    assert people == ["Rui Nogueira Alves", "Joel Alves Pinto", "Ana Lucia Pinto", "Rosa das Neves Pinto", "Alves"]


def test_delegations_under_and_people_including_in_a_plural_role():
    text = ("The American delegation under Ralph Keller and the Soviet one under Yuri Panov met. Writers "
            "including Greta Lind joined.")
    assert sides_of(text) == {"Ralph Keller": "USA", "Yuri Panov": "SUN", "Greta Lind": None}


def test_bodies_called_by_name_facilities_by_head_and_places_by_county_and_people_of():
    text = ("A committee called Kampf dem Krieg met at the Harbor City Naval Hospital near the Olympic Stadium. "
            "The people of Sirte and the farmers in Hapcheon county were told.")
    assert [t for t, _ in _found(text, "organization")] == ["Kampf dem Krieg"]
    assert [t for t, _ in _found(text, "place")] == ["Harbor City Naval Hospital", "Olympic Stadium", "Sirte",
                                                    "Hapcheon"]


def test_capitals_written_with_accents_and_former_seats_of_government_stand_for_governments():
    text = ("At Brasília's request, inspectors came. Bonn rejected the plan, Alma-Ata signed, and because Seoul "
            "lies within range, the base stays.")
    found = {m.text: m.kind for m in extract_text(text, "1992-06") if m.kind in ("organization", "place")}
    assert found == {"Brasília": "organization", "Bonn": "organization", "Alma-Ata": "organization",
                     "Seoul": "place"}


def test_a_verb_is_no_unit():
    assert _found("Each W80-1 has a yield of up to 150 kilotons; 40 shots were fired.", "quantity")[0][0] == \
        "up to 150 kilotons"
    assert len(_found("Each W80-1 has a yield of up to 150 kilotons; 40 shots were fired.", "quantity")) == 1


def test_a_former_officeholder_takes_the_one_government_the_table_lists_but_no_international_officer_does():
    text = "Lee Teng-hui took office when Chiang Ching-kuo died. UN Secretary-General Ban Ki-moon spoke."
    sides = sides_of(text, "1988-04")
    assert sides["Chiang Ching-kuo"] == "TWN" and sides["Ban Ki-moon"] is None


def test_buildings_by_their_head_and_a_countrys_institutions_in_common_nouns_name_no_body():
    text = ("Talks at Blair House and the White House followed. The Polish government and the Soviet navy agreed, "
            "and the Indian Army and the Clinton administration did not; Chatham House hosted them.")
    assert [t for t, _ in _found(text, "place")] == ["Blair House"]
    assert [t for t, _ in _found(text, "organization")] == ["White House", "Indian Army", "Clinton administration",
                                                           "Chatham House"]


def test_verbs_and_nouns_that_look_like_facility_words_or_body_types_name_nothing():
    """Counter-cases of the facility, "called", "works" and "whose" rules."""
    text = ("Moscow will station tactical weapons in Belarus. Ahmed Karimi, a scientist who works in Islamabad, "
            "spoke. The President works closely with Congress. The committee named Leon Marsh as its chairman. "
            "On Tuesday plant workers struck near a Soviet-era air base. Oak Ridge, whose centrifuges spin, closed. "
            "The Kursk nuclear power station shut.")
    found = [(m.kind, m.text) for m in extract_text(text, "2005-06") if m.kind in ("person", "organization", "place")]
    assert ("organization", "Moscow") in found and ("person", "Ahmed Karimi") in found
    assert not {"President", "Tuesday", "Soviet-era", "Leon Marsh"} & {t for k, t in found if k in ("place", "organization")}
    assert ("person", "Oak Ridge") not in found
    assert [m.value.get("iso3") for m in extract_text(text, "2005-06") if m.text == "Kursk"] == ["RUS"]


def test_the_role_before_a_name_belongs_to_the_name_before_it_in_a_list_but_not_after_a_place():
    text = ("Iran's envoy, Ali Navid, the agency's ambassador, spoke. In Canberra, the acting foreign minister, Tom "
            "Reyes, said so.")
    roles = {m.text: m.value["role"] for m in extract_text(text, "1989-02") if m.kind == "person"}
    assert roles == {"Ali Navid": "Iran's envoy", "Tom Reyes": "acting foreign minister"}


def test_a_city_takes_the_country_named_after_it_and_a_surname_alone_takes_no_office_side():
    found = {m.text: m.value.get("iso3") for m in extract_text("The chips were made in San Jose, California.")
             if m.kind == "place"}
    assert found == {"San Jose": "USA", "California": "USA"}
    assert sides_of("President Barre fled Mogadishu.", "1991-01") == {"Barre": None}  # Raymond Barre, France's prime minister, is another man


def test_people_after_a_plural_title_and_a_demonym_as_a_noun():
    text = ("Senators Ann Pike of Rhode Island and Leo Marsh of Vermont asked for a vote. Foreign Ministers Piotr Kowal "
            "and Rui Antunes da Costa signed. The courier, Luis Ortega, a Colombian, was held, and a firm owned by "
            "Omar Haddad, an Iraqi living in London, was searched.")
    found = sides_of(text)
    assert set(found) == {"Ann Pike", "Leo Marsh", "Piotr Kowal", "Rui Antunes da Costa", "Luis Ortega", "Omar Haddad"}
    assert found["Luis Ortega"] == "COL" and found["Omar Haddad"] == "IRQ"


def test_plural_roles_in_men_bodies_with_against_and_compound_names_hotels_and_edges_of_cities():
    text = ("He met two Russian businessmen, Oleg Panin and Ivan Sorokin, at the Harbour Hotel. The Japan Council "
            "Against Atomic Bombs marched, and Kyiv asked the NATO-Ukraine Council to meet. A rocket fell on the edge "
            "of Tel Aviv. Australia's foreign minister, Julie Bishop, spoke, and Archbishop Desmond Tutu presided.")
    found = [(m.kind, m.text) for m in extract_text(text) if m.kind in ("person", "organization", "place")]
    assert ("person", "Oleg Panin") in found and ("person", "Ivan Sorokin") in found
    assert ("place", "Harbour Hotel") in found and ("place", "Tel Aviv") in found
    assert ("organization", "Japan Council Against Atomic Bombs") in found
    assert ("organization", "NATO-Ukraine Council") in found and ("organization", "NATO") not in found
    assert ("person", "Julie Bishop") in found and ("person", "Desmond Tutu") in found


def test_counter_cases_of_the_twenty_second_rounds_rules():
    """A second review's misfires: openers before a role, verbs after regions, a capital after a two-word
    place, a lower-case "against", numbered sessions, "marks" as a verb, sites with other modifiers,
    designations before "plant", "whose" with other nouns, compound bodies, "Establishment of", vessels,
    aliases that were common words, and roles no office has."""
    def found(text, issue="2001-06"):
        return [(m.kind, m.text, (m.value.get("side") or {}).get("iso3") if m.kind == "person" else m.value.get("iso3"))
                for m in extract_text(text, issue) if m.kind in ("person", "organization", "place", "quantity")]
    assert found("However, the defense minister, Pavel Grachev, said it.", "1995-06") == [("person", "Pavel Grachev", "RUS")]
    assert ("place", "Europe", None) in found("Missile defense in Europe remains costly.")
    assert ("organization", "Tokyo", "JPN") in found("The plutonium was shipped to North Korea, Tokyo said.")
    assert found("He spoke of the Council against the United States.") == [("place", "the United States", "USA")]
    assert ("organization", "Congress", "USA") in found("The 104th Congress failed to ratify the treaty.")
    assert [k for k, *_ in found("1995 marks the 50th anniversary.")] == []
    assert ("place", "Shchuchye", None) in found("Work at the Shchuchye destruction facility went on.")
    assert ("place", "Y-12", "USA") in found("Work at the Y-12 plant in Oak Ridge went on.")
    assert ("person", "Abdul Qadeer Khan", None) in found("Abdul Qadeer Khan, whose network sold designs, spoke.")
    assert found("The NATO-Russia Council met.") == [("organization", "NATO-Russia Council", None)]
    assert found("It provides for the Establishment of Diplomatic Relations.") == []
    assert found("The freighter Anna Maria, a Maltese, sailed.") == []
    assert found("The Tokyo Metropolitan Police Department raided the offices.")[0][2] is None
    assert found("John Howard, a researcher at the Monterey Institute, spoke.")[0] == ("person", "John Howard", None)


def test_numbered_units_task_forces_complexes_state_senators_and_bodies_after_an_of_comma():
    text = ("Task Force 58 searched, and Maj. Gen. Ray Ortiz, commander of the Sixteenth Air Force, agreed. Senior "
            "Airman Tom Reyes died at Launch Complex 374-7. Senator Ann Pike, joined by Leo Marsh of Kansas, asked, "
            "and the limits of SALT II, which the Senate weighed, held. Eleni Doukas, of the Harbour Institute for "
            "Security, and a Ukraine International Airlines jet were named.")
    found = {m.text: (m.kind, (m.value.get("side") or {}).get("iso3") if m.kind == "person" else None)
             for m in extract_text(text, "1980-10")}
    assert found["Task Force 58"][0] == "organization" and found["Sixteenth Air Force"][0] == "organization"
    assert found["Tom Reyes"][0] == "person" and found["Launch Complex 374-7"][0] == "place"
    assert found["Leo Marsh"] == ("person", "USA") and "SALT II" not in found
    assert found["Eleni Doukas"][0] == "person" and found["Ukraine International Airlines"][0] == "organization"


def test_a_clause_after_the_comma_is_no_apposition_a_possessive_country_gives_a_side_and_a_capital_a_seat():
    # invented names; "and Lisbon sent ..." opens a clause, so it is no role of the name before it
    text = ("Ministers from Chile and Peru attended, as did Tomas Varde, and Lisbon sent State Secretary "
            "Rui Calado in place of its minister. As Norway's Ola Brekke said, the test failed. In Canberra, the "
            "acting trade minister, Tom Pell, said on May 4 that the sale was legal.")
    people = people_of(text, issue="1990-06")
    assert not any((v["role"] or "").startswith("and ") for v in people.values())
    assert people["Ola Brekke"]["side"]["iso3"] == "NOR"
    assert people["Tom Pell"]["side"]["iso3"] == "AUS"
    # counter-case: a capital named later in the sentence is no seat of the speaker
    assert sides_of("The acting trade minister, Tom Pell, said on May 4 that Canberra erred.", "1990-06")["Tom Pell"] is None


def test_companies_by_legal_form_bodies_with_a_national_prefix_and_a_body_named_for_another():
    # invented firms; real bodies
    text = ("The suit names Hartley & Moss Arms, Inc., Brandt's Tooling Company LLC, Voss & Co. and "
            "Steyr Optik Ges.m.b.H., while the U.S. Atomic Energy Commission and Norway's Foo Tools Corp. "
            "stayed out. Ana Ruiz, executive secretary of the Preparatory Commission for the Comprehensive "
            "Nuclear-Test-Ban Treaty Organization, spoke, and Peru's House of Representatives voted.")
    orgs = [o.text for o in by_kind(extract_text(text, issue="2012-01"), "organization")]
    for name in ("Hartley & Moss Arms, Inc.", "Brandt's Tooling Company LLC", "Voss & Co.", "Steyr Optik Ges.m.b.H.",
                 "U.S. Atomic Energy Commission", "Foo Tools Corp.", "House of Representatives",
                 "Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization"):
        assert name in orgs, (name, orgs)
    found = extract_text(text, issue="2012-01")
    assert "Peru's House" not in [p.text for p in by_kind(found, "place")]
    assert next(o for o in by_kind(found, "organization") if o.text == "House of Representatives").value["iso3"] == "PER"


def test_places_by_a_compass_point_from_a_known_place_and_islands_sharing_their_noun():
    text = ("The reactor at Kefar Dor, south of Haifa, and the depot at Lemsk, some 30 kilometers west of Riga, "
            "were shown. Manila disputes the Palawa and Tuba islands. Ana Ruiz, north of the hills, waited.")
    places = [p.text for p in by_kind(extract_text(text, issue="2012-01"), "place")]
    assert {"Kefar Dor", "Lemsk", "Palawa", "Tuba"} <= set(places)
    assert "Ana Ruiz" not in places  # no known place after the compass point


def test_roles_that_point_back_occupations_and_a_generational_suffix():
    text = ("Rifles went from Bulgaria to Sierra Leone for troops loyal to that country's president, Ahmad Tejan "
            "Kabbah, before the vote. The U.S. envoy, Tom Reeve, met the rebels. A courier, Jan Novak, fled. "
            "Its general counsel, Lee Park, said so. Hal Winter III, the department's spokesman, said so. Winter "
            "said the talks would go on.")
    people = people_of(text, issue="1998-06")
    # "that country's" is a person's role, but which country the reader must work out: no side, not the last one named
    assert people["Ahmad Tejan Kabbah"]["side"] is None
    assert people["Tom Reeve"]["side"]["iso3"] == "USA"
    assert {"Jan Novak", "Lee Park", "Winter"} <= set(people)
    assert people["Winter"]["name"] == "Hal Winter III"


def test_a_surname_under_another_office_is_not_the_full_name_of_the_same_surname():
    text = "Hal Winter III, the department's spokesman, said so. The Senate asked President Winter to act."
    people = {m.start: m.value for m in by_kind(extract_text(text, issue="1980-06"), "person")}
    assert [v["name"] for _, v in sorted(people.items())] == ["Hal Winter III", "Winter"]


def test_reference_names_a_reader_uses():
    from analysis.extract import gazetteer as gz
    assert gz.lookup("Frankfurt").name == "Frankfurt am Main"  # the larger of the two Frankfurts
    assert gz.lookup("Dagestan").iso3 == "RUS" and gz.lookup("Guangdong").iso3 == "CHN"
    assert gz.lookup("North Ossetia").iso3 == "RUS" and gz.lookup("United Arab Republic").iso3 == "EGY"
    assert gz.lookup("Taiwan").kind == "country"  # ISO's "Taiwan Sheng" gives no alias
    assert gz.lookup("Dewan Perwakilan Rakyat").iso3 == "IDN"


def test_legal_forms_before_and_after_a_name_and_a_table_company_with_its_form():
    text = ("Areva SA and Belmont Energie SA bid, with Arjun Optics Private Limited, JSC Steppe Metals and "
            "NPO Kometa; Toshiba Corp. did not.")
    orgs = {o.text: o.value for o in by_kind(extract_text(text, issue="2009-02"), "organization")}
    assert {"Areva SA", "Belmont Energie SA", "Arjun Optics Private Limited", "JSC Steppe Metals", "NPO Kometa",
            "Toshiba Corp."} <= set(orgs)
    assert orgs["Areva SA"]["iso3"] == "FRA"  # the table's company, its legal form in the span


def test_sites_rivers_camps_a_capital_passed_through_and_names_with_two_particles():
    text = ("Rockets were paraded through Cairo. The envoy flew to the Severny airport and on to Camp Dalton, "
            "named for the Tana and Sabaki rivers. Foreign Minister Miguel Ángel de la Flor welcomed him. The "
            "council's Panel of Experts met, and the Philippine Marine Corps trained.")
    found = extract_text(text, issue="1975-01")
    places = [p.text for p in by_kind(found, "place")]
    assert {"Cairo", "Severny", "Camp Dalton", "Tana", "Sabaki"} <= set(places)
    assert "Miguel Ángel de la Flor" in [p.text for p in by_kind(found, "person")]
    orgs = {o.text: o.value for o in by_kind(found, "organization")}
    assert "Panel of Experts" in orgs and orgs["Philippine Marine Corps"]["iso3"] == "PHL"


def test_plural_senators_abbreviated_keep_their_sentence():
    text = "The act, sponsored by Sens. Ann Dole and Ray Kirk, cuts off funds. Msgr. Luis Pardo said Mass."
    assert sides_of(text, "1994-12") == {"Ann Dole": "USA", "Ray Kirk": "USA", "Luis Pardo": None}


def test_country_short_names_and_adjectives_news_uses():
    from analysis.extract import gazetteer as gz
    for name, iso3 in (("UAE", "ARE"), ("Bosnia", "BIH"), ("Bosnia-Herzegovina", "BIH"), ("PRC", "CHN"), ("UK", "GBR"),
                       ("Byelorussia", "BLR"), ("Philippine", "PHL"), ("Oskemen", "KAZ")):
        assert gz.lookup(name).iso3 == iso3, name
    assert gz.lookup("APEC").name == "Asia-Pacific Economic Cooperation" and gz.lookup("al-Shabaab").kind == "organization"


@pytest.mark.parametrize("text, issue, kind, absent", [
    ("Syria deployed Russian SA-17 missiles near Damascus.", None, "organization", "Russian SA"),
    ("Britain Blames Russia for Nerve Agent Attack", None, "person", "Attack"),
    ("Navy Missile Destroys Failing Spy Satellite", None, "person", "Satellite"),
    ("Fighters of the Revolutionary Armed Forces of Colombia surrendered their weapons.", None, "person", "Armed"),
    ("Meanwhile, north of Baghdad, inspectors visited a missile plant.", None, "place", "Meanwhile"),
    ("The Serbs, west of Sarajevo, shelled the town.", None, "place", "Serbs"),
    ("Iran seized the Greater and Lesser Tunb islands in 1971.", None, "place", "Greater"),
    ("In Oberndorf, Heckler & Koch GmbH said it had stopped sales.", None, "organization", "Oberndorf, Heckler & Koch GmbH"),
    ("Meghnad Saha warned about nuclear weapons in 1954.", "1954-06", "place", "Saha"),
    ("Americans should judge President Obama by the results.", None, "person", "Obama:judge"),
    ("The report reviewed the state of New START implementation.", None, "place", "New START"),
    ("Credit Suisse pleaded guilty to the charges.", None, "person", "Credit Suisse"),
    ("Royal Ordnance of Britain produced the shells.", None, "person", "Royal Ordnance"),
    ("Militants attacked an army base in Uri on Sunday.", None, "place", "Uri:CHE"),
    ("Serbian SA 6 batteries shot down the jet.", None, "organization", "Serbian SA"),
    ("Meanwhile, Heckler & Koch GmbH said it had stopped sales.", None, "organization", "Meanwhile, Heckler & Koch GmbH"),
    ("The Nikkei stock average fell 2 percent after the launch.", None, "organization", "Nikkei"),
])
def test_counter_cases_of_the_new_rules(text, issue, kind, absent):
    """Sentences two reviews wrote against the rules of rounds 25-32: none gives the fact it must not (its text,
    or "text:role" or "text:iso3")."""
    found = []
    for m in by_kind(extract_text(text, issue=issue), kind):
        found += [m.text, f"{m.text}:{m.value.get('role')}", f"{m.text}:{m.value.get('iso3')}"]
    assert absent not in found


def test_counter_cases_sides_acronyms_subsidiaries_and_surnames():
    # an acronym the text defines is the text's, not a table's body of the same letters
    found = extract_text("Japan's Nuclear Regulation Authority (NRA) approved it. The NRA said so.", issue="2015-06")
    assert all(o.value.get("iso3") != "USA" for o in by_kind(found, "organization"))
    # a capital opening the sentence is no side of an international officer or a visitor
    assert sides_of("In Vienna, the IAEA chief, Mohamed ElBaradei, said inspections would resume.")["Mohamed ElBaradei"] != "AUT"
    assert sides_of("In Seoul, the visiting envoy, Stephen Biegun, met his counterpart.")["Stephen Biegun"] is None
    # a rank or courtesy title later is the same person; a subsidiary is no table company with a legal form
    people = people_of("Robert Gallucci, the chief U.S. negotiator, arrived. Ambassador Gallucci said the talks were useful.")
    assert people["Gallucci"]["name"] == "Robert Gallucci"
    orgs = [o.text for o in by_kind(extract_text("Toshiba America Nuclear Energy Corp. designed it."), "organization")]
    assert "Toshiba America Nuclear Energy Corp." in orgs or "Toshiba" not in orgs
    # a surname that is also a country's other name, and a Labour Party of another country
    assert sides_of("A Florida man, John Holland, was charged with exporting rifle scopes to Iran.").get("John Holland") != "NLD"
    assert "GBR" not in sides_of("Prime Minister Shimon Peres's Labour Party lost the election.", "1996-06").values()
    # "through" a capital: a route's stop is a place; working through a government is the government
    found = extract_text("Washington hoped to work through Beijing to bring Pyongyang back to the talks.")
    assert "Beijing" in [o.text for o in by_kind(found, "organization")]


def test_service_secretaries_partners_in_a_company_name_and_cantons():
    text = ("Secretary of the Army Paul Lind signed. Some Swiss firms, Brunner, Voss & Cie. among them, founded it. "
            "In Zug, Arno Beck said he was innocent; his co-accused, Rolf Imhof, waited, and Ana Ruiz of Amnesty International "
            "objected. Lea Marti, a cameraman for the Zuger Zeitung, filmed it near the village of Baar, in the "
            "canton of Aargau, and in the province of Ontario.")
    found = extract_text(text, issue="2008-07")
    people = {p.text: p.value for p in by_kind(found, "person")}
    assert people["Paul Lind"]["side"]["iso3"] == "USA"
    assert {"Arno Beck", "Rolf Imhof", "Ana Ruiz", "Lea Marti"} <= set(people)
    orgs = [o.text for o in by_kind(found, "organization")]
    assert "Brunner, Voss & Cie." in orgs and "Zuger Zeitung" in " ".join(orgs) and "Army" not in orgs
    places = {p.text: p.value for p in by_kind(found, "place")}
    assert places["Aargau"]["iso3"] == "CHE" and places["Ontario"]["iso3"] == "CAN"  # the province, not a U.S. city


def test_a_legislatures_bare_name_inside_a_longer_name_judges_and_plural_place_nouns():
    text = ("Nomsa Dube, president-general of the Pan Coast National Congress, spoke. Presiding Judge Kenji Aoki ruled. "
            "The leaders rode through the delta towns of Talkha and Samannud.")
    found = extract_text(text, issue="1974-07")
    orgs = {o.text: o.value for o in by_kind(found, "organization")}
    assert "Congress" not in orgs and all(v.get("iso3") != "USA" for v in orgs.values())  # no U.S. Congress inside
    # counter-cases: a sentence's opener, a party word or a headline before "Congress" make no longer name
    for other in ("Yet Congress refused to fund it.", "The Republican Congress cut the funds.", "Obama Urges Congress to Act"):
        assert [o.value.get("iso3") for o in by_kind(extract_text(other), "organization")] == ["USA"], other
    assert people_of(text, issue="1974-07")["Kenji Aoki"]["role"] == "Presiding Judge"
    assert "Talkha" in [p.text for p in by_kind(found, "place")]


def test_a_person_of_a_country_before_any_past_verb_abbreviated_governors_and_ordinal_companies():
    text = ("Ana Ruiz of Togo and Ben Kaba of Burkina Faso helped the rebels. Gov. Tom Ellis of Hawaii had urged a "
            "delay. Ivo Sand, Canada's ambassador to the United Nations and chairman of the panel, spoke. The shells "
            "were guarded by the 110th Military Police Company.")
    people = people_of(text, issue="2000-05")
    assert people["Ana Ruiz"]["side"]["iso3"] == "TGO" and people["Ben Kaba"]["side"]["iso3"] == "BFA"
    assert people["Tom Ellis"]["side"]["iso3"] == "USA" and people["Ivo Sand"]["side"]["iso3"] == "CAN"
    assert "110th Military Police Company" in [o.text for o in by_kind(extract_text(text, issue="2000-05"), "organization")]


def test_counter_cases_people_and_places_of_the_later_rules():
    people = people_of("President Bill Clinton signed the treaty in 1996. Sen. Clinton later voted for the resolution.")
    assert people["Clinton"]["name"] == "Clinton"  # a senator later is not the president of the same surname
    people = people_of("Bill Richardson, New Mexico's governor, flew to Pyongyang. Gov. Richardson said the talks were useful.")
    assert people["Richardson"]["name"] == "Bill Richardson"
    assert "Boeing" in [o.value["name"] for o in by_kind(extract_text("Boeing Co., the planemaker, sold the tankers."), "organization")]
    assert sides_of("In Baghdad, the chief inspector, Hans Blix, said the inspections would go on.")["Hans Blix"] != "IRQ"
    assert sides_of("In Pyongyang, the former president, Jimmy Carter, met the leader.", "1994-06")["Jimmy Carter"] != "PRK"
    smuggled = extract_text("Iranian weapons were smuggled through Damascus to Hezbollah.")
    assert "Damascus" in [p.text for p in by_kind(smuggled, "place")]
    punjab = extract_text("Floods hit the province of Punjab.", issue="2010-08")
    assert [p.value.get("iso3") for p in by_kind(punjab, "place")] == ["PAK"]


def test_a_count_of_years_after_a_day_and_a_numbered_ship():
    found = extract_text("Fuchs was sentenced on March 1 to 14 years. The Kang Nam 1 turned back.", issue="1950-05")
    assert [d.text for d in by_kind(found, "date")] == ["March 1"]  # "to 14 years" is no second day
    assert not by_kind(found, "person") or "Kang Nam" not in [p.text for p in by_kind(found, "person")]
    assert [d.text for d in by_kind(extract_text("Talks run March 1 to 14 in Geneva.", issue="1950-05"), "date")] == ["March 1 to 14"]


def test_a_person_of_a_country_whatever_word_follows():
    # "President X of <country>" gives the side before any lower-case word, and "the" may open the country
    assert sides_of("They rejected a plan by President Amara Tshombe of Ghana for a federal army.")["Amara Tshombe"] == "GHA"
    assert sides_of("The council restored President Ahmad Kora of Sierra Leone to power.")["Ahmad Kora"] == "SLE"
    assert sides_of("President Omar Daud of the United Arab Republic in a broadcast rejected the plan.")["Omar Daud"] == "EGY"
    # counter-cases: a capitalised word after the country makes a longer name, and no name is no person
    found = sides_of("A grant went to Lina Moreau of Georgia Tech for the study.")
    assert found.get("Lina Moreau") is None
    assert not by_kind(extract_text("The Bank of Japan raised its rate."), "person")
    # ... nor a region, a name that is also a state's, a noun after the country, or an international officer's nationality
    for text, name in (("General Ri Chol-ho of the North on Tuesday denied it.", "Ri Chol-ho"),
                       ("Representative Ann Ward of Georgia in 1991 voted against the bill.", "Ann Ward"),
                       ("Governor Reza Kamali of Azerbaijan province on Monday closed the border.", "Reza Kamali"),
                       ("Director General Omar Fathy of Egypt on Monday urged restraint.", "Omar Fathy")):
        assert sides_of(text).get(name) is None, text


def test_an_occupation_by_its_ending_and_a_place_based_body():
    found = extract_text("The western team met one led by the Soviet seismologist Pavel Orlov in Geneva.")
    assert [(p.text, p.value["role"], p.value["side"]["iso3"]) for p in by_kind(found, "person")] == \
        [("Pavel Orlov", "seismologist", "SUN")]
    # counter-cases: verbs ending in -ist, and political labels before a group's name, are no occupation
    for verb in ("insist", "resist", "assist", "enlist"):
        assert not by_kind(extract_text(f"The officials {verb} Omar Said is unharmed."), "person"), verb
    for text in ("The separatist Tamil Tigers shelled the port.", "The nationalist Golden Dawn marched in Athens."):
        assert not by_kind(extract_text(text), "person"), text
    # "a spokesman for the Qatar-based command": where the command sits, not whom he serves
    assert sides_of("Cmdr. Lee Harlan, a spokesman for the Qatar-based command, said on May 3 that the ship was hit.")["Lee Harlan"] is None
    assert sides_of("Cmdr. Lee Harlan, a spokesman for the Qatari navy, said on May 3 that the ship was hit.")["Lee Harlan"] == "QAT"


def test_places_marked_by_near_and_by_a_known_neighbour():
    def places(text):
        return [p.text for p in by_kind(extract_text(text, issue="2014-06"), "place")]
    assert "Tel Shamsin" in places("The convoy was fired on near Tel Shamsin on June 2.")
    assert "Port Ferro" in places("The crates were unloaded at Port Ferro, near Middlesbrough, last week.")
    assert "Baripada" in places("The rocket was fired from Baripada, on the coast of Orissa state.")
    assert "Suez Canal" in places("Two frigates passed through the Suez Canal in May.")
    assert "Busan" in [p.value["name"] for p in by_kind(extract_text("A reactor was built near Pusan.", issue="1976-02"), "place")]
    # counter-cases: a known place keeps its whole name, and a person is still a person
    assert places("Inspectors went to the site near Deir ez-Zor that was bombed.") == ["Deir ez-Zor"]
    for text in ("Shelling stopped near Christmas in 1972.", "The Near East Foundation sent doctors.",
                 "The tanker anchored near USS Enterprise on Friday.", "A crowd gathered at the home of Novak, outside Belgrade."):
        assert not [p for p in places(text) if p not in ("Belgrade",)], text
    found = extract_text("President Ivan Petrov spoke first. A guard stood near Petrov during the speech.")
    assert "Petrov" not in [p.text for p in by_kind(found, "place")]


def test_long_appositions_occupations_and_dutch_particles():
    # a role of more than a hundred characters is still the apposed person's role, and gives its side
    text = ("Mira Tobin, the State Department's acting assistant secretary for oceans and international "
            "environmental and scientific affairs, testified on Monday.")
    assert sides_of(text) == {"Mira Tobin": "USA"}
    assert sides_of("Officials tie the order to Walter Pike, the Canadian-born artillery designer who led the firm.") == \
        {"Walter Pike": "CAN"}
    assert sides_of("Joost van den Berg, a Dutch lawyer for the islands, said the court had erred.") == {"Joost van den Berg": "NLD"}
    found = people_of("Lena Ostrova, a toxicologist consulted by the broadcaster, said the symptoms matched.")
    assert found["Lena Ostrova"]["role"].startswith("a toxicologist")
    # counter-case: the end of a body's name after "Association of" is no person
    found = extract_text("The Association of Nuclear Test Veterans, or AVEN, wants the law amended.")
    assert not by_kind(found, "person")
    assert "Association of Nuclear Test Veterans" in [o.text for o in by_kind(found, "organization")]
    assert not by_kind(extract_text("A spokesman for the League of Women Voters said so."), "person")


def test_each_name_of_a_list_after_a_plural_place_noun():
    def places(text):
        return [p.text for p in by_kind(extract_text(text, issue="1954-06"), "place")]
    assert places("Ships stood off the ports of Puerto Santo, Vela and La Cruz, where dockers struck.") == \
        ["Puerto Santo", "Vela", "La Cruz"]
    assert places("A train crossed the delta towns of Benha and Kafr el-Zaiyat.") == ["Benha", "Kafr el-Zaiyat"]
    assert [p.value["name"] for p in by_kind(extract_text("The cargo was loaded at Stettin.", issue="1954-06"), "place")] == \
        ["Szczecin"]
    # counter-cases: a list after a singular noun, or of people, names no places
    assert places("The port of Vela and Maria Lopez were named.") == ["Vela"]
    assert not places("The towns of the region sent Luis Vela and Ana Cruz.")


def test_later_mentions_of_a_titled_name_and_places_by_their_phrase():
    found = by_kind(extract_text("In May President Corwin sent marines. On July 27 Souvan met Corwin in Washington."), "person")
    assert [p.text for p in found if p.value["name"] == "Corwin"] == ["Corwin", "Corwin"]
    assert sides_of("He came with Piet du Plessis, a South African later held in Malabo.") == {"Piet du Plessis": "ZAF"}
    assert sides_of("He came with Piet du Plessis, a South African firm's owner.").get("Piet du Plessis") is None

    def places(text):
        return [p.text for p in by_kind(extract_text(text, issue="1962-11"), "place")]
    assert "Ban Keo" in places("Troops fled the provincial capital of Ban Keo in May.")
    assert "Rondebosch" in places("He was held at his home in Rondebosch, a suburb of Cape Town, on May 2.")
    assert "Puerto Lindo" in places("The ship turned toward Puerto Lindo in Honduras.")
    # counter-case: the head of a government named as the object takes no side from the country that acts on it
    assert sides_of("The United States refused arms to the government of President Ramon Ortiz in 1953.")["Ramon Ortiz"] is None


def test_counter_cases_of_rounds_37_and_38():
    # a title or a possessive before a name after a body's "of" leaves the person a person
    assert sides_of("Department of Energy Secretary Spencer Abraham said the plant would close.") == {"Spencer Abraham": "USA"}
    assert "Hans Kristensen" in sides_of("The Federation of American Scientists' Hans Kristensen said so.")
    assert sides_of("Sanctions from the European Union on Iranian President Karim Nasseri's remarks followed.") == \
        {"Karim Nasseri's": "IRN"}
    # a speaker after a list of places is no place; "ten" is a number, not a particle; a site "where" a scientist works
    assert "Putin" not in [p.text for p in by_kind(extract_text("Russia annexed the regions of Donetsk and Luhansk, Putin said."), "place")]
    assert [p.text for p in by_kind(extract_text("Under President Carter ten Minuteman squadrons were retired."), "person")] == ["Carter"]
    assert not by_kind(extract_text("Al Hakam, a plant where an Iraqi microbiologist grew anthrax, was destroyed."), "person")
    # an acronym after ", or" or ", known as" names the body again
    found = extract_text("The Association of Test Veterans, or ATV, wants the law amended. ATV said so.")
    assert [o.text for o in by_kind(found, "organization")] == ["Association of Test Veterans", "ATV", "ATV"]
    assert not by_kind(found, "person")


def test_described_people_people_of_a_state_and_places_by_site_and_sea():
    assert sides_of("The Assembly pardoned Carl Brandt, the American cargo handler sentenced in 1986, on Monday.") == \
        {"Carl Brandt": "USA"}
    assert not by_kind(extract_text("The order went to Nova Kargo, a Russian freighter, in May."), "person")
    assert sides_of("The crew, Dale Hodges of Reno, Nevada, and Ray Lutz of Magnolia, Arkansas, died.") == \
        {"Dale Hodges": "USA", "Ray Lutz": "USA"}
    assert sides_of("Warren Boyd of Illinois asked whether the vote could wait.") == {"Warren Boyd": "USA"}
    assert people_of("Testing stopped, but Prime Minister Ray Major insists that it resume.")["Ray Major"]["role"] == "Prime Minister"

    def places(text):
        return [p.text for p in by_kind(extract_text(text, issue="2017-10"), "place")]
    assert "Lesnoy" in places("The first plant opened at Lesnoy, in the Saratov region, in 2002.")
    assert "Kizner" in places("The last shells were destroyed at the Kizner plant in Udmurtia.")
    assert "Aral Sea" in places("Anthrax was buried on an island in the Aral Sea in 1988.")
    # counter-cases: a company's plant and a fleet named for a sea are no places
    assert "Toshiba" not in places("Workers at the Toshiba plant struck.")
    assert "Black Sea" not in places("The Black Sea Fleet sailed on Monday.")


def test_counter_cases_of_rounds_39_and_40():
    for text in ("Pyotr Velikiy, the Russian nuclear-powered battlecruiser, docked in May.",
                 "Cam Ranh, the Vietnamese deepwater harbor, was leased in 1979.",
                 "The Solicitor General argued the case.", "Castle Bravo, the American thermonuclear test, went wrong."):
        assert not by_kind(extract_text(text), "person"), text
    assert sides_of("Imran Malik of Lahore, Punjab, said the test was a triumph.") == {"Imran Malik": "PAK"}
    assert sides_of("Robert Lane of London, Ontario, said the reactor was safe.") == {"Robert Lane": "CAN"}

    def places(text):
        return [p.text for p in by_kind(extract_text(text, issue="2005-06"), "place")]
    assert places("The Sea of Japan froze early.") != ["Sea"]
    assert "USS Coral Sea" not in places("The carrier USS Coral Sea launched strikes.")
    assert "Harvard" not in places("They met at Harvard, in Cambridge, last week.")


def test_a_place_named_again_and_judges_by_title():
    def places(text):
        return [(p.text, p.start) for p in by_kind(extract_text(text, issue="2020-05"), "place")]
    text = "Jets struck the town of Kafr Deir in March. The Kafr Deir attacks came days before the strike at Kafr Deir."
    assert [t for t, _ in places(text)] == ["Kafr Deir", "Kafr Deir", "Kafr Deir"]
    # counter-cases: inside a longer name, or opening a sentence, the name is not read again
    text = "Troops entered the village of Marsh in May. Marsh Road was closed. Marsh said nothing."
    assert [t for t, _ in places(text)] == ["Marsh"]
    assert people_of("An injunction was refused by Chief Judge Ruth Alder of the district court.")["Ruth Alder"]["role"] == \
        "Chief Judge"
    assert people_of("Justice Hugo O. Landry, one of three dissenters, wrote the opinion.")["Hugo O. Landry"]["role"] == "Justice"
    assert not by_kind(extract_text("The Justice Department sued. He was brought to justice in May."), "person")


def test_companies_by_nordic_legal_forms_and_their_short_names():
    found = by_kind(extract_text("Kestrel Optics AB sold the sights in 1985. Kestrel Optics denied any fault, and "
                                 "Vardo Marine ASA kept silent; Tornio Steel Oyj and Holm Radio A/S were cleared."), "organization")
    assert [o.text for o in found] == ["Kestrel Optics AB", "Kestrel Optics", "Vardo Marine ASA", "Tornio Steel Oyj",
                                       "Holm Radio A/S"]
    assert found[1].value["name"] == "Kestrel Optics AB"
    found = by_kind(extract_text("Harlan Aircraft Co., the builder, said Harlan Aircraft would appeal."), "organization")
    assert [o.text for o in found] == ["Harlan Aircraft Co.", "Harlan Aircraft"]
    # counter-cases: a name that never carried a legal form is not found again by its words; a titled person
    # keeps a name a company shares; a province's code after a city's comma is no legal form
    assert not by_kind(extract_text("Kestrel said the optics were sound."), "organization")
    found = extract_text("President Arlo Vance spoke first. Vance Inc. sold the parts.")
    assert [p.text for p in by_kind(found, "person")] == ["Arlo Vance"]
    assert not by_kind(extract_text("The flight left Red Deer, AB on Monday."), "organization")


def test_a_partys_government_a_partys_leader_and_units_named_guard_or_unit():
    found = extract_text("The ship sailed on the orders of Ian Kerr, whose Labour Party government sent it.")
    assert [p.text for p in by_kind(found, "person")] == ["Ian Kerr"]
    assert [o.text for o in by_kind(found, "organization")] == ["Labour Party"]
    # counter-cases: a company's division after "whose" leaves the company no person; a body's last word is no person's name
    assert not by_kind(extract_text("Tarkan Holding, whose Defense Company sold the rifles, denied it."), "person")
    for text in ("Ola Berg, the commander of the National Guard, resigned.", "The Implementation Support Unit helps states."):
        assert [p.text for p in by_kind(extract_text(text), "person")] in (["Ola Berg"], []), text


def test_lochs_firths_counties_highlands_and_large_islands_are_places():
    def places(text):
        return [p.text for p in by_kind(extract_text(text, issue="1963-01"), "place")]
    assert places("The tender will lie in the Gare Loch, off the Firth of Forth.") == ["Gare Loch", "Firth of Forth"]
    assert places("Police in Kalmar County opened a case.") == ["Kalmar County"]
    assert places("Fuel was flown out of the Western Highlands.") == ["Western Highlands"]
    assert places("The missiles went to Crete, not to Sardinia.") == ["Crete", "Sardinia"]
    # counter-cases: a county's council is a body, not a place; Java is a language as often as an island
    assert not places("The Kalmar County Council voted.")
    assert not places("The code was written in Java.")


def test_two_given_names_sharing_a_family_name_after_a_plural_role():
    found = people_of("Police named two former army lieutenants of Peru, Tomas and Raul Ibarra, on Monday.")
    assert found == {}  # "of Peru" stands between the role and the names: no plural role right before them
    found = people_of("Police named two former Chilean army lieutenants, Tomas and Raul Ibarra.")
    assert {k: (v["name"], v["side"]["iso3"]) for k, v in found.items()} == \
        {"Tomas": ("Tomas Ibarra", "CHL"), "Raul Ibarra": ("Raul Ibarra", "CHL")}
    # counter-cases: a pair with neither a plural role before it nor "who" after it, or a pair of bodies, is no person
    assert people_of("Troops moved between Aleppo and Deir Ezzor.") == {}
    assert people_of("Two officers, Alpha and Bravo Company, moved north.") == {}


def test_a_facility_after_its_countrys_possessive():
    found = extract_text("The fuel went to Russia's Tomsk Chemical Plant in May.")
    assert [p.text for p in by_kind(found, "place")] == ["Russia", "Tomsk Chemical Plant"]
    # counter-cases: a plant named for a country keeps its name; a state's possessive ("Georgia's") is left as it was
    assert [p.text for p in by_kind(extract_text("He toured the Russia Plant."), "place")] == ["Russia Plant"]
    assert "Ohio" not in [p.text for p in by_kind(extract_text("Workers at Ohio's Piketon Diffusion Plant struck."), "place")]


def test_people_by_age_and_family_names_that_head_places():
    found = people_of("Police arrested Ken Oda, a 61-year-old naturalized Canadian born in Japan, at home.")
    assert {k: v["side"]["iso3"] for k, v in found.items()} == {"Ken Oda": "CAN"}
    # a family name that heads a place's name, with a role after it
    found = people_of("Owen Hill, assistant secretary of state for East Asian and Pacific affairs, said so.")
    assert list(found) == ["Owen Hill"]
    assert not [p for p in by_kind(extract_text("Owen Hill, assistant secretary for Pacific affairs, said so."), "place")]
    # counter-cases: a vessel or a stadium with an age is no person, nor is a number's first digits; a place with a hill
    # or a hall described as a residence keeps its name
    for text in ("The Sea Dragon, a 40-year-old freighter, sank.", "Fenway Park, a 93-year-old stadium, closed.",
                 "The Dow Jones, 10,500 at the close, fell.", "Spaso Hall, the residence of the American ambassador, was shut."):
        assert people_of(text) == {}, text
    assert [p.text for p in by_kind(extract_text("Forest Hill, a suburb of Toronto, voted."), "place")][0] == "Forest Hill"


def test_occupations_of_the_courts_and_the_clinic_are_roles():
    found = people_of("Tom Vance, the Perth barrister appearing for the crew, said the charges would fail.")
    assert found["Tom Vance"]["role"].startswith("the Perth barrister")
    assert people_of("Ruth Alder, the coroner, opened an inquest.")["Ruth Alder"]["role"] == "the coroner"
    # counter-cases: a family name that is also an office stays part of the name; a site named for a cleric is no person
    assert list(people_of("Foreign Minister Julie Bishop said so.")) == ["Julie Bishop"]
    assert people_of("The rocket rose from the Imam Khomeini Spaceport.") == {}
    assert people_of("He served in the Judge Advocate General's Corps.") == {}


def test_a_role_in_commas_before_a_name_may_close_on_a_semicolon():
    found = people_of("Senators heard from Vance's deputy, Adrian Moss; Defense Secretary Ray Tull followed.")
    assert found["Adrian Moss"]["role"] == "Vance's deputy" and found["Ray Tull"]["role"] == "Defense Secretary"
    # counter-case: a body after the role and its comma is no person
    assert "Ministry" not in " ".join(people_of("They heard its deputy, the Finance Ministry; nobody else came."))


def test_romance_bodies_by_their_head_first():
    def orgs(text):
        return [o.text for o in by_kind(extract_text(text), "organization")]
    assert orgs("Funds at Banco Serra Azul were frozen in May.") == ["Banco Serra Azul"]
    assert orgs("The unit was sold to the Centro Médico de Especialidades Norte.") == ["Centro Médico de Especialidades Norte"]
    assert orgs("Grupo Valdés and Banque du Levant lent money.") == ["Grupo Valdés", "Banque du Levant"]
    # a Romance body before a speech verb is no person
    found = extract_text("Officials of Compagnie Générale de Géophysique said so.")
    assert not by_kind(found, "person") and orgs("Officials of Compagnie Générale de Géophysique said so.") == \
        ["Compagnie Générale de Géophysique"]
    # counter-cases: a town's "Centro" with one word is no body; a date after the head is no part of the name
    assert orgs("He lived in Centro Habana.") == []
    assert orgs("The Banco opened in May.") == []


def test_a_compass_word_before_a_region_is_part_of_its_name():
    found = by_kind(extract_text("Fuel went by rail across the North Caucasus to the coast."), "place")
    assert [(p.text, p.value["name"]) for p in found] == [("North Caucasus", "North Caucasus")]
    # counter-cases: a country's own compass word stays the country's; a lower-case compass word is no part of a name
    assert [p.text for p in by_kind(extract_text("He flew to North Korea."), "place")] == ["North Korea"]
    assert [p.text for p in by_kind(extract_text("Rebels moved north into the Caucasus."), "place")] == \
        ["Caucasus"]


def test_co_after_a_table_company_is_its_legal_form_whatever_follows():
    orgs = _found("A consortium led by General Electric Co. and a Dutch yard bid for the reactor, and Boeing Co. "
                  "withdrew.", "organization")
    assert [(t, v.get("iso3")) for t, v in orgs] == [("General Electric Co.", "USA"), ("Boeing Co.", "USA")]
    # counter-case: after a name the table holds as no company, "Co." may be a county's, and is left alone
    assert "Washington Co." not in [t for t, _ in _found("Deputies of Washington Co. seized the crates.", "organization")]


def test_a_party_member_in_apposition_names_a_person_but_not_a_place_or_an_opener_before_it():
    text = ("Ruth Calder, a Conservative, called the transfer secret. Ian Moray, a Liberal Democrat whose seat "
            "includes the site, asked for a statement.")
    people = dict(_found(text, "person"))
    assert people["Ruth Calder"]["role"] == "a Conservative" and people["Ian Moray"]["role"] == "a Liberal Democrat"
    # counter-cases: a party's word before a thing, a state before the member, a comparison's opener
    assert _found("Utah, a Republican stronghold, voted for the treaty.", "person") == []
    found = _found("In Vermont, a Democrat, won the seat. Unlike Hoover, a Republican, he backed the pact.", "person")
    assert [t for t, _ in found if t in ("Vermont", "Unlike Hoover", "Hoover")] == []
    assert "Vermont" in [t for t, _ in _found("In Vermont, a Democrat, won the seat.", "place")]


def test_peoples_parties_initials_harbors_raf_stations_and_bodies_joined_by_of_the():
    text = ("Divers at Apra Harbor joined the Agrarian People's Party's inspectors and a U.K. Embassy official, the "
            "bombers flew to RAF Fairford, and staff of the Solar Physics Laboratory of the Coastal Institute of "
            "Technology watched.")
    orgs, places = dict(_found(text, "organization")), dict(_found(text, "place"))
    assert {"Agrarian People's Party", "U.K. Embassy", "Solar Physics Laboratory", "Coastal Institute of Technology"} <= set(orgs)
    assert places["Apra Harbor"]["type"] == "place" and places["RAF Fairford"]["kind"] == "facility"
    # counter-cases: a country's possessive still ends a body's name; a country's institution in common nouns is no
    # name; the air force's jets and commands are no stations; one head word before "of the" opens one name
    text = ("Norway's Foreign Ministry and the U.K. administration disagreed. RAF Tornado jets and a spokesman for RAF "
            "Strike Command flew out. The Council of the Coastal Union met.")
    orgs, places = [t for t, _ in _found(text, "organization")], [t for t, _ in _found(text, "place")]
    assert "Foreign Ministry" in orgs and "Norway's Foreign Ministry" not in orgs and "U.K. administration" not in orgs
    assert not any(p.startswith("RAF") for p in places) and "Council" not in orgs


def test_a_capitals_envoy_serves_its_country_not_the_city_the_envoy_sits_in():
    people = dict(_found("Le Van Minh, Hanoi's envoy in Paris, handed over the note.", "person"))
    assert people["Le Van Minh"]["side"]["iso3"] == "VNM"
    # counter-cases: a capital after "in" says where the envoy serves, not whom; a capital's mayor or archbishop
    # (or a town of a capital's name) is no envoy
    people = dict(_found("Le Van Minh, the envoy in Hanoi, handed over the note.", "person"))
    assert (people["Le Van Minh"].get("side") or {}).get("iso3") != "VNM"
    people = dict(_found("Dale Reed, Kingston's mayor, spoke in Ontario.", "person"))
    assert (people["Dale Reed"].get("side") or {}).get("iso3") != "JAM"


def test_a_city_in_a_compass_part_of_its_country_and_two_names_before_air_bases_are_places():
    text = ("The cargo staged through Pucallpa, in eastern Peru, and the jets left the Tiyas and Dumayr air bases.")
    places = [t for t, _ in _found(text, "place")]
    assert {"Pucallpa", "Peru", "Tiyas", "Dumayr"} <= set(places)
    # counter-case: a city of another country before "in" and a country is not made a place by that country
    assert "Mendoza" not in [t for t, _ in _found("Officials met Mendoza, in Peru, to discuss the cargo.", "place")]


def test_bodies_by_bank_network_police_the_uns_prefix_and_a_mission_in_a_country():
    text = ("The Treasury's Office of Foreign Assets Control named Harbin Ocean Freight Co., Ltd. and the Bank of Yanji, "
            "and the Maritime Crimes Monitoring Network, the Laos Police and the UN Department of Field Support agreed. "
            "The United Nations Mission in Laos (UNMIL2) counted the rifles.")
    orgs = dict(_found(text, "organization"))
    assert {"Office of Foreign Assets Control", "Harbin Ocean Freight Co., Ltd.", "Bank of Yanji",
            "Maritime Crimes Monitoring Network", "Laos Police", "UN Department of Field Support",
            "United Nations Mission in Laos"} <= set(orgs)
    assert orgs["Laos Police"]["iso3"] == "LAO" and "iso3" not in orgs["United Nations Mission in Laos"]
    assert _found(text, "person") == []  # "Foreign Assets Control" is no titled person
    # counter-cases: the UN alone, "Police" alone, and a portfolio before a titled person's name
    text = "The UN said so, and Police said the road was open. Under Secretary for Arms Control Rose Gottemoeller spoke."
    assert [t for t, _ in _found(text, "organization")] == ["UN"]
    assert [t for t, _ in _found(text, "person")] == ["Rose Gottemoeller"]


def test_a_titled_persons_family_name_that_a_company_shares_is_the_persons():
    people = [t for t, _ in _found("State Department spokesman Ann Hughes said Hughes had no comment.", "person")]
    assert people == ["Ann Hughes", "Hughes"]
    # counter-case: without a title, a company's name after an opener names no person
    assert _found("Then Boeing said it would bid for the tanker.", "person") == []


def test_a_capitals_envoy_minister_or_spokesman_before_the_name_and_services_and_stations_as_written():
    people = dict(_found("Hanoi's deputy foreign minister, Le Van Minh, arrived. Quito's chief negotiator, Ana Vera, "
                         "spoke.", "person"))
    assert people["Le Van Minh"]["side"]["iso3"] == "VNM" and people["Ana Vera"]["side"]["iso3"] == "ECU"
    assert (dict(_found("Brendan Kerr, Dublin's archbishop, prayed.", "person"))["Brendan Kerr"].get("side")) is None
    # a named council of the armed services is one name; services before "bases" are no places; a station whose
    # name starts like a body's word is a station
    text = ("The Supreme Council of the Armed Forces met. Funds for the Army and Navy bases fell. Jets were parked at "
            "RAF Lakenheath, officials said.")
    orgs, places = [t for t, _ in _found(text, "organization")], [t for t, _ in _found(text, "place")]
    assert "Supreme Council of the Armed Forces" in orgs and "Army" not in places and "RAF Lakenheath" in places


def test_river_banks_generic_police_a_missions_city_and_a_capitals_council_are_not_taken_for_bodies_or_sides():
    text = ("Villages on the West Bank of the Jordan and the Left Bank of Paris were quiet, and the Reserve Bank of Fiji "
            "agreed. Riot Police fired tear gas. In Laos Police arrested two men. The British Mission in Vientiane closed. "
            "The Office of Foreign Assets Control said so.")
    orgs, places = [t for t, _ in _found(text, "organization")], [t for t, _ in _found(text, "place")]
    assert "Reserve Bank of Fiji" in orgs and not any(o.startswith(("Bank of the", "Bank of Paris")) for o in orgs)
    assert not any("Police" in o for o in orgs) and "Vientiane" in places
    assert _found(text, "person") == []
    people = dict(_found("Clare Dunn, Victoria's health minister, spoke. Omar Saleh, Baghdad's city council spokesman, "
                         "spoke.", "person"))
    assert people["Clare Dunn"].get("side") is None and people["Omar Saleh"].get("side") is None


def test_symposia_pty_ltd_acronyms_by_language_asia_pacific_currencies_and_a_partys_member_of_a_state():
    text = ("Rep. Lena Ortiz, a New Mexico Democrat, who chaired the panel, and delegates at the Indian Ocean Naval "
            "Symposium agreed. Karoo Optics (Pty) Ltd and the Export Control Directorate, known by its Hebrew acronym "
            "EXCOD, sold gear in the Asia-Pacific region for NZ$12 million and about 30 million reais. EXCOD said so.")
    by = {kind: _found(text, kind) for kind in ("person", "organization", "place", "quantity")}
    orgs = [t for t, _ in by["organization"]]
    assert [t for t, _ in by["person"]] == ["Lena Ortiz"] and "New Mexico" in dict(by["place"])
    assert {"Indian Ocean Naval Symposium", "Karoo Optics (Pty) Ltd", "Export Control Directorate"} <= set(orgs)
    assert orgs.count("EXCOD") == 2 and "Asia-Pacific" in dict(by["place"])
    assert {t: v["unit"] for t, v in by["quantity"]} == {"NZ$12 million": "NZD", "about 30 million reais": "BRL"}


def test_a_kingdoms_service_a_banks_company_name_and_a_named_bank_but_no_sandbank():
    text = ("The Royal Malaysian Navy and the Royal Jordanian Air Force joined, the Bank of Yanji Co., Ltd. and the "
            "Foreign Trade Bank were named, and trawlers worked the Dogger Bank.")
    orgs = dict(_found(text, "organization"))
    assert orgs["Royal Malaysian Navy"]["iso3"] == "MYS" and orgs["Royal Jordanian Air Force"]["iso3"] == "JOR"
    assert {"Bank of Yanji Co., Ltd.", "Foreign Trade Bank"} <= set(orgs) and "Dogger Bank" not in orgs


def test_banks_after_an_opener_state_police_missions_to_bodies_and_money_signs_written_as_signs():
    text = ("In March Bank of Korea raised its rate, and investors said the Bank of the Philippine Islands would grow. "
            "Haryana Police registered a case. The British Mission in Baghdad closed and the U.S. Mission to NATO spoke.")
    orgs, places = [t for t, _ in _found(text, "organization")], [t for t, _ in _found(text, "place")]
    assert {"Bank of Korea", "Bank of the Philippine Islands", "Haryana Police", "British Mission",
            "U.S. Mission to NATO"} <= set(orgs) and "Baghdad" in places
    assert not any(o.startswith(("In March", "In ")) for o in orgs)
    # counter-cases: a code's variable is no money, and riyals or dirhams name no one state's money
    money = [q.text for q in by_kind(extract_text("The variable a$1 holds 2 billion riyals and 5 million dirhams.",
                                                   issue="2010-01"), "quantity")]
    assert money == []
    people = dict(_found("Tomas Berg, Oslo's trade minister, spoke. Ian Cole, Victoria's health minister, spoke.", "person"))
    assert people["Tomas Berg"]["side"]["iso3"] == "NOR" and people["Ian Cole"].get("side") is None


def test_heads_of_government_of_many_more_states_give_their_side_in_their_years():
    text = ("President Alberto Fujimori said the talks with Prime Minister Girija Prasad Koirala and Foreign Minister "
            "Amr Moussa had gone well.")
    assert sides_of(text, "1996-05") == {"Alberto Fujimori": "PER", "Girija Prasad Koirala": "NPL", "Amr Moussa": "EGY"}
    # counter-case: far outside their years, the table gives them none
    assert set(sides_of(text, "2019-05").values()) == {None}


def test_a_tables_company_before_more_words_and_company_a_council_of_the_union_and_a_corporation_of_a_country():
    text = ("Westinghouse Power Company will work with the Atomic Power Corporation of Laos Ltd., the Council "
            "of the European Union said, and Reporters Without Borders objected.")
    orgs = [t for t, _ in _found(text, "organization")]
    assert {"Westinghouse Power Company", "Atomic Power Corporation of Laos Ltd.", "Council of the European Union",
            "Reporters Without Borders"} <= set(orgs) and "European Union" not in orgs
    assert _found(text, "person") == []


def test_french_bodies_with_elided_articles_and_their_acronyms_and_more_heads_of_government():
    text = ("The Société pour l'Étude et la Fabrication d'Engins Navals (SEFEN) and the Centre National d'Études "
            "Océaniques (CNEO) met near the Centre Ville station. CNEO said so. President Park Chung-hee watched.")
    orgs = [t for t, _ in _found(text, "organization")]
    assert {"Société pour l'Étude et la Fabrication d'Engins Navals", "Centre National d'Études Océaniques",
            "SEFEN"} <= set(orgs) and orgs.count("CNEO") == 2 and "Centre Ville" not in orgs  # one word: no body
    assert sides_of(text, "1978-11") == {"Park Chung-hee": "KOR"}


def test_a_namesake_described_as_no_officeholder_two_romance_bodies_joined_by_et_and_sudans_rsf():
    assert sides_of("Alberto Fujimori, a farmer in Texas, said the crop failed.", "1996-05") == {"Alberto Fujimori": None}
    assert sides_of("Alberto Fujimori, the president, said so.", "1996-05") == {"Alberto Fujimori": "PER"}
    orgs = [t for t, _ in _found("The Banque Agricole de Lyon et la Société Générale talked. The RSF attacked the army "
                                 "in Khartoum. The Grupo Clarín editor spoke.", "organization")]
    assert {"Banque Agricole de Lyon", "Société Générale", "Grupo Clarín"} <= set(orgs) and "RSF" not in orgs


def test_names_with_an_elided_particle_or_a_glottal_stop_are_whole():
    found = _found("President Marcel Dubois d'Argent spoke first, and Chief Tavita Lemalu'u of the delegation "
                   "answered. The aides of Dubois d'Argent's party left.", "person")
    assert [t for t, _ in found] == ["Marcel Dubois d'Argent", "Tavita Lemalu'u", "Dubois d'Argent's"]
    # counter-case: a possessive stays a possessive, not part of a longer word
    assert [t for t, _ in _found("President Marcel Argent's plan failed.", "person")] == ["Marcel Argent's"]


def test_a_listed_officeholders_possessive_before_a_noun_stays_in_the_span():
    found = _found("Francisco Franco's government barred the flights, and Francisco Franco said nothing.", "person")
    assert [t for t, _ in found] == ["Francisco Franco's", "Francisco Franco"]


def test_a_body_before_whose_role_is_no_persons_name():
    found = _found("The safeguards go to the Harbor Verification Agency, whose director general, Ilse Brandt, "
                   "must approve them.", "person")
    assert [t for t, _ in found] == ["Ilse Brandt"]
    # counter-case: a person's name before the role keeps it ("Y, the envoy, X,": the role is Y's, not X's)
    found = _found("Tomas Lind, the Dutch envoy, Noor Haddad, and others met.", "person")
    assert [(t, v["role"]) for t, v in found] == [("Tomas Lind", "the Dutch envoy")]


def test_a_presidency_of_a_field_is_a_body_and_its_initials_as_an_acronym():
    found = _found("Ruritania's Presidency of Defense Industries, known by its Ruritanian initials as SSR, signed. "
                   "The SSR paid.", "organization")
    assert [t for t, _ in found] == ["Presidency of Defense Industries", "SSR", "SSR"]
    # counter-case: a company named by its head alone stays the company
    assert [t for t, _ in _found("Kestrel Heavy Industries bid.", "organization")] == ["Kestrel Heavy Industries"]


def test_a_bodys_possessive_before_a_facility_and_an_institution():
    found = extract_text("The waste goes to the Atomic Energy Commission's Savannah River Plant, and the Oceanic "
                         "Survey Institution sends a boat.", "1966-04")
    assert [(m.kind, m.text) for m in found if m.kind in ("place", "organization")] == [
        ("organization", "Atomic Energy Commission"), ("place", "Savannah River Plant"),
        ("organization", "Oceanic Survey Institution")]
    # counter-case: a country's possessive stays the place it was
    found = extract_text("The fuel went to Russia's Tomsk Chemical Plant.", "2002-09")
    assert [m.text for m in found if m.kind == "place"] == ["Russia", "Tomsk Chemical Plant"]


def test_an_island_bay_or_archipelago_by_a_lower_case_type_noun_and_a_capital_flown_out_of():
    found = _found("The boat ran aground beside Tallholm island, at the mouth of the Krokvik bay in the Sandby "
                   "archipelago, and the fuel was flown out of Belgrade.", "place")
    assert [t for t, _ in found] == ["Tallholm", "Krokvik", "Sandby", "Belgrade"]
    # counter-case: after a verb a capital still stands for its government
    assert [t for t, _ in _found("Belgrade said the fuel was safe.", "organization")] == ["Belgrade"]


def test_the_previous_or_following_season_and_the_indian_scale():
    found = extract_text("The treaty was signed on July 8, 2008. The alliance had endorsed it the previous spring, "
                         "and a vote is due the following winter.", "2008-08")
    got = {m.text: (m.value["start"], m.value["end"]) for m in found if m.kind == "date"}
    assert got["the previous spring"] == ("2008-03", "2008-05")
    assert got["the following winter"] == ("2008-12", "2009-02")
    found = _found("The cap is 1,500 crore Indian rupees.", "quantity")
    assert found == [("1,500 crore Indian rupees", {**found[0][1], "magnitude": 1.5e10, "unit": "INR"})]


def test_the_reviews_misfires_of_the_round_60_rules_stay_fixed():
    # a further noun after "island" makes the island name no place; a body's legal form stays after "Board of"
    assert _found("Ships loaded at the Shell island terminal.", "place") == []
    assert [t for t, _ in _found("The Board of Northrop Grumman Corp. approved the bid.", "organization")] == \
        ["Northrop Grumman Corp."]
    # a leader's term of office is no body; a capital's possessive after "out of" is its government's
    assert _found("During the Reagan Presidency, the treaty was signed.", "organization") == []
    assert [t for t, _ in _found("The missiles are out of Washington's reach.", "organization")] == ["Washington"]
    # a closing quote after a listed name is no possessive; a fall in output is no season
    assert [t for t, _ in _found("The so-called 'Boris Yeltsin' doctrine was never written.", "person")] == ["Boris Yeltsin"]
    found = extract_text("Output rose on March 3, 2012, reversing the previous fall in exports.", "2012-04")
    assert [m.text for m in found if m.kind == "date"] == ["March 3, 2012"]
    # before a year, the previous winter is the one that starts before it
    found = extract_text("In 2003, talks began. The previous winter, officials had called.", "2004-01")
    assert [(m.value["start"], m.value["end"]) for m in found if m.text == "The previous winter"] == [("2002-12", "2003-02")]


def test_a_trading_company_in_apposition_an_import_agency_and_initials_before_a_legal_form():
    found = _found("The lathes went through Kado Boeki, a trading company linked to K. Mori & Co., to the Soviet "
                   "import agency Stankoimport.", "organization")
    assert [t for t, _ in found] == ["Kado Boeki", "K. Mori & Co.", "Stankoimport"]
    # counter-case: an apposition that says where, not what, makes no company
    assert _found("The lathes went through Kado Boeki, a town linked to Osaka by rail.", "organization") == []


def test_a_party_by_its_initials_before_party_and_a_table_companys_longer_name_before_co():
    assert [t for t, _ in _found("Senator Ana Ribeiro of the governing PRB party spoke.", "organization")] == ["PRB"]
    found = _found("Westinghouse Electric Co. and General Electric Co. bid.", "organization")
    assert [(t, v["name"]) for t, v in found] == [("Westinghouse Electric Co.", "Westinghouse Electric Co."),
                                                 ("General Electric Co.", "General Electric")]
    # counter-case: a lower-case "party" after a country's initials is a delegation, no body
    assert _found("The U.S. party arrived in Geneva.", "organization") == []


def test_a_table_companys_of_a_country_says_where_it_is_from():
    found = extract_text("Areva of France and Aselsan of Turkey bid, and the Royal Navy of Oman watched.", "2010-09")
    assert [(m.kind, m.text) for m in found if m.kind in ("organization", "place")] == [
        ("organization", "Areva"), ("place", "France"), ("organization", "Aselsan"), ("place", "Turkey"),
        ("organization", "Royal Navy of Oman")]


def test_every_name_of_a_list_after_near_and_a_spanish_companys_head():
    found = _found("The missiles went to sites near Lautern, Heilbronn and Neu-Ulm. The talks met near Paris, London "
                   "and Bonn.", "place")
    assert [t for t, _ in found] == ["Lautern", "Heilbronn", "Neu-Ulm", "Paris", "London", "Bonn"]
    assert [t for t, _ in _found("An order came from Industrias Oyarzun of Chile.", "organization")] == ["Industrias Oyarzun"]
    # counter-case: a list after "near" running into a clause is no list of places ("near Christmas, Easter and ...")
    assert _found("The vote fell near Christmas, Easter and Passover.", "place") == []


def test_the_reviews_misfires_of_the_company_rules_stay_fixed():
    # a person's trade before "linked to" makes no company; an opener is no part of a company's name
    assert _found("A court fined Hans Gruber, a supplier linked to the program, last month.", "organization") == []
    assert [t for t, _ in _found("Meanwhile Crescent Trading, a company registered in Dubai, closed.", "organization")] == \
        ["Crescent Trading"]
    # an agency's "name" must end its clause; initials run together are no company's ("J.P.", "U.S.")
    assert _found("The export agency Tuesday denied the report.", "organization") == []
    found = _found("The bank, J.P. Morgan & Co., declined. The cargo was seized in the U.S. Acme Corp. officials "
                   "said it was legal.", "organization")
    assert [t for t, _ in found] == ["Morgan & Co.", "Acme Corp."]
    # a treaty's initials before "party states" name no party
    assert _found("The NPT party states met in New York.", "organization") == []


def test_a_venue_chosen_a_states_formal_name_and_a_body_of_a_list_of_countries():
    found = extract_text("Moscow had suggested Helsinki, while Nixon wanted Vienna or Geneva. The council imposed an "
                         "embargo on the Federal Republic of Yugoslavia. The Contact Group of France, Germany and Italy "
                         "met, and the Strategic Plans Division agreed.", "1998-04")
    got = [(m.kind, m.text) for m in found if m.kind in ("place", "organization")]
    assert got == [("organization", "Moscow"), ("place", "Helsinki"), ("place", "Vienna"), ("place", "Geneva"),
                   ("place", "Federal Republic of Yugoslavia"), ("organization", "Contact Group"), ("place", "France"),
                   ("place", "Germany"), ("place", "Italy"), ("organization", "Strategic Plans Division")]
    # counter-cases: a capital acting stays its government; a body "of" one country keeps it ("Royal Navy of Oman");
    # a formal name the tables hold stays theirs
    found = extract_text("Washington accused Moscow of cheating, and the Royal Navy of Oman and the Republic of Korea "
                         "objected.", "1998-04")
    got = [(m.kind, m.text, m.value.get("iso3")) for m in found if m.kind in ("place", "organization")]
    assert ("organization", "Royal Navy of Oman", "OMN") in got and ("organization", "Moscow", "RUS") in got
    assert [g for g in got if g[1] == "Republic of Korea"][0][2] == "KOR"


def test_the_third_reviews_misfires_stay_fixed():
    # a capital the venue verb governs, but acting ("wanted Moscow to ..."), or whose plan is preferred, is its government
    found = _found("The United States wanted Moscow to destroy its missiles, and Europe preferred Bonn's plan.", "organization")
    assert [t for t, _ in found] == ["Moscow", "Bonn"]
    # a list after "near" with no place the tables know names people; embassies listed keep their names
    assert _found("At the hearing the witness sat near Nunn, Warner and Levin.", "place") == []
    found = _found("The Embassy of Japan, the Embassy of Korea and the Embassy of China protested.", "organization")
    assert [t for t, _ in found] == ["Embassy of Japan", "Embassy of Korea", "Embassy of China"]
    # a section's number after "Division" makes no body; a division's name is no person's
    assert _found("In Division III of the report, the authors list the sites.", "organization") == []
    assert _found("The Tawakalna Division of the guard moved south.", "person") == []


def test_an_acronym_written_as_a_word_in_brackets_when_its_letters_are_the_names_initials():
    found = _found("According to the Harbor Nuclear Energy Corporation (Hnec), the intruders fled. Hnec said so. "
                   "The Conference on Disarmament (Geneva) met.", "organization")
    assert [t for t, _ in found] == ["Harbor Nuclear Energy Corporation", "Hnec", "Hnec", "Conference on Disarmament"]


def test_an_acronym_word_of_three_letters_or_a_tables_name_is_not_read_again():
    found = _found("The Office of Nuclear Energy (One) approved it. One official said costs rose. The Nuclear Institute "
                   "of Chemistry and Engineering (Nice) tested the samples.", "organization")
    assert [t for t, _ in found] == ["Office of Nuclear Energy", "Nuclear Institute of Chemistry and Engineering"]
