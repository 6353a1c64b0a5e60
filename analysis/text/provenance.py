"""Where each witness came from, what can be dated, and which is closer to the published text.

In the examples, ``w`` and ``v`` are two captures of one short brief, "## Talks in Geneva" and "The two
delegations met in Geneva on June 11, 1998, for two days.", ``v`` without the comma (ids "a" and "b"; the
test session's conftest.py makes them).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis import dates
from analysis.text.collate import Collation
from analysis.text.witness import Witness

if TYPE_CHECKING:
    import pandas as pd

#: The PROV namespace of a record unless the caller names its own.
NAMESPACE = "urn:collation:"


def witness_table(witnesses: Sequence[Witness]) -> pd.DataFrame:
    """One row per witness: id, format, size, sha256, encoding, title, issue, source URL, blocks, body words.

    >>> witness_table([w])[['id', 'format', 'title']].values.tolist()
    [['a', 'markdown-export', 'Talks in Geneva']]
    """
    import pandas as pd  # deferred: pandas only when a table is asked for; the text modules load without it

    return pd.DataFrame([{
        "id": w.id,
        "format": w.format,
        "bytes": w.size,
        "sha256": w.sha256,
        "encoding": w.encoding,
        "title": w.metadata.title,
        "issue": w.metadata.issue,
        "source_url": w.metadata.source_url,
        "blocks": ", ".join(b.kind for b in w.blocks),
        "body_words": len(w.body.split()),
    } for w in witnesses])


def blocks_table(witnesses: Sequence[Witness]) -> pd.DataFrame:
    """Every block of every witness: witness, kind, start, end, characters and the first words.

    >>> blocks_table([w]).kind.tolist()
    ['title', 'body']
    """
    import pandas as pd  # deferred: pandas only when a table is asked for; the text modules load without it

    rows = []
    for w in witnesses:
        for b in w.blocks:
            words = " ".join(b.text.split())
            rows.append({"witness": w.id, "kind": b.kind, "start": b.start, "end": b.end,
                         "chars": b.end - b.start, "begins": words[:48] + ("..." if len(words) > 48 else "")})
    return pd.DataFrame(rows)


def banner_table(witnesses: Sequence[Witness]) -> pd.DataFrame:
    """The site testimonial of each witness that carries one (quote, author, role, date).

    >>> len(banner_table([w]))
    0
    """
    import pandas as pd  # deferred: pandas only when a table is asked for; the text modules load without it

    rows = [{"witness": w.id, **w.metadata.banner} for w in witnesses if w.metadata.banner]
    return pd.DataFrame(rows, columns=["witness", "quote", "author", "role", "date"])


def dating(witnesses: Sequence[Witness]) -> pd.DataFrame:
    """What can be dated, from what evidence, and what kind of statement each date is.

    The issue month comes from the source URL (``/act/YYYY-MM/``). A banner's date
    belongs to the site's testimonial: it only shows that the page was captured on
    or after that day, so it is reported as a lower bound on the capture (an EDTF
    interval open at its end, ``2022-06-02/..``), never as the article's date.

    >>> dating([w]).what.tolist()
    ['nothing datable']
    """
    import pandas as pd  # deferred: pandas only when a table is asked for; the text modules load without it

    rows = []
    for w in witnesses:
        m = w.metadata
        if m.issue:
            rows.append({"witness": w.id, "what": "article published", "date": m.issue, "precision": "month",
                         "statement": f"issue month of {m.periodical or 'the periodical'}, read from the source URL",
                         "evidence": m.source_url})
        banner = m.banner or {}
        if banner.get("date"):
            parsed = dates.parse(banner["date"])
            # EDTF's open end: on or after the banner's first day
            rows.append({"witness": w.id, "what": "page captured",
                         "date": f"{parsed['start']}/.." if parsed else None,
                         "precision": parsed["precision"] if parsed else None,
                         "statement": "lower bound: the testimonial banner is dated, so the capture was made on or after it; "
                                      "it is not the article's date",
                         "evidence": banner["date"]})
        if not m.issue and not banner.get("date"):
            rows.append({"witness": w.id, "what": "nothing datable", "date": None, "precision": None,
                         "statement": "no source URL and no dated banner", "evidence": None})
    return pd.DataFrame(rows, columns=["witness", "what", "date", "precision", "statement", "evidence"])


def _is_loss(kept: str, lost: str) -> bool:
    """True when ``lost`` is ``kept`` with characters deleted (a capture lost something)."""
    if len(lost) >= len(kept):
        return False
    it = iter(kept)
    return all(ch in it for ch in lost)


def faithfulness(collation: Collation) -> pd.DataFrame:
    """Evidence, per witness, of how close it is to the published text.

    Counted from the collation: article words lost (a reading that is the other
    reading with characters deleted), substantive differences, site furniture
    carried, and whether the witness names its source.

    >>> from analysis.text.collate import collate
    >>> faithfulness(collate([w, v])).witness.tolist()
    ['a', 'b']
    """
    import pandas as pd  # deferred: pandas only when a table is asked for; the text modules load without it

    losses = {w.id: [] for w in collation.witnesses}
    furniture = {w.id: 0 for w in collation.witnesses}
    for v in collation.variants:
        if v.category == "boilerplate":
            side = v.witness if v.witness_reading.strip() else v.base
            furniture[side] += 1
            continue
        if _is_loss(v.base_reading, v.witness_reading):
            losses[v.witness].append(f"{v.base_reading!r} -> {v.witness_reading!r}")
        elif _is_loss(v.witness_reading, v.base_reading):
            losses[v.base].append(f"{v.witness_reading!r} -> {v.base_reading!r}")
    rows = []
    for w in collation.witnesses:
        rows.append({
            "witness": w.id,
            "format": w.format,
            "names_source": bool(w.metadata.source_url),
            "characters_lost": len(losses[w.id]),
            "losses": "; ".join(losses[w.id]),
            "furniture_blocks": furniture[w.id],
        })
    return pd.DataFrame(rows)


def closest_witness(collation: Collation) -> str:
    """The witness with the fewest losses; ties go to one that names its source.

    >>> from analysis.text.collate import collate
    >>> closest_witness(collate([w, v]))
    'a'
    """
    table = faithfulness(collation)
    best = table.sort_values(["characters_lost", "names_source"], ascending=[True, False], kind="stable")
    return str(best.iloc[0]["witness"])


def prov_document(collation: Collation, namespace: str = NAMESPACE, issue: str | None = None):
    """A W3C PROV document: the published article, each witness derived from it, the collation from them,
    its identifiers in ``namespace`` (a URN of the caller's study); the article's ``issue`` (EDTF) as the
    caller established it, else as a witness's metadata gives it.

    >>> from analysis.text.collate import collate
    >>> doc = prov_document(collate([w, v]))
    >>> len(doc.get_records()) > 0
    True
    """
    from prov.model import ProvDocument  # deferred: the prov library only for the PROV record

    doc = ProvDocument()
    doc.add_namespace("study", namespace)
    doc.add_namespace("wit", namespace + "witness:")
    source = next((w.metadata.source_url for w in collation.witnesses if w.metadata.source_url), None)
    issue = issue or next((w.metadata.issue for w in collation.witnesses if w.metadata.issue), None)
    title = collation.base.metadata.title
    attrs = {"prov:type": "study:PublishedArticle", "prov:label": title or "the published article"}
    if source:
        attrs["prov:location"] = source
    if issue:
        attrs["study:issue"] = issue
    article = doc.entity("study:article", attrs)
    for w in collation.witnesses:
        ent = doc.entity(f"wit:{w.id}", {
            "prov:type": "study:Witness", "prov:label": w.path, "study:format": w.format,
            "study:sha256": w.sha256, "study:bytes": w.size,
        })
        capture = doc.activity(f"study:capture-{w.id}", other_attributes={"prov:label": f"{w.format} of the article"})
        doc.wasGeneratedBy(ent, capture)
        doc.used(capture, article)
        doc.wasDerivedFrom(ent, article)
    result = doc.entity("study:collation", {"prov:type": "study:Collation",
                                            "study:variants": len(collation.variants)})
    act = doc.activity("study:collate", other_attributes={"prov:label": "analysis.collate.collate"})
    doc.wasGeneratedBy(result, act)
    for w in collation.witnesses:
        doc.used(act, f"wit:{w.id}")
        doc.wasDerivedFrom(result, f"wit:{w.id}")
    return doc


def prov_json(collation: Collation, namespace: str = NAMESPACE, issue: str | None = None) -> str:
    """The PROV document as PROV-JSON text, with sorted keys so reruns are byte-identical.

    >>> from analysis.text.collate import collate
    >>> prov_json(collate([w, v])).startswith('{')
    True
    """
    return json.dumps(json.loads(prov_document(collation, namespace, issue).serialize(format="json")), indent=2,
                      sort_keys=True)


def prov_table(prov: str) -> pd.DataFrame:
    """The records of a PROV-JSON text (:func:`prov_json`) as a table in a stable order: record (entity,
    activity or relation), id, and its attributes or the two ends of the relation. (PROV-N from the prov
    library orders attributes by hash, so it differs from run to run.)

    >>> prov_table('{"entity": {"ex:a": {"prov:label": "A"}}, "used": {"_:id1": {"prov:activity": "ex:b", '
    ...            '"prov:entity": "ex:a"}}}').values.tolist()
    [['entity', 'ex:a', 'prov:label=A'], ['used', 'ex:b', 'prov:entity=ex:a']]
    """
    import pandas as pd  # deferred: pandas only when a table is asked for; the text modules load without it

    def shown(v) -> str:
        return str(v["$"]) if isinstance(v, dict) and "$" in v else str(v)

    rows = []
    for kind, records in sorted(json.loads(prov).items()):
        if kind == "prefix":
            continue
        for rid, attrs in sorted(records.items(), key=lambda kv: json.dumps(kv[1], sort_keys=True)):
            subject = rid if kind in ("entity", "activity") else next(iter(sorted(attrs.items())))[1]
            rest = {k: v for k, v in attrs.items() if v != subject or kind in ("entity", "activity")}
            rows.append({"record": kind, "id": shown(subject),
                         "attributes": "; ".join(f"{k}={shown(v)}" for k, v in sorted(rest.items()))})
    return pd.DataFrame(rows, columns=["record", "id", "attributes"])


def provenance_sentences(collation: Collation) -> list[str]:
    """The provenance findings as sentences, every figure in them computed here.

    >>> from analysis.text.collate import collate
    >>> len(provenance_sentences(collate([w, v]))) > 0
    True
    """
    ws = collation.witnesses
    closest = closest_witness(collation)
    table = faithfulness(collation)
    lines = []
    for w in ws:
        lines.append(f"{w.id} is a {w.format} of {w.size} bytes with {len(w.body.split())} body words "
                     f"in {len(w.blocks_of('body'))} paragraphs.")
    for p in collation.pairs:
        counts = Counter(v.category for v in p.variants)
        body = [v for v in p.variants if v.block == "body"]
        lines.append(
            f"{p.witness} against {p.base}: body similarity {p.similarity:.4f}; "
            f"{counts['substantive']} substantive, {counts['typography']} typographic, "
            f"{counts['whitespace']} whitespace and {counts['boilerplate']} boilerplate variants; "
            f"{len(body)} in the body: " + "; ".join(f"{v.base_reading!r} vs {v.witness_reading!r} ({v.category})" for v in body)
            + "."
        )
    for row in dating(ws).itertuples():
        if row.date:
            when = f"on or after {row.date.removesuffix('/..')}" if row.date.endswith("/..") else row.date
            lines.append(f"{row.witness}: {row.what} {when} ({row.statement}).")
    lost = table.set_index("witness")["characters_lost"]
    lines.append(f"Closest to the published text: {closest} ({lost[closest]} losses, "
                 f"names its source: {bool(table.set_index('witness').loc[closest, 'names_source'])}); "
                 + "; ".join(f"{w}: {n} losses" for w, n in lost.items() if w != closest) + ".")
    return lines
