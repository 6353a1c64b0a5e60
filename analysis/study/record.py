"""The publisher's own record: which issue carried the brief, and what the site's 1997 pages do to dashes.

The brief's address files it under June 1997 (``act/1997-06``); the publisher's 1997
index and a cross-reference of the same year name the issue "Jun./Jul." (a combined
issue, filed under its first month). The page capture's missing hyphen is set against
the site's other pages of 1997, which drop or space such dashes too. Every row of the
tables read here carries its URL and source (``data/reference/issue_record.csv``,
``site_dashes.csv``, ``corrections.csv``).
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence

import pandas as pd

from analysis import reference
from analysis.text import provenance
from analysis.text.collate import Collation
from analysis.text.witness import Witness

#: Weight of a row of issue_record.csv that dates the issue from the publisher's own listings.
PUBLISHERS_RECORD = "publisher's record"


#: The short name a reader sees for each witness, by its format; the file names stay in the key
#: (:func:`witness_key`). Safe as a PROV name and as a column prefix.
WITNESS_NAMES = {"markdown-export": "export", "page-capture": "capture"}


def named_witnesses() -> list[Witness]:
    """The bundled witnesses (checksums verified first), each under its short name ("export", "capture")."""
    from analysis.text.capture import load_bundled  # deferred: only the provenance and facts notebooks load them

    witnesses = load_bundled()
    for w in witnesses:
        w.id = WITNESS_NAMES.get(w.format, w.id)
    return witnesses


def witness_key(witnesses: Sequence[Witness]) -> pd.DataFrame:
    """Which file each short name stands for: witness, file, format, bytes, sha256 (first 16 digits)."""
    return pd.DataFrame([{"witness": w.id, "file": w.path, "format": w.format, "bytes": w.size,
                          "sha256": w.sha256[:16] + "..."} for w in witnesses])


def issue_table() -> pd.DataFrame:
    """What each piece of evidence says of the issue: evidence, gives, edtf, weight, published, url, source."""
    return reference.read("reference/issue_record.csv", text_columns=("edtf", "published"))


def best_issue(table: pd.DataFrame | None = None) -> dict:
    """The issue the publisher's own records give (EDTF), how many records say so, and what the URL alone gives.

    Raises ValueError when the publisher's records disagree among themselves."""
    table = issue_table() if table is None else table
    record = table[(table.weight == PUBLISHERS_RECORD) & (table.edtf != "")]
    dates = sorted(set(record.edtf))
    if len(dates) != 1:
        raise ValueError(f"the publisher's records give {len(dates)} issues: {', '.join(dates)}")
    url = table[table.weight == "URL only"].edtf
    return {"edtf": dates[0], "records": len(record), "url_gives": url.iloc[0] if len(url) else None,
            "label": _label(dates[0])}


def _label(issue: str) -> str:
    """ "1997-06/1997-07" -> "June/July 1997"; "1997-06" -> "June 1997"."""
    parts = issue.split("/")
    return "/".join(calendar.month_name[int(p[5:7])] for p in parts) + " " + parts[-1][:4]


def issue_sentences(table: pd.DataFrame | None = None) -> list[str]:
    """What dates the issue, and from which evidence."""
    best = best_issue(table)
    return [f"The publisher's own records ({best['records']}: its 1997 index and a cross-reference of the same year) "
            f"give the issue as {best['label']} ({best['edtf']}), a combined issue; the brief's address gives only "
            f"{best['url_gives']}, the issue's first month, under which the site files combined issues."]


def dash_table() -> pd.DataFrame:
    """Dashes on the site's pages of 1997: page, issue, token (as the page has it), what happened, url, source."""
    return reference.read("reference/site_dashes.csv", text_columns=("issue",))


def hyphen_sentences(collation: Collation, table: pd.DataFrame | None = None) -> list[str]:
    """Whose loss the missing hyphen is: each typographic body variant, set against the site's other 1997 pages."""
    table = dash_table() if table is None else table
    others = table[~table.page.str.startswith("the brief")]
    lost = others[others.what != "dash kept"]
    kept = others[others.what == "dash kept"]
    out = []
    for v in collation.variants:
        if v.block == "body" and v.category == "typography":
            out.append(f"{v.witness} reads {v.witness_reading!r} where {v.base} reads {v.base_reading!r}. The site's "
                       f"own pages of 1997 lose dashes in the same way ({len(lost)} tokens on {lost.page.nunique()} "
                       f"pages, dropped or turned into spaces; {len(kept)} kept on a page the site re-keyed), and a "
                       "second stored capture of the brief's page reads the same: the loss is the site's rendering, "
                       "not the capture's. Whether print had a hyphen or an en dash, neither witness can tell.")
    return out


def banner_table(witnesses: Sequence[Witness]) -> pd.DataFrame:
    """The site testimonial of each witness (:func:`analysis.text.provenance.banner_table`), a name the
    banner misspells marked as written ([sic]) with its reading from data/reference/corrections.csv."""
    table = provenance.banner_table(witnesses)
    fixes = {r["as_written"]: r["reading"] for r in reference.rows("reference/corrections.csv")}
    table["author"] = [f"{a} [sic; {fixes[a]}]" if a in fixes else a for a in table.author]
    return table


def issue_edtf() -> str:
    """The best-supported issue as EDTF (for citations)."""
    return best_issue()["edtf"]


