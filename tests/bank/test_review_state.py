"""Status and flags in a bank: read, written back, indexed in the cache, refused when unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdeck.bank import cache as bankcache
from factdeck.bank.check import check_bank
from factdeck.bank.load import dump_bank, load_bank, save_bank
from factdeck.bank.model import (
    Article,
    Bank,
    ChoiceQuestion,
    Evidence,
    Flag,
    LazyQuestions,
    Status,
    Topic,
)
from factdeck.errors import BankError

ARTICLE = "The mayor of Eastport opened the new bridge on 3 May 2021. He said it was overdue.\n"

HEAD = """factdeck: 1
title: Bridges
articles:
  - {id: gazette, file: article.txt}
questions:
  - id: q1
    kind: choice
    topic: people
    prompt: Who opened the new bridge in Eastport?
    answer: The mayor
    distractors: [The governor]
"""
EVIDENCE = ("    evidence:\n"
            "      - {article: gazette, quote: The mayor of Eastport opened the new bridge}\n")


def _bank(tmp_path: Path, extra: str) -> Path:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "bank.yaml"
    path.write_text(HEAD + extra + EVIDENCE, encoding="utf-8")
    return path


def _question(qid: str, status: Status, flags: tuple[Flag, ...] = ()) -> ChoiceQuestion:
    return ChoiceQuestion(id=qid, topic=Topic.PEOPLE, prompt="Who opened the bridge?",
                          answer="The mayor", distractors=("The governor",),
                          evidence=(Evidence("gazette", "The mayor of Eastport"),),
                          status=status, flags=flags)


def test_a_missing_status_means_accepted_and_is_not_written(tmp_path: Path) -> None:
    bank = load_bank(_bank(tmp_path, ""), use_cache=False)
    assert bank.questions[0].status == Status.ACCEPTED
    assert bank.questions[0].flags == ()
    assert "status" not in dump_bank(bank)


def test_status_and_flags_are_read_and_written_back(tmp_path: Path) -> None:
    path = _bank(tmp_path, "    status: draft\n    flags: [speaker-from-pronoun]\n")
    bank = load_bank(path, use_cache=False)
    q = bank.questions[0]
    assert q.status is Status.DRAFT
    assert q.flags == (Flag.SPEAKER_FROM_PRONOUN,)
    text = dump_bank(bank)
    assert "status: draft" in text and "flags: [speaker-from-pronoun]" in text
    save_bank(bank, path)
    assert load_bank(path, use_cache=False) == bank
    assert check_bank(path).ok


@pytest.mark.parametrize(("extra", "key", "words"), [
    ("    status: drafted\n", "questions[0].status", "is not one of draft, accepted, rejected"),
    ("    status: [draft]\n", "questions[0].status", "is not one of"),
    ("    flags: [speaker-from-pronon]\n", "questions[0].flags[0]",
     "did you mean 'speaker-from-pronoun'"),
    ("    flags: speaker-from-pronoun\n", "questions[0].flags", "must be a list"),
])
def test_an_unknown_status_or_flag_is_an_error_with_its_line(
        tmp_path: Path, extra: str, key: str, words: str) -> None:
    path = _bank(tmp_path, extra)
    with pytest.raises(BankError) as caught:
        load_bank(path, use_cache=False)
    assert caught.value.line == 12
    assert key in str(caught.value) and words in str(caught.value)
    result = check_bank(path)
    assert [(p.line, p.key) for p in result.problems] == [(12, key)]


def test_the_cache_indexes_status_so_a_big_bank_filters_without_building(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bankcache, "_MIN_SIZE", 0)
    statuses = [Status.DRAFT, Status.ACCEPTED, Status.REJECTED] * 5
    questions = tuple(_question(f"q{i}", s, (Flag.PROMPT_MAY_NOT_STAND_ALONE,) if i % 2 else ())
                      for i, s in enumerate(statuses))
    bank = Bank(title="Big", articles=(Article(id="gazette", file="article.txt"),),
                questions=questions)
    path = tmp_path / "bank.yaml"
    save_bank(bank, path)
    load_bank(path)  # writes the cache
    cached = load_bank(path)
    assert isinstance(cached.questions, LazyQuestions)
    source = cached.questions._source
    assert [source.status(i) for i in range(len(statuses))] == statuses
    assert not any(source._built)  # found from the index alone
    assert tuple(cached.questions) == questions
    assert cached.questions[1].flags == (Flag.PROMPT_MAY_NOT_STAND_ALONE,)
