"""The interactive map: one self-contained HTML page (inline SVG and a little plain JavaScript).

The whole Earth in the azimuthal equidistant projection centred on the origin, with
the reach envelope at each range (one chosen at a time), every polygon part shaded by
its own share within the chosen range, and a tooltip per country: its area and
population shares within that range, and its nearest and farthest distance. Launch
sites and capitals are marked. Nothing is fetched: no tiles, no script, no style, no
font; the page works from ``file://`` with the network off.

>>> from matplotlib.path import Path
>>> _d(Path([(0, 0), (10, 0), (10, 10), (0, 0)], [1, 2, 2, 79]), 1.0)
'M0 0l10 0l0 10z'
"""

from __future__ import annotations

import html
import json

import numpy as np
import pandas as pd
from contourpy import contour_generator
from matplotlib.colors import to_hex

from analysis import geo
from analysis.figures.geometry import frame_parts, path_of, to_map
from analysis.figures.maps import EDGE_KM, distance_grid, share_cmap

#: The page's map, in SVG units (pixels at 100 %): the whole Earth fits this square.
SIZE = 900
#: Colour steps the page shades shares with (0, 5, ... 100 %).
STEPS = 21


def _d(path, scale: float) -> str:
    """SVG path data of a matplotlib Path, in whole map units, relative moves (small files)."""
    out, last = [], None
    for (x, y), code in zip(np.rint(path.vertices * scale).astype(int), path.codes):
        if code == 79:
            out.append("z")
        elif code == 1 or last is None:
            out.append(f"M{x} {y}")
        elif (x, y) != last:
            out.append(f"l{x - last[0]} {y - last[1]}")
        last = (x, y)
    return "".join(out)


def _xy(x, y):
    """Map km to SVG units (y down, the centre in the middle)."""
    s = SIZE / (2 * EDGE_KM)
    return np.asarray(x) * s + SIZE / 2, SIZE / 2 - np.asarray(y) * s


def _land(origin_name: str, codes: list[str], shares: dict) -> list[str]:
    """One <path> per drawn part: its country's index and its own share (%) at each range."""
    o = geo.origin(origin_name)
    parts = frame_parts(o.centre, EDGE_KM, SIZE)
    index = {c: i for i, c in enumerate(codes)}
    flip = np.array([[1.0, 0.0], [0.0, -1.0]])
    out = []
    for code, part, geom in zip(parts.code, parts.part, parts.geometry):
        if code not in index:
            continue
        p = path_of(geom)
        p = type(p)(p.vertices @ flip + [EDGE_KM, EDGE_KM], p.codes)  # y down, the corner at zero
        d = _d(p, SIZE / (2 * EDGE_KM))
        if d.count("l") < 2:
            continue  # smaller than a pixel: no area to point at
        s = ",".join(str(int(round(v * 100))) for v in shares[code][part])
        out.append(f'<path d="{d}" data-c="{index[code]}" data-s="{s}"/>')
    return out


def _envelopes(origin_name: str, ranges_km: list[float]) -> list[str]:
    """One hidden <path> per range: the reach envelope, from the same distance grid as the maps."""
    gx, gy, dist = distance_grid(origin_name, EDGE_KM, n=301, levels=ranges_km)
    gen = contour_generator(gx, gy, np.where(np.isfinite(dist), dist, EDGE_KM + 1))
    out = []
    for i, r in enumerate(ranges_km):
        d = []
        for line in gen.lines(r):
            x, y = _xy(line[:, 0], line[:, 1])
            pts = np.rint(np.column_stack([x, y])).astype(int)
            pts = pts[np.r_[True, (np.diff(pts, axis=0) != 0).any(axis=1)]]
            if len(pts) > 1:
                d.append(f"M{pts[0, 0]} {pts[0, 1]}" + "".join(f"l{a} {b}" for a, b in np.diff(pts, axis=0)))
        out.append(f'<path class="env" id="env{i}" d="{"".join(d)}"/>')
    return out


def _points(origin_name: str, points: pd.DataFrame) -> list[str]:
    """Marks with a native tooltip: launch sites as triangles, other places as dots."""
    x, y = to_map(*geo.origin(origin_name).centre).transform(points.longitude.to_numpy(), points.latitude.to_numpy())
    x, y = _xy(x, y)
    out = []
    for xi, yi, name, kind in zip(x, y, points["name"], points["kind"]):
        title = f"<title>{html.escape(f'{name} ({kind})')}</title>"
        if kind == "launch site":
            out.append(f'<path class="site" d="M{xi:.0f} {yi - 5:.0f}l5 8l-10 0z">{title}</path>')
        else:
            out.append(f'<circle class="pt" cx="{xi:.0f}" cy="{yi:.0f}" r="1.8">{title}</circle>')
    return out


def _countries(table: pd.DataFrame, ranges_km: list[float], extremes: dict, names: dict) -> tuple[list, list]:
    """The countries in a stable order, and for each: name, area and population shares (%) per range, extremes."""
    codes = sorted(set(table.country))
    # one pass over the rows (a lookup per cell through a MultiIndex costs a second for the world)
    row = {(c, r): (n, a, p) for c, r, n, a, p in zip(table.country, table.range_km, table["name"],
                                                      table.area_share, table.population_share)}
    info = []
    for c in codes:
        near, far = extremes.get(c, (None, None))
        info.append([names.get(c) or str(row[c, ranges_km[0]][0]),
                     [round(float(row[c, r][1]) * 100, 1) for r in ranges_km],
                     [None if pd.isna(v := row[c, r][2]) else round(float(v) * 100, 1) for r in ranges_km],
                     None if near is None else round(near), None if far is None else round(far)])
    return codes, info


