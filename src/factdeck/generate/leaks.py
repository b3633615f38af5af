"""Guards against questions that give their answer away.

A prompt about a post must not name the post, a "who said it" prompt must not
name the speaker, a date prompt must not carry the date, and a cloze must not
show its hidden words elsewhere in the text. Every generator asks here before
it keeps a question.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from factdeck.bank.model import PartialDate
from factdeck.textnorm import fold

_STOP = {"the", "of", "a", "an", "and", "in", "at", "on", "for", "to", "de", "la", "le", "du",
         "der", "von", "van", "al", "bin", "el", "st", "mr", "mrs", "ms", "dr", "jr", "sr", "ii",
         "iii", "iv"}


_fold = lru_cache(maxsize=1 << 16)(fold)  # the same article texts and names are folded often


def folded(text: str) -> str:
    """:func:`factdeck.textnorm.fold`, cached: the same names are folded again and again."""
    return _fold(text)


@lru_cache(maxsize=4096)
def words_of(text: str) -> frozenset[str]:
    """The folded words of a text, for a quick "cannot be there" test before a search."""
    return frozenset(_fold(text).split())


def could_hold(text: str, words: str) -> bool:
    """False when ``text`` cannot hold ``words`` (one of its words is missing): a quick test."""
    return set(_fold(words).split()) <= words_of(text)

_PARTICLES = {"le", "la", "de", "du", "des", "da", "di", "del", "della", "van", "von", "der", "den",
              "ter", "dos", "das", "al", "el", "bin", "ibn", "abu", "mac"}


@lru_cache(maxsize=1 << 14)
def _whole_words(w: str) -> re.Pattern[str]:
    """Compiled once per name: a term's thousands of names overflow ``re``'s own cache."""
    return re.compile(r"(?<!\w)" + re.escape(w) + r"(?!\w)")


def _has(text: str, words: str) -> bool:
    w = _fold(words)
    if not w or not set(w.split()) <= words_of(text):
        return False
    return _whole_words(w).search(_fold(text)) is not None


@lru_cache(maxsize=1 << 14)
def name_parts(name: str) -> tuple[str, ...]:
    """The parts of a name a reader would recognise it by: the whole name and its surname."""
    parts = [name]
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if len(words) > 1:
        last = words[-1]
        if fold(last) in _STOP or len(fold(last)) <= 2:  # "Albert II": the first name carries it
            last = words[0]
        elif len(words) > 2 and fold(words[-2]) in _PARTICLES:  # "Le Goff", "van der Berg"
            i = len(words) - 2
            while i > 1 and fold(words[i - 1]) in _PARTICLES:
                i -= 1
            last = " ".join(words[i:])
        parts.append(last)
        if "-" in last and fold(last.split("-", 1)[0]) in {"al", "el", "bin", "ibn"}:
            parts.append(last.split("-", 1)[1])
    return tuple(p for p in parts if len(fold(p)) >= 3)


def same_person(a: str, b: str) -> bool:
    """``Duclos`` and ``Anne Duclos`` may be one person; ``Ana Kovac`` and ``Ivo Kovac`` are not."""
    wa, wb = _fold(a).split(), _fold(b).split()
    if wa == wb:
        return True
    if not wa or not wb or wa[-1] != wb[-1] or wa[-1] in _STOP or len(wa[-1]) <= 2:
        return False  # another surname, or "Albert II" and "Henri II"
    short, long = sorted((wa, wb), key=len)
    if long[len(long) - len(short):] == short:  # "Duclos" in "Anne Duclos"
        return True
    first_s, first_l = short[0], long[0]
    return first_s == first_l or (len(first_s) == 1 and first_l.startswith(first_s))


def names_in(text: str, name: str) -> bool:
    """``text`` names the person ``name`` (full name or surname)."""
    return any(_has(text, part) for part in name_parts(name))


def post_in(text: str, post: str) -> bool:
    """``text`` names the post (all its content words appear, in any order)."""
    words = [w for w in _fold(post).split() if w not in _STOP]
    return bool(words) and all(w in words_of(text) for w in words)


def text_in(text: str, answer: str) -> bool:
    """``text`` holds ``answer`` as whole words (case, accents and punctuation ignored)."""
    return _has(text, answer)


def date_forms(date: PartialDate) -> list[str]:
    """How a date may be written: ``2016``, ``October 2016``, ``October 19``, ``19 October``."""
    forms = [str(date.year)]
    if date.month is not None:
        month = _dt.date(2000, date.month, 1).strftime("%B")
        short = month[:3]
        if date.day is not None:
            forms += [f"{month} {date.day}", f"{date.day} {month}", f"{short} {date.day}",
                      f"{date.day} {short}", str(date)]
        else:
            forms += [f"{month} {date.year}", f"{short} {date.year}"]
    return forms


def date_in(text: str, date: PartialDate) -> bool:
    """``text`` spells out ``date`` (its year, or its month and day)."""
    forms = date_forms(date)
    if date.precision == "day":
        forms = forms[1:]  # a year alone does not give a day away
    return any(_has(text, f) for f in forms)


@lru_cache(maxsize=16)
def _by_first_word(names: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for name in names:
        words = _fold(name).split()
        if words:
            index.setdefault(words[0], []).append(name)
    return {w: tuple(found) for w, found in index.items()}


def candidates(text: str, names: tuple[str, ...]) -> list[str]:
    """The names of a long list (places of the world) whose every word ``text`` holds, in the
    list's order: only these are worth an exact search, so a text costs what it names, not
    what the list holds."""
    index = _by_first_word(names)
    words = words_of(text)
    found = {n for w in words for n in index.get(w, ()) if could_hold(text, n)}
    return [n for n in names if n in found]


@lru_cache(maxsize=1 << 12)
def standalone(name: str, *, possessive: bool = True) -> re.Pattern[str]:
    """A name as a whole word of a text, not part of a hyphenated one ("Indo-Pacific"); with
    ``possessive=False`` not as a possessive either ("Delhi's")."""
    after = r"(?![\w-])" if possessive else r"(?![\w-]|['\u2019]s)"
    return re.compile(rf"(?<![\w-]){re.escape(name)}{after}")
