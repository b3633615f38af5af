"""The question-bank model: typed, immutable, standard library only.

Every part of factdeck (quiz, exporters, check, builder) reads banks through
these classes, so they hold exactly what the bank contract says and nothing
that depends on a user interface. Validation of *shape* (types, required keys)
happens in :mod:`factdeck.bank.load`; the classes here only check what must hold
for any object to make sense (a known kind, a date in a valid form).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import ClassVar, overload

FORMAT_VERSION = 1


class Topic(StrEnum):
    """What a question is about: the mission's categories."""

    DATES = "dates"
    PEOPLE = "people"
    POSITIONS = "positions"
    QUOTES = "quotes"
    SOURCES = "sources"


class Status(StrEnum):
    """Where a question stands in a teacher's review; a hand-written question needs none."""

    DRAFT = "draft"  # made by the builder, not yet read by a teacher
    ACCEPTED = "accepted"  # read and kept (the default: a missing status means accepted)
    REJECTED = "rejected"  # read and set aside: never quizzed nor exported


class Flag(StrEnum):
    """A reason the builder doubts a question, shown to the teacher who reviews it."""

    PROMPT_MAY_NOT_STAND_ALONE = "prompt-may-not-stand-alone"  # leans on the article's context
    SPEAKER_FROM_PRONOUN = "speaker-from-pronoun"  # "he said": the speaker was inferred
    DATE_WITHOUT_PUBLICATION_DATE = "date-without-publication-date"  # "on Monday", no dateline
    EVIDENCE_GONE = "evidence-gone"  # a rebuild no longer finds the question's evidence


class Kind(StrEnum):
    """How a question is answered."""

    CHOICE = "choice"
    MULTI = "multi"
    TRUEFALSE = "truefalse"
    SHORT = "short"
    DATE = "date"
    CLOZE = "cloze"
    MATCH = "match"
    ORDER = "order"


_DATE_FORMS = (
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"),
)


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day (``2016``, ``2016-10``, ``2016-10-08``)."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise."""
        text = str(text).strip()
        for pattern, _precision in _DATE_FORMS:
            if pattern.match(text):
                parts = [int(p) for p in text.split("-")]
                year = parts[0]
                month = parts[1] if len(parts) > 1 else None
                day = parts[2] if len(parts) > 2 else None
                if month is not None and not 1 <= month <= 12:
                    raise ValueError(f"month out of range in {text!r}")
                if day is not None:
                    _dt.date(year, month or 1, day)  # raises ValueError on 2016-02-30
                return cls(year, month, day)
        raise ValueError(f"{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")

    @property
    def precision(self) -> str:
        """``year``, ``month`` or ``day``."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def __str__(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def human(self) -> str:
        """The date as a reader writes it: ``8 October 2016``, ``October 2016``, ``2016``."""
        if self.month is None:
            return str(self.year)
        month = _dt.date(2000, self.month, 1).strftime("%B")
        if self.day is None:
            return f"{month} {self.year}"
        return f"{self.day} {month} {self.year}"


def is_date_text(text: str) -> bool:
    """True when ``text`` is a valid ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date."""
    try:
        PartialDate.parse(text)
    except ValueError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Evidence:
    """An exact span of an article that supports a question's answer."""

    article: str
    quote: str


@dataclass(frozen=True, slots=True)
class Article:
    """A source article, stored next to the bank; ``file`` is relative to the bank's folder."""

    id: str
    file: str
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: _dt.date | None = None
    url: str | None = None

    def label(self) -> str:
        """How the article is cited to a learner: outlet, title, date."""
        parts = [self.outlet or "Unknown outlet"]
        if self.title:
            parts.append(f"\u201c{self.title}\u201d")
        parts.append(self.published.isoformat() if self.published else "date unknown")
        return ", ".join(parts)


def unsafe_path_reason(file: str) -> str | None:
    """Why an article path may not be used (absolute, ``..``, empty), or None when it is safe.

    A bank must never make factdeck read or copy a file outside the bank's folder.
    """
    if not file or not file.strip():
        return "is empty"
    if "\\" in file:
        return "uses backslashes; write paths with /"
    if "\x00" in file:
        return "contains a NUL character"
    pure = PurePosixPath(file)
    if pure.is_absolute() or re.match(r"^[A-Za-z]:", file) or file.startswith("~"):
        return "is absolute; article paths are relative to the bank's folder"
    if ".." in pure.parts:
        return "goes outside the bank's folder (..)"
    return None


