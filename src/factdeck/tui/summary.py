"""The end of a session: score by topic, every missed question with its evidence, a retry."""

from __future__ import annotations

from typing import cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer

from factdeck.study import grading
from factdeck.study.session import QuizSession
from factdeck.tui.feedback import EvidenceView
from factdeck.tui.host import QuizHost
from factdeck.tui.shown import Shown

BAR_WIDTH = 20


def score_text(session: QuizSession) -> Text:
    """The headline score and one bar per topic."""
    right, total = session.correct_count, session.total
    percent = round(100 * right / total) if total else 0
    text = Text()
    text.append(f"Score: {right} of {total} ({percent}%)", style="bold")
    minutes, seconds = divmod(int(session.elapsed()), 60)
    text.append(f"   time {minutes}:{seconds:02d}")
    unanswered = total - session.index
    if unanswered:
        text.append(f"\n{unanswered} question{'s' if unanswered > 1 else ''} not answered "
                    "(time ran out or the quiz was left)", style="italic")
    text.append("\n")
    for row in session.score_by_topic():
        filled = round(BAR_WIDTH * row.correct / row.total) if row.total else 0
        text.append(f"\n{row.topic.value:<10} ")
        text.append("\u2588" * filled, style="green")
        text.append("\u2591" * (BAR_WIDTH - filled), style="dim")
        text.append(f" {row.correct}/{row.total}  {row.percent:>3}%")
    return text


def missed_text(session: QuizSession, number: int, question_id: str) -> Text:
    question = session.bank.question(question_id)
    assert question is not None
    answer = session.answer_for(question_id)
    text = Text()
    text.append(f"{number}. ", style="bold")
    text.append(question.prompt, style="bold")
    text.append(f"\n   [{question.topic.value}] ", style="dim")
    text.append("Answer: ", style="bold")
    text.append(question.correct_text())
    text.append("\n   You said: ", style="bold")
    text.append(grading.describe(question, answer.response) if answer else "(not answered)")
    if question.explanation:
        text.append("\n   ")
        text.append(question.explanation)
    return text


class SummaryScreen(Screen[None]):
    """Score by topic, then a review of each missed question."""

    BINDINGS = [
        Binding("r", "retry", "Retry missed"),
        Binding("enter,escape", "done", "Done"),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
    ]
    DEFAULT_CSS = """
    SummaryScreen #summary-body { padding: 0 1; }
    SummaryScreen #summary-title { text-style: bold; padding: 1 0 0 0; }
    SummaryScreen .missed { height: auto; padding-top: 1; }
    """

    @property
    def host(self) -> QuizHost:
        """The app showing this screen, as screens know it (they never import the app)."""
        return cast(QuizHost, self.app)

    def __init__(self, session: QuizSession) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        session = self.session
        finished = "Test finished" if session.mode.value == "test" else "Session finished"
        with VerticalScroll(id="summary-body"):
            yield Shown(Text(f"{finished}: {session.bank.title}"), id="summary-title")
            yield Shown(score_text(session), id="score")
            missed = session.missed()
            if missed:
                yield Shown(Text(f"\nMissed questions ({len(missed)}); press r to retry them",
                                  style="bold"), id="missed-title")
                for number, question in enumerate(missed, 1):
                    with Vertical(classes="missed"):
                        yield Shown(missed_text(session, number, question.id))
                        yield EvidenceView(session.bank, question)
            else:
                yield Shown(Text("\nNo question missed. Well done!", style="bold green"),
                             id="missed-title")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#summary-body").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retry":
            return bool(self.session.missed())
        return True

    def action_retry(self) -> None:
        self.host.retry_missed(self.session)

    def action_done(self) -> None:
        self.host.leave_summary()

    def action_help(self) -> None:
        self.host.action_help()
