"""An RO-Crate (1.1) describing one reproduce run, written beside its results.

The crate's root is the results folder: every file written by the run is a data
entity with its size, format, SHA-256 and licences. The study's inputs, notebooks
and code live outside that folder, in the project; they are contextual entities
(``#data/raw/...``) carrying their checksums and licences, and one CreateAction per
notebook links the inputs it reads and the notebook to the results it produced.

Licences come from ``REUSE.toml``, the project's one record of who holds what: an
input keeps its own; an output carries the study's (CC BY 4.0 for tables and
figures, MIT as well for a rendered notebook's code) and those of every input it
derives from. ``datePublished`` is the date of the commit the run was made from,
so reruns of one commit write the same bytes.
"""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
from functools import lru_cache
from pathlib import Path

from analysis import paths
from analysis.integrity import read_checksums, sha256_file
from analysis.study.article import STUDY_NAME

CONTEXT = "https://w3id.org/ro/crate/1.1/context"
PROFILE = "https://w3id.org/ro/crate/1.1"
FORMATS = {".csv": "text/csv", ".png": "image/png", ".svg": "image/svg+xml", ".html": "text/html",
           ".json": "application/json", ".txt": "text/plain", ".geojson": "application/geo+json",
           ".ipynb": "application/x-ipynb+json", ".py": "text/x-python", ".md": "text/markdown"}
LICENCES = {
    "MIT": {"@id": "https://spdx.org/licenses/MIT", "@type": "CreativeWork", "name": "MIT License",
            "identifier": "MIT"},
    "CC-BY-4.0": {"@id": "https://spdx.org/licenses/CC-BY-4.0", "@type": "CreativeWork",
                  "name": "Creative Commons Attribution 4.0 International", "identifier": "CC-BY-4.0"},
    "LGPL-2.1-only": {"@id": "https://spdx.org/licenses/LGPL-2.1-only", "@type": "CreativeWork",
                      "name": "GNU Lesser General Public License v2.1 only", "identifier": "LGPL-2.1-only"},
    "LicenseRef-NaturalEarth": {"@id": "https://www.naturalearthdata.com/about/terms-of-use/",
                                "@type": "CreativeWork", "name": "Natural Earth terms of use (public domain)",
                                "identifier": "LicenseRef-NaturalEarth"},
    "LicenseRef-ACA-Quotation": {"@id": "#LicenseRef-ACA-Quotation", "@type": "CreativeWork",
                                 "name": "Copyright Arms Control Association; quoted for scholarly analysis",
                                 "identifier": "LicenseRef-ACA-Quotation",
                                 "description": "The article's text remains the Arms Control Association's; "
                                                "no licence to it is granted (LICENSES/LicenseRef-ACA-Quotation.txt)."},
}
# What each notebook (and so each of its outputs) reads from data/; the tables and
# figures of 03 quote the article's range claim, hence raw/ there too.
DERIVES_FROM = {
    "01-provenance": ("raw/",),
    "02-facts": ("raw/", "reference/"),
    "03-range-maps": ("raw/", "reference/", "geo/"),
    "04-later-missiles": ("reference/", "geo/"),
}
# Licences of what the study itself adds to an output.
OWN = {".html": ("MIT", "CC-BY-4.0")}
OWN_DEFAULT = ("CC-BY-4.0",)
# The maintainers have no web address of their own (none is made up): their url is
# the study they maintain, described in this crate.
MAINTAINERS = {"@id": "#maintainers", "@type": "Organization", "name": f"The {STUDY_NAME} maintainers",
               "url": "#study"}


def _pattern(glob: str) -> re.Pattern:
    """A REUSE.toml path glob as a regex: ``*`` stays within a folder, ``**`` crosses them."""
    parts = re.split(r"(\*\*|\*)", glob)
    return re.compile("".join(".*" if p == "**" else "[^/]*" if p == "*" else re.escape(p) for p in parts) + r"\Z")


@lru_cache(maxsize=1)
def _annotations() -> list[tuple[list[re.Pattern], str]]:
    doc = tomllib.loads((paths.ROOT / "REUSE.toml").read_text(encoding="utf-8"))
    out = []
    for a in doc["annotations"]:
        globs = [a["path"]] if isinstance(a["path"], str) else a["path"]
        out.append(([_pattern(g) for g in globs], a["SPDX-License-Identifier"]))
    return out


def licences_of(path: str) -> list[str]:
    """SPDX identifiers REUSE.toml gives a project file (the last matching annotation wins,
    as every later annotation there overrides the catch-all)."""
    expression = next(expr for globs, expr in reversed(_annotations()) if any(g.match(path) for g in globs))
    return [part.strip("() ") for part in re.split(r"\s+(?:AND|OR)\s+", expression)]


def _one_or_many(refs: list[dict]) -> dict | list[dict]:
    """RO-Crate 1.1 prefers a single value to a one-element list."""
    return refs[0] if len(refs) == 1 else refs


def _ids(names) -> dict | list[dict]:
    return _one_or_many([{"@id": LICENCES[n]["@id"]} for n in sorted(set(names))])


