import json

from prov.model import ProvDocument

from analysis.text import provenance as P
from analysis.text.collate import collate


def test_dating_keeps_banner_as_lower_bound(seeds):
    d = P.dating(seeds)
    published = d[d.what == "article published"]
    assert published.date.tolist() == ["1997-06"]
    captured = d[d.what == "page captured"]
    assert captured.date.tolist() == ["2022-06-02/.."]  # EDTF: open at its end
    assert "lower bound" in captured.statement.iloc[0] and "not the article's date" in captured.statement.iloc[0]


def test_markdown_export_is_closest(seeds, markdown_seed, page_seed):
    c = collate(seeds)
    assert P.closest_witness(c) == markdown_seed.id
    f = P.faithfulness(c).set_index("witness")
    assert f.loc[page_seed.id, "characters_lost"] == 1
    assert f.loc[markdown_seed.id, "characters_lost"] == 0
    assert f.loc[markdown_seed.id, "names_source"]


def test_prov_json_round_trips(seeds):
    c = collate(seeds)
    text = P.prov_json(c)
    doc = ProvDocument.deserialize(content=text, format="json")
    ids = {str(r.identifier) for r in doc.get_records() if r.identifier}
    assert "study:article" in ids and "study:collation" in ids
    assert {f"wit:{w.id}" for w in seeds} <= ids
    assert P.prov_json(c) == text  # deterministic
    assert json.loads(text)["entity"]["study:article"]["study:issue"] == "1997-06"
