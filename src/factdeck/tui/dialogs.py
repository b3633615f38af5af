"""Small modal screens: yes/no questions, the help screen, error messages."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from factdeck.tui.shown import Shown

HELP = """\
factdeck quiz: keys

Everywhere
  ? or F1      this help
  Ctrl+T       switch light / dark theme
  Esc          leave the quiz (asks first) or close a dialog
  Ctrl+Q       quit factdeck (asks first during a quiz)

Answering
  choice       number (1-9) or letter (a-z); or \u2191\u2193 and Enter
  multi        toggle with number, letter or Space; then Enter
  true/false   T or F (also Y/N, 1/2)
  short        type it, then Enter; case, accents, small typos are fine
  date         type it in any common form, then Enter:
               8 Oct 2016, 2016-10-08, October 8, 2016, 10/2016, 2016
  cloze        a box per gap; Enter moves on and answers after the last
  match        \u2191\u2193 to a row, press its match's letter (or \u2190\u2192); Enter
  order        Shift+\u2191\u2193 moves an item (or Space, \u2191\u2193, Space); Enter

After an answer (practice and review)
  Enter        next question

Deck picker
  Enter practice   t test   r review   s statistics   q quit

Modes
  practice     feedback and evidence after every answer
  test         no feedback until the end, optional time limit; then the
               score by topic, the missed questions, and a retry
  review       spaced repetition: the questions that are due come first
"""


class ConfirmScreen(ModalScreen[bool]):
    """Ask a yes/no question; dismisses with True for yes."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]
    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical {
        width: 60; max-width: 90%; height: auto; border: thick $accent;
        background: $surface; padding: 1 2;
    }
    ConfirmScreen .keys { color: $text-muted; padding-top: 1; }
    """

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Shown(Text(self.question), id="confirm-question")
            yield Static("[b]y[/b] yes    [b]n[/b] no", classes="keys")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class HelpScreen(ModalScreen[None]):
    """Every key, in one place."""

    BINDINGS = [Binding("escape,q,question_mark,f1,enter", "close", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 80; max-width: 100%; height: auto; max-height: 100%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Shown(Text(HELP), id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)


class MessageScreen(ModalScreen[None]):
    """A message (usually an error) that the learner acknowledges with any of Enter/Esc."""

    BINDINGS = [Binding("escape,enter,q", "close", "OK")]
    DEFAULT_CSS = """
    MessageScreen { align: center middle; }
    MessageScreen > Vertical {
        width: 70; max-width: 95%; height: auto; border: thick $error;
        background: $surface; padding: 1 2;
    }
    """

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Shown(Text(self.message), id="message")
            yield Shown("Press Enter to continue.", classes="keys")

    def action_close(self) -> None:
        self.dismiss(None)
