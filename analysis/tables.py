"""The study's outputs: every table and figure ``reproduce`` writes, and the notebook it belongs to.

Each maker takes the run's parameters and computes its output from ``data/`` with
the package's functions, the same calls the notebooks make and show.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.study import Output


@lru_cache(maxsize=1)
def bundled_collation():
    """The collation of the bundled witnesses (checksums verified first)."""
    from analysis.collate import collate
    from analysis.witness import load_bundled

    return collate(load_bundled())


def _witnesses(params):
    from analysis.provenance import witness_table

    return witness_table(bundled_collation().witnesses)


def _dating(params):
    from analysis.provenance import dating

    return dating(bundled_collation().witnesses)


def _variants(params):
    return bundled_collation().table()


def _similarity(params):
    return bundled_collation().similarity_table()


def _faithfulness(params):
    from analysis.provenance import faithfulness

    return faithfulness(bundled_collation())


def _prov(params):
    from analysis.provenance import prov_json

    return prov_json(bundled_collation()) + "\n"


def _collation_figure(params):
    from analysis.maps import plot_collation

    return plot_collation(bundled_collation())


OUTPUTS: list[Output] = [
    Output("witnesses.csv", "01-provenance", _witnesses),
    Output("dating.csv", "01-provenance", _dating),
    Output("variants.csv", "01-provenance", _variants),
    Output("similarity.csv", "01-provenance", _similarity),
    Output("faithfulness.csv", "01-provenance", _faithfulness),
    Output("provenance.prov.json", "01-provenance", _prov),
    Output("collation.png", "01-provenance", _collation_figure),
    Output("collation.svg", "01-provenance", _collation_figure),
]
