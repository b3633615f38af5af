"""Printable worksheets: a bank as the paper a teacher hands to a class.

The worksheet is built in two steps so each can be tested on its own: first a
plain *view* of the sheet (versions, sections, numbered items, their keys and
the reading passages) is computed from the banks and the options, then jinja2
renders it with autoescaping, so no bank or article string can ever become
markup. Every random choice (which questions, their order, the order of the
options) comes from ``random.Random`` seeded with a string built from
``--seed``, the version letter and the question, so the same seed gives the
same bytes on every machine, and a question keeps its shuffle when others are
added or removed. Nothing time-dependent is written.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factdeck import atomic
from factdeck.bank.model import (
    Article,
    Bank,
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    Kind,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    PartialDate,
    Question,
    ShortQuestion,
    Topic,
    TrueFalseQuestion,
)
from factdeck.errors import ArticleError, ExportError
from factdeck.export.excerpts import Excerpt, human_date, source_panel
from factdeck.textnorm import normalize_evidence, normalize_quotes, normalize_space

PASSAGE_MODES = ("none", "quoted", "full")
KEY_MODES = ("appendix", "separate", "none")
MAX_VERSIONS = 26
LINE_WIDTH = 102  # characters per numbered passage line; fits the printable width of A4 and Letter
FOOTER_TITLE_MAX = 70
LINE_LABEL_EVERY = 5  # print the number of every fifth passage line, as textbooks do


@dataclass(frozen=True, slots=True)
class Paper:
    """A paper size and the margins printed around the sheet, in millimetres."""

    name: str
    css_size: str
    width_mm: float
    height_mm: float
    margin_x_mm: float = 16.0
    margin_top_mm: float = 14.0
    margin_bottom_mm: float = 18.0

    @property
    def printable_width_mm(self) -> float:
        return round(self.width_mm - 2 * self.margin_x_mm, 1)


PAPERS: dict[str, Paper] = {
    "a4": Paper("A4", "A4", 210.0, 297.0),
    "letter": Paper("Letter", "letter", 215.9, 279.4, margin_x_mm=18.0),
}

SECTION_TITLES: dict[Topic, str] = {
    Topic.DATES: "Dates and order of events",
    Topic.PEOPLE: "People",
    Topic.POSITIONS: "Posts held and stances taken",
    Topic.QUOTES: "Quotes",
    Topic.SOURCES: "Comparing the sources",
}
SECTION_INSTRUCTIONS: dict[Topic, str] = {
    Topic.DATES: "When did it happen? Answer as precisely as each question asks.",
    Topic.PEOPLE: "Who is who, and who did what?",
    Topic.POSITIONS: "Which post did each person hold, and which stance did they take?",
    Topic.QUOTES: "Who said it, and what exactly did they say?",
    Topic.SOURCES: "Each question shows what different outlets published, side by side. "
                   "Read every excerpt before you answer.",
}
KIND_HINTS: dict[Kind, str] = {
    Kind.CHOICE: "Circle one letter.",
    Kind.MULTI: "Tick every correct answer; there may be more than one.",
    Kind.TRUEFALSE: "Circle T (true) or F (false).",
    Kind.SHORT: "Write your answer on the line.",
    Kind.DATE: "",  # set per question from the answer's precision
    Kind.CLOZE: "Write the missing word or words in each numbered blank.",
    Kind.MATCH: "Write the letter of the matching item in each box.",
    Kind.ORDER: "",  # set per question from the number of items
}
NEUTRAL_HINT = "The excerpts are not labelled with their sources."
_DATE_HINTS = {
    "day": "Give the day, month and year.",
    "month": "Give the month and year.",
    "year": "Give the year.",
}


@dataclass(frozen=True, slots=True)
class WorksheetOptions:
    """What the teacher asked for; the CLI fills it from its options."""

    count: int | None = None
    paper: str = "a4"
    passages: str = "none"
    versions: int = 1
    seed: int = 0
    answer_key: str = "appendix"
    topics: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    def validate(self) -> None:
        """Refuse impossible options with a clear message (the CLI checks most of them too)."""
        if self.paper not in PAPERS:
            raise ExportError(f"unknown paper {self.paper!r}; use one of {', '.join(PAPERS)}")
        if self.passages not in PASSAGE_MODES:
            raise ExportError(f"unknown passages mode {self.passages!r}; use one of "
                              f"{', '.join(PASSAGE_MODES)}")
        if self.answer_key not in KEY_MODES:
            raise ExportError(f"unknown answer key mode {self.answer_key!r}; use one of "
                              f"{', '.join(KEY_MODES)}")
        if not 1 <= self.versions <= MAX_VERSIONS:
            raise ExportError(f"--versions must be between 1 and {MAX_VERSIONS}, "
                              f"not {self.versions}")
        if self.count is not None and self.count < 1:
            raise ExportError(f"--count must be at least 1, not {self.count}")


# ---------------------------------------------------------------- the view


@dataclass(slots=True)
class Option:
    """A lettered option of a choice or multi question."""

    letter: str
    text: str
    correct: bool


@dataclass(slots=True)
class KeyEvidence:
    """One evidence quote in the answer key, with its source and where it is in the passages."""

    quote: str
    source: str
    where: str


@dataclass(slots=True)
class Item:
    """One numbered question as printed on one version."""

    number: int
    kind: str
    topic: str
    question_id: str
    points: int
    prompt: str
    hint: str
    key_short: str
    key_lines: list[str]
    evidence: list[KeyEvidence]
    explanation: str
    refs: str = ""
    key_note: str = ""
    options: list[Option] = field(default_factory=list)
    segments: list[tuple[str, int | None]] = field(default_factory=list)
    left: list[tuple[int, str]] = field(default_factory=list)
    right: list[tuple[str, str]] = field(default_factory=list)
    rows: list[tuple[str, str]] = field(default_factory=list)
    excerpts: list[Excerpt] = field(default_factory=list)
    excerpt_key: list[str] = field(default_factory=list)  # which outlet each neutral excerpt is


@dataclass(slots=True)
class Section:
    """The questions of one topic, with their instructions."""

    number: int
    topic: str
    title: str
    instructions: str
    items: list[Item]

    @property
    def points(self) -> int:
        return sum(item.points for item in self.items)


@dataclass(slots=True)
class Version:
    """One version (A, B, ...) of the sheet: same questions, its own order and key."""

    letter: str
    sections: list[Section]

    @property
    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    @property
    def points(self) -> int:
        return sum(section.points for section in self.sections)


@dataclass(slots=True)
class PassageLine:
    """A printed line of a passage; ``number`` is None for the ``[…]`` between excerpts."""

    number: int | None
    text: str
    label: str = ""
    first_of_paragraph: bool = False


@dataclass(slots=True)
class Passage:
    """A numbered reading passage: an article, whole or only its quoted paragraphs."""

    number: int
    outlet: str
    title: str
    author: str
    date: str
    complete: bool
    lines: list[PassageLine]


@dataclass(slots=True)
class Worksheet:
    """Everything the template needs, computed once."""

    title: str
    description: str
    paper: Paper
    versions: list[Version]
    passages: list[Passage]
    answer_key: str
    question_count: int
    story: str = ""  # the story the questions are about, shown above them

    @property
    def points(self) -> int:
        return self.versions[0].points if self.versions else 0

    @property
    def short_title(self) -> str:
        """The title as it fits in a page footer."""
        if len(self.title) <= FOOTER_TITLE_MAX:
            return self.title
        return self.title[:FOOTER_TITLE_MAX - 1].rstrip() + "\u2026"


# ---------------------------------------------------------------- selection


@dataclass(frozen=True, slots=True)
class _Entry:
    """A selected question with the bank it comes from."""

    bank_no: int
    bank: Bank
    question: Question

    @property
    def uid(self) -> str:
        return f"{self.bank_no}:{self.question.id}"


def select_questions(banks: Sequence[Bank], options: WorksheetOptions) -> list[_Entry]:
    """The questions the sheet will hold, in bank order.

    With ``--count`` the sample is spread over the topics and, within a topic,
    over the kinds, so a short sheet still tests every category present.
    """
    pool = [_Entry(no, bank, q) for no, bank in enumerate(banks)
            for q in bank.select(topics=options.topics, kinds=options.kinds, tags=options.tags)]
    if not pool:
        wanted = [f"{name} {', '.join(values)}" for name, values in
                  (("topic", options.topics), ("kind", options.kinds), ("tag", options.tags))
                  if values]
        raise ExportError("no question matches the selection"
                          + (f" ({'; '.join(wanted)})" if wanted else " (the bank is empty)"))
    if options.count is None or options.count >= len(pool):
        return pool
    rng = random.Random(f"factdeck-worksheet:{options.seed}:select")
    queues: list[list[_Entry]] = []
    for topic in Topic:
        by_kind: dict[Kind, list[_Entry]] = {}
        for entry in pool:
            if entry.question.topic == topic:
                by_kind.setdefault(entry.question.kind, []).append(entry)
        kinds = list(by_kind.values())
        rng.shuffle(kinds)
        for group in kinds:
            rng.shuffle(group)
        interleaved = [group[i] for i in range(max(map(len, kinds), default=0))
                       for group in kinds if i < len(group)]
        if interleaved:
            queues.append(interleaved)
    chosen: set[str] = set()
    while len(chosen) < options.count:
        for queue in queues:
            if queue and len(chosen) < options.count:
                chosen.add(queue.pop(0).uid)
    return [entry for entry in pool if entry.uid in chosen]


# ---------------------------------------------------------------- passages


@dataclass(slots=True)
class _Paragraph:
    text: str  # whitespace-normalised, as printed
    search: str  # the same with plain quotes, as evidence is looked up
    to_text: list[int]  # index in ``search`` -> index in ``text``


@dataclass(slots=True)
class _Located:
    """Where a quote lies in an article: (paragraph, offset) of its start and its end."""

    start: tuple[int, int]
    end: tuple[int, int]


def _block_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every blank-line separated block of a text."""
    spans = []
    pos = 0
    for gap in re.finditer(r"\n\s*\n", text):
        spans.append((pos, gap.start()))
        pos = gap.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _paragraphs(blocks: Sequence[str]) -> list[_Paragraph]:
    """Paragraphs as printed (white space collapsed, Markdown heading marks dropped)."""
    out = []
    for block in blocks:
        block = re.sub(r"(?m)^\s{0,3}#{1,6}\s+", "", unicodedata.normalize("NFC", block))
        text = normalize_space(block)
        if not text:
            continue
        search_chars: list[str] = []
        to_text: list[int] = []
        for i, ch in enumerate(text):
            for out_ch in normalize_quotes(ch):
                if out_ch.isspace() and search_chars and search_chars[-1] == " ":
                    continue
                search_chars.append(" " if out_ch.isspace() else out_ch)
                to_text.append(i)
        to_text.append(len(text))
        out.append(_Paragraph(text, "".join(search_chars), to_text))
    return out


