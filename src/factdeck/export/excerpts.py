"""What a ``sources`` question shows of its outlets, without giving its answer away.

A sources question prints each outlet's excerpt side by side. Labelled with
outlet and date, the excerpts are the material to compare, but when the
question asks *which outlet* said something (its options, pairs or statement
name an outlet, quote a headline, or give a publication date) the labels
would answer it. Such questions get neutral labels ("Excerpt 1", ...) in an
order shuffled from the seed, and the answer key says which excerpt is which
outlet. Separately, an excerpt never shows the words a student is asked to
write or pick: those are blanked with a line, the rest of the quote is kept.

Everything here is pure computation on the model; the worksheet renders it.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from factdeck.bank.model import (
    Article,
    Bank,
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    PartialDate,
    Question,
    ShortQuestion,
    TrueFalseQuestion,
)
from factdeck.textnorm import normalize_quotes

BLANK = "_____"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
# words too common in outlet names to stand for one outlet on their own
_GENERIC_NAME_WORDS = frozenset({
    "News", "Daily", "Weekly", "Online", "Today", "International", "World", "Media", "Press",
    "Network", "Agency", "Radio", "Television", "Channel", "Journal", "Magazine", "Review",
})
_NOT_PLAIN = re.compile(r"^\s|\s\s|[^\S ]|`")  # what folding would change in ASCII text
_MIN_TITLE_WORDS = 3  # a shorter option found inside a headline is a coincidence


@dataclass(slots=True)
class Excerpt:
    """What one outlet wrote, shown beside the others in a sources question.

    ``label`` is set ("Excerpt 2") when the outlet must not be named; then
    ``outlet``, ``date`` and ``title`` are empty.
    """

    outlet: str
    date: str
    title: str
    quotes: list[str]
    label: str = ""


@dataclass(slots=True)
class SourcePanel:
    """The excerpts of one question and, when they are unlabelled, which is which."""

    excerpts: list[Excerpt] = field(default_factory=list)
    key: list[str] = field(default_factory=list)

    @property
    def neutral(self) -> bool:
        return bool(self.key)


def human_date(date: _dt.date | None) -> str:
    """``13 October 2016``, spelled out so the sheet never depends on the locale."""
    if date is None:
        return "date unknown"
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def short_source(article_id: str, article: Article | None) -> str:
    """An excerpt's source as the key names it: the outlet, and the date when known."""
    if article is None:
        return f"article {article_id} (not in the bank)"
    name = article.outlet or (f"\u201c{article.title}\u201d" if article.title else article_id)
    return f"{name}, {human_date(article.published)}" if article.published else name


# ---------------------------------------------------------------- matching


@dataclass(frozen=True, slots=True)
class _Needle:
    """A phrase to find in a text: folded (case and accents ignored) unless ``exact``."""

    text: str
    exact: bool = False


@lru_cache(maxsize=4096)
def _fold_char(ch: str, exact: bool) -> str:
    out = unicodedata.normalize("NFKD", normalize_quotes(ch))
    out = "".join(c for c in out if not unicodedata.combining(c))
    out = " " if out.isspace() else out
    return out if exact else out.lower()


def _folded(text: str, exact: bool) -> tuple[str, list[int]]:
    """``text`` folded for matching, and for each folded character its index in ``text``."""
    if text.isascii() and not _NOT_PLAIN.search(text):  # the common case, kept fast
        return (text if exact else text.lower()), list(range(len(text) + 1))
    return _folded_slow(text, exact)


def _folded_slow(text: str, exact: bool) -> tuple[str, list[int]]:
    """:func:`_folded` character by character, for any text."""
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for out in _fold_char(ch, exact):
            if out == " " and (not chars or chars[-1] == " "):
                continue
            chars.append(out)
            where.append(i)
    where.append(len(text))
    return "".join(chars), where


@lru_cache(maxsize=4096)
def _needle_form(needle: _Needle) -> str:
    folded, _ = _folded(needle.text, needle.exact)
    return folded.strip().rstrip(".,;:!?").strip()


