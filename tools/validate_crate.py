"""Validate an RO-Crate with roc-validator's ro-crate-1.1 profile, required and
recommended checks, offline. Run with the tools environment's Python:

    .venv-tools/bin/python tools/validate_crate.py RESULTS_DIR

The profile's first checks read the RO-Crate 1.1 JSON-LD context from its URL. No
network is used: the validator runs in its offline mode on an HTTP cache seeded
with ``tools/ro-crate-1.1-context.jsonld``, the context (CC0) as shipped in the
PyPI package ``rocrate`` 0.11.0 (``rocrate/data/ro-crate.jsonld``), checked here
against its SHA-256. Prints the issues; exit 0 when there are none.
"""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import requests
import urllib3
from requests_cache import CachedSession

CONTEXT_URL = "https://w3id.org/ro/crate/1.1/context"
CONTEXT_FILE = Path(__file__).with_name("ro-crate-1.1-context.jsonld")
CONTEXT_SHA256 = "bb5dd0a79ebd5a3b074e2faf96f437503234f8a4b8e84c7149de91eae0d2222a"
VALIDATOR = Path(sys.executable).with_name("rocrate-validator")


def seed_cache(cache_name: str) -> None:
    """Store the context as the cached answer to a GET of its URL (what `cache warm` would fetch)."""
    body = CONTEXT_FILE.read_bytes()
    if hashlib.sha256(body).hexdigest() != CONTEXT_SHA256:
        raise SystemExit(f"{CONTEXT_FILE.name}: checksum differs from the copy in rocrate 0.11.0")
    headers = {"Content-Type": "application/ld+json"}
    raw = urllib3.HTTPResponse(body=io.BytesIO(body), headers=headers, status=200, preload_content=False,
                               request_url=CONTEXT_URL)
    response = requests.adapters.HTTPAdapter().build_response(requests.Request("GET", CONTEXT_URL).prepare(), raw)
    response.content  # noqa: B018  (read the body, as a fetch would, so that it is stored)
    # the same settings the validator opens its cache with
    session = CachedSession(cache_name=cache_name, backend="sqlite", expire_after=-1,
                            allowable_methods=("GET",), allowable_codes=(200, 302, 404))
    session.cache.save_response(response)
    session.close()


def validate(crate: Path) -> list[str]:
    """The issues roc-validator finds in ``crate`` (a folder with ro-crate-metadata.json)."""
    with tempfile.TemporaryDirectory() as tmp:
        cache = str(Path(tmp) / "http-cache")
        seed_cache(cache)
        report = Path(tmp) / "report.json"
        run = subprocess.run(
            [VALIDATOR, "--no-interactive", "--disable-color", "validate", "--offline", "--cache-path", cache,
             "--profile-identifier", "ro-crate-1.1", "--requirement-severity", "recommended", "--no-paging",
             "--output-format", "json", "--output-file", report, str(crate)],
            capture_output=True, text=True, timeout=300)
        if not report.is_file():
            return [f"roc-validator wrote no report (exit {run.returncode}): {run.stderr.strip()[-500:]}"]
        doc = json.loads(report.read_text(encoding="utf-8"))
    issues = [f"{i.get('severity')}: {i.get('check', {}).get('name', '?')}: {i.get('message')}"
              f"{' [' + str(i['violatingEntity']) + ']' if i.get('violatingEntity') else ''}"
              for i in doc.get("issues", [])]
    if not doc.get("passed") and not issues:
        issues.append("roc-validator did not pass the crate but listed no issue")
    return issues


def main(argv: list[str]) -> int:
    """Validate the crate named on the command line; print its issues."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    issues = validate(Path(argv[0]))
    for issue in issues:
        print(issue)
    print(f"ro-crate-1.1 (required and recommended): {len(issues)} issue(s)")
    return 1 if issues else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