def _locate(paragraphs: list[_Paragraph], quote: str) -> _Located | None:
    """Find a quote (possibly across paragraphs) in the article; None when it is not there."""
    needle = normalize_evidence(quote)
    if not needle:
        return None
    joined = " ".join(p.search for p in paragraphs)
    at = joined.find(needle)
    if at < 0:
        return None
    starts = []
    pos = 0
    for p in paragraphs:
        starts.append(pos)
        pos += len(p.search) + 1

    def place(offset: int) -> tuple[int, int]:
        for index in range(len(paragraphs) - 1, -1, -1):
            if offset >= starts[index]:
                local = min(offset - starts[index], len(paragraphs[index].search))
                return index, paragraphs[index].to_text[local]
        return 0, 0

    return _Located(place(at), place(at + len(needle)))


def _wrap(text: str, width: int = LINE_WIDTH) -> list[tuple[int, int]]:
    """Greedy word wrap returning (start, end) offsets of each line in ``text``."""
    lines: list[tuple[int, int]] = []
    start = end = None
    for word in re.finditer(r"\S+", text):
        w_start, w_end = word.span()
        while w_end - w_start > width:  # a long URL: cut it into full lines
            if start is not None:
                lines.append((start, end))
                start = None
            lines.append((w_start, w_start + width))
            w_start += width
        if start is None:
            start, end = w_start, w_end
        elif w_end - start <= width:
            end = w_end
        else:
            lines.append((start, end))
            start, end = w_start, w_end
    if start is not None:
        lines.append((start, end))
    return lines


