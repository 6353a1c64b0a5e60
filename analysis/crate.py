"""An RO-Crate (1.1) describing one reproduce run, written beside its results.

The crate's root is the results folder: every file written by the run is a data
entity with its size, format, SHA-256 and licence. The study's inputs, notebooks
and code live outside that folder, in the project; they are contextual entities
(``#data/raw/...``) carrying their checksums, and one CreateAction per notebook
links the inputs and the notebook that produced each result.
"""

from __future__ import annotations

import json
from pathlib import Path

from analysis import paths
from analysis.integrity import read_checksums, sha256_file

CONTEXT = "https://w3id.org/ro/crate/1.1/context"
PROFILE = "https://w3id.org/ro/crate/1.1"
FORMATS = {".csv": "text/csv", ".png": "image/png", ".svg": "image/svg+xml", ".html": "text/html",
           ".json": "application/json", ".txt": "text/plain", ".geojson": "application/geo+json",
           ".ipynb": "application/x-ipynb+json", ".py": "text/x-python"}
LICENCES = {
    "MIT": {"@id": "https://spdx.org/licenses/MIT", "@type": "CreativeWork", "name": "MIT License"},
    "CC-BY-4.0": {"@id": "https://spdx.org/licenses/CC-BY-4.0", "@type": "CreativeWork",
                  "name": "Creative Commons Attribution 4.0 International"},
    "PD": {"@id": "https://www.naturalearthdata.com/about/terms-of-use/", "@type": "CreativeWork",
           "name": "Natural Earth terms of use (public domain)"},
    "ACA": {"@id": "https://www.armscontrol.org/", "@type": "CreativeWork",
            "name": "Copyright Arms Control Association; quoted for scholarly analysis"},
}


def _licence(name: str) -> str:
    if name.startswith("raw/"):
        return "ACA"
    if name == "geo/places.csv":
        return "CC-BY-4.0"
    if name == "geo/countries.geojson":
        return "PD"
    return "MIT"


def crate(results: Path, manifest: dict) -> dict:
    """The RO-Crate metadata document for a results folder and its manifest."""
    licence_ids = {k: v["@id"] for k, v in LICENCES.items()}
    graph: list[dict] = [{
        "@id": "ro-crate-metadata.json", "@type": "CreativeWork",
        "conformsTo": {"@id": PROFILE}, "about": {"@id": "./"},
    }]
    files = sorted(p.name for p in results.iterdir() if p.is_file() and p.name != "ro-crate-metadata.json")
    root = {
        "@id": "./", "@type": "Dataset",
        "name": "U.S., North Korea Meet for Missile Discussions (1997): results of a reproducible study",
        "description": "Tables, figures and notebook renderings written by `python -m analysis reproduce`"
                       + (f" with parameters {json.dumps(manifest['parameters'], sort_keys=True)}"
                          if manifest.get("parameters") else "") + ".",
        "version": manifest["version"],
        "license": {"@id": licence_ids["MIT"]},
        "hasPart": [{"@id": f} for f in files],
        "isBasedOn": {"@id": "#study"},
    }
    graph.append(root)
    for name in files:
        p = results / name
        # the manifest already holds every output's checksum; only the manifest itself is hashed here
        digest = manifest["outputs"][name]["sha256"] if name in manifest["outputs"] else sha256_file(p)
        graph.append({"@id": name, "@type": "File", "name": name, "contentSize": p.stat().st_size,
                      "encodingFormat": FORMATS.get(p.suffix, "application/octet-stream"),
                      "identifier": f"sha256:{digest}", "license": {"@id": licence_ids["MIT"]}})
    sources = []
    for name, digest in sorted(read_checksums().items()):
        p = paths.DATA / name
        ident = f"#data/{name}"
        sources.append(ident)
        graph.append({"@id": ident, "@type": "File", "name": f"data/{name}", "contentSize": p.stat().st_size,
                      "encodingFormat": FORMATS.get(p.suffix, "application/octet-stream"),
                      "identifier": f"sha256:{digest}", "license": {"@id": licence_ids[_licence(name)]}})
    code = sorted(paths.ROOT.joinpath("analysis").glob("*.py"))
    for p in code:
        graph.append({"@id": f"#analysis/{p.name}", "@type": ["File", "SoftwareSourceCode"], "name": f"analysis/{p.name}",
                      "programmingLanguage": "Python", "identifier": f"sha256:{sha256_file(p)}",
                      "license": {"@id": licence_ids["MIT"]}})
    notebooks = sorted({v["notebook"] for v in manifest["outputs"].values()})
    for nb in notebooks:
        p = paths.NOTEBOOKS / nb
        graph.append({"@id": f"#notebooks/{nb}", "@type": ["File", "SoftwareSourceCode"], "name": f"notebooks/{nb}",
                      "programmingLanguage": "Python", "encodingFormat": FORMATS[".ipynb"],
                      "identifier": f"sha256:{sha256_file(p)}", "license": {"@id": licence_ids["MIT"]}})
        graph.append({
            "@id": f"#run-{Path(nb).stem}", "@type": "CreateAction", "name": f"execute {nb}",
            "instrument": {"@id": f"#notebooks/{nb}"},
            "object": [{"@id": s} for s in sources],
            "result": [{"@id": f} for f, v in sorted(manifest["outputs"].items()) if v["notebook"] == nb],
        })
    graph.append({
        "@id": "#study", "@type": "SoftwareSourceCode", "name": "nk-missile-talks-1997",
        "version": manifest["version"], "programmingLanguage": "Python",
        **({"identifier": f"git:{manifest['git_commit']}"} if manifest.get("git_commit") else {}),
        "hasPart": [{"@id": f"#analysis/{p.name}"} for p in code] + [{"@id": f"#notebooks/{nb}"} for nb in notebooks],
        "license": {"@id": licence_ids["MIT"]},
    })
    graph += list(LICENCES.values())
    return {"@context": CONTEXT, "@graph": graph}


def write_crate(results: Path, manifest: dict) -> Path:
    """Write ro-crate-metadata.json into the results folder."""
    target = results / "ro-crate-metadata.json"
    target.write_text(json.dumps(crate(results, manifest), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return target
