"""The builder's doubts about a question, as flags and as ``check --lint`` warnings.

A generated question can be well formed and still be poor: a prompt that
leans on the article ("what did he announce?"), a speaker known only from
"he said", a weekday turned into a date with no dateline to anchor it, an
answer given away by the prompt. ``factdeck build`` writes the first three as
flags for the teacher who reviews the bank; ``factdeck check --lint`` reports
all of them, for any bank, as warnings that never fail it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factdeck.bank.model import (
    Bank,
    ChoiceQuestion,
    Flag,
    MultiQuestion,
    Question,
    ShortQuestion,
    Topic,
)
from factdeck.lexicon.speech import SPEECH_VERBS
from factdeck.textnorm import fold

# Words that point back to someone named earlier in the article; a prompt holding one,
# outside quotation marks, may not be understood on its own.
_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers|they|them)\b", re.I)
# A quoted passage: "...", “...”, or ‘...’ (pronouns inside are the speaker's own words).
_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|\u2018[^\u2019]*\u2019")
_SPEECH = "|".join(sorted((re.escape(v) for v in SPEECH_VERBS if " " not in v), key=len,
                          reverse=True))
# An attribution made with a pronoun: "he said", "she told reporters", "said he".
_PRONOUN_SPEAKER = re.compile(
    rf"""\b(?:he|she)\s+(?:{_SPEECH})\b    # he said, she added
         | \b(?:{_SPEECH})\s+(?:he|she)\b  # said he
    """, re.I | re.X)
# A capitalised word that does not open a sentence: a name a pronoun may point back to.
# ("each person ... them": a quantifier the pronoun refers to is as good as a name)
_NAME_BEFORE = re.compile(r"(?<![.?!:]\s)(?<!^)\b[A-Z][\w'-]*|(?i:\b(?:each|every|both)\b)")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_WORD = re.compile(r"\w+")


def _unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)


def prompt_leans_on_context(q: Question) -> bool:
    """True when the prompt, outside quotation marks, holds a pronoun with no name before it
    to point back to ("what did he say?", not "Moreau met Lindqvist before he met Petrov").
    A cloze's text is a passage of the article: its pronouns are the writer's, not checked."""
    prompt = _unquoted(q.prompt)
    for found in _PRONOUN.finditer(prompt):
        if not _NAME_BEFORE.search(prompt[:found.start()]):
            return True
    return False


def speaker_from_pronoun(q: Question) -> bool:
    """True for a quotes question whose evidence attributes the words with 'he/she said'
    and does not name the speaker the question gives as its answer."""
    if q.topic is not Topic.QUOTES:
        return False
    evidence = " ".join(e.quote for e in q.evidence)
    if not _PRONOUN_SPEAKER.search(_unquoted(evidence)):
        return False
    if isinstance(q, (ChoiceQuestion, ShortQuestion)):
        words = [w for w in _WORD.findall(q.answer) if w[:1].isupper()]
        return not words or not any(re.search(rf"\b{re.escape(w)}\b", evidence) for w in words)
    return True


def date_without_publication_date(q: Question, bank: Bank) -> bool:
    """True for a dated question whose evidence states no year and whose article has no
    publication date: the date was worked out from words such as 'on Monday'."""
    if q.topic is not Topic.DATES:
        return False
    for ev in q.evidence:
        article = bank.article(ev.article)
        if article is not None and article.published is None and not _YEAR.search(ev.quote):
            return True
    return False


def doubts(q: Question, bank: Bank) -> tuple[Flag, ...]:
    """The builder's flags for a question of ``bank`` (whose articles it cites)."""
    flags = []
    if prompt_leans_on_context(q):
        flags.append(Flag.PROMPT_MAY_NOT_STAND_ALONE)
    if speaker_from_pronoun(q):
        flags.append(Flag.SPEAKER_FROM_PRONOUN)
    if date_without_publication_date(q, bank):
        flags.append(Flag.DATE_WITHOUT_PUBLICATION_DATE)
    return tuple(flags)


def _options(q: Question) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(right answers, wrong options) of a question with options; empty for other kinds."""
    if isinstance(q, ChoiceQuestion):
        return (q.answer,), q.distractors
    if isinstance(q, MultiQuestion):
        return q.answers, q.distractors
    return (), ()


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _contains_words(whole: list[str], part: list[str]) -> bool:
    n = len(part)
    return bool(part) and any(whole[i:i + n] == part for i in range(len(whole) - n + 1))


def warnings(q: Question, bank: Bank) -> Iterator[tuple[str, str]]:
    """``(key relative to the question, message)`` for each doubt about ``q``."""
    if prompt_leans_on_context(q):
        yield "prompt", "may not stand alone: it holds a pronoun pointing back into the article"
    if speaker_from_pronoun(q):
        yield "evidence", "the speaker is known only from 'he/she said' in the evidence"
    if date_without_publication_date(q, bank):
        yield "evidence", ("the date was worked out without the article's publication date "
                           "(the evidence states no year)")
    answers, wrong = _options(q)
    if isinstance(q, ShortQuestion):
        answers = (q.answer,)
    prompt = _words(_unquoted(q.prompt))
    for answer in answers:
        answer_words = _words(answer)
        if len(" ".join(answer_words)) >= 4 and _contains_words(prompt, answer_words):
            yield "prompt", f"gives the answer away: {answer!r} appears in it"
    seen: dict[str, str] = {}
    for option in (*answers, *wrong):
        key = " ".join(_words(option))
        if key in seen and seen[key] != option:
            yield "distractors", f"{option!r} and {seen[key]!r} are the same option"
        seen.setdefault(key, option)
    for option in wrong:
        option_words = _words(option)
        for answer in answers:
            answer_words = _words(answer)
            if option_words != answer_words and (_contains_words(option_words, answer_words)
                                                 or _contains_words(answer_words, option_words)):
                yield "distractors", (f"{option!r} may be the answer {answer!r} in another form")


def lint_bank(bank: Bank) -> list[tuple[str, str]]:
    """Every warning of a bank, as ``(key path, message)`` in question order."""
    return [(f"questions[{i}].{key}", message)
            for i, q in enumerate(bank.questions) for key, message in warnings(q, bank)]
