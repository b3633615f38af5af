"""``check --lint``: the builder's doubts as warnings, for any bank, never failing it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factdeck.bank.check import check_bank
from factdeck.bank.lint import warnings
from factdeck.bank.model import Bank, ChoiceQuestion, Evidence, MultiQuestion, ShortQuestion, Topic
from factdeck.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"
BANK = Bank(title="t", questions=())


def _choice(prompt: str, answer: str, *distractors: str) -> ChoiceQuestion:
    return ChoiceQuestion(id="q", topic=Topic.PEOPLE, prompt=prompt, answer=answer,
                          distractors=distractors, evidence=(Evidence("a", "x"),))


def _messages(q: object) -> list[str]:
    return [f"{key}: {message}" for key, message in warnings(q, BANK)]  # type: ignore[arg-type]


def test_a_sound_question_has_no_warning() -> None:
    assert _messages(_choice("Who chairs the port board?", "Lena Berg", "Omar Said")) == []


def test_each_rule_names_its_doubt() -> None:
    assert _messages(_choice("What did he say about the port?", "It will close", "It grows")) \
        == ["prompt: may not stand alone: it holds a pronoun pointing back into the article"]
    assert _messages(_choice("Who, besides Lena Berg, runs the port?", "Lena Berg", "Omar")) \
        == ["prompt: gives the answer away: 'Lena Berg' appears in it"]
    found = _messages(_choice("Who runs the port?", "Lena Berg", "lena berg!", "Omar Said"))
    assert "distractors: 'lena berg!' and 'Lena Berg' are the same option" in found
    assert _messages(_choice("Who runs the port?", "Lena Berg", "Berg", "Omar Said")) == \
        ["distractors: 'Berg' may be the answer 'Lena Berg' in another form"]
    multi = MultiQuestion(id="m", topic=Topic.PEOPLE, prompt="Who voted?",
                          answers=("Omar Said",), distractors=("Said",),
                          evidence=(Evidence("a", "x"),))
    assert _messages(multi) == ["distractors: 'Said' may be the answer 'Omar Said' in another form"]
    short = ShortQuestion(id="s", topic=Topic.PEOPLE, prompt="Who is Mayor Berg?",
                          answer="Mayor Berg", evidence=(Evidence("a", "x"),))
    assert _messages(short) == ["prompt: gives the answer away: 'Mayor Berg' appears in it"]
    quoted = _choice('Who said "he will go"?', "Omar Said", "Lena Berg")
    assert _messages(quoted) == []
    named = _choice("Lena Berg met Omar Said before she left. Where?", "Velgrad", "Ostrava")
    assert _messages(named) == []
    each = _choice("Match each person to the post the article gives them.", "a", "b")
    assert _messages(each) == []


def test_check_lint_warns_with_lines_and_still_passes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "articles").mkdir()
    shutil.copy(DATA / "articles" / "harbour.txt", tmp_path / "articles" / "harbour.txt")
    text = (DATA / "valid_bank.yaml").read_text(encoding="utf-8")
    first_prompt = next(line for line in text.splitlines() if "prompt:" in line)
    text = text.replace(first_prompt, "    prompt: What post did he hold then?", 1)
    path = tmp_path / "bank.yaml"
    path.write_text(text, encoding="utf-8")
    result = check_bank(path, lint=True)
    assert result.ok and result.warnings
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "did he hold" in row)
    assert result.warnings[0].line == line
    assert check_bank(path).warnings == []
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--lint", str(path)])
    assert exit_info.value.code == 0
    err = capsys.readouterr().err
    assert f"bank.yaml:{line}: questions[0].prompt: warning: may not stand alone" in err
    assert "warning (not problems: the bank passes)" in err or "warnings (not" in err
