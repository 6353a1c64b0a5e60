"""The article's checks run only on the study's brief; any other brief gets the general checks."""

import pytest

from analysis.extract.checks import run_checks
from analysis.extract.facts import reconcile
from analysis.study.checks import article_checks, is_study_brief
from analysis.text.capture import parse_text

#: A brief of another subject, written for this test: another country's missile test, with a stated range.
OTHER_BRIEF = """## India Flight-Tests a New Short-Range Missile

India conducted a flight test of a new surface-to-surface missile on March 14, 1996, from a launch site on an
island off its eastern coast, defense officials said. The missile, which officials said has a range of about
700 kilometers, came down in the Bay of Bengal after a flight of roughly eight minutes.

The test was the third of the system that year. A defense ministry spokesman said the launch met all of its
objectives and that further trials would follow before the missile enters service.
"""

#: Words only a check about the study's article would use.
ARTICLE_WORDS = ("South Korea", "Japan", "KOR", "JPN", "North Korea", "Nodong", "Scud", "range claim")


def _other(id="india"):
    return parse_text(OTHER_BRIEF, id=id)


def test_article_checks_on_the_study_brief(seeds):
    assert is_study_brief(seeds)
    checks = article_checks(reconcile(seeds))
    assert list(checks.columns) == ["check", "verdict", "detail"]
    assert set(checks.verdict) <= {"holds", "fails", "imprecise", "cannot check"}
    got = dict(zip(checks.check.str.split(" \\(").str[0], checks.verdict))
    assert got["MTCR Category I payload"] == "holds" and got["MTCR Category I range"] == "holds"
    assert got["the witnesses agree on every fact"] == "holds"
    assert any(c.startswith("range claim") for c in checks.check)


def test_another_brief_is_not_the_study_brief():
    w = _other()
    assert not is_study_brief([w])
    facts = reconcile([w])
    assert any(f.kind == "quantity" and f.value.get("measure") == "range" for f in facts)  # it states a range


def test_another_brief_gets_no_check_about_the_article(capsys, tmp_path):
    from analysis.__main__ import main

    path = tmp_path / "india.txt"
    path.write_text(OTHER_BRIEF, encoding="utf-8")
    assert main(["facts", str(path)]) == 0
    out = capsys.readouterr().out
    checks_text = out.split("\n\n", 1)[1] if "\n\n" in out else ""
    for word in ARTICLE_WORDS:
        assert word not in checks_text, word
    table = run_checks(reconcile([_other()]))
    for word in ARTICLE_WORDS:
        assert not table.check.str.contains(word).any() and not table.detail.str.contains(word).any(), word


@pytest.mark.parametrize("n, rows", [(1, 0), (2, 1)])
def test_witnesses_agree_needs_two_witnesses(n, rows):
    facts = reconcile([_other(f"w{i}") for i in range(n)])
    table = run_checks(facts)
    assert (table.check == "the witnesses agree on every fact").sum() == rows
