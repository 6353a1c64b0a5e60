"""A part of a country that the map data does not separate (a state, say), given by the caller.

Light on purpose (no numerical library): a study can name its regions without loading the geography.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    """A part of a country: its polygons whose representative point lies in one of ``boxes``
    (lon/lat ``(west, south, east, north)``), and its places with one of the GeoNames
    ``admin1`` codes. A region without boxes is the rest of the country once the regions
    in ``rest_of`` are taken out.

    >>> corsica = Region("Corsica", "FRA", ("94",), ((8.5, 41.3, 9.6, 43.1),))
    >>> corsica.name, corsica.iso3
    ('Corsica', 'FRA')
    """

    name: str
    iso3: str
    admin1: tuple[str, ...] = ()
    boxes: tuple[tuple[float, float, float, float], ...] = ()
    rest_of: tuple[Region, ...] = ()

    def __str__(self) -> str:
        return self.name
