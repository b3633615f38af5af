"""Rejected questions never reach a learner; ``--reviewed-only`` keeps to accepted ones;
``factdeck decks`` and the picker say how much of a deck is reviewed."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from factdeck.bank.load import load_bank, save_bank
from factdeck.bank.model import Bank, Status
from factdeck.cli import main
from factdeck.tui.app import QuizApp, QuizOptions
from factdeck.tui.picker import DeckEntry, entry_text

DATA = Path(__file__).resolve().parents[1] / "data"
REJECTED, DRAFT = "berg-post", "pier-facts"


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


def reviewed_deck(folder: Path) -> Path:
    """The harbour bank with one question rejected and one still a draft."""
    (folder / "articles").mkdir(parents=True)
    shutil.copy(DATA / "articles" / "harbour.txt", folder / "articles" / "harbour.txt")
    bank = load_bank(DATA / "valid_bank.yaml", use_cache=False)
    status = {REJECTED: Status.REJECTED, DRAFT: Status.DRAFT}
    questions = tuple(replace(q, status=status.get(q.id, Status.ACCEPTED))
                      for q in bank.questions)
    save_bank(replace(bank, questions=questions), folder / "bank.yaml")
    return folder / "bank.yaml"


def _ids(bank: Bank) -> set[str]:
    return set(bank.question_ids)


def test_usable_leaves_out_rejected_and_with_reviewed_only_drafts(tmp_path: Path) -> None:
    bank = load_bank(reviewed_deck(tmp_path), use_cache=False)
    everything = _ids(bank)
    assert _ids(bank.usable()) == everything - {REJECTED}
    assert _ids(bank.usable(reviewed_only=True)) == everything - {REJECTED, DRAFT}
    plain = load_bank(DATA / "valid_bank.yaml", use_cache=False)
    assert plain.usable() is plain and plain.review_summary() == ""
    assert bank.review_summary() == "7 of 8 reviewed, 6 accepted, 1 rejected"


def test_the_quiz_session_never_holds_a_rejected_question(tmp_path: Path) -> None:
    bank = load_bank(reviewed_deck(tmp_path), use_cache=False)
    ids = set(QuizApp(options=QuizOptions(seed=1)).new_session(bank, "practice").question_ids())
    assert REJECTED not in ids and DRAFT in ids
    only = QuizApp(options=QuizOptions(seed=1, reviewed_only=True)).new_session(bank, "test")
    assert not {REJECTED, DRAFT} & set(only.question_ids())


def test_anki_export_leaves_out_rejected_and_reviewed_only_drafts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = reviewed_deck(tmp_path / "deck")
    rc, out, err = run_cli(["export", "anki", str(path), "-o", str(tmp_path / "a.apkg")], capsys)
    assert rc == 0, err
    assert "Wrote" in out and ": 7 questions" in out
    rc, out, err = run_cli(["export", "anki", str(path), "-o", str(tmp_path / "b.apkg"),
                            "--reviewed-only"], capsys)
    assert rc == 0, err
    assert ": 6 questions" in out


def test_worksheet_export_leaves_out_rejected_and_reviewed_only_drafts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = reviewed_deck(tmp_path / "deck")
    rc, out, err = run_cli(["export", "worksheet", str(path), "-o", str(tmp_path / "w.html")],
                           capsys)
    assert rc == 0, err
    assert out.startswith("7 questions")
    rc, out, err = run_cli(["export", "worksheet", str(path), "-o", str(tmp_path / "v.html"),
                            "--reviewed-only"], capsys)
    assert rc == 0, err
    assert out.startswith("6 questions")


def test_decks_and_the_picker_show_how_much_is_reviewed(
        factdeck_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = reviewed_deck(factdeck_home / "decks" / "harbour")
    rc, out, err = run_cli(["decks", "--json"], capsys)
    assert rc == 0, err
    row = {r["name"]: r for r in json.loads(out)}["harbour"]
    assert row["review"] == {"accepted": 6, "draft": 1, "rejected": 1}
    assert row["reviewed"] == "7 of 8 reviewed, 6 accepted, 1 rejected"
    rc, out, err = run_cli(["decks"], capsys)
    assert "(7 of 8 reviewed, 6 accepted, 1 rejected)" in out
    from factdeck.bank.decks import DeckRef

    bank = load_bank(path)
    text = entry_text(DeckEntry(DeckRef("harbour", path, "user"), bank))
    assert "7 of 8 reviewed" in text.plain