@dataclass(frozen=True, slots=True)
class Story:
    """The story a bank is about: its headline and the dates its articles span.

    Shown above the questions (quiz, worksheet), so that a prompt may speak of
    "the summit" or "the final" and be understood.
    """

    headline: str
    first: _dt.date | None = None
    last: _dt.date | None = None

    def label(self) -> str:
        """``Headline (12 June 2025)`` or ``Headline (12–14 June 2025)``."""
        days = [d for d in (self.first, self.last) if d is not None]
        if not days:
            return self.headline
        first, last = min(days), max(days)
        if first == last:
            span = f"{first.day} {first:%B %Y}"
        elif (first.year, first.month) == (last.year, last.month):
            span = f"{first.day}–{last.day} {last:%B %Y}"
        else:
            span = f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"
        return f"{self.headline} ({span})"


@dataclass(frozen=True, slots=True)
class Pair:
    """One row of a ``match`` question."""

    left: str
    right: str


@dataclass(frozen=True, kw_only=True)
class Question:
    """What every question has; one subclass per kind adds its answer keys."""

    kind: ClassVar[Kind]

    id: str
    topic: Topic
    prompt: str
    evidence: tuple[Evidence, ...]
    explanation: str = ""
    tags: tuple[str, ...] = ()
    status: Status = Status.ACCEPTED
    flags: tuple[Flag, ...] = ()

    def correct_text(self) -> str:
        """The right answer as one line of text, for feedback and answer keys."""
        raise NotImplementedError

    @property
    def article_ids(self) -> tuple[str, ...]:
        """The articles this question draws on, in evidence order, without repeats."""
        return tuple(dict.fromkeys(e.article for e in self.evidence))


@dataclass(frozen=True, kw_only=True)
class ChoiceQuestion(Question):
    """Pick the one right option."""

    kind: ClassVar[Kind] = Kind.CHOICE
    answer: str
    distractors: tuple[str, ...]

    @property
    def options(self) -> tuple[str, ...]:
        """Every option, answer first (shuffle before showing)."""
        return (self.answer, *self.distractors)

    def correct_text(self) -> str:
        return self.answer


@dataclass(frozen=True, kw_only=True)
class MultiQuestion(Question):
    """Pick every right option."""

    kind: ClassVar[Kind] = Kind.MULTI
    answers: tuple[str, ...]
    distractors: tuple[str, ...] = ()

    @property
    def options(self) -> tuple[str, ...]:
        """Every option, right ones first (shuffle before showing)."""
        return (*self.answers, *self.distractors)

    def correct_text(self) -> str:
        return "; ".join(self.answers)


@dataclass(frozen=True, kw_only=True)
class TrueFalseQuestion(Question):
    """A statement that is true or false."""

    kind: ClassVar[Kind] = Kind.TRUEFALSE
    answer: bool

    def correct_text(self) -> str:
        return "True" if self.answer else "False"


@dataclass(frozen=True, kw_only=True)
class ShortQuestion(Question):
    """A typed answer, matched forgivingly; ``accept`` lists other right answers."""

    kind: ClassVar[Kind] = Kind.SHORT
    answer: str
    accept: tuple[str, ...] = ()

    def correct_text(self) -> str:
        return self.answer


@dataclass(frozen=True, kw_only=True)
class DateQuestion(Question):
    """A typed date, graded to the precision of ``answer`` (YYYY, YYYY-MM or YYYY-MM-DD)."""

    kind: ClassVar[Kind] = Kind.DATE
    answer: str

    @property
    def date(self) -> PartialDate:
        return PartialDate.parse(self.answer)

    def correct_text(self) -> str:
        return self.date.human()


CLOZE_GAP = re.compile(r"\{\{(.+?)\}\}", re.S)


@dataclass(frozen=True, kw_only=True)
class ClozeQuestion(Question):
    """A text with gaps written ``{{...}}``; each gap is typed in."""

    kind: ClassVar[Kind] = Kind.CLOZE
    text: str
    prompt: str = "Fill in the gaps."

    @property
    def gaps(self) -> tuple[str, ...]:
        """The hidden words, in order."""
        return tuple(m.group(1).strip() for m in CLOZE_GAP.finditer(self.text))

    def segments(self) -> Iterator[tuple[str, str | None]]:
        """The text as (plain text, gap answer or None) pieces, for renderers."""
        pos = 0
        for match in CLOZE_GAP.finditer(self.text):
            yield self.text[pos:match.start()], match.group(1).strip()
            pos = match.end()
        yield self.text[pos:], None

    def blanked(self, blank: str = "_____") -> str:
        """The text with every gap replaced by ``blank``."""
        return CLOZE_GAP.sub(blank, self.text)

    def filled(self) -> str:
        """The text with every gap filled in."""
        return CLOZE_GAP.sub(lambda m: m.group(1).strip(), self.text)

    def correct_text(self) -> str:
        return "; ".join(self.gaps)


