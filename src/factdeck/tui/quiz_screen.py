"""The screen that asks the questions of a session, one at a time."""

from __future__ import annotations

from typing import cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from factdeck.bank.model import Question
from factdeck.study.session import QuizSession
from factdeck.tui.answers import KEY_HINTS, Submitted, answer_widget
from factdeck.tui.host import QuizHost
from factdeck.tui.shown import Shown


def progress_text(session: QuizSession, *, feedback: bool = False) -> Text:
    """``Question n of N · Score s`` plus mode and time left: always visible at the top.

    While the feedback on an answer shows, n is still the question just answered.
    A test shows how many are answered instead of the score: it tells nothing of
    right or wrong before its summary.
    """
    number = session.index if feedback else min(session.index + 1, session.total)
    text = Text()
    text.append(f" Question {number} of {session.total}", style="bold")
    if session.mode.shows_feedback:
        text.append(f" \u00b7 Score {session.correct_count}/{session.index}")
    else:
        text.append(f" \u00b7 answered {session.index} of {session.total}")
    text.append(f" \u00b7 {session.mode.value}")
    left = session.time_left()
    if left is not None:
        minutes, seconds = divmod(int(left + 0.999), 60)
        text.append(f" \u00b7 {minutes:02d}:{seconds:02d} left",
                    style="bold red" if left < 60 else "")
    return text


def prompt_text(question: Question | None) -> Text:
    """Topic and kind (dim), then the prompt."""
    if question is None:
        return Text()
    text = Text()
    text.append(f"{question.topic.value} \u00b7 {question.kind.value}\n", style="dim")
    text.append(question.prompt, style="bold")
    return text


class QuizScreen(Screen[None]):
    """Shows the current question, takes the answer, shows feedback in practice mode."""

    BINDINGS = [
        Binding("enter", "next", "Next", show=True),
        Binding("escape", "leave", "Leave"),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
    ]

    @property
    def host(self) -> QuizHost:
        """The app showing this screen, as screens know it (they never import the app)."""
        return cast(QuizHost, self.app)

    def __init__(self, session: QuizSession) -> None:
        super().__init__()
        self.session = session
        self.awaiting_next = False
        # keys pressed while one question gives way to the next; replayed once it shows
        self._typed_ahead: list[str] | None = None

    def compose(self) -> ComposeResult:
        # the first question is composed, not mounted afterwards: one layout pass less
        question = self.session.current
        yield Shown(progress_text(self.session), id="progress")
        story = self.session.bank.story
        if story is not None:  # what "the summit" or "the final" of a prompt refers to
            yield Shown(Text(f" Story: {story.label()}", style="italic"), id="story")
        with VerticalScroll(id="body"):
            yield Shown(prompt_text(question), id="prompt")
            if question is not None:
                yield answer_widget(question, self.session)
            hint = KEY_HINTS.get(question.kind.value, "") if question else ""
            yield Shown(Text(hint), id="key-hint", classes="" if hint else "hidden")
        # outside the scrolling body: however long the feedback, the way on stays in sight
        yield Static("Press Enter for the next question.", id="next-hint", classes="hidden")
        yield Footer()

    def on_mount(self) -> None:
        if self.session.current is None:
            self.host.finish_session(self.session)
            return
        self.query_one("#answer").focus()
        self.session.mark_shown()
        self.call_after_refresh(self._settle_order)
        self.call_after_refresh(self.host.open_deferred_study_log)
        if self.session.time_limit is not None:
            self.set_interval(1.0, self.tick)

    # ------------------------------------------------------------ flow

    def _settle_order(self) -> None:
        """Once the first question shows: order the rest so that none gives another away."""
        if self.session.settle_order():
            self.query_one("#progress", Static).update(
                progress_text(self.session, feedback=self.awaiting_next))

    def holds_key(self, key: str) -> bool:
        """Called by the app for every key before it is delivered: True if held back.

        Textual delivers keys to widgets without waiting for the action the
        previous key started, so a key typed while one question gives way to the
        next would land on a widget on its way out. From the Enter that moves on
        until the next question has focus, keys are held and then replayed.
        """
        if self._typed_ahead is not None:
            self._typed_ahead.append(key)
            return True
        if key == "enter" and self.awaiting_next:
            self._typed_ahead = []
        return False

    def _hold_keys(self) -> None:
        if self._typed_ahead is None:
            self._typed_ahead = []

    def _replay_keys(self) -> None:
        keys, self._typed_ahead = self._typed_ahead or [], None
        for key in keys:
            self.app.simulate_key(key)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            return self.awaiting_next
        return True

    def tick(self) -> None:
        self.query_one("#progress", Static).update(
            progress_text(self.session, feedback=self.awaiting_next))
        if self.app.screen is not self:
            return  # a dialog is open; end the session once it closes
        if self.session.finished and not self.awaiting_next:
            self.host.finish_session(self.session)

    async def show_question(self) -> None:
        """Replace the answer area with the current question's widget."""
        session = self.session
        await self.query("#answer, #feedback").remove()
        if self.awaiting_next:
            self.awaiting_next = False
            self.query_one("#next-hint").add_class("hidden")
            self.refresh_bindings()
        question = session.current
        if question is None:
            self.host.finish_session(session)
            return
        self.query_one("#progress", Static).update(progress_text(session))
        self.query_one("#prompt", Static).update(prompt_text(question))
        hint = KEY_HINTS.get(question.kind.value, "")
        key_hint = self.query_one("#key-hint", Static)
        key_hint.update(Text(hint))
        key_hint.set_class(not hint, "hidden")
        widget = answer_widget(question, session)
        body = self.query_one("#body", VerticalScroll)
        await body.mount(widget, after="#prompt")
        widget.focus()  # queued on the app before any held keys are replayed
        body.scroll_home(animate=False)
        session.mark_shown()

    async def on_submitted(self, message: Submitted) -> None:
        message.stop()
        if self.awaiting_next or not self._from_current_answer(message):
            return
        session = self.session
        question = session.current
        if question is None:
            return
        self._hold_keys()
        try:
            await self._after_answer(message)
        finally:
            self._replay_keys()

    def _from_current_answer(self, message: Submitted) -> bool:
        """False for a late answer from a question's widget that is already answered."""
        sender = getattr(message, "_sender", None)
        if not isinstance(sender, Widget):
            return True  # posted by a key binding, which acts on what has focus now
        current = self.query("#answer")
        return bool(current) and current.first() in sender.ancestors_with_self

    async def _after_answer(self, message: Submitted) -> None:
        session = self.session
        question = session.current
        assert question is not None
        answer, grade = session.answer(message.response)
        self.host.record_answer(session, question, answer)
        if not session.mode.shows_feedback:
            await self.show_question()
            return
        self.query_one("#progress", Static).update(progress_text(session, feedback=True))
        await self.query("#answer").remove()
        self.query_one("#key-hint", Static).add_class("hidden")
        from factdeck.study.grading import describe
        from factdeck.tui.feedback import FeedbackPanel

        given = describe(question, answer.response)
        panel = FeedbackPanel(session.bank, question, grade, given, response=answer.response,
                              id="feedback")
        body = self.query_one("#body", VerticalScroll)
        await body.mount(panel)
        body.focus()
        self.query_one("#next-hint").remove_class("hidden")
        self.awaiting_next = True
        self.refresh_bindings()

    async def action_next(self) -> None:
        if self.awaiting_next:
            self._hold_keys()
            try:
                await self.show_question()
            finally:
                self._replay_keys()

    def action_leave(self) -> None:
        self.host.confirm_leave(self.session)

    def action_help(self) -> None:
        self.host.action_help()
