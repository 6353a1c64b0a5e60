"""The one reader of data/reference and data/geo: checksums, sources, caching."""

import hashlib

import pytest

from analysis import integrity, paths, reference
from analysis.errors import ReferenceDataError


@pytest.fixture
def data(tmp_path, monkeypatch):
    """A data/ folder of our own, with its SHA256SUMS; the reader's cache emptied around the test."""
    (tmp_path / "reference").mkdir()

    def add(name: str, text: str, listed: str | None = None):
        (tmp_path / name).write_text(text, encoding="utf-8")
        digest = hashlib.sha256((listed if listed is not None else text).encode()).hexdigest()
        with open(tmp_path / "SHA256SUMS", "a", encoding="utf-8") as fh:
            fh.write(f"{digest}  {name}\n")

    (tmp_path / "SHA256SUMS").write_text("", encoding="utf-8")
    monkeypatch.setattr(paths, "DATA", tmp_path)
    monkeypatch.setattr(paths, "CHECKSUMS", tmp_path / "SHA256SUMS")
    reference._read.cache_clear()
    yield add
    reference._read.cache_clear()


def test_reads_a_listed_table(data):
    data("reference/sites.csv", "name,code,source\nTonghae,007,NTI\n")
    table = reference.read("reference/sites.csv", text_columns=("code",))
    assert table.to_dict("records") == [{"name": "Tonghae", "code": "007", "source": "NTI"}]


def test_changed_file_is_refused(data):
    data("reference/sites.csv", "name,source\nTonghae,NTI\n", listed="name,source\nSohae,NTI\n")
    with pytest.raises(ReferenceDataError, match=r"reference/sites.csv: checksum mismatch"):
        reference.read("reference/sites.csv")


def test_unlisted_file_is_refused(data):
    (paths.DATA / "reference" / "extra.csv").write_text("name,source\nx,y\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"reference/extra.csv: not listed in data/SHA256SUMS"):
        reference.read("reference/extra.csv")


def test_every_reference_row_needs_a_source(data):
    data("reference/nosource.csv", "name\nTonghae\n")
    data("reference/blank.csv", "name,source\nTonghae,NTI\nSohae, \n")
    with pytest.raises(ReferenceDataError, match="has no `source` column"):
        reference.read("reference/nosource.csv")
    with pytest.raises(ReferenceDataError, match="line 3 has no source"):
        reference.read("reference/blank.csv")


def test_read_once_and_handed_out_as_copies(data, monkeypatch):
    data("reference/sites.csv", "name,source\nTonghae,NTI\n")
    calls = []
    real = integrity.sha256_file
    monkeypatch.setattr(reference, "sha256_file", lambda p: calls.append(p) or real(p))
    first = reference.read("reference/sites.csv")
    first.loc[0, "name"] = "changed"
    assert reference.read("reference/sites.csv").loc[0, "name"] == "Tonghae"
    assert len(calls) == 1


def test_bundled_tables_all_read():
    for path in sorted(paths.REFERENCE.glob("*.csv")):
        assert len(reference.read(f"reference/{path.name}"))
    assert {"iso3", "geometry"} <= set(reference.read("geo/countries.geojson").columns)


def test_officeholders_schema():
    table = reference.officeholders()
    assert tuple(table[0]) == reference.OFFICEHOLDER_COLUMNS
    assert {"USA", "SUN", "RUS", "CHN", "GBR", "PRK", "IRN"} <= {r["iso3"] for r in table}
    assert all(r["source"].startswith("https://") for r in table)


def test_officeholders_bad_dates_refused(data, monkeypatch):
    header = ",".join(reference.OFFICEHOLDER_COLUMNS)
    data("reference/officeholders.csv", f"{header}\nAnn Lee,,GBR,Minister,2001-05,1999,https://example.org\n")
    monkeypatch.setattr(reference, "_rows", reference._rows.__wrapped__)
    with pytest.raises(ReferenceDataError, match=r"line 2: start and end"):
        reference.officeholders()


def test_plain_letter_aliases_keep_every_letter():
    """A city's or subdivision's alias in plain letters keeps every letter of the name ("Łask"
    gives "Lask", not the word "ask"; "Saatlı" gives "Saatli")."""
    import unicodedata

    def count(s: str) -> int:  # letters proper, not modifier letters such as the okina
        return sum(unicodedata.category(c) in ("Lu", "Ll", "Lt") for c in s)

    for table in ("cities.csv", "subdivisions.csv"):
        for r in reference.rows(f"reference/{table}"):
            plain = [a for a in r["aliases"].split(";") if a.isascii() and len(a) > 1]
            letters = count(r["name"])
            if r["name"].isascii() or not plain:
                continue
            # the plain spelling of the name itself is the alias nearest it in length
            alias = min(plain, key=lambda a: abs(len(a) - len(r["name"])))
            if abs(len(alias) - len(r["name"])) <= 2:
                assert count(alias) >= letters, (table, r["name"], alias)
