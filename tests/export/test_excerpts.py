"""Sources questions on paper: labelled excerpts, neutral ones, and blanked answers."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdeck.bank.load import load_bank
from factdeck.bank.model import (
    Article,
    Bank,
    ChoiceQuestion,
    ClozeQuestion,
    Evidence,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    ShortQuestion,
    Topic,
    TrueFalseQuestion,
)
from factdeck.export.excerpts import (
    BLANK,
    _folded,
    _folded_slow,
    _Needle,
    blank_out,
    mentions,
    outlet_needles,
    reveals_source,
    source_panel,
)
from factdeck.textnorm import fold
from tests.conftest import SHIPPED_BANK

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "data" / "worksheet" / "sources" / "bank.yaml"
# the questions of the sources bank whose answer is an outlet, a headline or a label's date
ASKS_FOR_THE_SOURCE = {"which-outlet-detours", "which-outlets-quote-varn", "cost-by-outlet",
                       "krn-safe-tf", "headline", "published-when"}


@pytest.fixture(scope="module")
def sources() -> Bank:
    return load_bank(SOURCES, use_cache=False)


@pytest.fixture(scope="module")
def shipped() -> Bank:
    if not SHIPPED_BANK.is_file():
        pytest.skip("the shipped deck has no bank.yaml yet")
    return load_bank(SHIPPED_BANK, use_cache=False)


def panel(bank: Bank, question_id: str, seed: str = "s"):
    return source_panel(bank.question(question_id), bank, random.Random(seed))


# ---------------------------------------------------------------- blanking


def test_blanking_replaces_the_answer_words_and_keeps_the_rest() -> None:
    needles = [_Needle("Next to the Eiffel Tower")]
    assert (blank_out("a new church next to the Eiffel Tower in Paris.", needles)
            == f"a new church {BLANK} in Paris.")
    # case, accents, typographic quotes and line breaks do not hide the answer
    assert (blank_out("President Fran\u00e7ois\nHollande\u2019s decision", [_Needle(
        "Francois Hollande's")]) == f"President {BLANK} decision")
    assert blank_out("he will meet \u201cat any moment\u201d.", [_Needle(
        'He will meet "at any moment".')]) == f"{BLANK}."
    # whole words only, and a lone letter is never blanked
    assert blank_out("Eskimo and Esk", [_Needle("Esk")]) == f"Eskimo and {BLANK}"
    assert blank_out("a plan a day", [_Needle("a")]) == "a plan a day"
    # the longest phrase wins and blanks never overlap
    assert (blank_out("two months, two weeks", [_Needle("two"), _Needle("two months")])
            == f"{BLANK}, {BLANK} weeks")


@given(st.text(alphabet=st.sampled_from("aB z`.\t\n'\u2019\u00e9"), max_size=30), st.booleans())
def test_the_fast_folding_of_plain_text_is_the_same_as_the_careful_one(text: str,
                                                                        exact: bool) -> None:
    assert _folded(text, exact) == _folded_slow(text, exact)


def test_an_outlet_is_recognised_by_its_name_or_its_own_capitalised_word() -> None:
    needles = outlet_needles(["Lindmoor Herald", "Lindmoor Courier", "FRANCE 24",
                              "The Guardian", "BBC News"])
    assert mentions("The Courier's figure is higher", needles)
    assert mentions("as the Guardian put it", needles) and mentions("Wsws and rt", outlet_needles(
        ["WSWS", "RT"]))
    assert mentions("France 24 said", needles) and mentions("(FRANCE with AFP)", needles)
    assert not mentions("Foreign Minister of France", needles)  # the word, not the outlet
    assert not mentions("Lindmoor voted", needles)  # a word both outlets share
    assert not mentions("News of the vote", needles)  # too common to stand for an outlet
    assert not mentions("The heraldic arms", needles)
    hill = outlet_needles(["The Hill"])
    assert mentions("The Hill reported", hill) and mentions("as Hill put it", hill)
    assert not mentions("the hill behind the town", hill)


def test_a_headline_holding_the_answer_is_blanked_too() -> None:
    article = Article(id="a", file="a.txt", outlet="Paper", title="Old bridge to close in May",
                      published=dt.date(2022, 4, 11))
    q = ChoiceQuestion(id="c", topic=Topic.SOURCES, prompt="In which month does it close?",
                       answer="May", distractors=("June",),
                       evidence=(Evidence("a", "The bridge will shut in May."),))
    shown = source_panel(q, Bank(title="t", questions=(q,), articles=(article,)),
                         random.Random(0))
    assert not shown.neutral
    (excerpt,) = shown.excerpts
    assert excerpt.title == f"Old bridge to close in {BLANK}"
    assert excerpt.quotes == [f"The bridge will shut in {BLANK}."]


# ---------------------------------------------------------------- labelled or neutral


def test_questions_asking_for_the_source_get_neutral_excerpts(sources: Bank) -> None:
    for q in sources.questions:
        excerpts = panel(sources, q.id)
        assert excerpts.neutral == (q.id in ASKS_FOR_THE_SOURCE), q.id
        assert reveals_source(q, sources, [sources.article(a) for a in q.article_ids]) \
            == excerpts.neutral


def test_neutral_excerpts_name_no_outlet_and_the_key_says_which_is_which(sources: Bank
                                                                          ) -> None:
    for question_id in sorted(ASKS_FOR_THE_SOURCE):
        q = sources.question(question_id)
        shown = panel(sources, question_id)
        assert [e.label for e in shown.excerpts] == [
            f"Excerpt {n}" for n in range(1, len(q.article_ids) + 1)]
        assert all(e.outlet == e.date == e.title == "" for e in shown.excerpts)
        for n, (excerpt, key) in enumerate(zip(shown.excerpts, shown.key, strict=True), 1):
            (article,) = [a for a in sources.articles if key == f"Excerpt {n}: {a.outlet}" + (
                f", {a.published.day} April 2022" if a.published else "")]
            for quote in excerpt.quotes:
                assert "KRN" not in quote and "Tribune" not in quote and "Gazette" not in quote
                assert any(_shows(quote, ev.quote) for ev in q.evidence
                           if ev.article == article.id), (question_id, quote)


def test_the_neutral_order_comes_from_the_seed(sources: Bank) -> None:
    def order(seed: str) -> list[str]:
        return [line.split(": ", 1)[1] for line in panel(sources, "cost-by-outlet", seed).key]

    assert order("a") == order("a")
    assert len({tuple(order(str(seed))) for seed in range(12)}) == 2  # both orders occur


def test_labelled_excerpts_show_outlet_date_and_title(sources: Bank) -> None:
    shown = panel(sources, "new-toll")
    assert not shown.neutral and shown.key == []
    assert [(e.label, e.outlet, e.date, e.title) for e in shown.excerpts] == [
        ("", "Valmora Gazette", "11 April 2022", "Old bridge to close for repairs in May"),
        ("", "KRN", "date unknown", "")]


@pytest.mark.parametrize("question_id, expected", [
    ("closing-day", f"The Orsa bridge will close on {BLANK} for six weeks of repairs"),
    ("repair-length", f"City engineer Tova Lind said the repairs would take {BLANK}."),
    ("new-toll", f"Mayor Ilse Varn said the toll would rise to {BLANK} when the bridge "
                 "reopens."),
    ("engineer-cloze", f"City engineer {BLANK} said the repairs would take about {BLANK}."),
    ("who-did-what", f"{BLANK}."),
])
def test_the_words_a_question_asks_for_are_blanked_in_its_excerpts(sources: Bank,
                                                                   question_id: str,
                                                                   expected: str) -> None:
    assert panel(sources, question_id).excerpts[0].quotes == [expected]


def test_true_false_match_and_order_answers_are_not_words_to_blank() -> None:
    article = Article(id="a", file="a.txt", outlet="Paper")
    quote = "The dam opened in 1990 and the mill closed later."
    evidence = (Evidence("a", quote),)
    for q in (TrueFalseQuestion(id="t", topic=Topic.SOURCES, prompt="The dam opened in 1990.",
                                answer=True, evidence=evidence),
              OrderQuestion(id="o", topic=Topic.SOURCES, prompt="Order them.",
                            items=("The dam opened", "the mill closed"), evidence=evidence),
              MatchQuestion(id="m", topic=Topic.SOURCES, prompt="Match.", evidence=evidence,
                            pairs=(_pair("dam", "opened"), _pair("mill", "closed")))):
        bank = Bank(title="t", questions=(q,), articles=(article,))
        shown = source_panel(q, bank, random.Random(0))
        assert shown.excerpts[0].quotes == [quote] and not shown.neutral


# ---------------------------------------------------------------- the shipped deck


def test_the_shipped_decks_sources_questions_never_give_their_answer_away(shipped: Bank
                                                                          ) -> None:
    outlets = [a.outlet for a in shipped.articles if a.outlet]
    names = re.compile("|".join(rf"\b{re.escape(o)}\b" for o in outlets), re.I)
    neutral = labelled = 0
    for q in shipped.select(topics=("sources",)):
        shown = source_panel(q, shipped, random.Random(q.id))
        picked = _picked_texts(q)
        if any(names.search(text) for text in picked):  # it asks which outlet
            assert shown.neutral, q.id
        if shown.neutral:
            neutral += 1
            assert all(e.label and not e.outlet and not e.title for e in shown.excerpts)
            assert len(shown.key) == len(shown.excerpts) == len(q.article_ids)
            assert sorted(line.split(": ", 1)[1].split(", ")[0] for line in shown.key) == sorted(
                shipped.article(a).outlet for a in q.article_ids)
            for excerpt in shown.excerpts:
                assert not any(names.search(quote) for quote in excerpt.quotes), q.id
        else:
            labelled += 1
            assert [e.outlet for e in shown.excerpts] == [
                shipped.article(a).outlet for a in q.article_ids]
        answers = _answers(q)
        for excerpt in shown.excerpts:
            for quote in excerpt.quotes:
                assert any(_shows(quote, ev.quote) for ev in q.evidence), quote
                for answer in answers:
                    assert f" {fold(answer)} " not in f" {fold(quote)} ", (q.id, answer)
    assert neutral >= 4 and labelled >= 4


# ---------------------------------------------------------------- helpers


def _pair(left: str, right: str):
    from factdeck.bank.model import Pair

    return Pair(left, right)


def _picked_texts(q) -> list[str]:
    if isinstance(q, (ChoiceQuestion, MultiQuestion)):
        return list(q.options)
    if isinstance(q, TrueFalseQuestion):
        return [q.prompt]
    if isinstance(q, MatchQuestion):
        return [side for p in q.pairs for side in (p.left, p.right)]
    if isinstance(q, OrderQuestion):
        return list(q.items)
    if isinstance(q, ShortQuestion):
        return [q.answer, *q.accept]
    if isinstance(q, ClozeQuestion):
        return list(q.gaps)
    return []


def _answers(q) -> list[str]:
    if isinstance(q, ChoiceQuestion):
        return [q.answer]
    if isinstance(q, MultiQuestion):
        return list(q.answers)
    if isinstance(q, ShortQuestion):
        return [q.answer, *q.accept]
    if isinstance(q, ClozeQuestion):
        return list(q.gaps)
    return []


def _shows(shown: str, original: str) -> bool:
    """``shown`` is ``original`` with some words blanked: every other piece is kept, in order."""
    pos = 0
    folded = fold(original)
    for piece in (fold(p) for p in shown.split(BLANK)):
        if not piece:
            continue
        at = folded.find(piece, pos)
        if at < 0:
            return False
        pos = at + len(piece)
    return True