@dataclass(frozen=True, kw_only=True)
class MatchQuestion(Question):
    """Join each left item to its right item."""

    kind: ClassVar[Kind] = Kind.MATCH
    pairs: tuple[Pair, ...]

    def correct_text(self) -> str:
        return "; ".join(f"{p.left} \u2192 {p.right}" for p in self.pairs)


@dataclass(frozen=True, kw_only=True)
class OrderQuestion(Question):
    """Put ``items`` in order (they are stored in the right order); ``dates`` may date them."""

    kind: ClassVar[Kind] = Kind.ORDER
    items: tuple[str, ...]
    dates: tuple[str | None, ...] | None = None

    def correct_text(self) -> str:
        if self.dates:
            return "; ".join(
                f"{item} ({date})" if date else item
                for item, date in zip(self.items, self.dates, strict=False)
            )
        return "; ".join(self.items)


QUESTION_CLASSES: dict[Kind, type[Question]] = {
    cls.kind: cls
    for cls in (ChoiceQuestion, MultiQuestion, TrueFalseQuestion, ShortQuestion,
                DateQuestion, ClozeQuestion, MatchQuestion, OrderQuestion)
}

AnyQuestion = (ChoiceQuestion | MultiQuestion | TrueFalseQuestion | ShortQuestion
               | DateQuestion | ClozeQuestion | MatchQuestion | OrderQuestion)


class QuestionSource:
    """The index of a bank whose questions are built on first use, and the way to build them.

    A big bank must show its first question without building every question:
    the index (id, kind, topic, tags per question) is enough to filter, count
    and shuffle, and :meth:`build` makes only the questions actually used. A
    storage layer (the bank cache) subclasses it; built questions are kept.
    """

    def __init__(self, ids: list[str]) -> None:
        self.ids = ids
        self._built: list[Question | None] = [None] * len(ids)
        self._by_id: dict[str, int] | None = None

    def kind(self, position: int) -> Kind:
        raise NotImplementedError

    def topic(self, position: int) -> Topic:
        raise NotImplementedError

    def tags(self, position: int) -> tuple[str, ...]:
        raise NotImplementedError

    def status(self, position: int) -> Status:
        """The review status; a storage layer that indexes it need not build the question."""
        return Status(self.fetch((position,))[0].status)

    def statuses_present(self) -> set[Status] | None:
        """Every status that occurs, when the storage knows it at once; else None."""
        return None

    def build(self, positions: list[int]) -> list[Question]:
        """The questions at ``positions`` (none of them built yet), in that order."""
        raise NotImplementedError

    def fetch(self, positions: Iterable[int]) -> list[Question]:
        """The questions at ``positions``, building (in one batch) those not built yet."""
        built = self._built
        positions = list(positions)
        missing = list(dict.fromkeys(p for p in positions if built[p] is None))
        if missing:
            for p, question in zip(missing, self.build(missing), strict=True):
                built[p] = question
        return [built[p] for p in positions]  # type: ignore[misc]

    def position(self, question_id: str) -> int | None:
        """Where the question with this id is, or None."""
        if self._by_id is None:
            self._by_id = {qid: i for i, qid in enumerate(self.ids)}
        return self._by_id.get(question_id)

    def matches(self, position: int, topics: Sequence[str], kinds: Sequence[str],
                tags: Sequence[str]) -> bool:
        """Whether a question passes the filters of :meth:`Bank.select`, from the index alone."""
        if topics and self.topic(position) not in topics:
            return False
        if kinds and self.kind(position) not in kinds:
            return False
        return not tags or bool(set(tags) & set(self.tags(position)))