def _article_paragraphs(bank: Bank, article: Article, quotes: Sequence[str]
                        ) -> tuple[list[_Paragraph], dict[str, _Located | None]]:
    """The paragraphs to print from an article and where each quote lies in them.

    The article's body (without headline, byline, share counts and other page
    furniture, as :mod:`factdeck.articles` finds it) is preferred; when a
    quote lies outside it, say in a photo caption, the whole text is used so
    every reference points at a printed line.
    """
    from factdeck.articles import read_article

    try:
        path = bank.article_path(article)
    except ValueError as exc:
        raise ArticleError(str(exc)) from None
    try:
        source = read_article(path)
    except ArticleError as exc:
        raise ArticleError(f"article {article.id!r} (needed for --passages): {exc}") from None
    text = source.text
    raw = _block_spans(text)
    candidates = [raw]
    if source.body:
        body = list(source.body)
        candidates.insert(0, body)
        # a quote outside the body (a caption, a byline): add just the block holding it
        outside = [span for span in raw if not any(s < span[1] and span[0] < e for s, e in body)]
        quoted = [span for span in outside
                  if any(normalize_evidence(q) in normalize_evidence(text[span[0]:span[1]])
                         for q in quotes)]
        if quoted:
            candidates.insert(1, sorted(body + quoted))
    for spans in candidates:
        paragraphs = _paragraphs([text[s:e] for s, e in spans])
        located = {q: _locate(paragraphs, q) for q in dict.fromkeys(quotes)}
        if all(located.values()):
            break
    return paragraphs, located


