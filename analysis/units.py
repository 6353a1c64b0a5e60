"""Unit conversion with pint (one registry for the package)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def registry():
    import pint  # deferred: building the unit registry takes a while; only quantities need it

    return pint.UnitRegistry()


def convert(magnitude: float, unit: str, target: str) -> tuple[float, str]:
    """Convert ``magnitude unit`` to ``target`` (pint names or symbols); returns (magnitude, target)."""
    q = registry().Quantity(magnitude, unit).to(target)
    value = float(q.magnitude)
    value = round(value, 6)
    return (int(value) if value.is_integer() else value), target
