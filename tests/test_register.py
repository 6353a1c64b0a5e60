"""The claims register: every finding the study states has a row with evidence, a verdict and a caveat,
and no notebook or README prints a finding without one."""

import re

import nbformat

from analysis import paths
from analysis.study import register
from analysis.study.reproduce import notebooks


def test_every_row_is_complete():
    table = register.claims()
    assert table.claim_id.is_unique
    for r in table.itertuples():
        assert r.finding.strip() and r.evidence.strip() and r.source.strip(), r.claim_id
        assert r.verdict in (*register.VERDICTS, "computed"), r.claim_id
        assert (r.verdict == "computed") == (r.claim_id in register.COMPUTED), r.claim_id
        if r.verdict != "computed":  # a verdict that is not computed rests on a dated source with its URL
            assert re.search(r"https?://", r.source), r.claim_id


def _printed(nb) -> list[str]:
    lines = []
    for cell in nb.cells:
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if out.get("output_type") == "stream":
                lines += out["text"].splitlines()
    return lines


def test_notebook_findings_have_rows():
    """Each notebook prints findings tagged with their register row, and every tag names a row."""
    ids = set(register.claims().claim_id)
    shown = set()
    for path in notebooks():
        tagged = [m.group(1) for line in _printed(nbformat.read(path, as_version=4))
                  if (m := register.TAG.search(line.rstrip()))]
        assert tagged, f"{path.name} prints no finding of the register"
        assert set(tagged) <= ids, f"{path.name}: {sorted(set(tagged) - ids)} are not rows of the register"
        shown |= set(tagged)
    assert shown == ids, f"rows no notebook states: {sorted(ids - shown)}"


def test_readme_findings_are_the_register():
    """Every line of the README's findings is a finding of the register with its verdict and row."""
    text = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index(register.README_START) + len(register.README_START):text.index(register.README_END)]
    lines = [line for line in block.splitlines() if line.strip()]
    ids = set(register.claims().claim_id)
    assert lines, "the README states no finding"
    for line in lines:
        m = re.fullmatch(r"- .+ \*\((holds|fails|imprecise|cannot check); (P\d\d)\)\*", line)
        assert m and m.group(2) in ids, f"a README finding without a register row: {line[:80]}"
    assert {re.search(r"(P\d\d)\)\*$", line).group(1) for line in lines} == ids
