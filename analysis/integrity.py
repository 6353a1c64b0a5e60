"""Checksums of the bundled data: verified before any analysis runs."""

from __future__ import annotations

import hashlib
from pathlib import Path

from analysis import paths
from analysis.errors import DataIntegrityError


def sha256_bytes(data: bytes) -> str:
    """Hex SHA-256 of a byte string."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_checksums(sums: Path | None = None) -> dict[str, str]:
    """Parse a ``sha256sum`` file (default data/SHA256SUMS) into {relative path: hex digest}."""
    sums = sums or paths.CHECKSUMS
    if not sums.is_file():
        raise DataIntegrityError(paths.relative(sums), "checksum list is missing")
    entries: dict[str, str] = {}
    for number, line in enumerate(sums.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        digest, _, name = line.partition("  ")
        if len(digest) != 64 or not name:
            raise DataIntegrityError(paths.relative(sums), f"line {number} is not '<sha256>  <path>'")
        entries[name.strip()] = digest
    return entries


def verify_data(sums: Path | None = None) -> dict[str, str]:
    """Check every file listed in ``data/SHA256SUMS``; return {path: digest}.

    Raises DataIntegrityError naming the first file that is missing or differs.
    """
    sums = sums or paths.CHECKSUMS
    # an installed package carries no witnesses (paths.in_layout): nothing to verify of them
    entries = {k: v for k, v in read_checksums(sums).items() if paths.in_layout(k)}
    base = sums.parent
    _refuse_unlisted(base / "raw", entries)
    for name, expected in sorted(entries.items()):
        target = base / name
        shown = paths.relative(target)
        if not target.is_file():
            raise DataIntegrityError(shown, "listed in data/SHA256SUMS but missing")
        actual = sha256_file(target)
        if actual != expected:
            raise DataIntegrityError(
                shown,
                f"checksum mismatch (expected {expected[:12]}..., found {actual[:12]}...); "
                "the file was changed after it was recorded: restore it from git",
            )
    return entries


def _refuse_unlisted(raw: Path, entries: dict[str, str]) -> None:
    """Every file of data/raw must be listed: an unlisted witness would be read without a checksum."""
    if not raw.is_dir():
        return
    for path in sorted(raw.iterdir()):
        if f"raw/{path.name}" not in entries:
            raise DataIntegrityError(paths.relative(path), "is in data/raw but not listed in data/SHA256SUMS: "
                                     "move it out, or record its checksum if it is a new witness")


def checksum_table(sums: Path | None = None):
    """Verify the bundled data and return it as a table (file, bytes, sha256)."""
    import pandas as pd  # deferred: pandas only when a table is asked for; the text modules load without it

    sums = sums or paths.CHECKSUMS
    entries = verify_data(sums)
    return pd.DataFrame(
        [{"file": f"data/{name}", "bytes": (sums.parent / name).stat().st_size, "sha256": digest}
         for name, digest in sorted(entries.items())]
    )
