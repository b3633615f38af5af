"""What ``factdeck review`` does, without a screen: the queue, the decisions, undo, progress.

The queue is every draft question, flagged ones first (the builder's doubts
deserve the teacher's attention while it is fresh), then in bank order. Each
decision is journalled (fsynced) before the next question shows, so the screen
only has to call :meth:`ReviewSession.decide`; :meth:`finish` folds the journal
into the bank. Kept apart from Textual so the rules are tested directly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from factdeck.bank import journal
from factdeck.bank.check import question_problems
from factdeck.bank.load import fold_journal, question_to_data
from factdeck.bank.model import Bank, Evidence, Flag, Question, Status

FILTERS = ("topic", "kind", "flag")


@dataclass(frozen=True, slots=True)
class Passage:
    """Where an evidence quote sits: its paragraph and the quote's span inside it."""

    paragraph: str
    start: int
    end: int


def _quote_pattern(quote: str) -> re.Pattern[str]:
    """A pattern finding ``quote`` in raw article text whatever its spacing, quote marks
    and dashes (evidence is matched after the same normalising)."""
    classes = {'"': "[\"\u201c\u201d\u201e]", "'": "['\u2018\u2019\u201a]",
               "\u201c": "[\"\u201c\u201d\u201e]", "\u201d": "[\"\u201c\u201d\u201e]",
               "\u2018": "['\u2018\u2019]", "\u2019": "['\u2018\u2019]",
               "-": "[-\u2013\u2014]", "\u2013": "[-\u2013\u2014]", "\u2014": "[-\u2013\u2014]"}
    parts = []
    for word in quote.split():
        parts.append("".join(classes.get(ch, re.escape(ch)) for ch in word))
    return re.compile(r"\s+".join(parts))


def find_passage(text: str, quote: str) -> Passage | None:
    """The paragraph of ``text`` holding ``quote``, with the quote's span; None if absent."""
    if not quote.strip():
        return None
    found = _quote_pattern(quote).search(text)
    if found is None:
        return None
    start = text.rfind("\n\n", 0, found.start())
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", found.end())
    end = len(text) if end < 0 else end
    return Passage(text[start:end], found.start() - start, found.end() - start)


_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'\u201d\u2019]?|$)")


def sentences(text: str) -> list[str]:
    """The article's sentences (rough, for re-picking evidence): exact spans of ``text``."""
    return [m.group().strip() for m in _SENTENCE.finditer(text) if len(m.group().strip()) > 3]