class LazyQuestions(Sequence[Question]):
    """A read-only sequence of questions (all of a bank's, or some, in any order) that builds
    each question on first access; it compares equal to the tuple of the same questions."""

    __slots__ = ("_source", "_positions")

    def __init__(self, source: QuestionSource, positions: Sequence[int] | None = None) -> None:
        self._source = source
        self._positions: Sequence[int] = range(len(source.ids)) if positions is None \
            else positions

    def __len__(self) -> int:
        return len(self._positions)

    @overload
    def __getitem__(self, index: int) -> Question: ...

    @overload
    def __getitem__(self, index: slice) -> LazyQuestions: ...

    def __getitem__(self, index: int | slice) -> Question | LazyQuestions:
        if isinstance(index, slice):
            return LazyQuestions(self._source, self._positions[index])
        return self._source.fetch((self._positions[index],))[0]

    def __iter__(self) -> Iterator[Question]:
        # in growing batches: a loop that stops early builds little, a full pass builds fast
        positions, start, size = self._positions, 0, 16
        while start < len(positions):
            yield from self._source.fetch(positions[start:start + size])
            start += size
            size = min(size * 4, 4096)

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, Question):
            return False
        found = self._source.position(item.id)
        return found is not None and found in self._positions and \
            self._source.fetch((found,))[0] == item

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyQuestions):
            if other._source is self._source and list(other._positions) == list(self._positions):
                return True
        elif not isinstance(other, tuple):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"<LazyQuestions: {len(self)} questions>"

    @property
    def ids(self) -> list[str]:
        """The question ids, in order, without building any question."""
        ids = self._source.ids
        return [ids[p] for p in self._positions]

    def topic_of(self, index: int) -> Topic:
        """The topic of the question at ``index``, without building it."""
        return self._source.topic(self._positions[index])

    def pick(self, indexes: Iterable[int]) -> LazyQuestions:
        """The questions at these indexes (of this sequence), in that order, still unbuilt."""
        positions = self._positions
        if positions == range(len(positions)):  # the whole bank: an index is a position
            return LazyQuestions(self._source, list(indexes))
        return LazyQuestions(self._source, [positions[i] for i in indexes])

    def indexes_of(self, question_ids: Iterable[str]) -> list[int | None]:
        """Where each id is in this sequence (None when absent), without building any question."""
        source = self._source
        if self._positions == range(len(source.ids)):
            return [source.position(qid) for qid in question_ids]
        where = {p: i for i, p in enumerate(self._positions)}
        return [where.get(source.position(qid)) for qid in question_ids]  # type: ignore[arg-type]

    def by_id(self, question_id: str) -> Question | None:
        """The question with this id among these, or None."""
        found = self._source.position(question_id)
        if found is None or (not isinstance(self._positions, range) and
                             found not in self._positions):
            return None
        return self._source.fetch((found,))[0]

    def select(self, topics: Sequence[str], kinds: Sequence[str],
               tags: Sequence[str]) -> LazyQuestions:
        """The questions passing :meth:`Bank.select`'s filters, found from the index alone."""
        matches = self._source.matches
        return LazyQuestions(self._source, [p for p in self._positions
                                            if matches(p, topics, kinds, tags)])

    def with_status(self, keep: Collection[Status]) -> LazyQuestions:
        """The questions whose review status is in ``keep``, found from the index alone."""
        present = self._source.statuses_present()
        if present is not None and present <= set(keep):  # a hand-written bank: all accepted
            return self
        status = self._source.status
        return LazyQuestions(self._source, [p for p in self._positions if status(p) in keep])

    def statuses(self) -> Counter[Status]:
        """How many questions have each review status, from the index alone."""
        status = self._source.status
        return Counter(status(p) for p in self._positions)

    def present_topics(self) -> set[Topic]:
        """The topics that occur, from the index alone."""
        return {self._source.topic(p) for p in self._positions}


