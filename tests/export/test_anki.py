"""The Anki exporter, judged by the real Anki engine: import, review, re-import."""

from __future__ import annotations

import os
import re
import shutil
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from factdeck.bank.load import load_bank
from factdeck.cli import main
from factdeck.errors import ExportError
from factdeck.export import anki as anki_export
from factdeck.export import anki_stamps
from factdeck.export.anki import export_anki, note_guid
from tests.conftest import SHIPPED_BANK

DATA = Path(__file__).parent / "data"
KINDS = DATA / "kinds"
INJECTION = DATA / "injection"
T0 = 1_700_000_000  # a fixed clock for the first export

BASIC = "factdeck: question and answer"
TYPE_IN = "factdeck: type the answer"
CHOICE = "factdeck: multiple choice"
CLOZE = "factdeck: cloze"
MATCH = "factdeck: match pair"
ORDER = "factdeck: put in order"


@pytest.fixture
def col(tmp_path: Path):
    folder = tmp_path / "anki"
    folder.mkdir()
    collection = Collection(str(folder / "collection.anki2"))
    yield collection
    collection.close()


def import_into(col: Collection, package: Path):
    request = ImportAnkiPackageRequest(package_path=str(package),
                                       options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def body(html: str) -> str:
    """A rendered side without the note type's stylesheet."""
    return html.split("</style>", 1)[-1]


def card_for(col: Collection, question_id: str, ord_: int = 0):
    """The card of a question (by the reference shown on every back)."""
    for cid in col.find_cards(f'"Ref:*· {question_id}"'):
        card = col.get_card(cid)
        if card.ord == ord_:
            return card
    raise AssertionError(f"no card for {question_id} ord {ord_}")


def copy_bank(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest)
    return dest / "bank.yaml"


# ---------------------------------------------------------------- structure


def test_counts_per_note_type_decks_and_tags(tmp_path: Path, col: Collection) -> None:
    out = tmp_path / "kinds.apkg"
    result = export_anki([load_bank(KINDS)], out)
    assert (result.questions, result.notes, result.cards) == (8, 10, 11)

    log = import_into(col, out)
    assert len(log.new) == 10
    notes = Counter(col.get_note(nid).note_type()["name"] for nid in col.find_notes(""))
    assert notes == {BASIC: 3, CHOICE: 2, CLOZE: 1, MATCH: 3, ORDER: 1}
    cards = Counter(col.get_card(cid).note_type()["name"] for cid in col.find_cards(""))
    assert cards == {BASIC: 3, CHOICE: 2, CLOZE: 2, MATCH: 3, ORDER: 1}

    names = {d.name for d in col.decks.all_names_and_ids()}
    assert {"Lakeside bridge", "Lakeside bridge::Dates", "Lakeside bridge::People",
            "Lakeside bridge::Positions", "Lakeside bridge::Quotes",
            "Lakeside bridge::Sources"} <= names
    assert col.decks.name(card_for(col, "okafor-post").did) == "Lakeside bridge::Positions"
    assert col.decks.name(card_for(col, "timeline").did) == "Lakeside bridge::Dates"

    tags = set(card_for(col, "okafor-post").note().tags)
    assert {"factdeck::bank::kinds", "factdeck::topic::positions", "factdeck::kind::choice",
            "factdeck::outlet::Lakeside_Gazette", "factdeck::tag::lakeside"} <= tags
    assert "factdeck::outlet::VT" in card_for(col, "vote-date").note().tags
    assert all(" " not in t for nid in col.find_notes("") for t in col.get_note(nid).tags)

    assert not col.get_empty_cards().notes
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        front = re.sub(r"<[^>]+>", "", body(card.question())).strip()
        assert front
        assert "fd-sources" in card.answer()


def test_a_card_of_every_kind_renders(tmp_path: Path, col: Collection) -> None:
    out = tmp_path / "kinds.apkg"
    export_anki([load_bank(KINDS)], out)
    import_into(col, out)
    cite = "Lakeside Gazette, \u201cLakeside council approves new bridge\u201d, 2022-06-15"

    card = card_for(col, "okafor-post")
    front, back = body(card.question()), body(card.answer())
    for option in ("Council chair", "Town engineer", "Opposition councillor", "Mayor of Lakeside"):
        assert option in front
    assert "fd-right" not in front and "\u2713" not in front
    assert re.search(r'class="fd-right"><span class="fd-letter">[A-D]</span>Council chair'
                     '<span class="fd-mark">\u2713 right</span>', back)
    assert back.count("fd-right") == 1 and back.count("fd-wrong") == 3
    assert "The Gazette calls her council chair." in back
    assert cite in back and "<blockquote>Council chair Ruth Okafor said</blockquote>" in back
    assert "<script" not in back  # the right answer shows without JavaScript

    back = body(card_for(col, "vote-facts").answer())
    assert back.count("fd-right") == 2 and back.count("fd-wrong") == 1
    assert "Valley Times: bridge vote splits town\u201d, date unknown" in back
    assert back.count("Valley Times: bridge vote") == 1  # quotes grouped by article

    card = card_for(col, "ferry-stopped")
    assert "The old ferry stopped running in 2019." in body(card.question())
    assert "True or false?" in body(card.question())
    assert '<div class="fd-answer">True</div>' in body(card.answer())
    assert "True</div>" not in body(card.question())

    back = body(card_for(col, "designer").answer())
    assert '<div class="fd-answer">Paul Dumas</div>' in back and "Also accepted: Dumas" in back
    assert "Paul Dumas" not in body(card_for(col, "designer").question())

    assert '<div class="fd-answer">14 June 2022</div>' in body(card_for(col, "vote-date").answer())

    first, second = card_for(col, "waited-quote", 0), card_for(col, "waited-quote", 1)
    assert "[...]" in body(first.question()) and "long enough" not in body(first.question())
    assert "2024" in body(first.question())  # the other gap is open on this card
    assert '<span class="cloze" data-ordinal="1">long enough</span>' in body(first.answer())
    assert "[...]" in body(second.question()) and "long enough" in body(second.question())
    assert "Both from the Gazette." in body(second.answer())

    cards = [col.get_card(c) for c in col.find_cards('"note:factdeck: match pair"')]
    fronts = sorted(body(c.question()) for c in cards)
    assert len(cards) == 3
    assert any("Ruth Okafor \u2192 ?" in f for f in fronts)
    assert not any("Council chair" in f for f in fronts)
    okafor = next(c for c in cards if "Ruth Okafor \u2192 ?" in body(c.question()))
    assert '<div class="fd-answer">Council chair</div>' in body(okafor.answer())
    assert '<tr class="fd-current"><td>Ruth Okafor</td>' in body(okafor.answer())

    card = card_for(col, "timeline")
    front, back = body(card.question()), body(card.answer())
    items = re.findall(r"<li>([^<]+)</li>", front.split('class="fd-items"')[1])
    assert sorted(items) == sorted(["The ferry stops running", "The council approves the bridge",
                                    "The bridge opens"])
    assert items != ["The ferry stops running", "The council approves the bridge",
                     "The bridge opens"]
    assert ("<li>1. The ferry stops running <span class=\"fd-date\">(March 2019)</span></li>"
            "<li>2. The council approves the bridge <span class=\"fd-date\">(14 June 2022)"
            "</span></li><li>3. The bridge opens <span class=\"fd-date\">(2024)</span></li>"
            ) in back
    assert "kinds \u00b7 timeline" in back


def test_type_in_and_flat(tmp_path: Path, col: Collection) -> None:
    out = tmp_path / "kinds.apkg"
    export_anki([load_bank(KINDS)], out, type_in=True, flat=True)
    import_into(col, out)
    notes = Counter(col.get_note(nid).note_type()["name"] for nid in col.find_notes(""))
    assert notes[TYPE_IN] == 3 and BASIC not in notes
    card = card_for(col, "designer")
    assert "[[type:Answer]]" in body(card.question())
    assert "[[type:Answer]]" in body(card.answer())
    assert "Also accepted: Dumas" in body(card.answer())
    decks = {col.decks.name(col.get_card(c).did) for c in col.find_cards("")}
    assert decks == {"Lakeside bridge"}

    # switching back to plain notes never duplicates: Anki keeps the imported note type
    export_anki([load_bank(KINDS)], out)
    log = import_into(col, out)
    assert len(log.new) == 0 and len(log.conflicting) == 3 and col.note_count() == 10


def test_filters_and_several_banks(tmp_path: Path, col: Collection) -> None:
    out = tmp_path / "two.apkg"
    result = export_anki([load_bank(KINDS), load_bank(INJECTION)], out,
                         kinds=["choice", "order"])
    assert result.questions == 4
    import_into(col, out)
    kinds = {t for nid in col.find_notes("") for t in col.get_note(nid).tags
             if t.startswith("factdeck::kind::")}
    assert kinds == {"factdeck::kind::choice", "factdeck::kind::order"}
    roots = {col.decks.name(col.get_card(c).did).split("::")[0] for c in col.find_cards("")}
    assert roots == {"Lakeside bridge", '<b>Bold</b> <script>alert("title")</script>'}

    only = export_anki([load_bank(KINDS)], tmp_path / "dates.apkg", topics=["dates"])
    assert only.questions == 3
    only = export_anki([load_bank(KINDS)], tmp_path / "tagged.apkg", tags=["lakeside"])
    assert only.questions == 1


def test_ids_are_fixed_and_packages_reproducible(tmp_path: Path) -> None:
    bank = load_bank(KINDS)
    a, b = tmp_path / "a.apkg", tmp_path / "b.apkg"
    export_anki([bank], a, now=T0)
    export_anki([bank], b, now=T0 + 500)
    assert _notes(a) == _notes(b)  # same guids, same modification times, same fields
    assert {row[0] for row in _notes(a)} >= {note_guid("kinds", "okafor-post")}
    assert anki_export.deck_id("kinds", "dates") == anki_export.deck_id("kinds", "dates")
    assert anki_export.deck_id("kinds") != anki_export.deck_id("kinds", "dates")


def _notes(package: Path) -> list[tuple]:
    import sqlite3

    with zipfile.ZipFile(package) as archive:
        db = archive.extract("collection.anki2", package.parent / (package.stem + "-db"))
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute("SELECT guid, mid, mod, flds, tags FROM notes"))
    finally:
        conn.close()