def _spans(text: str, needles: Iterable[_Needle]) -> list[tuple[int, int]]:
    """Where the needles occur in ``text`` as whole words, longest first, not overlapping."""
    forms = {(_needle_form(n), n.exact) for n in needles}
    forms = {(form, exact) for form, exact in forms
             if form and any(c.isalnum() for c in form)
             and not (len(form) == 1 and form.isalpha())}
    found: list[tuple[int, int]] = []
    views = {exact: _folded(text, exact) for exact in (False, True)}
    for form, exact in sorted(forms, key=lambda f: (-len(f[0]), f[0], f[1])):
        hay, where = views[exact]
        for m in re.finditer(re.escape(form), hay):
            start, end = m.span()
            if form[0].isalnum() and start > 0 and hay[start - 1].isalnum():
                continue
            if form[-1].isalnum() and end < len(hay) and hay[end].isalnum():
                continue
            span = (where[start], where[end - 1] + 1)
            if not any(s < span[1] and span[0] < e for s, e in found):
                found.append(span)
    return sorted(found)


def mentions(text: str, needles: Iterable[_Needle]) -> bool:
    """True when one of the needles occurs in ``text`` as whole words."""
    return bool(_spans(text, needles))


def blank_out(text: str, needles: Iterable[_Needle], blank: str = BLANK) -> str:
    """``text`` with every occurrence of a needle replaced by a line; the rest is kept."""
    out = []
    pos = 0
    for start, end in _spans(text, needles):
        out.append(text[pos:start])
        out.append(blank)
        pos = end
    out.append(text[pos:])
    return "".join(out)


# ---------------------------------------------------------------- what gives an answer away


def outlet_needles(outlets: Iterable[str]) -> list[_Needle]:
    """Ways a text names one of the outlets: the full name, the name without a leading "The",
    and a capitalised word of the name no other outlet shares (``Herald`` for "Lindmoor
    Herald"); all as written, so ordinary words do not count, except that a name in capitals
    or with a number (``FRANCE 24``) may be written in any case."""
    names = [o for o in dict.fromkeys(outlets) if o and o.strip()]
    words_of = {name: re.findall(r"[^\W\d_][\w'-]*", name) for name in names}
    needles: list[_Needle] = []
    for name in names:
        # "France 24" names FRANCE 24, but "the hill" does not name The Hill
        shouting = name.upper() == name or any(c.isdigit() for c in name)
        needles.append(_Needle(name, exact=not shouting))
        if re.match(r"(?i)the\s+\S", name):
            needles.append(_Needle(name.split(None, 1)[1], exact=True))
        for word in words_of[name]:
            shared = any(word in words for other, words in words_of.items() if other != name)
            if (len(word) >= 4 and word[0].isupper() and not shared
                    and word not in _GENERIC_NAME_WORDS and word.lower() != "the"):
                needles.append(_Needle(word, exact=True))
    return needles


def choice_texts(question: Question) -> list[str]:
    """The texts a student picks from, writes, joins or sorts (a true/false: its statement)."""
    if isinstance(question, (ChoiceQuestion, MultiQuestion)):
        return list(question.options)
    if isinstance(question, TrueFalseQuestion):
        return [question.prompt]
    if isinstance(question, ShortQuestion):
        return [question.answer, *question.accept]
    if isinstance(question, ClozeQuestion):
        return list(question.gaps)
    if isinstance(question, MatchQuestion):
        return [side for pair in question.pairs for side in (pair.left, pair.right)]
    if isinstance(question, OrderQuestion):
        return list(question.items)
    return []  # a date question: see _date_reveals


def answer_needles(question: Question) -> list[_Needle]:
    """The words the question asks for, which no excerpt may show."""
    if isinstance(question, ChoiceQuestion):
        return [_Needle(question.answer)]
    if isinstance(question, MultiQuestion):
        return [_Needle(a) for a in question.answers]
    if isinstance(question, ShortQuestion):
        return [_Needle(a) for a in (question.answer, *question.accept)]
    if isinstance(question, ClozeQuestion):
        return [_Needle(g) for g in question.gaps]
    if isinstance(question, DateQuestion):
        return [_Needle(form) for form in _date_forms(question.date)]
    return []  # true/false, match, order: the answer is a choice of marks, not words


