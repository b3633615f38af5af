"""The quiz app: ties the deck picker, the question screen and the summary to a session.

The app never grades or orders anything itself (that is :mod:`factdeck.study.session`)
and stores nothing itself: with a study log (:mod:`factdeck.study.log`, optional)
every answer is recorded before the next question appears, and the session is
saved after each answer so that it can be resumed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from textual import events
from textual.app import App
from textual.binding import Binding

from factdeck.bank.decks import DeckRef
from factdeck.bank.model import Bank
from factdeck.errors import FactdeckError
from factdeck.study.session import Answer, Mode, QuizSession, SessionError
from factdeck.terminal import visible

DARK, LIGHT = "textual-dark", "textual-light"


@dataclass
class QuizOptions:
    """What the command line asked for; applies to any bank the learner picks."""

    topics: Sequence[str] = ()
    kinds: Sequence[str] = ()
    tags: Sequence[str] = ()
    count: int | None = None
    mode: str = Mode.PRACTICE.value
    seed: int | None = None
    time_limit: float | None = None  # seconds, test mode only
    reviewed_only: bool = False  # accepted questions only (never rejected ones in any case)


class QuizApp(App[None]):
    """``factdeck quiz``: a bank straight away, or a deck picker first."""

    TITLE = "factdeck"
    CSS_PATH = "quiz.tcss"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
        Binding("ctrl+t", "toggle_theme", "Theme", show=False),
        Binding("f1", "help", "Help", show=False),
    ]

    def __init__(
        self,
        *,
        session: QuizSession | None = None,
        decks: list[DeckRef] | None = None,
        options: QuizOptions | None = None,
        study_log: Any | None = None,
        open_study_log: Callable[[], Any] | None = None,
        theme: str | None = None,
    ) -> None:
        """Give a ``session`` to start at once, or ``decks`` for the picker.

        ``open_study_log`` opens the progress store once the first question is on
        screen (importing the scheduler is not worth a slower start); answers given
        before then are recorded when it opens.
        """
        super().__init__()
        self._study_log_opener = open_study_log
        self._pending: list[tuple[QuizSession, Any, Answer]] = []
        self.first_session = session
        self.decks = decks or []
        self.options = options or QuizOptions()
        self.study_log = study_log
        self.session: QuizSession | None = None
        # the session shown last, finished or left: the command line prints its summary
        self.last_session: QuizSession | None = None
        self.picker: Any = None
        if theme:
            self.theme = theme

    async def on_event(self, event: events.Event) -> None:
        """Let the question screen hold back keys typed while it changes question."""
        if isinstance(event, events.Key) and not event.is_forwarded:
            from factdeck.tui.quiz_screen import QuizScreen

            screen = self.screen
            if isinstance(screen, QuizScreen) and screen.holds_key(event.key):
                return
        await super().on_event(event)

    # ------------------------------------------------------------ start

    def get_default_screen(self) -> Any:
        """The first question itself when nothing needs asking first: the fastest start."""
        if self.first_session is not None and self.study_log is None:
            from factdeck.tui.quiz_screen import QuizScreen

            self.session, self.first_session = self.first_session, None
            self.last_session = self.session
            return QuizScreen(self.session)
        return super().get_default_screen()

    def on_mount(self) -> None:
        notice = getattr(self.study_log, "notice", None)
        if isinstance(notice, str) and notice:
            self.notify(visible(notice), severity="warning", timeout=8, markup=False)
        if self.session is not None:
            return  # already on screen (see get_default_screen)
        if self.first_session is not None:
            self.begin(self.first_session)
        else:
            from factdeck.tui.picker import PickerScreen, read_entries

            self.picker = PickerScreen(read_entries(self.decks, self.study_log))
            self.push_screen(self.picker)

    def start_bank(self, bank: Bank, mode: str) -> None:
        """Start a session on a bank chosen in the picker, with the command line's filters."""
        try:
            session = self.new_session(bank, mode)
        except FactdeckError as exc:
            self.show_error(str(exc))
            return
        self.begin(session)

    def new_session(self, bank: Bank, mode: str) -> QuizSession:
        opts = self.options
        bank = bank.usable(reviewed_only=opts.reviewed_only)
        order = None
        if Mode(mode) is Mode.REVIEW and self.study_log is not None:
            log = self.study_log

            def order(questions: Sequence[Any]) -> list[Any]:
                return log.review_queue(bank, questions)
        return QuizSession.start(
            bank, topics=opts.topics, kinds=opts.kinds, tags=opts.tags, count=opts.count,
            mode=mode, seed=opts.seed, order=order,
            time_limit=opts.time_limit if Mode(mode) is Mode.TEST else None)

    def begin(self, session: QuizSession) -> None:
        """Offer to resume a stopped session of the same bank, mode and filters, then run one."""
        saved = self._saved_state(session)
        if saved is None:
            self.run_session(session)
        else:
            self._offer_resume(session, saved, replace=False)

    def _offer_resume(self, session: QuizSession, saved: dict, *, replace: bool) -> None:
        """Ask "continue where you stopped?"; ``replace`` when ``session`` already shows."""
        answered = len(saved.get("answers", ()))
        total = len(saved.get("questions", ()))

        session.pause()  # the time limit waits for the answer to this question

        def decided(resume: bool | None) -> None:
            session.unpause()
            chosen = session
            if resume:
                try:
                    chosen = QuizSession.from_state(session.bank, saved)
                except SessionError as exc:
                    self.notify(visible(f"Cannot resume: {exc}"), severity="warning", markup=False)
            if chosen is session:
                self._call_log("clear_resume", session.bank)
                if not replace:
                    self.run_session(session)
            else:
                self.run_session(chosen)

        from factdeck.tui.dialogs import ConfirmScreen

        self.push_screen(ConfirmScreen(
            f"You stopped a {saved.get('mode')} session of \u201c{session.bank.title}\u201d "
            f"after {answered} of {total} questions.\n\nContinue where you stopped?"),
            decided)

    def open_deferred_study_log(self) -> None:
        """Open the progress store after the first paint; then offer to resume."""
        opener, self._study_log_opener = self._study_log_opener, None
        if opener is None:
            return
        try:
            self.study_log = opener()
        except FactdeckError as exc:
            self.show_error(f"Your answers will not be saved: {exc}")
            return
        notice = getattr(self.study_log, "notice", None)
        if isinstance(notice, str) and notice:
            self.notify(visible(notice), severity="warning", timeout=8, markup=False)
        pending, self._pending = self._pending, []
        for session, question, answer in pending:
            self.record_answer(session, question, answer)
        session = self.session
        if session is None or session.answers:
            return
        saved = self._saved_state(session)
        if saved is not None:
            self._offer_resume(session, saved, replace=True)

    def _saved_state(self, session: QuizSession) -> dict | None:
        state = self._call_log("load_resume", session.bank)
        if not isinstance(state, dict):
            return None
        if state.get("mode") != session.mode.value or state.get("bank") != session.bank.name:
            return None
        if state.get("filters") != session.filters:
            return None  # started with other filters or another count: another request
        if len(state.get("answers", ())) >= len(state.get("questions", ())):
            return None
        return state

    def run_session(self, session: QuizSession) -> None:
        from factdeck.tui.quiz_screen import QuizScreen

        self.session = self.last_session = session
        self._replace_top(QuizScreen(session))

    def _replace_top(self, screen: Any) -> None:
        """Show ``screen`` above the picker (or alone), dropping any quiz or summary screen.

        The first quiz screen may be the app's base screen, which cannot be switched
        away; then the new screen goes on top of it.
        """
        from factdeck.tui.quiz_screen import QuizScreen
        from factdeck.tui.summary import SummaryScreen

        if len(self.screen_stack) > 1 and isinstance(self.screen, (QuizScreen, SummaryScreen)):
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    # ------------------------------------------------------------ during

    def record_answer(self, session: QuizSession, question: Any, answer: Answer) -> None:
        """Store the answer durably, then the resumable state; before the next question shows."""
        if self.study_log is None:
            if self._study_log_opener is not None:
                self._pending.append((session, question, answer))
            return
        from factdeck.study.grading import describe

        self._call_log("record", session.bank, question, given=describe(question, answer.response),
                       correct=answer.correct, seconds=answer.seconds, mode=session.mode.value)
        if session.finished:
            self._call_log("clear_resume", session.bank)
        else:
            self._call_log("save_resume", session.bank, session.to_state())

    def _call_log(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """Call the study log; a storage error is shown, never a crash of the quiz."""
        if self.study_log is None:
            return None
        try:
            return getattr(self.study_log, method)(*args, **kwargs)
        except FactdeckError as exc:
            self.notify(visible(f"Progress not saved: {exc}"), severity="error", timeout=6,
                        markup=False)
            return None

    def finish_session(self, session: QuizSession) -> None:
        """Show the summary (once) when a session runs out of questions or time."""
        from factdeck.tui.summary import SummaryScreen

        if isinstance(self.screen, SummaryScreen) or session is not self.session:
            return
        session.stop()
        self._call_log("clear_resume", session.bank)
        self._replace_top(SummaryScreen(session))

    def retry_missed(self, session: QuizSession) -> None:
        try:
            again = session.retry_missed()
        except SessionError as exc:
            self.notify(visible(str(exc)), markup=False)
            return
        self.session = self.last_session = again
        from factdeck.tui.quiz_screen import QuizScreen

        self._replace_top(QuizScreen(again))

    def leave_summary(self) -> None:
        """Back to the picker when there is one; otherwise the quiz is over.

        Used when leaving the summary and when leaving a running quiz.
        """
        self.session = None
        if self.picker is not None:
            self.pop_screen()
            self.picker.refresh_due(self.study_log)
        else:
            self.exit()

    def confirm_leave(self, session: QuizSession) -> None:
        """Esc during a quiz: ask, then stop (progress so far is kept for resuming)."""
        from factdeck.tui.dialogs import ConfirmScreen

        def decided(leave: bool | None) -> None:
            if leave:
                self.leave_summary()

        self.push_screen(ConfirmScreen("Leave this quiz? Your answers so far are kept, and "
                                       "you can continue later."), decided)

    # ------------------------------------------------------------ app-wide

    async def action_quit(self) -> None:
        """Quit, asking first while a quiz is running."""
        from factdeck.tui.dialogs import ConfirmScreen
        from factdeck.tui.quiz_screen import QuizScreen

        running = self.session is not None and not self.session.finished and \
            isinstance(self.screen, QuizScreen)
        if not running:
            self.exit()
            return

        def decided(leave: bool | None) -> None:
            if leave:
                self.exit()

        self.push_screen(ConfirmScreen("Quit factdeck in the middle of this quiz? Your answers "
                                       "so far are kept."), decided)

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.theme == DARK else DARK

    def action_help(self) -> None:
        from factdeck.tui.dialogs import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def show_error(self, message: str) -> None:
        from factdeck.tui.dialogs import MessageScreen

        self.push_screen(MessageScreen(message))