# ---------------------------------------------------------------- updating in place


def test_reimporting_the_same_file_adds_nothing(tmp_path: Path, col: Collection) -> None:
    out = tmp_path / "kinds.apkg"
    export_anki([load_bank(KINDS)], out)
    import_into(col, out)
    before = (col.note_count(), col.card_count(), len(col.models.all()), len(col.decks.all()))
    log = import_into(col, out)
    assert (len(log.new), len(log.updated)) == (0, 0)
    assert len(log.duplicate) == 10
    assert (col.note_count(), col.card_count(), len(col.models.all()),
            len(col.decks.all())) == before


def test_rebuild_after_a_fix_updates_that_note_and_keeps_its_reviews(
        tmp_path: Path, col: Collection) -> None:
    bank_file = copy_bank(KINDS, tmp_path / "kinds")
    out = tmp_path / "kinds.apkg"
    export_anki([load_bank(bank_file)], out, now=T0)
    import_into(col, out)
    card = card_for(col, "designer")
    card.start_timer()
    col.sched.answerCard(card, 3)
    note_id, card_id = card.nid, card.id

    text = bank_file.read_text(encoding="utf-8")
    bank_file.write_text(text.replace("Which engineer designed the bridge?",
                                      "Which engineer drew the bridge?"), encoding="utf-8")
    result = export_anki([load_bank(bank_file)], out, now=T0)  # even within the same second
    assert result.changed == 1
    log = import_into(col, out)
    assert (len(log.new), len(log.updated)) == (0, 1)
    assert col.note_count() == 10
    note = col.get_note(note_id)
    assert note["Prompt"] == "Which engineer drew the bridge?"
    assert col.get_card(card_id).reps == 1  # the review history stays with the note


