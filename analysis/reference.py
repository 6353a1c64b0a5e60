"""The one reader of the study's tables in data/reference and data/geo.

Each table is checked against its entry in ``data/SHA256SUMS`` before it is read,
every row of a reference table must name its ``source``, and each table is read
once per process (callers get a copy, so they cannot change the cached one).
"""

from __future__ import annotations

import csv
import re
from functools import cache
from typing import TYPE_CHECKING

from analysis import paths
from analysis.errors import ReferenceDataError
from analysis.integrity import read_checksums, sha256_file

if TYPE_CHECKING:
    import pandas as pd


def _checked(name: str):
    """The path of ``data/<name>`` once its checksum matches data/SHA256SUMS."""
    path = paths.DATA / name
    shown = paths.relative(path)
    expected = read_checksums().get(name)
    if expected is None:
        raise ReferenceDataError(shown, "not listed in data/SHA256SUMS; record its checksum before using it")
    if not path.is_file():
        raise ReferenceDataError(shown, "listed in data/SHA256SUMS but missing")
    actual = sha256_file(path)
    if actual != expected:
        raise ReferenceDataError(shown, f"checksum mismatch (expected {expected[:12]}..., found {actual[:12]}...); "
                                        "the file was changed after it was recorded: restore it from git")
    return path


@cache
def _read(name: str, text_columns: tuple[str, ...]):
    import pandas as pd  # deferred: the text modules import this module without pandas

    path = _checked(name)
    if name.endswith(".geojson"):
        import geopandas as gpd  # deferred: only the range maps need geometries

        return gpd.read_file(path)
    table = pd.read_csv(path, keep_default_na=False, dtype=dict.fromkeys(text_columns, str))
    if name.startswith("reference/"):
        _sourced(name, list(table.columns), table["source"].astype(str) if "source" in table.columns else ())
    return table


def _sourced(name: str, columns: list[str], sources) -> None:
    """Every row of a reference table names its source."""
    shown = paths.relative(paths.DATA / name)
    if "source" not in columns:
        raise ReferenceDataError(shown, "has no `source` column; every row needs a source")
    empty = [i + 2 for i, s in enumerate(sources) if not s.strip()]
    if empty:
        raise ReferenceDataError(shown, f"line {empty[0]} has no source; every row needs one")


@cache
def _rows(name: str) -> tuple[dict[str, str], ...]:
    with open(_checked(name), encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        # as csv.DictReader reads them (a short row's missing cells empty), at half its cost per row
        rows = tuple(dict(zip(header, r + [""] * (len(header) - len(r)))) for r in reader if r)
    if name.startswith("reference/"):
        _sourced(name, header, [r.get("source") or "" for r in rows])
    return rows


def rows(name: str) -> list[dict[str, str]]:
    """The CSV table ``data/<name>`` as a list of dicts of text, checked as :func:`read` checks it.

    For the text modules, which must not import pandas.
    """
    return [dict(r) for r in _rows(name)]


def read(name: str, text_columns: tuple[str, ...] = ()) -> pd.DataFrame:
    """The table ``data/<name>`` (``reference/*.csv``, ``geo/*.csv`` or ``geo/*.geojson``), checked.

    ``text_columns`` are read as text (codes with leading zeros). Raises
    ReferenceDataError naming the file when it is unlisted, changed, or a reference
    row lacks its source.
    """
    return _read(name, tuple(text_columns)).copy()


def missiles() -> pd.DataFrame:
    """Missile range estimates (data/reference/missiles.csv), one row per source's figures: name,
    aliases, variant, range low/high (km), payload (kg), when the source was published (``published``,
    ISO 8601 to the year, month or day) and the source; ``year`` is the year of publication and
    ``label`` the name with its variant. The figures are numeric (NaN where not given).

    >>> list(missiles().columns[:5])
    ['name', 'aliases', 'variant', 'range_low_km', 'range_high_km']
    """
    import pandas as pd  # deferred: the text modules import this module without pandas

    table = read("reference/missiles.csv", text_columns=("published",))
    for col in ("range_low_km", "range_high_km", "payload_kg"):
        table[col] = pd.to_numeric(table[col], errors="coerce")
    table["year"] = table.published.str[:4].astype(int)
    table["label"] = [f"{n} ({v})" if v else n for n, v in zip(table.name, table.variant)]
    return table


#: The columns of data/reference/officeholders.csv, in order.
OFFICEHOLDER_COLUMNS = ("name", "other_names", "iso3", "office", "start", "end", "source")
_WHEN = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def officeholders() -> list[dict[str, str]]:
    """Who held which office for which government, when (data/reference/officeholders.csv): name,
    other names (``;``-separated), ISO3 of the government served, office, start and end (ISO 8601 to
    the year, month or day; an empty end: still in office when the table was compiled), source.
    Checked as :func:`rows` checks every table, and for its columns, codes and dates.

    >>> {r["iso3"] for r in officeholders() if r["name"] == "Mikhail Gorbachev"}
    {'SUN'}
    """
    table = rows("reference/officeholders.csv")
    shown = paths.relative(paths.DATA / "reference/officeholders.csv")
    if table and tuple(table[0]) != OFFICEHOLDER_COLUMNS:
        raise ReferenceDataError(shown, f"columns must be {', '.join(OFFICEHOLDER_COLUMNS)}")
    for i, r in enumerate(table, start=2):
        if not re.fullmatch(r"[A-Z]{3}", r["iso3"]) or not r["name"].strip():
            raise ReferenceDataError(shown, f"line {i} needs a name and an ISO3 code")
        if not _WHEN.fullmatch(r["start"]) or (r["end"] and not _WHEN.fullmatch(r["end"])) or \
                (r["end"] and r["end"] < r["start"][:len(r["end"])]):
            raise ReferenceDataError(shown, f"line {i}: start and end must be ISO dates, the end not before the start")
    return table
