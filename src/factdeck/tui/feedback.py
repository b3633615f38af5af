"""The feedback after an answer: verdict, right answer, explanation and the evidence behind it.

Evidence is what makes factdeck worth studying with: the learner sees the very
sentence the fact comes from, and who published it when. For ``sources``
questions each outlet gets its own panel, side by side, so the difference
between reports is visible at a glance.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical

from factdeck.bank.model import Bank, DateQuestion, Evidence, OrderQuestion, Question, Topic
from factdeck.study.grading import Grade
from factdeck.tui.shown import Shown, shown


def evidence_groups(bank: Bank, question: Question) -> list[tuple[str, list[Evidence]]]:
    """Evidence grouped by article, in the question's order: (article id, quotes)."""
    groups: dict[str, list[Evidence]] = {}
    for item in question.evidence:
        groups.setdefault(item.article, []).append(item)
    return list(groups.items())


def citation(bank: Bank, article_id: str) -> Text:
    """Outlet, title and date of an article, as the learner reads them."""
    article = bank.article(article_id)
    if article is None:
        return Text(f"article {article_id}", style="italic")
    text = Text(article.outlet or "Unknown outlet", style="bold")
    if article.title:
        text.append(f", \u201c{article.title}\u201d")
    text.append(", ")
    text.append(article.published.isoformat() if article.published else "date unknown",
                style="dim")
    return text


def evidence_text(bank: Bank, article_id: str, items: list[Evidence]) -> Text:
    """The quoted spans of one article followed by its citation."""
    text = Text()
    for item in items:
        text.append(f"\u201c{item.quote}\u201d\n", style="italic")
    text.append("\u2014 ")
    text.append_text(citation(bank, article_id))
    return text


def outlet_name(bank: Bank, article_id: str) -> str:
    article = bank.article(article_id)
    return (article.outlet if article and article.outlet else article_id)


class EvidenceView(Vertical):
    """Evidence panels: side by side for ``sources`` questions, stacked otherwise."""

    DEFAULT_CSS = """
    EvidenceView { height: auto; }
    EvidenceView Horizontal { height: auto; }
    EvidenceView .evidence {
        height: auto; border: round $primary; padding: 0 1; width: 1fr;
    }
    """

    def __init__(self, bank: Bank, question: Question, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.bank = bank
        self.question = question

    def compose(self) -> ComposeResult:
        groups = evidence_groups(self.bank, self.question)
        panels = []
        for article_id, items in groups:
            panel = Shown(evidence_text(self.bank, article_id, items), classes="evidence")
            panel.border_title = shown(outlet_name(self.bank, article_id))  # never markup
            panels.append(panel)
        if self.question.topic == Topic.SOURCES and len(panels) > 1:
            with Horizontal(classes="side-by-side"):
                yield from panels
        else:
            yield from panels


def verdict_text(question: Question, grade: Grade, given: str, *, show_given: bool = True
                 ) -> Text:
    """The verdict, right answer, what was given and the explanation."""
    text = Text()
    if grade.correct:
        text.append("\u2714 Right!", style="bold green")
    else:
        text.append("\u2718 Not quite.", style="bold red")
    if grade.note:
        text.append(f"  ({grade.note})", style="italic")
    text.append("\nAnswer: ", style="bold")
    text.append(question.correct_text())
    if show_given and (not grade.correct or grade.note):
        text.append("\nYou said: ", style="bold")
        text.append(given)
    if question.explanation:
        text.append("\n")
        text.append(question.explanation)
    return text


class FeedbackPanel(Vertical):
    """Shown after each answer in practice and review mode."""

    DEFAULT_CSS = """
    FeedbackPanel { height: auto; padding: 0 1; }
    FeedbackPanel #timeline { padding-top: 1; }
    """

    def __init__(self, bank: Bank, question: Question, grade: Grade, given: str, *,
                 response: Any = None, id: str | None = None) -> None:
        """``response`` is the answer as given (an order's items, a typed date): the
        timeline of an order or date question shows it beside the right one."""
        super().__init__(id=id)
        self.bank = bank
        self.question = question
        self.grade = grade
        self.given = given
        self.response = response

    def compose(self) -> ComposeResult:
        yield Shown(verdict_text(self.question, self.grade, self.given), id="verdict")
        if isinstance(self.question, (OrderQuestion, DateQuestion)):
            from factdeck.tui.timeline import timeline_text

            timeline = timeline_text(self.question, self.response)
            if timeline is not None:
                yield Shown(timeline, id="timeline")
        yield EvidenceView(self.bank, self.question)