def _date_forms(date: PartialDate) -> list[str]:
    """How a text may write this date, to the date's precision."""
    if date.month is None:
        return [f"{date.year:04d}"]
    month = _MONTHS[date.month - 1]
    if date.day is None:
        return [f"{month} {date.year}", f"{date.year:04d}-{date.month:02d}"]
    return [f"{date.day} {month} {date.year}", f"{month} {date.day}, {date.year}",
            f"{month} {date.day} {date.year}", f"{date.day} {month}", f"{month} {date.day}",
            str(date)]


def _date_reveals(question: Question, articles: Sequence[Article]) -> bool:
    """A label's publication date would answer the question: the answer is that date (to the
    answer's precision), or an option writes it out."""
    dates = [a.published for a in articles if a.published]
    if not dates:
        return False
    if isinstance(question, DateQuestion):
        wanted = question.date
        return any(PartialDate(d.year, d.month if wanted.month else None,
                               d.day if wanted.day else None) == wanted for d in dates)
    if isinstance(question, TrueFalseQuestion):
        return False  # a statement naming a month is not a question about the label
    needles = [_Needle(form) for d in dates
               for form in _date_forms(PartialDate(d.year, d.month, d.day))]
    needles += [_Needle(f"{_MONTHS[d.month - 1]} {d.year}") for d in dates]
    return any(mentions(text, needles) for text in choice_texts(question))


def _title_reveals(question: Question, articles: Sequence[Article]) -> bool:
    """An option is a headline of the excerpts (or holds one, or a good part of one)."""
    titles = [_needle_form(_Needle(a.title)) for a in articles if a.title and a.title.strip()]
    for text in choice_texts(question):
        form = _needle_form(_Needle(text))
        if not form:
            continue
        for title in titles:
            if title and (title in form
                          or (len(form.split()) >= _MIN_TITLE_WORDS and form in title)):
                return True
    return False


def reveals_source(question: Question, bank: Bank, articles: Sequence[Article]) -> bool:
    """True when outlet and date labels on the excerpts would give the answer away."""
    named = outlet_needles(a.outlet for a in bank.articles if a.outlet)
    if any(mentions(text, named) for text in choice_texts(question)):
        return True
    return _title_reveals(question, articles) or _date_reveals(question, articles)


# ---------------------------------------------------------------- the panel


def source_panel(question: Question, bank: Bank, rng: random.Random) -> SourcePanel:
    """The excerpts of a sources question, one per article, labelled or neutral.

    ``rng`` orders neutral excerpts; it is drawn from only when they are neutral.
    """
    grouped: dict[str, list[str]] = {}
    for ev in question.evidence:
        grouped.setdefault(ev.article, []).append(ev.quote)
    articles = {aid: bank.article(aid) for aid in grouped}
    known = [a for a in articles.values() if a is not None]
    neutral = reveals_source(question, bank, known)
    hide = answer_needles(question)
    if neutral:  # the quotes must not name the outlets or headlines the labels leave out
        hide += outlet_needles(a.outlet for a in bank.articles if a.outlet)
        hide += [_Needle(a.title) for a in known if a.title]
    panel = SourcePanel()
    for article_id, quotes in grouped.items():
        article = articles[article_id]
        shown = list(dict.fromkeys(blank_out(q, hide) for q in quotes))
        if neutral:
            panel.excerpts.append(Excerpt("", "", "", shown))
        else:
            panel.excerpts.append(Excerpt(
                outlet=(article.outlet if article and article.outlet else "Unknown outlet"),
                date=human_date(article.published if article else None),
                title=blank_out(article.title or "", hide) if article else "",
                quotes=shown,
            ))
    if neutral:
        order = list(range(len(panel.excerpts)))
        rng.shuffle(order)
        sources = list(articles.items())
        panel.excerpts = [panel.excerpts[i] for i in order]
        for n, (excerpt, index) in enumerate(zip(panel.excerpts, order, strict=True), 1):
            excerpt.label = f"Excerpt {n}"
            article_id, article = sources[index]
            panel.key.append(f"Excerpt {n}: {short_source(article_id, article)}")
    return panel