def test_rebuild_without_changes_keeps_the_learners_edit(tmp_path: Path, col: Collection) -> None:
    out = tmp_path / "kinds.apkg"
    export_anki([load_bank(KINDS)], out, now=T0)
    import_into(col, out)
    note = card_for(col, "okafor-post").note()
    note["Explanation"] = "My own mnemonic."
    col.update_note(note)

    result = export_anki([load_bank(KINDS)], out, now=T0 + 10**6)
    assert result.changed == 0
    log = import_into(col, out)
    assert len(log.updated) == 0 and len(log.new) == 0
    assert col.get_note(note.id)["Explanation"] == "My own mnemonic."


@pytest.mark.parametrize("witness", ["ledger", "package"])
def test_either_witness_keeps_times(tmp_path: Path, witness: str) -> None:
    """The ledger keeps times across output files; the old package keeps them without a ledger."""
    bank = load_bank(KINDS)
    ledger = tmp_path / "ledger.txt"
    first = tmp_path / "first.apkg"
    export_anki([bank], first, ledger=ledger, now=T0)
    if witness == "ledger":
        again = tmp_path / "second.apkg"
    else:
        ledger.unlink()
        again = first
    result = export_anki([bank], again, ledger=ledger, now=T0 + 3600)
    assert result.changed == 0
    assert {r[2] for r in _notes(again)} == {T0}


