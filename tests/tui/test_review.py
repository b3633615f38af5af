"""``factdeck review`` driven by Pilot: every key to the end of a built bank, an edit that
fails check's rules and is fixed, filters, and the evidence shown in its paragraph."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from factdeck.bank import journal
from factdeck.bank.load import load_bank
from factdeck.bank.model import ChoiceQuestion, Evidence, Flag, Status
from factdeck.tui.review_app import ReviewApp
from factdeck.tui.review_screen import EditScreen, ReviewScreen
from factdeck.tui.review_session import ReviewSession, find_passage

from .review_helpers import built_deck


def _session(tmp_path: Path) -> tuple[Path, ReviewSession]:
    path = built_deck(tmp_path)
    return path, ReviewSession(load_bank(path, use_cache=False))


def _plain(app: ReviewApp, selector: str) -> str:
    rendered = app.screen.query_one(selector, Static).render()
    return getattr(rendered, "plain", str(rendered))


def test_flagged_questions_come_first_and_a_passage_is_found_across_quote_marks(
        tmp_path: Path) -> None:
    path, session = _session(tmp_path)
    bank = session.bank
    assert session.queue[0] == bank.questions[-1].id
    assert session.queue[1:] == [q.id for q in bank.questions[:-1]]
    text = "First paragraph.\n\nShe said \u201cwe will\u00a0go\u201d \u2014 then left.\n\nLast."
    found = find_passage(text, 'said "we will go" - then')
    assert found is not None and found.paragraph.startswith("She said")
    assert found.paragraph[found.start:found.end] == "said \u201cwe will\u00a0go\u201d \u2014 then"
    assert find_passage(text, "not there") is None


async def test_review_a_built_bank_to_the_end_with_every_key(tmp_path: Path) -> None:
    path, session = _session(tmp_path)
    queue = list(session.queue)
    n = len(queue)
    app = ReviewApp(session)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert _plain(app, "#review-progress").startswith(f" 0 of {n} reviewed")
        assert "speaker-from-pronoun" in _plain(app, "#review-flags")
        assert "Lakeside Daily" in _plain(app, "#review-evidence")
        evidence = app.screen.evidence_text(session.current)
        quote = session.current.evidence[0].quote
        assert [evidence.plain[s.start:s.end] for s in evidence.spans
                if "reverse" in str(s.style)] == [quote]
        await pilot.press("a")  # accept the flagged one
        await pilot.press("r")  # reject the next
        await pilot.press("u")  # undo the rejection: back on it, a draft again
        assert session.current.id == queue[1]
        assert session.questions[queue[1]].status is Status.DRAFT
        await pilot.press("s")  # skip it
        assert session.current.id == queue[2]
        await pilot.press("p")  # previous: back to the skipped one
        assert session.current.id == queue[1]
        await pilot.press("n", "p")
        await pilot.press("r")
        await pilot.press("k")  # filter by kind: the first kind in the queue
        kind = session.filters["kind"]
        assert kind is not None and all(session.questions[q].kind == kind
                                        for q in session.visible)
        assert f"kind {kind}" in _plain(app, "#review-progress")
        await pilot.press("t")  # and by topic
        assert session.filters["topic"] is not None
        for _ in range(len(session.values("kind")) + 1):
            await pilot.press("k")
            if session.filters["kind"] is None:
                break
        while session.filters["topic"] is not None:
            await pilot.press("t")
        await pilot.press("f")
        assert session.filters["flag"] == str(Flag.SPEAKER_FROM_PRONOUN)
        assert session.visible == [queue[0]]
        await pilot.press("f")
        assert session.filters["flag"] is None and len(session.visible) == n
        while session.current is not None and \
                session.current.status != Status.DRAFT:
            await pilot.press("n")
        await pilot.press("e")  # edit one, save as it is
        await pilot.pause()
        assert isinstance(app.screen, EditScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        for _ in range(3 * n):
            if session.done:
                break
            if session.current is None:
                await pilot.press("p")
                continue
            if session.current.status != Status.DRAFT:
                await pilot.press("n")
                continue
            await pilot.press("a")
        assert session.done
        assert _plain(app, "#review-progress").startswith(f" {n} of {n} reviewed")
        assert journal.journal_path(path).exists()  # decisions durable before the end
        await pilot.press("q")
    assert not journal.journal_path(path).exists()  # folded into the bank on quit
    bank = load_bank(path, use_cache=False)
    statuses = {q.id: q.status for q in bank.questions}
    assert Status.DRAFT not in statuses.values()
    assert statuses[queue[1]] is Status.REJECTED and statuses[queue[0]] is Status.ACCEPTED


async def test_an_edit_that_breaks_checks_rules_is_refused_then_fixed(tmp_path: Path) -> None:
    path, session = _session(tmp_path)
    choice = next(qid for qid in session.queue
                  if isinstance(session.questions[qid], ChoiceQuestion))
    session.index = session.visible.index(choice)
    question = session.questions[choice]
    assert isinstance(question, ChoiceQuestion)
    app = ReviewApp(session)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EditScreen)
        form.query_one("#edit-answer", Input).value = question.distractors[0]
        form.query_one("#edit-prompt", Input).value = "Who holds this post, by name?"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form  # not saved
        errors = _plain(app, "#edit-errors")
        assert "Not saved" in errors and "also among the distractors" in errors
        form.query_one("#edit-quote", Input).value = "words that are not in the article"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "not found in article" in _plain(app, "#edit-errors")
        form.query_one("#edit-answer", Input).value = question.answer
        form.query_one("#edit-quote", Input).value = ""
        form.query_one("#edit-pick").focus()
        await pilot.press("down", "enter")  # re-pick the evidence: the article's 2nd sentence
        await pilot.pause()
        picked = form.query_one("#edit-quote", Input).value
        assert picked == form.choices[1]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("q")
    saved = load_bank(path, use_cache=False).question(choice)
    assert saved.prompt == "Who holds this post, by name?"
    assert saved.status is Status.ACCEPTED
    assert saved.evidence[0] == Evidence(question.evidence[0].article, picked)


def test_the_evidence_is_text_never_markup(tmp_path: Path) -> None:
    path, session = _session(tmp_path)
    article = (tmp_path / "articles" / "story.txt")
    article.write_text(article.read_text(encoding="utf-8").replace(
        "Berg told the council", "Berg told the [link=http://x]council[/link]"),
        encoding="utf-8")
    q = session.questions[session.queue[1]]
    text = ReviewScreen(session).evidence_text(q)
    assert "told the [link=http://x]council[/link]" in text.plain
    assert not any("link" in str(span.style) for span in text.spans)


pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_a_rebuild_after_a_review_keeps_every_decision(tmp_path: Path) -> None:
    from factdeck.articles import read_article
    from factdeck.generate.bank_builder import build_bank
    from factdeck.generate.deck_writer import article_copies, write_built_deck
    from factdeck.generate.reviewed import load_facts

    from .review_helpers import DATA

    path, session = _session(tmp_path)
    decisions = {}
    statuses = ([Status.ACCEPTED, Status.REJECTED] * 3)[:len(session.bank.questions) - 1]
    assert len(statuses) >= 3  # accept, reject, then an edit, and one question left a draft
    for i, status in enumerate(statuses):
        decisions[session.current.id] = status
        session.decide(status)
        if i == 1:
            edited = replace(session.current, explanation="Checked against the article.")
            assert session.save_edit(edited) == []
            decisions[edited.id] = Status.ACCEPTED
    assert journal.journal_path(path).exists()  # not folded yet: the rebuild must fold it
    facts = load_facts(DATA / "story-facts.yaml", [read_article(DATA / "story.txt")])
    copies = article_copies(facts)
    result = write_built_deck(build_bank(facts, article_files=copies), facts, path, copies)
    assert not result.orphans
    bank = load_bank(path, use_cache=False)
    assert {qid: bank.question(qid).status for qid in decisions} == decisions
    assert bank.question(edited.id).explanation == "Checked against the article."
    assert sum(q.status == Status.DRAFT for q in bank.questions) == \
        len(bank.questions) - len(decisions)


def test_review_says_so_when_there_is_nothing_to_review(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    from factdeck.cli import main

    data = Path(__file__).resolve().parents[1] / "data"
    (tmp_path / "articles").mkdir()
    shutil.copy(data / "articles" / "harbour.txt", tmp_path / "articles")
    shutil.copy(data / "valid_bank.yaml", tmp_path / "bank.yaml")
    with pytest.raises(SystemExit) as exit_info:
        main(["review", str(tmp_path)])
    assert exit_info.value.code == 0
    assert "nothing to review: no draft questions (8 questions)" in capsys.readouterr().out
