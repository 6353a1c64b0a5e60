"""Quantities: a number (in digits or words, or a range) with a unit pint knows, money, or a share.

Units are every unit of pint's registry whose name is a word of three letters or
more and is not also a common English word (``a``, ``at``, ``in``, ``are``,
``point``...) or a word in capitals no symbol names (an acronym: "three million PFM
mines"), plus the usual symbols (km, kg, ft...). Magnitudes are converted to
km (or m below one kilometre), kg, kilotons of TNT (a nuclear yield), km², m³,
km/h (also "per hour", and "per second" or "per minute" converted) and MW (a reactor's power); money in its currency, by sign or by name (U.S.
dollars, pounds, euros, yen, "NZ$431 million", "680 million rand", "25 million reais", "90 billion Australian dollars": ISO codes); shares in percent. The measure (range,
payload, yield, length, altitude, money, share) is inferred from the words around.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.mention import Mention

APPROX = ("about", "some", "roughly", "approximately", "around", "nearly", "almost", "an estimated", "up to",
          "close to", "estimated")
_BOUND_BEFORE = {"more than": ">", "over": ">", "at least": ">=", "in excess of": ">", "less than": "<",
                 "fewer than": "<", "under": "<", "no more than": "<=", "as much as": "<=", "as many as": "<="}
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_NUMBERS = {w: i for i, w in enumerate(_ONES)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)} | \
    {"a dozen": 12, "a": 1, "an": 1}
SCALES = {"hundred": 100, "thousand": 1_000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000, "billion": 1_000_000_000,
          "trillion": 10**12}  # lakh and crore: the Indian scale ("1,500 crore rupees")
#: Symbols accepted although shorter than three letters or ambiguous as words.
SYMBOLS = {"mw": "megawatt", "mwe": "megawatt", "mwt": "megawatt", "km": "kilometer", "m": "meter", "kg": "kilogram", "t": "metric_ton", "ft": "foot", "mi": "mile",
           "nm": "nautical_mile", "lb": "pound", "lbs": "pound", "cm": "centimeter", "mm": "millimeter",
           "kt": "kiloton", "mt": "megaton", "km2": "kilometer ** 2", "sq km": "kilometer ** 2"}
#: Words pint reads as units that in running English are something else.
NOT_UNITS = frozenset({"a", "at", "in", "are", "ares", "has", "hand", "hands", "shot", "shots", "barn", "barns", "pica",
                       "league", "leagues", "dram", "drams", "bar", "point", "points", "line", "lines", "link", "links", "rod", "rods",
                       "pole", "poles", "perch", "chain", "chains", "stone", "stones", "grain", "grains", "drop",
                       "drops", "turn", "turns", "cycle", "cycles", "count", "counts", "unit", "units", "particle",
                       "particles", "molecule", "molecules", "atom", "atoms", "degree", "degrees", "percent", "g",
                       "s", "h", "b", "c", "k", "year", "years", "month", "months", "week", "weeks", "day", "days",
                       "hour", "hours", "minute", "minutes", "second", "seconds", "pi", "force", "mass", "gram",
                       "gauss", "cup", "cups", "pint", "pints", "bit", "bits", "byte", "bytes", "dozen", "gross",
                       "sheet", "ream", "bag", "bags", "barrel", "barrels", "knot", "knots", "tex", "den",
                       "denier", "lux", "quarter", "quarters", "fortnight", "century", "centuries", "decade",
                       "decades", "millennium", "sun", "ounce", "ounces", "square", "cubic", "fluid", "light",
                       "arc", "angstrom", "abampere", "statampere", "franklin", "gal", "galileo", "pa", "rem",
                       "sievert", "gray", "curie", "ppm", "mol", "cal", "boiler", "horsepower", "hp", "ly", "ms"})
_TARGETS = {"[length]": "km", "[mass]": "kg", "[length] ** 2": "km ** 2", "[length] ** 3": "m ** 3",
            "[length] / [time]": "km / hour", "[mass] * [length] ** 2 / [time] ** 2": "kiloton_TNT",
            "[mass] * [length] ** 2 / [time] ** 3": "megawatt"}
_UNIT_LABEL = {"km": "km", "kg": "kg", "km ** 2": "km2", "m ** 3": "m3", "km / hour": "km/h", "kiloton_TNT": "kt",
               "m": "m", "megawatt": "MW"}

# "a" and "an" are one only alone: "a five-megaton warhead" is five
_NUMWORD = "|".join(sorted(set(WORD_NUMBERS) - {"a", "an", "a dozen"}, key=len, reverse=True))
_SCALE = "|".join(SCALES)
_NUM = (rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:(?:{_NUMWORD})(?:[-\s](?:{_NUMWORD}))?|a\s+dozen|an?"
        rf"(?![-\s](?:{_NUMWORD})(?![^\W\d_])))(?![^\W\d_]))"
        rf"(?:\s+(?:{_SCALE}))?")
_PRE = rf"(?:(?P<pre>{'|'.join(sorted(set(APPROX) | set(_BOUND_BEFORE), key=len, reverse=True))})\s+)?"
_QTY = re.compile(
    rf"(?<![\w$.,]){_PRE}(?:between\s+)?(?P<n1>{_NUM})(?:\s*(?:to|[-–]|and)\s*(?P<n2>{_NUM}))?(?:\s*[-–]\s*|\s+)?"
    rf"(?P<unit>(?:metric|short|long) tons?|sq(?:uare)? km|square (?:kilomet(?:er|re)s?|miles?)|nautical[ -]miles?|cubic met(?:er|re)s?|"
    r"[A-Za-z]+)\b(?P<per>\s+(?:per|an|a)\s+(?P<per_unit>hour|minute|second)\b)?"
    r"(?P<bound>\s+or\s+(?:more|greater|longer|less|fewer|so))?", re.IGNORECASE)
#: Currency signs and their ISO 4217 codes; money in other currencies keeps its own unit (no rate is assumed). A
#: sign stands on its number's line: "£" at a line's end and "1994" on the next are no sum.
CURRENCIES = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "A$": "AUD", "C$": "CAD", "NZ$": "NZD",
              "HK$": "HKD", "S$": "SGD", "R$": "BRL"}
_MONEY = re.compile(rf"(?<![\w.]){_PRE}(?P<cur>\$|US\$|(?-i:NZ\$|HK\$|[ACSR]\$)|£|€|¥)[ \u00a0]?(?P<n1>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                    rf"(?:\s*(?:to|[-–])\s*\$?(?P<n2>\d+(?:\.\d+)?))?(?:\s+(?P<scale>{_SCALE}))?\b", re.IGNORECASE)
#: Currencies written as words after the number, with their ISO 4217 codes ("pounds" is a weight as often).
CURRENCY_WORDS = {"rand": "ZAR", "australian dollars": "AUD", "canadian dollars": "CAD", "u.s. dollars": "USD",
                  "dollars": "USD", "euros": "EUR", "yen": "JPY", "rubles": "RUB", "roubles": "RUB", "yuan": "CNY",
                  "indian rupees": "INR", "pakistani rupees": "PKR", "marks": "DEM", "deutsche marks": "DEM",
                  "ringgit": "MYR", "shekels": "ILS", "rupiah": "IDR", "baht": "THB", "naira": "NGN", "reais": "BRL",
                  "zlotys": "PLN", "hryvnias": "UAH", "new zealand dollars": "NZD"}  # not riyals, dirhams: several states'
_MONEY_WORDS = re.compile(
    rf"(?<![\w$.,]){_PRE}(?P<n1>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?P<scale>{_SCALE}))?\s+"
    rf"(?P<cur>{'|'.join(re.escape(w) for w in sorted(CURRENCY_WORDS, key=len, reverse=True))})\b", re.IGNORECASE)
_SHARE = re.compile(rf"(?<![\w.]){_PRE}(?P<n1>{_NUM})(?:\s*(?:to|[-–])\s*(?P<n2>{_NUM}))?\s*(?:percent\b|per cent\b|%)",
                    re.IGNORECASE)


def number(words: str) -> float | None:
    """A number written in digits or words ("1,300", "two", "twenty-five", "3.5 million"), or None.

    >>> number("1,300"), number("twenty-five"), number("3.5 million")
    (1300.0, 25.0, 3500000.0)
    """
    s = " ".join(words.lower().replace(",", "").split())
    scale = 1
    for w, k in SCALES.items():
        if s.endswith(" " + w) or s == w:
            s, scale = s[: -len(w)].strip(), k
            break
    try:
        return float(s) * scale if s else float(scale)
    except ValueError:
        pass
    parts = re.split(r"[-\s]", s)
    if s in WORD_NUMBERS:
        return float(WORD_NUMBERS[s] * scale)
    if all(p in WORD_NUMBERS for p in parts):
        return float(sum(WORD_NUMBERS[p] for p in parts) * scale)
    return None


@lru_cache(maxsize=4096)
def unit_of(word: str) -> str | None:
    """The pint unit a written unit word names, or None when it is no unit (or an ambiguous word).

    >>> unit_of("kilometers"), unit_of("talks")
    ('kilometer', None)
    """
    from analysis.units import registry  # deferred: pint loads its registry on first use

    w = word.lower().replace("-", " ").strip()
    if w in SYMBOLS:
        return SYMBOLS[w]
    if w in NOT_UNITS or len(w) < 3 or not w.replace(" ", "").isalpha():
        return None
    # a ton in arms-control reporting is the metric ton (as the study has always read it)
    w = {"ton": "metric_ton", "tons": "metric_ton", "tonne": "metric_ton", "tonnes": "metric_ton",
         "metric ton": "metric_ton", "metric tons": "metric_ton", "short ton": "short_ton", "short tons": "short_ton",
         "long ton": "long_ton", "long tons": "long_ton", "square kilometers": "kilometer ** 2", "square kilometres": "kilometer ** 2", "square miles": "mile ** 2",
         "square mile": "mile ** 2", "nautical miles": "nautical_mile", "nautical mile": "nautical_mile",
         "cubic meters": "meter ** 3", "cubic metres": "meter ** 3", "cubic meter": "meter ** 3"}.get(w, w)
    if any(pre and not w.startswith(pre) for pre, _, _ in _unit_names(w)):
        return None  # prefix and unit symbols run into a word ("act" read as atto-carat) name no unit in prose
    try:
        u = registry().parse_units(w.replace(" ", "_") if "**" not in w else w)
    except Exception:  # pint raises several unrelated types for unknown names
        return None
    return str(u) if str(registry().get_dimensionality(u)) in _TARGETS else None


def _unit_names(w: str) -> tuple:
    from analysis.units import registry  # deferred: pint loads its registry on first use

    try:
        return registry().parse_unit_name(w.replace(" ", "_"))
    except Exception:  # pint raises several unrelated types for unknown names
        return ()


def _convert(n: float, unit: str, yield_context: bool) -> tuple[float, str]:
    from analysis.units import convert, registry  # deferred: pint loads its registry on first use

    ureg = registry()
    dim = str(ureg.get_dimensionality(ureg.parse_units(unit)))
    if dim == "[mass]" and yield_context and re.search(r"ton", unit):
        unit = unit.replace("metric_ton", "ton").replace("ton", "ton_TNT")  # a kiloton of yield is energy
        dim = "[mass] * [length] ** 2 / [time] ** 2"
    target = _TARGETS[dim]
    if target == "km" and ureg.Quantity(n, unit).to("km").magnitude < 1:
        target = "m"
    magnitude, _ = convert(n, unit, target)
    return magnitude, _UNIT_LABEL[target]


_MEASURES = [
    ("yield", r"yield|explosi|detonat|nuclear test|device|bomb|TNT|kiloton|megaton"),
    ("payload", r"payload|warhead|carry|carrying|throw-weight"),
    ("altitude", r"altitude|apogee|height"),
    ("length", r"\blong\b(?!-)|length|-foot|-feet|tall\b|diameter|wide\b"),
    ("range", r"range|reach|fly|flew|flight|travel|distance|strike|kilometers from|away|deliver|payload|carry"),
]


def _measure(window: str, unit: str) -> str | None:
    for name, words in _MEASURES:
        if re.search(words, window, re.IGNORECASE):
            if name in ("payload",) and unit != "kg":
                continue
            if name == "yield" and unit != "kt":
                continue
            if name in ("range", "altitude", "length") and unit not in ("km", "m"):
                continue
            return name
    return {"kt": "yield", "km2": "area", "MW": "power"}.get(unit)


def _qualifiers(value: dict, m: re.Match) -> dict:
    pre = (m.group("pre") or "").lower()
    value["approximate"] = pre in APPROX
    if pre in _BOUND_BEFORE:
        value["bound"] = _BOUND_BEFORE[pre]
    bound = m.groupdict().get("bound")
    if bound and bound.strip().lower() != "or so":
        value["bound"] = ">=" if re.search(r"more|greater|longer", bound) else "<="
    elif bound:
        value["approximate"] = True
    return value


def _glued(m: re.Match) -> bool:
    """A number in words run into its "unit" is one word, not a quantity ("Anton" is not "an ton")."""
    last = "n2" if m.group("n2") else "n1"
    return m.end(last) == m.start("unit") and m.group(last)[-1:].isalpha()


def _unit_quantity(text: str, m: re.Match, s0: int, s1: int) -> dict | None:
    if _glued(m):
        return None
    if m.group("n1")[:1].isupper() and m.group("unit")[:1].isupper() and m.start() > 0:
        return None  # "Three Mile Island": a number and a unit in capitals are a name's words
    unit = unit_of(m.group("unit"))
    if unit is not None and m.group("per"):
        if unit not in ("kilometer", "meter", "mile", "nautical_mile"):
            return None  # "30 kilograms a minute": a rate, not a measure the study converts
        unit = f"{unit} / {m.group('per_unit')}"  # "800 kilometers per hour", "7 kilometers per second": a speed
    n1 = number(m.group("n1"))
    if unit is None or n1 is None:
        return None
    if not m.group("n1")[:1].isdigit() and m.group("unit").lower() in SYMBOLS:
        return None  # a symbol follows digits only ("5 km"), never a word ("a t-shirt")
    if len(m.group("unit")) > 2 and m.group("unit").isupper() and m.group("unit").lower() not in SYMBOLS:
        return None  # "three million PFM mines": capitals no symbol names are an acronym, not a unit
    window = text[max(s0, s0 + m.start() - 40): min(s1, s0 + m.end() + 25)]
    is_yield = bool(re.search(_MEASURES[0][1], window, re.IGNORECASE))
    magnitude, label = _convert(n1, unit, is_yield)
    value = {"magnitude": magnitude, "unit": label}
    if m.group("n2"):
        n2 = number(m.group("n2"))
        if n2 is None:
            return None
        value["high"] = _convert(n2, unit, is_yield)[0]
    value = _qualifiers(value, m)
    measure = _measure(window, label)
    if measure:
        value["measure"] = measure
    return value


def _money_or_share(m: re.Match, kind: str) -> dict | None:
    scale = SCALES.get((m.groupdict().get("scale") or "").lower(), 1)
    n1 = number(m.group("n1"))
    if n1 is None:
        return None
    cur = m.group("cur") if kind == "money" else ""
    unit = (CURRENCIES.get(cur.upper()) or CURRENCY_WORDS.get(cur.lower(), "USD")) if kind == "money" else "%"
    value = {"magnitude": _tidy(n1 * scale), "unit": unit}
    if m.groupdict().get("n2"):
        n2 = number(m.group("n2"))
        if n2 is not None:
            value["high"] = _tidy(n2 * scale)
    value = _qualifiers(value, m)
    value["measure"] = "money" if kind == "money" else "share"
    return value


def _tidy(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x


def _is_year(m: re.Match) -> bool:
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", m.group("n1").strip())) and not m.group("n2")


def extract_quantities(text: str, s0: int, s1: int, sent: int) -> list[Mention]:
    """The quantities of one sentence text[s0:s1].

    >>> text = "The missile flew about 700 kilometers."
    >>> [(m.text, m.value["magnitude"], m.value["unit"]) for m in extract_quantities(text, 0, len(text), 0)]
    [('about 700 kilometers', 700, 'km')]
    >>> text = "The plan costs £4 billion, Anton said."
    >>> [(m.text, m.value["magnitude"], m.value["unit"]) for m in extract_quantities(text, 0, len(text), 0)]
    [('£4 billion', 4000000000, 'GBP')]
    """
    seg = text[s0:s1]
    out: list[Mention] = []
    for kind, pattern in (("money", _MONEY), ("money", _MONEY_WORDS), ("share", _SHARE), ("unit", _QTY)):
        for m in pattern.finditer(seg):
            a, b = s0 + m.start(), s0 + m.end()
            if any(a < x.end and x.start < b for x in out):
                continue
            if kind == "unit":
                if _is_year(m):
                    continue
                value = _unit_quantity(text, m, s0, s1)
                if value is not None and m.group("unit").lower() in ("or",):
                    value = None
            elif pattern is _MONEY_WORDS and m.group("cur").lower().endswith("marks") and not m.group("scale"):
                continue  # "1995 marks the anniversary": a verb; "12 billion marks" names its scale
            else:
                value = _money_or_share(m, kind)
            if value is None:
                continue
            out.append(Mention("quantity", value, text[a:b], a, b, sent))
    out.sort(key=lambda x: x.start)
    return out
