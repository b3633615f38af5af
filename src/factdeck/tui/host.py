"""What a screen may ask of the quiz app: a small interface the app implements.

The screens (picker, question, summary) are shown by :class:`factdeck.tui.app.QuizApp`
and hand control back to it; they know it only through :class:`QuizHost`, so the
app imports its screens and no screen imports the app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from factdeck.bank.model import Bank, Question
    from factdeck.study.session import Answer, QuizSession


@runtime_checkable
class QuizHost(Protocol):
    """The app's side of the screens' work: start, record, finish and leave sessions."""

    study_log: Any | None  # a :class:`factdeck.study.log.StudyLog` when progress is kept

    def start_bank(self, bank: Bank, mode: str) -> None:
        """Start a session on a bank the learner picked."""

    def open_deferred_study_log(self) -> None:
        """Open the progress store once the first question is on screen."""

    def record_answer(self, session: QuizSession, question: Question, answer: Answer) -> None:
        """Remember an answer before the next question appears."""

    def finish_session(self, session: QuizSession) -> None:
        """The session is over: show its summary."""

    def confirm_leave(self, session: QuizSession) -> None:
        """Ask before leaving a running session."""

    def retry_missed(self, session: QuizSession) -> None:
        """Start again on the questions missed in ``session``."""

    def leave_summary(self) -> None:
        """Go back from the summary: to the picker, or quit."""

    def action_help(self) -> None:
        """Show the keys."""
