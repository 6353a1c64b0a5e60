import json
import subprocess
import sys

import captures as C
import pytest

from analysis.__main__ import main
from conftest import RAW


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_inspect_page_capture_json(capsys):
    code, out, err = run(capsys, "inspect", str(RAW[1]), "--json")
    assert code == 0 and not err
    doc = json.loads(out)
    assert doc["format"] == "page-capture"
    assert doc["title"] == "U.S., North Korea Meet for Missile Discussions"
    assert doc["banner"]["author"] == "Kazi Matsui" and doc["banner"]["date"] == "June 2, 2022"
    assert "June 2, 2022" not in json.dumps({k: v for k, v in doc.items() if k != "banner"})
    assert {b["kind"] for b in doc["blocks"]} >= {"banner", "title", "share", "body"}
    assert doc["body"].startswith("More than a year after")


def test_inspect_markdown_json(capsys):
    code, out, _ = run(capsys, "inspect", str(RAW[0]), "--json")
    doc = json.loads(out)
    assert code == 0
    assert doc["issue"] == "1997-06" and doc["source_url"].startswith("https://www.armscontrol.org/act/1997-06/")
    assert doc["banner"] is None


def test_compare_seeds_json(capsys):
    code, out, _ = run(capsys, "compare", *map(str, RAW), "--json")
    doc = json.loads(out)
    assert code == 0
    assert [w["id"] for w in doc["witnesses"]] == [p.stem for p in RAW]
    body = [v for v in doc["variants"] if v["block"] == "body"]
    assert len(body) == 1 and body[0]["category"] == "typography"
    assert sorted(body[0]["readings"].values()) == ["U.S.-North", "U.S.North"]
    assert not [v for v in doc["variants"] if v["category"] == "substantive"]
    assert doc["similarity"][0]["similarity"] > 0.99


def test_compare_similarity_visible(capsys, write):
    md = write(C.markdown_export(), "md.txt")
    page = write(C.page_capture(), "page.txt")
    other = write(C.OTHER_ARTICLE, "other.txt")
    _, same, _ = run(capsys, "compare", str(md), str(page))
    code, diff, err = run(capsys, "compare", str(md), str(other))
    assert code == 0
    assert "(different articles)" in diff and "different articles" in err
    assert "(different articles)" not in same


def test_human_output(capsys):
    code, out, _ = run(capsys, "inspect", str(RAW[1]))
    assert code == 0 and "Kazi Matsui" in out and "not part of the article" in out
    code, out, _ = run(capsys, "compare", *map(str, RAW))
    assert code == 0 and "typography" in out


@pytest.mark.parametrize("content, words", [
    (b"", "is empty"),
    (b"   \n  ", "only whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL bytes"),
    (b"abc\x00def", "NUL bytes"),
    ("r\u00e9sum\u00e9".encode("latin-1"), "not UTF-8"),
])
def test_bad_inputs_one_line_error(capsys, write, content, words):
    path = write(content, "broken.txt")
    for cmd in (["inspect", str(path)], ["compare", str(path), str(RAW[0])]):
        code, out, err = run(capsys, *cmd, "--json")
        assert code == 2 and out == ""
        assert len(err.strip().splitlines()) == 1
        assert "broken.txt" in err and words in err


def test_missing_path_and_directory(capsys, tmp_path):
    code, _, err = run(capsys, "inspect", str(tmp_path / "missing.txt"))
    assert code == 2 and "missing.txt: no such file" in err
    code, _, err = run(capsys, "inspect", str(tmp_path))
    assert code == 2 and "is a directory" in err


def test_single_witness_compare(capsys):
    code, _, err = run(capsys, "compare", str(RAW[0]))
    assert code == 2 and "at least two" in err


def test_module_entry_point_no_traceback(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    proc = subprocess.run([sys.executable, "-m", "analysis", "inspect", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr == f"error: {bad}: is empty (0 bytes)\n"


def test_every_command_and_argument_explains_itself():
    from analysis.__main__ import ABOUT, build_parser

    parser = build_parser()
    top = parser.format_help()
    assert "Errors are one line" in top and "examples:" in top and '"""' not in top
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(ABOUT)
    for name, p in sub.choices.items():
        text = p.format_help()
        assert p.description and "example:\n  python -m analysis " + name in text, name
        missing = [a.dest for a in p._actions if a.dest != "help" and not a.help]
        assert not missing, f"{name}: arguments without help: {missing}"


def test_coverage_lists_a_bounded_number_of_places(capsys):
    code, out, _ = run(capsys, "coverage")
    assert code == 0
    listed = [line for line in out.splitlines() if line.startswith("    ") and " km (+" in line]
    assert len(listed) == 20 and "... and " in out and "more (--max-places" in out
    code, out, _ = run(capsys, "coverage", "--json", "--max-places", "3")
    doc = json.loads(out)
    assert len(doc["outside"]) == 3 and doc["outside_not_listed"] > 0
    code, out, _ = run(capsys, "coverage", "--json")
    assert json.loads(out)["outside_not_listed"] == 0 and len(json.loads(out)["outside"]) > 20


def test_progress_is_plain_lines_off_a_terminal(capsys):
    from analysis.study.reproduce import _progress

    bar = _progress(True)(total=2, desc="01-provenance", unit="cell")
    bar.update(1)
    bar.update(1)
    bar.close()
    err = capsys.readouterr().err
    assert err.startswith("01-provenance: 2 cells run in ") and "\x1b" not in err and "\r" not in err