@dataclass(frozen=True)
class Bank:
    """A question bank: its articles and its questions.

    ``path`` is where the bank was read from (None for a bank built in memory);
    it does not take part in equality, so a bank read back equals the one saved.
    ``questions`` is a tuple, or for a bank read from the cache a :class:`LazyQuestions`
    that builds each question on first use (equal to the tuple of the same questions).
    """

    title: str
    questions: Sequence[Question]
    articles: tuple[Article, ...] = ()
    description: str = ""
    language: str = "en"
    version: int = FORMAT_VERSION
    #: The bank's own identity, written once by ``factdeck build`` and kept by edits and
    #: rebuilds; Anki note GUIDs derive from it (from the folder name when there is none).
    id: str | None = None
    path: Path | None = field(default=None, compare=False)
    story: Story | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "_articles_by_id", {a.id: a for a in self.articles})
        by_id = None if isinstance(self.questions, LazyQuestions) else \
            {q.id: q for q in self.questions}
        object.__setattr__(self, "_questions_by_id", by_id)

    @property
    def folder(self) -> Path | None:
        """The folder that article paths are relative to."""
        return self.path.parent if self.path else None

    @property
    def name(self) -> str:
        """A short stable name: the bank's folder name, or its file stem."""
        if self.path is None:
            return re.sub(r"[^a-z0-9]+", "-", self.title.lower()).strip("-") or "bank"
        if self.path.stem == "bank":
            return self.path.parent.name
        return self.path.stem

    def article(self, article_id: str) -> Article | None:
        """The article with this id, or None."""
        return self._articles_by_id.get(article_id)  # type: ignore[attr-defined]

    @property
    def question_ids(self) -> list[str]:
        """Every question id, in order, without building questions a lazy bank holds back."""
        if isinstance(self.questions, LazyQuestions):
            return self.questions.ids
        return [q.id for q in self.questions]

    def question(self, question_id: str) -> Question | None:
        """The question with this id, or None."""
        by_id: dict[str, Question] | None = self._questions_by_id  # type: ignore[attr-defined]
        if by_id is None:
            return self.questions.by_id(question_id)  # type: ignore[attr-defined]
        return by_id.get(question_id)

    def article_path(self, article: Article) -> Path:
        """Where an article's text lies; refuses paths that leave the bank's folder."""
        reason = unsafe_path_reason(article.file)
        if reason:
            raise ValueError(f"article {article.id!r}: file {reason}")
        folder = (self.folder or Path.cwd()).resolve()
        target = (folder / article.file).resolve()
        if not target.is_relative_to(folder):
            raise ValueError(f"article {article.id!r}: file goes outside the bank's folder")
        return target

    @property
    def topics(self) -> tuple[Topic, ...]:
        """The topics that occur, in contract order."""
        if isinstance(self.questions, LazyQuestions):
            present = self.questions.present_topics()
        else:
            present = {q.topic for q in self.questions}
        return tuple(t for t in Topic if t in present)

    def review_counts(self) -> Counter[Status]:
        """How many questions are draft, accepted and rejected (without building a lazy bank)."""
        if isinstance(self.questions, LazyQuestions):
            return self.questions.statuses()
        return Counter(Status(q.status) for q in self.questions)

    def review_summary(self) -> str:
        """How much of a built bank a teacher has reviewed ("12 of 40 reviewed, 9 accepted,
        3 rejected"); empty for a bank with no drafts or rejections (hand-written: all accepted)."""
        counts = self.review_counts()
        if not counts[Status.DRAFT] and not counts[Status.REJECTED]:
            return ""
        total = sum(counts.values())
        done = counts[Status.ACCEPTED] + counts[Status.REJECTED]
        return (f"{done} of {total} reviewed, {counts[Status.ACCEPTED]} accepted, "
                f"{counts[Status.REJECTED]} rejected")

    def usable(self, *, reviewed_only: bool = False) -> Bank:
        """The bank a learner may see: never rejected questions, and with ``reviewed_only``
        accepted ones only. The same bank when nothing is left out."""
        keep = {Status.ACCEPTED} if reviewed_only else {Status.ACCEPTED, Status.DRAFT}
        questions = self.questions
        kept: Sequence[Question]
        if isinstance(questions, LazyQuestions):
            kept = questions.with_status(keep)
        else:
            kept = tuple(q for q in questions if q.status in keep)
        return self if len(kept) == len(questions) else replace(self, questions=kept)

    @property
    def outlets(self) -> tuple[str, ...]:
        """The outlets of the articles, without repeats."""
        return tuple(dict.fromkeys(a.outlet for a in self.articles if a.outlet))

    def select(
        self,
        *,
        topics: tuple[str, ...] | list[str] = (),
        kinds: tuple[str, ...] | list[str] = (),
        tags: tuple[str, ...] | list[str] = (),
    ) -> Sequence[Question]:
        """The questions matching every given filter (any of the values within a filter).

        A tuple; for a lazily built bank a :class:`LazyQuestions`, found from the index.
        """
        if isinstance(self.questions, LazyQuestions):
            return self.questions.select(tuple(topics), tuple(kinds), tuple(tags))
        out = []
        for q in self.questions:
            if topics and q.topic not in topics:
                continue
            if kinds and q.kind not in kinds:
                continue
            if tags and not set(tags) & set(q.tags):
                continue
            out.append(q)
        return tuple(out)