SCRIPT = """
const D = JSON.parse(document.getElementById('data').textContent);
const tip = document.getElementById('tip'), map = document.getElementById('map');
let k = 0;
const pct = v => v === null ? 'no listed places' : v.toFixed(1) + ' %';
const km = v => v === null ? 'n/a' : v.toLocaleString('en-GB') + ' km';
function choose(i) {
  k = i;
  document.querySelectorAll('#land path').forEach(p => {
    const s = +p.dataset.s.split(',')[k];
    p.style.fill = s > 0 ? D.colours[Math.round(s / 100 * (D.colours.length - 1))] : '#e6e6e6';
  });
  document.querySelectorAll('.env').forEach((e, j) => e.classList.toggle('on', j === k));
  document.getElementById('now').textContent = D.ranges[k][0];
}
document.querySelectorAll('input[name=range]').forEach(r => r.addEventListener('change', () => choose(+r.value)));
map.addEventListener('mousemove', ev => {
  const p = ev.target.closest('#land path');
  if (!p) { tip.hidden = true; return; }
  const c = D.countries[+p.dataset.c], part = +p.dataset.s.split(',')[k];
  const r = D.ranges[k][1].toLocaleString('en-GB');
  tip.innerHTML = '<b></b><br>area within ' + r + ' km: ' + pct(c[1][k]) +
    '<br>people within ' + r + ' km: ' + pct(c[2][k]) + '<br>nearest ' + km(c[3]) + ', farthest ' + km(c[4]) +
    (part !== Math.round(c[1][k]) ? '<br>this part: ' + part + ' %' : '');
  tip.querySelector('b').textContent = c[0];
  tip.hidden = false;
  tip.style.left = (ev.clientX + 14) + 'px';
  tip.style.top = (ev.clientY + 10) + 'px';
});
map.addEventListener('mouseleave', () => { tip.hidden = true; });
choose(0);
"""

STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1em;color:#222}
#map{width:min(100%,900px);height:auto;background:#fff}
#land path{stroke:#8c8c8c;stroke-width:.3}
#land path:hover{stroke:#000;stroke-width:1}
.env{fill:none;stroke:#000;stroke-width:1.6;display:none}.env.on{display:inline}
.pt{fill:#000}.site{fill:#D55E00;stroke:#000;stroke-width:.5}
#tip{position:fixed;background:#fff;border:1px solid #888;padding:4px 8px;pointer-events:none;font-size:13px}
fieldset{border:1px solid #ccc;display:inline-block}label{margin-right:1em;white-space:nowrap}
"""


def reach_page(origin_name: str, ranges: list[tuple[str, float]], table: pd.DataFrame, shares: dict,
               extremes: dict | None = None, names: dict | None = None, points: pd.DataFrame | None = None,
               title: str = "Reach", note: str = "") -> str:
    """The interactive page as one HTML document.

    ``ranges``: (label, km) in the order offered; ``table``: :func:`analysis.geo.world_coverage`
    rows at those ranges; ``shares``: {code: each part's share at each range} (rows:
    parts, columns: ``ranges``, as :func:`analysis.figures.geometry.part_shares`);
    ``extremes``: {code: (nearest_km, farthest_km)}; ``names``: {code: name in words};
    ``points``: name, latitude, longitude, kind ("launch site" or another word); ``note``
    a line under the title (its sources, say).
    """
    kms = [float(r) for _, r in ranges]
    codes, info = _countries(table, kms, extremes or {}, names or {})
    cmap = share_cmap()
    data = {"ranges": [[label, km] for label, km in zip((label for label, _ in ranges), kms)], "countries": info,
            "colours": [to_hex(cmap(v)) for v in np.linspace(0, 1, STEPS)]}
    radios = "".join(f'<label><input type="radio" name="range" value="{i}"{" checked" if i == 0 else ""}> '
                     f"{html.escape(label)}</label>" for i, (label, _) in enumerate(ranges))
    pts = [] if points is None else _points(origin_name, points)
    svg = (f'<svg id="map" viewBox="0 0 {SIZE} {SIZE}" xmlns="http://www.w3.org/2000/svg" role="img" '
           f'aria-label="{html.escape(title)}"><circle cx="{SIZE // 2}" cy="{SIZE // 2}" r="{SIZE // 2}" '
           'fill="#f4f8fb" stroke="#8c8c8c"/><g id="land">' + "".join(_land(origin_name, codes, shares)) + "</g>"
           + "".join(_envelopes(origin_name, kms)) + "".join(pts) + "</svg>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><link rel=\"icon\" href=\"data:,\">"
            f"<style>{STYLE}</style></head><body><h1 style=\"font-size:1.2em\">{html.escape(title)}</h1>"
            f"<p>{html.escape(note)}</p><form><fieldset><legend>range</legend>{radios}</fieldset></form>"
            f"<p>Shaded by each part's share of area within <span id=\"now\"></span>; the line is the reach "
            "envelope. Point at a country for its shares and distances.</p>"
            f"{svg}<div id=\"tip\" hidden></div>"
            f"<script type=\"application/json\" id=\"data\">{_json(data)}</script>"
            f"<script>{SCRIPT}</script></body></html>\n")


def _json(data) -> str:
    """JSON that cannot close the script element it stands in."""
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


def iframe(page: str, height: int = 1150) -> str:
    """The page inline in a notebook: an iframe holding it as ``srcdoc`` (no file needed)."""
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{height}px;border:0" '
            'title="interactive map"></iframe>')
