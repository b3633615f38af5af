"""`factdeck check` on broken banks: the right exit code, file, line and key, never a traceback.

Each file under tests/data/broken/ is one case. Its first line says what is
expected (`# expect: exit=N key=K`) and the line that must be reported carries
the comment `# <-- error` (line 1 when no line is marked).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factdeck.bank.check import check_bank
from factdeck.cli import main

DATA = Path(__file__).parent.parent / "data"
BROKEN = sorted((DATA / "broken").glob("*.yaml"))


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


def expectation(path: Path) -> tuple[int, str, int]:
    raw = path.read_bytes().decode("utf-8", errors="replace")
    head = re.match(r"# expect: exit=(\d) key=(\S*)", raw)
    assert head, f"{path.name} lacks its '# expect:' line"
    marked = [i for i, line in enumerate(raw.splitlines(), 1) if "# <-- error" in line]
    return int(head.group(1)), head.group(2), marked[0] if marked else 1


def test_there_are_at_least_twenty_broken_cases() -> None:
    assert len(BROKEN) >= 20


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_bank_is_reported_at_its_line_and_key(
        path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, key, line = expectation(path)
    rc, _out, err = run_cli(["check", str(path)], capsys)
    assert rc == code, err
    assert "Traceback" not in err
    expected = f"{path.name}:{line}: " + (f"{key}: " if key else "")
    assert expected in err, f"expected {expected!r} in:\n{err}"


def test_valid_bank_passes_with_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run_cli(["check", str(DATA / "valid_bank.yaml")], capsys)
    assert rc == 0, err
    assert "questions: 8" in out
    assert "choice 1" in out and "order 1" in out
    assert "Northport Herald" in out
    assert err == ""


def test_worst_result_wins_over_several_banks(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run_cli(["check", str(DATA / "valid_bank.yaml"),
                            str(DATA / "broken" / "answer_in_distractors.yaml"),
                            str(DATA / "broken" / "bad_yaml.yaml")], capsys)
    assert rc == 2
    assert "Northport harbour" in out
    assert "answer_in_distractors.yaml" in err and "bad_yaml.yaml" in err


def test_missing_file_is_a_clear_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rc, _out, err = run_cli(["check", str(tmp_path / "nope.yaml")], capsys)
    assert rc == 2
    assert "nope.yaml" in err and "Traceback" not in err


def test_every_problem_is_listed_not_only_the_first() -> None:
    result = check_bank(DATA / "broken" / "duplicate_question_id.yaml")
    assert [p.key for p in result.problems] == ["questions[1].id"]
    text = (DATA / "valid_bank.yaml").read_text(encoding="utf-8")
    broken = text.replace("answer: council chair", "anwser: council chair").replace(
        "kind: truefalse", "kind: yesno")
    path = DATA / "valid_bank.yaml"
    tmp = path.with_name("two_problems.tmp.yaml")
    try:
        tmp.write_text(broken, encoding="utf-8")
        keys = {p.key for p in check_bank(tmp).problems}
    finally:
        tmp.unlink()
    assert {"questions[0].anwser", "questions[2].kind"} <= keys


def test_evidence_is_found_across_typographic_quotes_and_line_breaks(tmp_path: Path) -> None:
    text = (DATA / "valid_bank.yaml").read_text(encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "harbour.txt").write_text(
        (DATA / "articles" / "harbour.txt").read_text(encoding="utf-8"), encoding="utf-8")
    # straight quotes and a line break where the article has typographic quotes and a space
    text = text.replace('quote: "“Safety comes first.”"',
                        "quote: '\"Safety comes\n          first.\"'")
    (tmp_path / "bank.yaml").write_text(text, encoding="utf-8")
    assert check_bank(tmp_path / "bank.yaml").ok
