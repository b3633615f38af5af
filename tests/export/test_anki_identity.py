"""A bank's own identity (#15, item 21): written once by build, kept by edits and rebuilds;
Anki GUIDs come from it, so a renamed or copied deck folder updates the same notes."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from factdeck.bank.load import load_bank, save_bank
from factdeck.cli import cli
from factdeck.errors import BankError
from factdeck.export.anki import export_anki, note_guid

BUILD = Path(__file__).resolve().parents[1] / "cli" / "data" / "build"


def build(out: Path, story: Path = BUILD / "story.txt") -> None:
    result = CliRunner().invoke(cli, ["build", str(story), "--facts",
                                      str(BUILD / "story-facts.yaml"), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output


def guids(package: Path) -> set[str]:
    with zipfile.ZipFile(package) as archive:
        data = archive.read("collection.anki2")
    conn = sqlite3.connect(":memory:")
    conn.deserialize(data)
    try:
        return {row[0] for row in conn.execute("SELECT guid FROM notes")}
    finally:
        conn.close()


def test_build_writes_an_id_once_and_every_rebuild_and_edit_keeps_it(tmp_path: Path) -> None:
    deck = tmp_path / "lakeside"
    build(deck)
    first = load_bank(deck, use_cache=False)
    assert first.id and (deck / "bank.yaml").read_text(encoding="utf-8").count(
        f"\nid: {first.id}\n") == 1
    again = tmp_path / "elsewhere"
    build(again)  # the same articles on a fresh folder: the same id, nothing random
    assert load_bank(again, use_cache=False).id == first.id
    edited = tmp_path / "story.txt"
    edited.write_text(BUILD.joinpath("story.txt").read_text(encoding="utf-8") +
                      "\nA closing line the editor added.\n", encoding="utf-8")
    build(deck, edited)  # a rebuild from changed articles keeps the deck's id
    assert load_bank(deck, use_cache=False).id == first.id
    bank = load_bank(deck, use_cache=False)
    save_bank(bank, deck / "bank.yaml")  # an edit through the API keeps it too
    assert load_bank(deck, use_cache=False).id == first.id


def test_a_renamed_or_copied_deck_exports_the_same_notes(tmp_path: Path) -> None:
    deck = tmp_path / "lakeside"
    build(deck)
    copy = tmp_path / "copy-of-lakeside"
    shutil.copytree(deck, copy)
    export_anki([load_bank(deck)], tmp_path / "a.apkg", ledger=tmp_path / "l1")
    export_anki([load_bank(copy)], tmp_path / "b.apkg", ledger=tmp_path / "l2")
    assert guids(tmp_path / "a.apkg") == guids(tmp_path / "b.apkg")


def test_a_bank_without_an_id_keeps_todays_guids_and_gets_none_on_rebuild(
        tmp_path: Path) -> None:
    deck = tmp_path / "lakeside"
    build(deck)
    path = deck / "bank.yaml"
    text = path.read_text(encoding="utf-8")
    bank_id = load_bank(path, use_cache=False).id
    path.write_text(text.replace(f"id: {bank_id}\n", "", 1), encoding="utf-8")
    old = load_bank(path, use_cache=False)
    assert old.id is None
    export_anki([old], tmp_path / "old.apkg", ledger=tmp_path / "l")
    assert {note_guid("lakeside", q.id) for q in old.questions} <= guids(tmp_path / "old.apkg")
    build(deck)  # a deck built before ids existed stays without one: its notes keep updating
    assert load_bank(path, use_cache=False).id is None


@pytest.mark.parametrize(("value", "message"), [("'two words'", "may hold only letters"),
                                                ("[a]", "must be text")])
def test_a_bad_bank_id_is_refused(tmp_path: Path, value: str, message: str) -> None:
    deck = tmp_path / "lakeside"
    build(deck)
    path = deck / "bank.yaml"
    bank_id = load_bank(path, use_cache=False).id
    path.write_text(path.read_text(encoding="utf-8").replace(f"id: {bank_id}", f"id: {value}",
                                                             1), encoding="utf-8")
    with pytest.raises(BankError, match=message) as caught:
        load_bank(path, use_cache=False)
    assert caught.value.key == "id" and caught.value.line == 2
