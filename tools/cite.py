"""`make cite`: CITATION.cff is the one source of the study's citation metadata.

From it this writes ``.zenodo.json`` (an archive deposit's metadata) and
``codemeta.json`` (CodeMeta 2.0), and prints the BibTeX of the study and of the
article it studies. cffconvert's own BibTeX makes an entity's name a person's
surname; here an entity is wrapped in double braces so that BibTeX keeps it whole.

Usage: ``python tools/cite.py`` (write and print) or ``--check`` (exit 1 if the
committed files differ from what CITATION.cff gives).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CFF = ROOT / "CITATION.cff"
#: The host of a placeholder address (RFC 2606: reserved for documentation, never anyone's site).
PLACEHOLDER_HOST = "https://example.org/"
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def load(path: Path = CFF) -> dict:
    """CITATION.cff as a dict (dates kept as the strings written in the file)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def _derived_from(cff: dict) -> list[dict]:
    """The works the study is derived from: the CFF references that carry a URL."""
    return [ref for ref in cff.get("references", []) if ref.get("url")]


def _person_or_entity(author: dict) -> dict:
    if "name" in author:
        return {"@type": "Organization", "name": author["name"]}
    return {"@type": "Person", "givenName": author.get("given-names", ""), "familyName": author["family-names"]}


def _licences(cff: dict) -> list[str]:
    """The study's licences as CITATION.cff lists them (one SPDX id, or a list)."""
    return [cff["license"]] if isinstance(cff["license"], str) else list(cff["license"])


def zenodo(cff: dict) -> dict:
    """Zenodo deposit metadata (the .zenodo.json format)."""
    return {
        "upload_type": "software",
        "access_right": "open",
        "title": cff["title"],
        "version": cff["version"],
        "publication_date": cff["date-released"],
        "description": cff["abstract"],
        "creators": [{"name": a["name"]} if "name" in a else {"name": f"{a['family-names']}, {a['given-names']}"}
                     for a in cff["authors"]],
        "keywords": cff["keywords"],
        # Zenodo takes one licence: the code's, the first the citation lists
        "license": _licences(cff)[0],
        "language": "eng",
        "related_identifiers": [
            {"identifier": ref["url"], "scheme": "url", "relation": "isDerivedFrom",
             "resource_type": "publication-article" if ref["type"] == "article" else "other"}
            for ref in _derived_from(cff)],
    }


def codemeta(cff: dict) -> dict:
    """CodeMeta 2.0 description of the study."""
    return {
        "@context": "https://doi.org/10.5063/schema/codemeta-2.0",
        "@type": "SoftwareSourceCode",
        "name": cff["title"],
        "description": cff["abstract"],
        "version": cff["version"],
        "datePublished": cff["date-released"],
        "license": [f"https://spdx.org/licenses/{name}" for name in _licences(cff)],
        "author": [_person_or_entity(a) for a in cff["authors"]],
        "keywords": cff["keywords"],
        "programmingLanguage": "Python",
        **({"codeRepository": cff["repository-code"]} if cff.get("repository-code") else {}),
        # once an archive has minted one (see README, "How to cite"); never made up
        **({"identifier": f"https://doi.org/{cff['doi']}"} if cff.get("doi") else {}),
        "citation": [{
            "@type": "ScholarlyArticle" if ref["type"] == "article" else "CreativeWork",
            "name": ref["title"],
            "author": [_person_or_entity(a) for a in ref["authors"]],
            "datePublished": f"{int(ref['year']):04d}-{int(ref['month']):02d}",
            "isPartOf": {"@type": "Periodical", "name": ref["journal"]},
            "url": ref["url"],
        } for ref in _derived_from(cff)],
    }


def is_placeholder(url: str) -> bool:
    """Whether ``url`` is the placeholder that stands for an address the study does not have yet."""
    return url.startswith(PLACEHOLDER_HOST)


def _bib_names(authors: list[dict]) -> str:
    # double braces: BibTeX then treats an entity's name as one unit, not "surname, first"
    return " and ".join("{" + a["name"] + "}" if "name" in a else f"{a['family-names']}, {a['given-names']}"
                        for a in authors)


def _bib_month(ref: dict) -> str:
    """A BibTeX month: ``jun``, or for a combined issue named "June/July 1997" ``jun # "/" # jul``."""
    names = [m.lower()[:3] for m in str(ref.get("issue", "")).split()[0].split("/")] if ref.get("issue") else []
    if len(names) > 1 and all(n in MONTHS for n in names):
        return ' # "/" # '.join(names)
    return MONTHS[int(ref["month"]) - 1]


def bibtex(cff: dict) -> str:
    """BibTeX of the study (its preferred citation) and of the article it is derived from."""
    pref = cff.get("preferred-citation", cff)
    study_title, _, subtitle = pref["title"].partition(": ")
    repository = pref.get("repository-code") or cff.get("repository-code")
    note = f"Version {pref['version']}, released {pref['date-released']}"
    if repository and is_placeholder(repository):
        note += "; the repository address is a placeholder until the first publication"
    entries = [
        "@misc{nk_missile_talks_1997,\n"
        f"  author = {{{_bib_names(pref['authors'])}}},\n"
        # braces keep the proper nouns' capitals in styles that lowercase titles
        f"  title = {{{{{study_title}}}{': ' + subtitle if subtitle else ''}}},\n"
        f"  year = {{{pref['year']}}},\n"
        f"  month = {MONTHS[int(pref['month']) - 1]},\n"
        # version and date: biblatex's fields (plain BibTeX styles ignore them and print the note)
        f"  version = {{{pref['version']}}},\n"
        f"  date = {{{pref['date-released']}}},\n"
        + (f"  url = {{{repository}}},\n" if repository else "")
        + f"  note = {{{note}}}\n"
        "}"]
    for i, ref in enumerate(_derived_from(cff)):
        entries.append(
            f"@article{{article_{i + 1},\n"
            f"  author = {{{_bib_names(ref['authors'])}}},\n"
            f"  title = {{{{{ref['title']}}}}},\n"
            f"  journal = {{{ref['journal']}}},\n"
            f"  year = {{{ref['year']}}},\n"
            f"  month = {_bib_month(ref)},\n"
            + (f"  note = {{{ref['notes']}}},\n" if ref.get("notes") else "")
            + f"  url = {{{ref['url']}}}\n"
            "}")
    return "\n\n".join(entries) + "\n"


def rendered(cff: dict | None = None) -> dict[Path, str]:
    """The generated files and their text."""
    cff = cff or load()
    dump = lambda obj: json.dumps(obj, indent=2, ensure_ascii=False) + "\n"  # noqa: E731
    return {ROOT / ".zenodo.json": dump(zenodo(cff)), ROOT / "codemeta.json": dump(codemeta(cff))}


def main(argv: list[str]) -> int:
    """Write (or with --check compare) the generated files; print the BibTeX."""
    files = rendered()
    if "--check" in argv:
        stale = [p.name for p, text in files.items() if not p.is_file() or p.read_text(encoding="utf-8") != text]
        if stale:
            print(f"{', '.join(stale)}: differ from CITATION.cff; run `make cite`", file=sys.stderr)
            return 1
        return 0
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    print(bibtex(load()), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