def test_stamps_move_forward_when_content_changes() -> None:
    stamps = anki_stamps.Stamps({"g": ("old", 5000)})
    assert stamps.stamp("g", "old", 9000) == 5000
    stamps = anki_stamps.Stamps({"g": ("old", 5000)})
    assert stamps.stamp("g", "new", 4000) == 5001  # never older than what the learner has
    assert stamps.stamp("h", "x", 4000) == 4000
    assert stamps.changed == 2


def test_a_broken_ledger_is_only_a_missing_hint(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.txt"
    ledger.write_text("factdeck anki stamps 1\nbroken line\n\xff", encoding="utf-8")
    result = export_anki([load_bank(KINDS)], tmp_path / "k.apkg", ledger=ledger, now=T0)
    assert result.changed == 10
    assert len(anki_stamps.read_ledger(ledger)) == 10


# ---------------------------------------------------------------- escaping


def test_markup_and_scripts_show_literally(tmp_path: Path, col: Collection) -> None:
    out = tmp_path / "inj.apkg"
    export_anki([load_bank(INJECTION)], out)
    import_into(col, out)
    assert col.card_count() == 11 and not col.get_empty_cards().notes
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        for side in (body(card.question()), body(card.answer())):
            assert "<script" not in side
            assert not re.search(r"<(b|i|u)>", side), side
            assert "&lt;" in side
    back = body(card_for(col, "inj-choice").answer())
    assert "&lt;script&gt;alert(&quot;explanation&quot;)&lt;/script&gt;" in back
    assert "&lt;b&gt;Outlet&lt;/b&gt; &lt;script&gt;" in back
    assert "&lt;b&gt;mayor&lt;/b&gt; said" in back
    cloze = body(card_for(col, "inj-cloze", 2).answer())
    assert '<span class="cloze" data-ordinal="3">a&#58;&#58;b</span> &#125; &#123;' in cloze
    assert '<span class="cloze" data-ordinal="1">&lt;b&gt;mayor&lt;/b&gt;</span>' in body(
        card_for(col, "inj-cloze", 0).answer())
    tags = card_for(col, "inj-choice").note().tags
    assert "factdeck::tag::<b>tag</b>" in tags
    assert "factdeck::outlet::<b>Outlet</b>_<script>" in tags
    assert body(card_for(col, "inj-cloze", 1).question()).count("[...]") == 1


# ---------------------------------------------------------------- errors and the CLI


@pytest.mark.parametrize("case", ["missing-folder", "folder-is-file", "target-is-folder",
                                  "not-apkg", "proc"])
def test_unwritable_paths_are_clear_errors(tmp_path: Path, case: str) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    (tmp_path / "dir.apkg").mkdir()
    target = {
        "missing-folder": tmp_path / "nowhere" / "x.apkg",
        "folder-is-file": blocker / "x.apkg",
        "target-is-folder": tmp_path / "dir.apkg",
        "not-apkg": tmp_path / "x.txt",
        "proc": Path("/proc/factdeck-test.apkg"),
    }[case]
    with pytest.raises(ExportError) as info:
        export_anki([load_bank(KINDS)], target)
    assert str(target) in str(info.value)
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="cannot write"):
            export_anki([load_bank(KINDS)], folder / "x.apkg")
    finally:
        folder.chmod(0o700)