def build_passages(entries: Sequence[_Entry], mode: str
                   ) -> tuple[list[Passage], dict[tuple[int, str, str], tuple[int, int, int]]]:
    """The reading passages and, per (bank, article, quote), its (passage, first, last line)."""
    if mode == "none":
        return [], {}
    wanted: dict[tuple[int, str], list[str]] = {}
    for entry in entries:
        for ev in entry.question.evidence:
            wanted.setdefault((entry.bank_no, ev.article), []).append(ev.quote)
    banks = {entry.bank_no: entry.bank for entry in entries}
    ordered = []
    for bank_no in sorted(banks):
        bank = banks[bank_no]
        known = [a.id for a in bank.articles]
        for article_id in known + sorted({a for b, a in wanted if b == bank_no} - set(known)):
            if (bank_no, article_id) in wanted:
                ordered.append((bank_no, article_id))
    passages: list[Passage] = []
    refs: dict[tuple[int, str, str], tuple[int, int, int]] = {}
    for bank_no, article_id in ordered:
        bank = banks[bank_no]
        article = bank.article(article_id)
        if article is None:
            continue  # evidence naming no article: 'factdeck check' reports it
        paragraphs, located = _article_paragraphs(bank, article, wanted[bank_no, article_id])
        if mode == "full":
            shown = list(range(len(paragraphs)))
            if shown and article.title and paragraphs[0].text == normalize_space(article.title):
                shown.pop(0)  # the headline is printed above the passage already
        else:
            marks: set[int] = set()
            for where in located.values():
                if where is not None:
                    marks.update(range(where.start[0], where.end[0] + 1))
            shown = sorted(marks)
        if not shown:
            continue
        number = len(passages) + 1
        lines: list[PassageLine] = []
        spans: dict[int, list[tuple[int, int, int]]] = {}
        previous = None
        line_no = 0
        for index in shown:
            if mode != "full" and previous is not None and index != previous + 1:
                lines.append(PassageLine(None, "[\u2026]"))
            previous = index
            text = paragraphs[index].text
            for n, (start, end) in enumerate(_wrap(text)):
                line_no += 1
                label = str(line_no) if line_no % LINE_LABEL_EVERY == 0 or line_no == 1 else ""
                lines.append(PassageLine(line_no, text[start:end], label, n == 0))
                spans.setdefault(index, []).append((start, end, line_no))
        for quote, where in located.items():
            if where is None:
                continue
            first = _line_at(spans, where.start, last=False)
            last = _line_at(spans, where.end, last=True)
            if first is not None and last is not None:
                refs[bank_no, article_id, quote] = (number, first, max(first, last))
        passages.append(Passage(
            number=number,
            outlet=article.outlet or "Unknown outlet",
            title=article.title or "",
            author=article.author or "",
            date=human_date(article.published),
            complete=mode == "full",
            lines=lines,
        ))
    return passages, refs


