"""Gold files of the wrong shape: `evaluate` and `evaluate-facts` refuse them in one line naming the file."""

import contextlib
import io
import json
import re
import subprocess

import pytest

from analysis import paths

CAPTURE = "## T\n\n- [Arms Control Today](#)\n\nIran met Iraq.\n"
# a gold of facts that both commands accept; each bad case below changes one field of it
FACTS_GOLD = {"issue": "2000-01", "facts": [{"kind": "place", "text": "Iran", "start": 33, "end": 37,
                                             "value": {"iso3": "IRN"}}]}
LOADER_GOLD = {"title": "T", "banner": None, "authors": [], "issue": None}


def cli(*argv: str) -> subprocess.CompletedProcess:
    """The command run in this process: its parser, its handler, its exit code and what it prints,
    the code a shell runs (tests/test_corpus.py drives the real command line through every bad input)."""
    from analysis.__main__ import main  # deferred: the command line, as the cases call it

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code if isinstance(exc.code, int) else 2
    return subprocess.CompletedProcess(list(argv), code, out.getvalue(), err.getvalue())


def assert_refused(proc: subprocess.CompletedProcess, path, problem: str) -> None:
    """Exit 2, nothing on stdout, one stderr line naming the file and the problem, no traceback."""
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"error: {path}: "), lines[0]
    assert problem in lines[0], lines[0]
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr


def write(folder, gold, name: str = "a") -> object:
    (folder / f"{name}.txt").write_text(CAPTURE, encoding="utf-8")
    path = folder / f"{name}.json"
    path.write_text(gold if isinstance(gold, str) else json.dumps(gold), encoding="utf-8")
    return path


def fact(**change) -> dict:
    return {**FACTS_GOLD, "facts": [{**FACTS_GOLD["facts"][0], **change}]}


@pytest.mark.parametrize("command, gold", [("evaluate-facts", FACTS_GOLD), ("evaluate", LOADER_GOLD)])
def test_the_unchanged_gold_is_accepted(tmp_path, command, gold):
    write(tmp_path, gold)
    proc = cli(command, str(tmp_path))
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("gold, problem", [
    (fact(start="a", end=3), '"start" of fact 0 must be a character offset (an integer), not "a" (a string)'),
    (fact(start=33.0), '"start" of fact 0 must be a character offset'),
    (fact(end=True), '"end" of fact 0 must be a character offset'),
    (fact(start=37, end=33), "fact 0 needs 0 <= start <= end, not start 37, end 33"),
    (fact(start=-1), "fact 0 needs 0 <= start <= end"),
    (fact(start=33, end=900), "the span 33-900 runs past the end of a.txt"),
    (fact(kind=3), '"kind" of fact 0 must be a string'),
    (fact(text=["Iran"]), '"text" of fact 0 must be a string or null'),
    (fact(value="IRN"), '"value" of fact 0 must be an object or null'),
    ({**FACTS_GOLD, "issue": "June"}, '"issue" must be an EDTF date'),
    ({**FACTS_GOLD, "issue": 5}, '"issue" must be an EDTF date such as "1998-05" or "1998-06/1998-07", or null, '
                                 "not 5 (a number)"),
    ({**FACTS_GOLD, "issue": "2000-13"}, '"issue" must be an EDTF date'),
    ({**FACTS_GOLD, "issue": "2000-02/2000-01"}, '"issue" must be an EDTF date'),
    ({**FACTS_GOLD, "issue": "2000-01/2000-02"}, '"issue" must be one month "YYYY-MM"'),
    ({**FACTS_GOLD, "facts": {"kind": "place"}}, '"facts" must be a list of facts'),
    ({**FACTS_GOLD, "facts": ["Iran"]}, "fact 0 must be an object"),
    ({"issue": "2000-01"}, "is not a gold file"),
    ("[1, 2]", "must hold one JSON object"),
    ("{", "is not a readable JSON gold file"),
])
def test_evaluate_facts_refuses_a_bad_gold(tmp_path, gold, problem):
    path = write(tmp_path, gold)
    assert_refused(cli("evaluate-facts", str(tmp_path)), path, problem)


@pytest.mark.parametrize("gold, problem", [
    ({"body_start": 5}, '"body_start" must be a string or null, not 5 (a number)'),
    ({"capture": 5}, '"capture" must be a file name (a string)'),
    ({"capture": "b.txt"}, 'names a capture "b.txt" that is not beside it'),
    ({"banner": "x"}, '"banner" must be an object {"author", "role", "date"} or null, not "x" (a string)'),
    ({"banner": {"author": 7}}, '"author" of "banner" must be a string or null'),
    ({"banner": {}}, "gives none of the scored fields"),
    ({"title": ["T"]}, '"title" must be a string or null'),
    ({"format": None}, '"format" must be a string'),
    ({"authors": "Hans Blix"}, '"authors" must be a list of names'),
    ({"authors": [None]}, '"authors" item 0 must be a name (a string)'),
    ({"entries": [{"title": 1}]}, '"title" of "entries" item 0 must be a string or null'),
    ({"entries": ["x"]}, '"entries" item 0 must be an object'),
    ({"issue": "June 1997"}, '"issue" must be an EDTF date'),
    ({"issue": "1997-02-30"}, '"issue" must be an EDTF date'),
])
def test_evaluate_refuses_a_bad_gold(tmp_path, gold, problem):
    path = write(tmp_path, gold)
    assert_refused(cli("evaluate", str(tmp_path)), path, problem)