class ReviewSession:
    """The teacher's walk through a bank's drafts."""

    def __init__(self, bank: Bank, *, record: Callable[[Question], None] | None = None) -> None:
        self.bank = bank
        self.questions: dict[str, Question] = {}
        drafts = []
        for q in bank.questions:
            if q.status == Status.DRAFT:
                self.questions[q.id] = q
                drafts.append(q)
        drafts.sort(key=lambda q: not q.flags)  # stable: flagged first, then bank order
        self.queue = [q.id for q in drafts]
        self.filters: dict[str, str | None] = dict.fromkeys(FILTERS)
        self.visible = list(self.queue)
        self.index = 0
        self.undo_stack: list[Question] = []
        self._record = record or self._journal
        self._texts: dict[str, str | None] = {}

    def _journal(self, q: Question) -> None:
        if self.bank.path is not None:
            journal.record(Path(self.bank.path), question_to_data(q))

    # ------------------------------------------------------------ where we are

    @property
    def current(self) -> Question | None:
        """The question on screen, or None when the (filtered) queue is empty or done."""
        if 0 <= self.index < len(self.visible):
            return self.questions[self.visible[self.index]]
        return None

    def progress(self) -> str:
        """``12 of 40 reviewed, 9 accepted, 3 rejected``."""
        states = [self.questions[qid].status for qid in self.queue]
        accepted = sum(s == Status.ACCEPTED for s in states)
        rejected = sum(s == Status.REJECTED for s in states)
        return (f"{accepted + rejected} of {len(states)} reviewed, {accepted} accepted, "
                f"{rejected} rejected")

    @property
    def done(self) -> bool:
        """Every question of the queue has a decision."""
        return all(self.questions[qid].status != Status.DRAFT for qid in self.queue)

    # ------------------------------------------------------------ moving

    def next(self) -> None:
        self.index = min(self.index + 1, len(self.visible))

    def previous(self) -> None:
        self.index = max(self.index - 1, 0)

    def _advance(self) -> None:
        """To the next undecided question after this one, else just the next one."""
        for i in range(self.index + 1, len(self.visible)):
            if self.questions[self.visible[i]].status == Status.DRAFT:
                self.index = i
                return
        self.index = len(self.visible)

    # ------------------------------------------------------------ deciding

    def _put(self, new: Question) -> None:
        old = self.questions[new.id]
        self._record(new)  # durable before the screen moves on
        self.undo_stack.append(old)
        self.questions[new.id] = new

    def decide(self, status: Status) -> None:
        """Accept or reject the question on screen, then move to the next undecided one."""
        q = self.current
        if q is None:
            return
        self._put(replace(q, status=status))
        self._advance()

    def skip(self) -> None:
        """Leave the question a draft and move on."""
        self.next()

    def undo(self) -> str | None:
        """Take back the last decision or edit (journalled too); the id it concerned."""
        if not self.undo_stack:
            return None
        before = self.undo_stack.pop()
        self._record(before)
        self.questions[before.id] = before
        if before.id not in self.visible:
            self.set_filter("topic", None)
            self.set_filter("kind", None)
            self.set_filter("flag", None)
        self.index = self.visible.index(before.id)
        return before.id

    def validate(self, edited: Question) -> list[str]:
        """``check``'s rules for an edited question, as lines to show; empty when it passes."""
        return [f"{key}: {message}" for key, message in question_problems(edited, self.bank)]

    def save_edit(self, edited: Question) -> list[str]:
        """Save an edited question (accepted: the teacher has read and fixed it) if it passes
        ``check``'s rules; else the problems, and nothing is saved."""
        edited = replace(edited, status=Status.ACCEPTED)
        problems = self.validate(edited)
        if not problems:
            self._put(edited)
            self._advance()
        return problems

    # ------------------------------------------------------------ filtering

    def values(self, name: str) -> list[str]:
        """The values a filter can take in this queue, in a stable order."""
        found: dict[str, None] = {}
        for qid in self.queue:
            q = self.questions[qid]
            items = [str(f) for f in q.flags] if name == "flag" else \
                [str(q.topic if name == "topic" else q.kind)]
            found.update(dict.fromkeys(items))
        return sorted(found)

    def cycle_filter(self, name: str) -> str | None:
        """Step a filter through its values and back to none; the new value."""
        values = [None, *self.values(name)]
        now = self.filters[name]
        value = values[(values.index(now) + 1) % len(values)] if now in values else None
        self.set_filter(name, value)
        return value

    def set_filter(self, name: str, value: str | None) -> None:
        current = self.current
        self.filters[name] = value
        self.visible = [qid for qid in self.queue if self._passes(self.questions[qid])]
        self.index = self.visible.index(current.id) if current and current.id in self.visible \
            else 0

    def _passes(self, q: Question) -> bool:
        topic, kind, flag = (self.filters[n] for n in FILTERS)
        return ((topic is None or q.topic == topic) and (kind is None or q.kind == kind)
                and (flag is None or Flag(flag) in q.flags))

    def filter_label(self) -> str:
        return ", ".join(f"{n} {v}" for n, v in self.filters.items() if v) or "none"

    # ------------------------------------------------------------ evidence

    def article_text(self, article_id: str) -> str | None:
        """An article's text (read once), or None when it cannot be read."""
        if article_id not in self._texts:
            article = self.bank.article(article_id)
            text = None
            if article is not None:
                try:
                    text = self.bank.article_path(article).read_text(encoding="utf-8-sig")
                except (OSError, ValueError, UnicodeDecodeError):
                    text = None
            self._texts[article_id] = text
        return self._texts[article_id]

    def passage(self, evidence: Evidence) -> Passage | None:
        text = self.article_text(evidence.article)
        return find_passage(text, evidence.quote) if text is not None else None

    def finish(self) -> int:
        """Fold the journal into the bank file; how many decisions were folded."""
        if self.bank.path is None:
            return 0
        return fold_journal(Path(self.bank.path))