def _line_at(spans: dict[int, list[tuple[int, int, int]]], where: tuple[int, int],
             *, last: bool) -> int | None:
    paragraph, offset = where
    rows = spans.get(paragraph)
    if not rows:
        return None
    found = rows[0][2]
    for start, _end, number in rows:
        if offset > start or (not last and offset == start):
            found = number
    return found


def _ref_text(parts: list[tuple[int, int, int]]) -> str:
    """``Passage 1, lines 3-4; Passage 2, line 7`` from (passage, first, last) triples."""
    out = []
    for passage, first, last in dict.fromkeys(parts):
        lines = f"line {first}" if first == last else f"lines {first}\u2013{last}"
        out.append(f"Passage {passage}, {lines}")
    return "; ".join(out)


# ---------------------------------------------------------------- items


def _letters(n: int) -> list[str]:
    return [chr(ord("A") + i) if i < 26 else f"A{chr(ord('A') + i - 26)}" for i in range(n)]


def _shuffled(values: Sequence[Any], rng: random.Random, avoid: set[tuple]) -> list[Any]:
    """A shuffle of ``values``, another one than the orders in ``avoid`` when one can be found.

    Versions A and B should not share an order by chance; the retries are a
    fixed number of draws from the same seeded generator, so this stays
    deterministic.
    """
    order = list(values)
    for _ in range(16):
        order = list(values)
        rng.shuffle(order)
        if tuple(order) not in avoid:
            break
    avoid.add(tuple(order))
    return order


def points_for(question: Question) -> int:
    """One point per thing the student writes or marks: a gap, a pair, a placed item, a right
    option; one for every other question."""
    if isinstance(question, MultiQuestion):
        return len(question.answers)
    if isinstance(question, ClozeQuestion):
        return max(1, len(question.gaps))
    if isinstance(question, MatchQuestion):
        return len(question.pairs)
    if isinstance(question, OrderQuestion):
        return len(question.items)
    return 1


def _key_evidence(entry: _Entry, refs: dict[tuple[int, str, str], tuple[int, int, int]]
                  ) -> list[KeyEvidence]:
    out = []
    for ev in entry.question.evidence:
        article = entry.bank.article(ev.article)
        source = article.label() if article else f"article {ev.article} (not in the bank)"
        where = refs.get((entry.bank_no, ev.article, ev.quote))
        out.append(KeyEvidence(ev.quote, source, _ref_text([where]) if where else ""))
    return out


