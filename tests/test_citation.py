"""Citation metadata: CITATION.cff is the source; .zenodo.json, codemeta.json, the
README's BibTeX and pyproject.toml agree with it, and the article is named from the
witness that carries its URL."""

import importlib.util
import json
import re
import tomllib

import pytest

from analysis import paths

spec = importlib.util.spec_from_file_location("cite", paths.ROOT / "tools" / "cite.py")
cite = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cite)

CFF = cite.load()
ZENODO = json.loads((paths.ROOT / ".zenodo.json").read_text(encoding="utf-8"))
CODEMETA = json.loads((paths.ROOT / "codemeta.json").read_text(encoding="utf-8"))
PROJECT = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_generated_files_are_current():
    assert cite.main(["--check"]) == 0, "run `make cite` and commit .zenodo.json and codemeta.json"


@pytest.mark.parametrize("field, zenodo_key, codemeta_key", [
    ("title", "title", "name"),
    ("version", "version", "version"),
    ("date-released", "publication_date", "datePublished"),
    ("abstract", "description", "description"),
])
def test_the_three_agree(field, zenodo_key, codemeta_key):
    assert CFF[field] == ZENODO[zenodo_key] == CODEMETA[codemeta_key]


def test_licence_agrees_everywhere():
    own = CFF["license"]
    assert own == CFF["preferred-citation"]["license"] and own[0] == "MIT"
    assert ZENODO["license"] == own[0]  # Zenodo takes one: the code's
    assert CODEMETA["license"] == [f"https://spdx.org/licenses/{name}" for name in own]
    # the package's expression: the study's own licences first, then its data's; every text shipped
    terms = PROJECT["license"].split(" AND ")
    assert terms[:len(own)] == own
    assert sorted(PROJECT["license-files"]) == sorted(f"LICENSES/{t}.txt" for t in terms)
    assert all((paths.ROOT / f).is_file() for f in PROJECT["license-files"])


def test_version_and_authors_match_the_package():
    assert CFF["version"] == PROJECT["version"] == CFF["preferred-citation"]["version"]
    names = [a["name"] for a in CFF["authors"]]
    assert names == [a["name"] for a in PROJECT["authors"]] == [c["name"] for c in ZENODO["creators"]]
    assert [a["name"] for a in CFF["preferred-citation"]["authors"]] == names
    assert CODEMETA["author"] == [{"@type": "Organization", "name": n} for n in names]


def test_doi_only_from_citation_cff():
    """codemeta.json carries the DOI that CITATION.cff records, or none; .zenodo.json
    never does, since the archive mints a new one for each deposit."""
    assert "doi" not in ZENODO
    assert CODEMETA.get("identifier") == (f"https://doi.org/{CFF['doi']}" if CFF.get("doi") else None)


def test_article_is_the_one_the_witness_names(seeds):
    source = {w.metadata.source_url for w in seeds} - {None}
    assert len(source) == 1
    (url,) = source
    assert [r["url"] for r in CFF["references"]] == [url]
    assert ZENODO["upload_type"] == "software"
    assert ZENODO["related_identifiers"] == [
        {"identifier": url, "scheme": "url", "relation": "isDerivedFrom", "resource_type": "publication-article"}]
    assert [c["url"] for c in CODEMETA["citation"]] == [url]
    assert CODEMETA["citation"][0]["datePublished"] == "1997-06"


def test_bibtex_author_is_one_entity():
    bib = cite.bibtex(CFF)
    authors = re.findall(r"^  author = (.*),$", bib, re.M)
    assert authors == ["{{The nk-missile-talks-1997 maintainers}}", "{{Arms Control Association}}"]
    # balanced braces in every entry, or BibTeX reads past the entry's end
    for entry in bib.split("\n\n"):
        assert entry.count("{") == entry.count("}")


def test_readme_shows_what_make_cite_prints():
    assert cite.bibtex(CFF) in (paths.ROOT / "README.md").read_text(encoding="utf-8")


def test_citation_names_the_issue_the_publishers_record_gives():
    """CITATION.cff, its BibTeX and the register agree on the issue, dated by the publisher's record."""
    import yaml

    from analysis.study import record

    best = record.best_issue()
    cff = yaml.safe_load((paths.ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    (ref,) = [r for r in cff["references"] if r.get("url")]
    assert ref["issue"] == best["label"] and "publisher" in ref["notes"]
    assert ref["month"] == int(best["edtf"][5:7])
    months = [m.lower()[:3] for m in best["label"].split()[0].split("/")]
    joined = ' # "/" # '.join(months)
    assert f"month = {joined}," in cite.bibtex(cite.load())


def test_citation_carries_repository_version_and_date():
    """A reader who copies the BibTeX can find the study: its repository, version and date; an
    address the study does not have yet is a placeholder on a reserved domain, marked as one."""
    repository = CFF["repository-code"]
    assert CFF["preferred-citation"]["repository-code"] == repository == CODEMETA["codeRepository"]
    bib = cite.bibtex(CFF).split("\n\n")[0]
    assert f"  url = {{{repository}}}," in bib
    assert f"  version = {{{CFF['version']}}}," in bib and f"  date = {{{CFF['date-released']}}}," in bib
    if cite.is_placeholder(repository):
        assert "placeholder" in bib
        how_to_cite = (paths.ROOT / "README.md").read_text(encoding="utf-8").split("## How to cite")[1]
        assert "placeholder" in how_to_cite