def _date_published(commit: str | None) -> str:
    """The commit's date (ISO 8601); without git, CITATION.cff's date-released."""
    if commit:
        try:
            out = subprocess.run(["git", "show", "-s", "--format=%cI", commit], cwd=paths.ROOT,
                                 capture_output=True, text=True, timeout=10)
            if out.returncode == 0 and out.stdout.strip():
                return out.stdout.strip()
        except (OSError, subprocess.SubprocessError):
            pass
    cff = (paths.ROOT / "CITATION.cff").read_text(encoding="utf-8")
    return re.search(r'^date-released:\s*"?([0-9-]+)"?', cff, re.M).group(1)


def _sources() -> tuple[list[dict], dict[str, list[str]]]:
    """The data/ inputs as entities, and their licences by entity id."""
    entities, licences = [], {}
    for name, digest in sorted(read_checksums().items()):
        p = paths.DATA / name
        ident = f"#data/{name}"
        licences[ident] = licences_of(f"data/{name}")
        entities.append({"@id": ident, "@type": "File", "name": f"data/{name}", "contentSize": p.stat().st_size,
                         "encodingFormat": FORMATS.get(p.suffix, "application/octet-stream"),
                         "identifier": f"sha256:{digest}", "license": _ids(licences[ident])})
    return entities, licences


def _code(notebooks: list[str]) -> tuple[list[dict], set[str]]:
    """The package's modules and the run's notebooks as entities, and their licences."""
    files = [*sorted(paths.PACKAGE.glob("*.py")), *(paths.NOTEBOOKS / nb for nb in notebooks)]
    entities, used = [], set()
    for p in files:
        name = paths.relative(p)
        used.update(licences_of(name))
        entities.append({"@id": f"#{name}", "@type": ["File", "SoftwareSourceCode"], "name": name,
                         "programmingLanguage": "Python", "encodingFormat": FORMATS[p.suffix],
                         "identifier": f"sha256:{sha256_file(p)}", "license": _ids(licences_of(name))})
    return entities, used


def crate(results: Path, manifest: dict) -> dict:
    """The RO-Crate metadata document for a results folder and its manifest."""
    files = sorted(p.name for p in results.iterdir() if p.is_file() and p.name != "ro-crate-metadata.json")
    notebooks = sorted({v["notebook"] for v in manifest["outputs"].values()})
    sources, source_licences = _sources()
    inputs = {nb: [s for s in source_licences if s.removeprefix("#data/").startswith(DERIVES_FROM[Path(nb).stem])]
              for nb in notebooks}
    graph: list[dict] = [{
        "@id": "ro-crate-metadata.json", "@type": "CreativeWork",
        "conformsTo": {"@id": PROFILE}, "about": {"@id": "./"},
    }]
    outputs, used = [], set()
    for name in files:
        p = results / name
        # the manifest already holds every output's checksum; only the manifest itself is hashed here
        if name in manifest["outputs"]:
            digest, derived = manifest["outputs"][name]["sha256"], inputs[manifest["outputs"][name]["notebook"]]
        else:
            digest, derived = sha256_file(p), sorted(source_licences)
        names = [*OWN.get(p.suffix, OWN_DEFAULT), *(n for s in derived for n in source_licences[s])]
        used.update(names)
        outputs.append({"@id": name, "@type": "File", "name": name, "contentSize": p.stat().st_size,
                        "encodingFormat": FORMATS.get(p.suffix, "application/octet-stream"),
                        "identifier": f"sha256:{digest}", "license": _ids(names),
                        "isBasedOn": _one_or_many([{"@id": s} for s in derived])})
    graph.append({
        "@id": "./", "@type": "Dataset",
        "name": "U.S., North Korea Meet for Missile Discussions (1997): results of a reproducible study",
        "description": "Tables, figures and notebook renderings written by `python -m analysis reproduce`"
                       + (f" with parameters {json.dumps(manifest['parameters'], sort_keys=True)}"
                          if manifest.get("parameters") else "") + ".",
        "version": manifest["version"],
        "datePublished": _date_published(manifest.get("git_commit")),
        "author": {"@id": MAINTAINERS["@id"]},
        "publisher": {"@id": MAINTAINERS["@id"]},
        "license": _ids(used),
        "hasPart": [{"@id": f} for f in files],
        "isBasedOn": {"@id": "#study"},
    })
    graph += outputs + sources
    code, code_licences = _code(notebooks)
    graph += code
    for nb in notebooks:
        graph.append({
            "@id": f"#run-{Path(nb).stem}", "@type": "CreateAction", "name": f"execute {nb}",
            "instrument": {"@id": f"#notebooks/{nb}"},
            "object": _one_or_many([{"@id": s} for s in inputs[nb]]),
            "result": _one_or_many([{"@id": f} for f, v in sorted(manifest["outputs"].items()) if v["notebook"] == nb]),
        })
    graph.append({
        "@id": "#study", "@type": "SoftwareSourceCode", "name": STUDY_NAME,
        "version": manifest["version"], "programmingLanguage": "Python",
        **({"identifier": f"git:{manifest['git_commit']}"} if manifest.get("git_commit") else {}),
        "author": {"@id": MAINTAINERS["@id"]},
        "hasPart": [{"@id": e["@id"]} for e in code],
        "license": _ids(code_licences),
    })
    graph.append(MAINTAINERS)
    graph += [LICENCES[k] for k in sorted(LICENCES)]
    return {"@context": CONTEXT, "@graph": graph}


def write_crate(results: Path, manifest: dict) -> Path:
    """Write ro-crate-metadata.json into the results folder."""
    target = results / "ro-crate-metadata.json"
    target.write_text(json.dumps(crate(results, manifest), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return target