def test_a_failed_export_leaves_the_old_file(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "kinds.apkg"
    export_anki([load_bank(KINDS)], out)
    before = out.read_bytes()

    def broken(*args, **kwargs):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(anki_export._Package, "write_to_handle", broken)
    with pytest.raises(RuntimeError):
        export_anki([load_bank(KINDS)], out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kinds.apkg"]


def test_two_different_banks_with_one_name_are_refused(tmp_path: Path) -> None:
    other = copy_bank(KINDS, tmp_path / "x" / "kinds")
    with pytest.raises(ExportError, match="two banks are named 'kinds'"):
        export_anki([load_bank(KINDS), load_bank(other)], tmp_path / "k.apkg")
    result = export_anki([load_bank(KINDS), load_bank(KINDS)], tmp_path / "k.apkg")
    assert result.questions == 8


def run_cli(argv: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    captured = capsys.readouterr()
    return info.value.code, captured.out, captured.err


def test_cli_exports_with_filters(tmp_path: Path, capsys, col: Collection) -> None:
    out = tmp_path / "k.apkg"
    code, stdout, _ = run_cli(["export", "anki", str(KINDS), "-o", str(out), "--topic", "dates",
                               "--kind", "date,order", "--type-in", "--flat"], capsys)
    assert code == 0
    assert "2 questions as 2 notes and 2 cards" in stdout
    import_into(col, out)
    assert {col.get_note(n).note_type()["name"] for n in col.find_notes("")} == {TYPE_IN, ORDER}


def test_cli_errors_are_one_line(tmp_path: Path, capsys) -> None:
    code, _, err = run_cli(["export", "anki", str(KINDS), "-o", str(tmp_path / "no" / "x.apkg")],
                           capsys)
    assert code == 2
    assert err.startswith("factdeck: cannot write") and "Traceback" not in err
    code, _, err = run_cli(["export", "anki", str(KINDS), "--tag", "absent", "-o",
                            str(tmp_path / "x.apkg")], capsys)
    assert code == 2 and "no questions to export (selected by tag absent)" in err


# ---------------------------------------------------------------- the shipped deck


def test_the_shipped_deck_imports_cleanly(tmp_path: Path, col: Collection) -> None:
    if not SHIPPED_BANK.is_file():
        pytest.skip("the shipped deck is not written yet")
    bank = load_bank(SHIPPED_BANK)
    out = tmp_path / "shipped.apkg"
    result = export_anki([bank], out)
    log = import_into(col, out)
    assert len(log.new) == result.notes == col.note_count()
    assert col.card_count() == result.cards
    assert not col.get_empty_cards().notes
    root = anki_export.deck_name(bank)
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        assert col.decks.name(card.did).startswith(root + "::")
        assert body(card.question()).strip() and "fd-sources" in card.answer()
    assert len(import_into(col, out).new) == 0


def test_guids_match_genanki_and_shuffles_are_fixed() -> None:
    import random

    import genanki

    rng = random.Random(5)
    samples = [("factdeck", "kinds", "okafor-post"), ("factdeck", "b", "q", "pair", 3),
               ("x",), ("é", "\u00b7", "")]
    samples += [("factdeck", "bank", f"q{rng.random()}") for _ in range(3000)]
    for values in samples:
        assert anki_export.guid_for(*values) == genanki.guid_for(*values)
    assert anki_export.permutation("kinds\x1fq1", 6) == anki_export.permutation("kinds\x1fq1", 6)
    assert sorted(anki_export.permutation("s", 40)) == list(range(40))
    for seed in range(30):
        assert anki_export.permutation(str(seed), 2, avoid_identity=True) == [1, 0]


def test_cli_default_output_is_named_after_the_bank(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, stdout, _ = run_cli(["export", "anki", str(KINDS)], capsys)
    assert code == 0 and "Wrote kinds.apkg: 8 questions as 10 notes and 11 cards" in stdout
    assert (tmp_path / "kinds.apkg").is_file()


def test_styles_cover_night_mode_and_phones() -> None:
    from factdeck.export.anki_notes import CSS, build_models

    assert ".card.nightMode" in CSS and ".nightMode .card" in CSS
    assert "@media (max-width: 480px)" in CSS and "max-width: 40em" in CSS
    models = build_models()
    assert len({m.model_id for m in models.values()}) == len(models) == 6
    for model in models.values():
        for template in model.templates:
            assert "<script" not in template["qfmt"] + template["afmt"]
            assert "{{Sources}}" in template["afmt"] and "{{Explanation}}" in template["afmt"]


def test_type_in_and_plain_exports_keep_their_own_times(tmp_path: Path) -> None:
    bank = load_bank(KINDS)
    export_anki([bank], tmp_path / "plain.apkg", now=T0)
    export_anki([bank], tmp_path / "typed.apkg", type_in=True, now=T0 + 10)
    again = export_anki([bank], tmp_path / "plain2.apkg", now=T0 + 20)
    assert again.changed == 0
    assert {r[2] for r in _notes(tmp_path / "plain2.apkg")} == {T0}


def test_a_cloze_without_a_gap_is_refused(tmp_path: Path) -> None:
    from factdeck.bank.model import Bank, ClozeQuestion, Evidence, Topic

    question = ClozeQuestion(id="no-gap", topic=Topic.QUOTES, text="Nothing to fill.",
                             evidence=(Evidence(article="a", quote="q"),))
    with pytest.raises(ExportError, match="'no-gap': a cloze needs at least one gap"):
        export_anki([Bank(title="Built in memory", questions=(question,))], tmp_path / "x.apkg")
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_ledger_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("", encoding="utf-8")
    result = export_anki([load_bank(KINDS)], tmp_path / "k.apkg", ledger=blocker / "l.txt")
    assert (tmp_path / "k.apkg").is_file()
    assert result.warning and "could not remember note times" in result.warning


@pytest.mark.parametrize("text", ["plain words", "a & b", "<b>x</b>", "\"quoted\" 'single'",
                                  "one\ntwo\r\nthree\rfour", "&amp; stays literal", "", "é · “x”"])
def test_escaping_matches_html_escape_with_visible_line_breaks(text: str) -> None:
    import html

    expected = html.escape(text).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")
    assert anki_export.h(text) == expected


def test_every_note_guid_derives_from_bank_and_question_id_only() -> None:
    bank = load_bank(KINDS / "bank.yaml", use_cache=False)
    planner = anki_export.NotePlanner(bank)
    for question in bank.questions:
        guids = [note.guid for note in planner.plan(question)]
        assert guids == [note_guid(bank.name, question.id)] + [
            note_guid(bank.name, question.id, "pair", i) for i in range(1, len(guids))]


def test_the_package_has_the_tables_and_indexes_of_genanki(tmp_path: Path) -> None:
    import sqlite3

    from genanki.apkg_schema import APKG_SCHEMA

    out = tmp_path / "kinds.apkg"
    export_anki([load_bank(KINDS / "bank.yaml", use_cache=False)], out, ledger=tmp_path / "l")
    with zipfile.ZipFile(out) as archive:
        db = archive.extract("collection.anki2", tmp_path / "db")
    conn = sqlite3.connect(db)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    expected = set(re.findall(r"CREATE (?:TABLE|INDEX) (\w+)", APKG_SCHEMA))
    assert len(expected) > 10 and expected <= names