@pytest.mark.parametrize("command", ["evaluate", "evaluate-facts"])
def test_a_folder_without_gold_files_is_refused(tmp_path, command):
    assert_refused(cli(command, str(tmp_path)), tmp_path, "holds no gold files")
    (tmp_path / "a.txt").write_text(CAPTURE, encoding="utf-8")
    assert_refused(cli(command, str(tmp_path)), tmp_path, "holds no gold files")
    assert_refused(cli(command, str(tmp_path / "nowhere")), tmp_path / "nowhere", "is not a folder")


@pytest.mark.parametrize("command, gold", [("evaluate-facts", FACTS_GOLD), ("evaluate", LOADER_GOLD)])
def test_both_commands_pair_captures_by_one_rule(tmp_path, command, gold):
    """A gold file needs exactly one capture NAME.* beside it (or a "capture" key), whichever command reads it."""
    path = tmp_path / "a.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    assert_refused(cli(command, str(tmp_path)), path, "needs exactly one capture named a.* beside it (found 0)")
    (tmp_path / "a.md").write_text(CAPTURE, encoding="utf-8")
    assert cli(command, str(tmp_path)).returncode == 0
    (tmp_path / "a.txt").write_text(CAPTURE, encoding="utf-8")
    assert_refused(cli(command, str(tmp_path)), path, "(found 2)")
    path.write_text(json.dumps({**gold, "capture": "a.txt"}), encoding="utf-8")
    assert cli(command, str(tmp_path)).returncode == 0


# -- people's side: the gold's "side" key beside the value ---------------------------------------

def test_side_line_counts_persons_whose_gold_gives_a_side(tmp_path):
    text = "## T\n\n- [Arms Control Today](#)\n\nFrench Foreign Minister Alain Juppe met Boris Yeltsin in Paris.\n"
    (tmp_path / "a.txt").write_text(text)
    at, bt = text.index("Alain Juppe"), text.index("Boris Yeltsin")
    facts = [{"kind": "person", "text": "Alain Juppe", "value": {"name": "Alain Juppe"}, "start": at,
              "end": at + 11, "side": "FRA"},
             {"kind": "person", "text": "Boris Yeltsin", "value": {"name": "Boris Yeltsin"}, "start": bt,
              "end": bt + 13, "side": None}]
    (tmp_path / "a.json").write_text(json.dumps({"issue": "1996-03", "facts": facts}))
    proc = cli("evaluate-facts", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "side: 1 of 1 persons whose side the text gives (100.0%)" in proc.stdout


def test_no_side_line_without_side_keys():
    proc = cli("evaluate-facts", str(paths.ROOT / "tests" / "briefs"))
    assert proc.returncode == 0 and "side:" not in proc.stdout


def _readme_runs():
    """Each `$ python -m analysis evaluate...` example in the README, with the output it shows."""
    text = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^\$ python -m analysis (evaluate(?:-facts)? \S+)\n(.*?)^```", text, re.M | re.S)


@pytest.mark.parametrize("command, shown", _readme_runs(), ids=lambda x: x if x.startswith("evaluate") else "")
def test_the_readme_shows_what_the_evaluations_print(command, shown, capsys, monkeypatch):
    from analysis.__main__ import main  # the command in this process: the same code the README shows

    monkeypatch.chdir(paths.ROOT)
    assert main(command.split()) == 0
    assert capsys.readouterr().out == shown


def test_a_gold_stopping_before_a_comma_the_text_has_matches_but_another_word_does_not(tmp_path):
    from analysis.evaluate import evaluate_loader  # the loader's scoring of body starts
    (tmp_path / "a.txt").write_text("## Talks in Geneva\n\nAt the summit, the two presidents agreed, after a long night, "
                                    "to meet again in the spring.\n", encoding="utf-8")
    golds = {"same-word": "At the summit, the two presidents agreed", "with-comma": "At the summit, the two presidents agreed,",
             "other-word": "At the summit, the two presidents agree", "inner-word": "At the summit the two presidents agreed"}
    found = {}
    for name, start in golds.items():
        (tmp_path / "a.json").write_text(json.dumps({"body_start": start}), encoding="utf-8")
        [row] = evaluate_loader(tmp_path)
        found[name] = row["correct"]
    # only the last word may lack the clause mark the text has after it; a different word, or a mark
    # missing inside the gold, still fails
    assert found == {"same-word": True, "with-comma": True, "other-word": False, "inner-word": False}