def _item(entry: _Entry, number: int, rng: random.Random, avoid: dict[str, set[tuple]],
          refs: dict[tuple[int, str, str], tuple[int, int, int]],
          excerpt_rng: random.Random) -> Item:
    q = entry.question
    where = [refs[key] for ev in q.evidence
             if (key := (entry.bank_no, ev.article, ev.quote)) in refs]
    item = Item(
        number=number, kind=str(q.kind), topic=str(q.topic), question_id=q.id,
        points=points_for(q), prompt=q.prompt, hint=KIND_HINTS[q.kind], key_short="",
        key_lines=[], evidence=_key_evidence(entry, refs), explanation=q.explanation,
        refs=_ref_text(where),
    )
    mine = avoid.setdefault(entry.uid, set())
    if isinstance(q, (ChoiceQuestion, MultiQuestion)):
        right = set(q.answers) if isinstance(q, MultiQuestion) else {q.answer}
        options = list(dict.fromkeys(q.options))
        order = _shuffled(options, rng, mine)
        item.options = [Option(letter, text, text in right)
                        for letter, text in zip(_letters(len(order)), order, strict=True)]
        letters = [o.letter for o in item.options if o.correct]
        item.key_short = ", ".join(letters)
        item.key_lines = [f"{o.letter}. {o.text}" for o in item.options if o.correct]
    elif isinstance(q, TrueFalseQuestion):
        item.key_short = "T" if q.answer else "F"
        item.key_lines = ["True" if q.answer else "False"]
    elif isinstance(q, ShortQuestion):
        item.key_short = q.answer
        item.key_lines = [q.answer]
        if q.accept:
            item.key_note = f"Also accept: {'; '.join(q.accept)}."
    elif isinstance(q, DateQuestion):
        date = PartialDate.parse(q.answer)
        item.hint = _DATE_HINTS[date.precision]
        item.key_short = date.human()
        item.key_lines = [date.human()]
    elif isinstance(q, ClozeQuestion):
        gap_no = 0
        for text, gap in q.segments():
            item.segments.append((text, None))
            if gap is not None:
                gap_no += 1
                item.segments.append(("", gap_no))
        item.segments = [s for s in item.segments if s != ("", None)]
        item.key_short = "; ".join(f"({i}) {gap}" for i, gap in enumerate(q.gaps, 1))
        item.key_lines = [f"({i}) {gap}" for i, gap in enumerate(q.gaps, 1)]
    elif isinstance(q, MatchQuestion):
        lefts = _shuffled(list(range(len(q.pairs))), rng, mine)
        right_avoid = avoid.setdefault(f"{entry.uid}>", set())
        right_avoid.add(tuple(lefts))  # never print every pair on the same row
        rights = _shuffled(list(range(len(q.pairs))), rng, right_avoid)
        letters = _letters(len(rights))
        letter_of = {pair: letters[pos] for pos, pair in enumerate(rights)}
        item.left = [(n, q.pairs[pair].left) for n, pair in enumerate(lefts, 1)]
        item.right = [(letters[pos], q.pairs[pair].right) for pos, pair in enumerate(rights)]
        item.key_short = ", ".join(f"{n}\u2013{letter_of[pair]}" for n, pair in enumerate(lefts, 1))
        item.key_lines = [f"{n}\u2013{letter_of[pair]}: {q.pairs[pair].left} \u2192 "
                          f"{q.pairs[pair].right}" for n, pair in enumerate(lefts, 1)]
    elif isinstance(q, OrderQuestion):
        mine.add(tuple(range(len(q.items))))  # never print the items already in order
        order = _shuffled(list(range(len(q.items))), rng, mine)
        letters = _letters(len(order))
        item.rows = [(letters[pos], q.items[index]) for pos, index in enumerate(order)]
        item.hint = (f"Number the boxes from 1 (first) to {len(q.items)} (last).")
        item.key_short = ", ".join(f"{letter}={index + 1}"
                                   for letter, index in zip(letters, order, strict=True))
        dates = q.dates or (None,) * len(q.items)
        letter_of = {index: letters[pos] for pos, index in enumerate(order)}
        item.key_lines = [f"{rank}. ({letter_of[rank - 1]}) {text}"
                          + (f" \u2014 {PartialDate.parse(date).human()}" if date else "")
                          for rank, (text, date) in enumerate(zip(q.items, dates, strict=False),
                                                              1)]
    if q.topic is Topic.SOURCES:
        panel = source_panel(q, entry.bank, excerpt_rng)
        item.excerpts = panel.excerpts
        item.excerpt_key = panel.key
        if panel.neutral:  # line references would lead to the passages' bylines
            item.refs = ""
            item.hint = f"{item.hint} {NEUTRAL_HINT}".strip()
    return item


def build_worksheet(banks: Sequence[Bank], options: WorksheetOptions) -> Worksheet:
    """Select, shuffle and lay out the questions of ``banks`` into the sheet's view."""
    options.validate()
    if not banks:
        raise ExportError("no bank given")
    entries = select_questions(banks, options)
    passages, refs = build_passages(entries, options.passages)
    by_topic: dict[Topic, list[_Entry]] = {}
    for entry in entries:
        by_topic.setdefault(entry.question.topic, []).append(entry)
    versions: list[Version] = []
    avoid: dict[str, set[tuple]] = {}
    section_avoid: dict[Topic, set[tuple]] = {}
    for letter in _letters(options.versions):
        number = 0
        sections = []
        for topic in Topic:
            if topic not in by_topic:
                continue
            rng = random.Random(f"factdeck-worksheet:{options.seed}:{letter}:{topic}")
            group = by_topic[topic]
            positions = _shuffled(range(len(group)), rng, section_avoid.setdefault(topic, set()))
            items = []
            for entry in (group[p] for p in positions):
                number += 1
                q_rng = random.Random(f"factdeck-worksheet:{options.seed}:{letter}:{entry.uid}")
                excerpt_rng = random.Random(
                    f"factdeck-worksheet:{options.seed}:{letter}:{entry.uid}:excerpts")
                items.append(_item(entry, number, q_rng, avoid, refs, excerpt_rng))
            sections.append(Section(len(sections) + 1, str(topic), SECTION_TITLES[topic],
                                    SECTION_INSTRUCTIONS[topic], items))
        versions.append(Version(letter, sections))
    titles = list(dict.fromkeys(bank.title for bank in banks))
    descriptions = list(dict.fromkeys(bank.description for bank in banks if bank.description))
    return Worksheet(
        title=" & ".join(titles),
        description=" ".join(descriptions),
        paper=PAPERS[options.paper],
        versions=versions,
        passages=passages,
        answer_key=options.answer_key,
        question_count=len(entries),
        story=" & ".join(dict.fromkeys(b.story.label() for b in banks if b.story)),
    )


