"""``factdeck quiz`` from the command line: clear errors, and a real run in a pseudo-terminal."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pexpect
import pytest

from factdeck.bank.load import load_bank
from factdeck.cli import main
from factdeck.study.session import QuizSession

DATA = Path(__file__).parent / "data"
ALL_KINDS = DATA / "all-kinds" / "bank.yaml"


def factdeck_script() -> str:
    beside = Path(sys.executable).parent / "factdeck"
    found = str(beside) if beside.exists() else shutil.which("factdeck")
    assert found, "the factdeck console script is not installed"
    return found


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    return exit_info.value.code, capsys.readouterr().err


@pytest.mark.parametrize("args,message", [
    (["quiz", "no-such-deck"], "no-such-deck: no such bank file, deck folder or deck name"),
    (["quiz", str(DATA / "broken-bank.yaml")], "broken-bank.yaml:5: questions[0].topic: missing"),
    (["quiz", str(ALL_KINDS), "--tag", "nothing-has-this"], "has tag nothing-has-this"),
    (["quiz", str(ALL_KINDS), "--time-limit", "5"], "--time-limit applies to --mode test only"),
    (["quiz", str(ALL_KINDS), "--kind", "essay"], "'essay' is not one of"),
    (["quiz", str(ALL_KINDS), "--count", "0"], "--count"),
])
def test_bad_input_is_one_clear_line(args: list[str], message: str,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run_cli(args, capsys)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_unusable_progress_store_is_a_clear_error(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, err = run_cli(["quiz", str(ALL_KINDS), "--progress", str(blocker / "p.sqlite3")],
                        capsys)
    assert code == 2 and err.startswith("factdeck: ")


@pytest.mark.slow
def test_quiz_in_a_real_terminal(tmp_path: Path) -> None:
    """Start the installed script, answer a question rightly, see feedback, leave, confirm."""
    progress = tmp_path / "progress.sqlite3"
    bank = load_bank(ALL_KINDS)
    session = QuizSession.start(bank, kinds=["choice"], seed=5)
    question = session.current
    key = str(session.options(question).index(question.answer) + 1)
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
    child = pexpect.spawn(factdeck_script(), ["quiz", str(ALL_KINDS), "--kind", "choice",
                                              "--seed", "5", "--progress", str(progress)],
                          env=env, dimensions=(24, 80), encoding="utf-8", timeout=30)
    try:
        child.expect("Question 1 of 1")
        child.expect("What post did Ana Ruiz hold")
        child.send(key)
        child.expect("Right!")
        child.expect("Lake Gazette")
        child.send("\r")
        child.expect("Session finished")
        child.send("\x1b")  # Esc: done
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0, child.before
    from factdeck.study.log import StudyLog

    with StudyLog.open(progress) as log:
        history = log.history(bank, question)
    assert [e.correct for e in history] == [True]
