"""What ``reproduce`` writes, which notebook makes each file, and the parameters' defaults.

The notebooks compute every table and figure once and hand each to :func:`publish`.
In JupyterLab, or under nbval, :func:`publish` only checks the name and returns the
object for display. When ``reproduce`` runs a notebook it names a folder in the
kernel's environment (``PUBLISH_ENV``), and :func:`publish` writes the file there:
the CSV, PNG and SVG in results/ come from the very computation the HTML shows.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from analysis.errors import NotebookError
from analysis.study import article

#: The environment variable that tells :func:`publish` where to write (set by reproduce only).
PUBLISH_ENV = "ANALYSIS_PUBLISH_DIR"
#: Parameters of a run and their defaults: the range the article gives and the upper figure of
#: the same missile's estimate (read from missiles.csv). ``reproduce --range-km N`` overrides ``range_km``.
PARAMETERS: dict[str, float] = {"range_km": article.RANGE_KM, "later_range_km": round(article.later_range_km())}
FIGURE = ("png", "svg")


@dataclass(frozen=True)
class Output:
    """A file of results/: its name and the notebook that publishes it.

    A table or text is written to ``name``; a figure to ``name.<ext>`` for each of
    ``formats``.
    """

    name: str
    notebook: str
    formats: tuple[str, ...] = ()

    @property
    def files(self) -> list[str]:
        """The file names this output is written to."""
        return [f"{self.name}.{ext}" for ext in self.formats] if self.formats else [self.name]


#: Every output, in a stable order.
OUTPUTS: tuple[Output, ...] = (
    Output("witnesses.csv", "01-provenance"),
    Output("dating.csv", "01-provenance"),
    Output("variants.csv", "01-provenance"),
    Output("similarity.csv", "01-provenance"),
    Output("faithfulness.csv", "01-provenance"),
    Output("provenance.prov.json", "01-provenance"),
    Output("collation", "01-provenance", FIGURE),
    Output("facts.csv", "02-facts"),
    Output("checks.csv", "02-facts"),
    Output("timeline.csv", "02-facts"),
    Output("timeline", "02-facts", FIGURE),
    Output("coverage.csv", "03-range-maps"),
    Output("coverage_thresholds.csv", "03-range-maps"),
    Output("coverage_extent.csv", "03-range-maps"),
    Output("coverage_curves.csv", "03-range-maps"),
    Output("outside_range.csv", "03-range-maps"),
    Output("drawn_circle_errors.csv", "03-range-maps"),
    Output("population_data.csv", "03-range-maps"),
    Output("area_sampling.csv", "03-range-maps"),
    Output("range_claim_verdict.csv", "03-range-maps"),
    Output("range_map_prk", "03-range-maps", FIGURE),
    Output("range_map_tonghae", "03-range-maps", FIGURE),
    Output("scud_maps", "03-range-maps", FIGURE),
    Output("coverage_curves", "03-range-maps", FIGURE),
    Output("claim_sensitivity.csv", "03-range-maps"),
    Output("claim_sensitivity", "03-range-maps", FIGURE),
    Output("us_bases.csv", "03-range-maps"),
    Output("later_missiles.csv", "04-later-missiles"),
    Output("later_us_extent.csv", "04-later-missiles"),
    Output("later_reach.csv", "04-later-missiles"),
    Output("later_us_places.csv", "04-later-missiles"),
    Output("later_first_reach.csv", "04-later-missiles"),
    Output("later_world_coverage.csv", "04-later-missiles"),
    Output("later_world_table.csv", "04-later-missiles"),
    Output("world_map", "04-later-missiles", FIGURE),
    Output("reach_map.html", "04-later-missiles"),
)
_BY_NAME = {o.name: o for o in OUTPUTS}

T = TypeVar("T")


def output(name: str) -> Output:
    """The registered output of that name; NotebookError if there is none."""
    if name not in _BY_NAME:
        raise NotebookError(f"{name!r} is not an output of the study; known: {', '.join(_BY_NAME)}")
    return _BY_NAME[name]


def write(path: Path, obj) -> None:
    """Write a DataFrame (CSV), a matplotlib Figure (PNG or SVG by suffix) or text."""
    if hasattr(obj, "to_csv"):
        obj.to_csv(path, index=False, lineterminator="\n")
    elif hasattr(obj, "savefig"):
        from analysis.figures import save_figure  # deferred: matplotlib, only for figures

        save_figure(obj, path, hashsalt=article.STUDY_NAME)
    else:
        text = str(obj)
        path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def publish(name: str, obj: T) -> T:
    """Hand an output to reproduce; return it unchanged, for display.

    Writes the output's files only when ``reproduce`` runs the notebook.
    """
    out = output(name)
    folder = os.environ.get(PUBLISH_ENV)
    if folder:
        for file in out.files:
            write(Path(folder) / file, obj)
    return obj