# ---------------------------------------------------------------- rendering

_ENV: Any = None


def _environment() -> Any:
    """The jinja2 environment, made once; autoescaping is on for every template."""
    global _ENV
    if _ENV is None:
        import jinja2

        env = jinja2.Environment(
            loader=jinja2.PackageLoader("factdeck", "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        env.filters["css_string"] = css_string
        env.filters["plural"] = _plural
        env.filters["nested_quotes"] = nested_quotes
        _ENV = env
    return _ENV


def css_string(value: str) -> Any:
    """A CSS string literal (for page footers) that no text can break out of."""
    from markupsafe import Markup

    out = []
    for ch in str(value):
        if ch.isalnum() and ch.isascii() or ch in " .,;:-_()!?":
            out.append(ch)
        else:
            out.append(f"\\{ord(ch):06x} ")  # the space ends the escape and is not printed
    return Markup('"' + "".join(out) + '"')


def nested_quotes(text: str) -> str:
    """Double quotes inside a quotation printed in \u201c\u201d become single ones, so a
    quote that opens with a quote does not print as \u201c"."""
    out = []
    for i, ch in enumerate(text):
        if ch == "\u201c":
            out.append("\u2018")
        elif ch == "\u201d":
            out.append("\u2019")
        elif ch == '"':
            opening = i == 0 or text[i - 1].isspace() or text[i - 1] in "([{\u2014\u2013-/"
            out.append("\u2018" if opening else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def render_html(worksheet: Worksheet, *, part: str = "sheet") -> str:
    """The worksheet as one self-contained HTML page.

    ``part`` is ``sheet`` (questions, and the key when it is an appendix) or
    ``key`` (the answer keys alone, for ``--answer-key separate``).
    """
    if part not in ("sheet", "key"):
        raise ValueError(part)
    template = _environment().get_template("worksheet/worksheet.html.j2")
    return template.render(ws=worksheet, part=part)


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was written, for the CLI to report."""

    files: list[Path]
    worksheet: Worksheet


def key_path_for(out: Path) -> Path:
    """Where ``--answer-key separate`` writes the key: beside the sheet, ``-key`` added."""
    return out.with_name(f"{out.stem}-key{out.suffix or '.html'}")


def export_worksheet(banks: Sequence[Bank], out: str | Path, options: WorksheetOptions, *,
                     pdf: bool = False) -> ExportResult:
    """Write the worksheet (and a separate key when asked) as HTML, and as PDF with ``pdf``.

    When ``out`` ends in ``.pdf`` only the PDF is written.
    """
    out = Path(out)
    worksheet = build_worksheet(banks, options)
    pages = [(out, render_html(worksheet))]
    if options.answer_key == "separate":
        pages.append((key_path_for(out), render_html(worksheet, part="key")))
    written: list[Path] = []
    pdf_only = out.suffix.lower() == ".pdf"
    if pdf or pdf_only:
        from factdeck.export.pdf import print_html_to_pdf

        for path, html in pages:
            pdf_path = path if pdf_only else path.with_suffix(".pdf")
            if not pdf_only:
                _write(path, html)
                written.append(path)
            print_html_to_pdf(html, pdf_path)
            written.append(pdf_path)
    else:
        for path, html in pages:
            _write(path, html)
            written.append(path)
    return ExportResult(written, worksheet)


def _write(path: Path, text: str) -> None:
    try:
        atomic.write_text(path, text)
    except OSError as exc:
        raise ExportError(f"{path}: cannot be written: {exc.strerror or exc}") from None
