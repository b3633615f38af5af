"""One answer widget per kind of question, each usable from the keyboard alone.

Every widget posts :class:`Submitted` with a response in the shape that
:func:`factdeck.study.grading.grade` takes. Bank text is drawn as plain rich Text,
never as markup, so brackets in an article cannot break or style the screen.
"""

from __future__ import annotations

import string
from typing import Any

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input

from factdeck.bank.model import (
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    ShortQuestion,
    TrueFalseQuestion,
)
from factdeck.study.session import QuizSession
from factdeck.tui.shown import Shown, shown

LETTERS = string.ascii_lowercase


def option_label(index: int) -> str:
    """``1 a) ``: options answer to their number (up to 9) and their letter (up to z)."""
    number = f"{index + 1} " if index < 9 else "  "
    letter = f"{LETTERS[index]}) " if index < len(LETTERS) else f"{index + 1}) "
    return number + letter


class Submitted(Message):
    """The learner gave an answer."""

    def __init__(self, response: Any) -> None:
        super().__init__()
        self.response = response


class RowList(Widget, can_focus=True):
    """Rows with a cursor; subclasses say what keys do."""

    DEFAULT_CSS = """
    RowList { height: auto; padding: 0 1; }
    """
    BINDINGS = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
    ]
    cursor: reactive[int] = reactive(0)

    def __init__(self, rows: list[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows = list(rows)

    def action_move(self, step: int) -> None:
        self.cursor = (self.cursor + step) % len(self.rows)

    def row_label(self, index: int) -> str:
        return f"{index + 1}. "

    def row_mark(self, index: int) -> str:
        return ""

    def row_text(self, index: int) -> str:
        return self.rows[index]

    def render(self) -> Text:
        out = Text()
        for i in range(len(self.rows)):
            line = Text(self.row_mark(i) + self.row_label(i), style="bold")
            line.append(self.row_text(i))
            if i == self.cursor and self.has_focus:
                line.stylize("reverse")
            elif i == self.cursor:
                line.stylize("underline")
            if i:
                out.append("\n")
            out.append_text(line)
        return shown(out)

    def index_for_key(self, key: str) -> int | None:
        """The row a digit (1-9) or letter (a-...) key names, if any."""
        if key.isdigit() and key != "0":
            index = int(key) - 1
        elif len(key) == 1 and key in LETTERS:
            index = LETTERS.index(key)
        else:
            return None
        return index if index < len(self.rows) else None


class ChoiceAnswer(RowList):
    """Pick one option: its number or letter, or move and press Enter."""

    BINDINGS = [Binding("enter", "pick", "Answer", show=False)]

    def row_label(self, index: int) -> str:
        return option_label(index)

    def action_pick(self) -> None:
        self.post_message(Submitted(self.rows[self.cursor]))

    def on_key(self, event: events.Key) -> None:
        index = self.index_for_key(event.key)
        if index is not None:
            event.stop()
            self.cursor = index
            self.post_message(Submitted(self.rows[index]))


class MultiAnswer(RowList):
    """Toggle every right option (number, letter or Space), then Enter."""

    BINDINGS = [Binding("space", "toggle", "Toggle", show=False),
                Binding("enter", "submit", "Submit", show=False)]

    def __init__(self, rows: list[str], *, id: str | None = None) -> None:
        super().__init__(rows, id=id)
        self.chosen: set[int] = set()

    def row_label(self, index: int) -> str:
        return option_label(index)

    def row_mark(self, index: int) -> str:
        return "[x] " if index in self.chosen else "[ ] "

    def action_toggle(self) -> None:
        self.chosen ^= {self.cursor}
        self.refresh()

    def action_submit(self) -> None:
        self.post_message(Submitted([self.rows[i] for i in sorted(self.chosen)]))

    def on_key(self, event: events.Key) -> None:
        index = self.index_for_key(event.key)
        if index is not None:
            event.stop()
            self.cursor = index
            self.action_toggle()


class TrueFalseAnswer(RowList):
    """T or F (also 1/2, Y/N, or move and Enter)."""

    BINDINGS = [Binding("enter", "pick", "Answer", show=False)]
    KEYS = {"t": True, "y": True, "1": True, "f": False, "n": False, "2": False}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(["True", "False"], id=id)

    def row_label(self, index: int) -> str:
        return ("T) ", "F) ")[index]

    def action_pick(self) -> None:
        self.post_message(Submitted(self.cursor == 0))

    def on_key(self, event: events.Key) -> None:
        if event.key in self.KEYS:
            event.stop()
            value = self.KEYS[event.key]
            self.cursor = 0 if value else 1
            self.post_message(Submitted(value))


class OrderAnswer(RowList):
    """Move items up and down (Shift+arrows, or Space to grab and arrows), then Enter."""

    BINDINGS = [
        Binding("shift+up", "shift(-1)", "Move up", show=False),
        Binding("shift+down", "shift(1)", "Move down", show=False),
        Binding("space", "grab", "Grab", show=False),
        Binding("enter", "submit", "Submit", show=False),
    ]
    grabbed: reactive[bool] = reactive(False)

    def row_mark(self, index: int) -> str:
        return "\u2195 " if self.grabbed and index == self.cursor else "  "

    def action_move(self, step: int) -> None:
        if self.grabbed:
            self.action_shift(step)
        else:
            super().action_move(step)

    def action_shift(self, step: int) -> None:
        target = self.cursor + step
        if 0 <= target < len(self.rows):
            rows = self.rows
            rows[self.cursor], rows[target] = rows[target], rows[self.cursor]
            self.cursor = target
            self.refresh()

    def action_grab(self) -> None:
        self.grabbed = not self.grabbed

    def action_submit(self) -> None:
        self.post_message(Submitted(list(self.rows)))


class MatchAnswer(RowList):
    """Give each left item the letter of its right item (or Left/Right to cycle), then Enter."""

    BINDINGS = [
        Binding("left", "cycle(-1)", "Previous", show=False),
        Binding("right", "cycle(1)", "Next", show=False),
        Binding("enter", "submit", "Submit", show=False),
    ]

    def __init__(self, lefts: list[str], rights: list[str], *, id: str | None = None) -> None:
        super().__init__(lefts, id=id)
        self.rights = rights
        self.assigned: dict[int, int] = {}

    def row_text(self, index: int) -> str:
        chosen = self.assigned.get(index)
        target = f"{LETTERS[chosen].upper()}. {self.rights[chosen]}" if chosen is not None \
            else "?"
        return f"{self.rows[index]}  \u2192  {target}"

    def render(self) -> Text:
        out = super().render()
        out.append("\n\n")
        for i, right in enumerate(self.rights):
            out.append(f"   {LETTERS[i].upper()}. ", style="bold")
            out.append(right)
            if i < len(self.rights) - 1:
                out.append("\n")
        return shown(out)

    def assign(self, right_index: int) -> None:
        self.assigned[self.cursor] = right_index
        if self.cursor < len(self.rows) - 1:
            self.cursor += 1
        self.refresh(layout=True)  # a row that now wraps makes the widget taller

    def action_cycle(self, step: int) -> None:
        current = self.assigned.get(self.cursor, -1 if step > 0 else 0)
        self.assigned[self.cursor] = (current + step) % len(self.rights)
        self.refresh(layout=True)

    def action_submit(self) -> None:
        missing = [i for i in range(len(self.rows)) if i not in self.assigned]
        if missing:
            self.cursor = missing[0]
            self.notify("Pair every row first: press the letter of its match.", severity="warning")
            return
        self.post_message(Submitted({self.rows[i]: self.rights[j]
                                     for i, j in self.assigned.items()}))

    def on_key(self, event: events.Key) -> None:
        key = event.key
        if len(key) == 1 and key.lower() in LETTERS[:len(self.rights)] and key.isalpha():
            event.stop()
            self.assign(LETTERS.index(key.lower()))


class TextAnswer(Vertical):
    """Type the answer, Enter to submit."""

    DEFAULT_CSS = """
    TextAnswer { height: auto; }
    TextAnswer .hint { color: $text-muted; padding: 0 1; }
    """

    def __init__(self, placeholder: str, hint: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.placeholder = placeholder
        self.hint = hint

    def compose(self) -> ComposeResult:
        yield Input(placeholder=self.placeholder, id="answer-input")
        yield Shown(Text(self.hint), classes="hint")

    def focus(self, scroll_visible: bool = True) -> TextAnswer:
        self.query_one(Input).focus(scroll_visible)
        return self

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.notify("Type an answer first.", severity="warning")
            return
        self.post_message(Submitted(event.value))


class ClozeAnswer(Vertical):
    """One input per gap; Enter moves to the next gap, and submits after the last."""

    DEFAULT_CSS = """
    ClozeAnswer { height: auto; }
    ClozeAnswer .cloze-text { padding: 0 1 1 1; }
    ClozeAnswer Input { width: 1fr; }
    """

    def __init__(self, question: ClozeQuestion, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.question = question

    def compose(self) -> ComposeResult:
        text = Text()
        number = 0
        for plain, gap in self.question.segments():
            text.append(plain)
            if gap is not None:
                number += 1
                text.append(f"[{number}]_____", style="bold")
        yield Shown(text, classes="cloze-text")
        for i in range(number):
            yield Input(placeholder=f"gap {i + 1}", id=f"gap-{i + 1}")

    def focus(self, scroll_visible: bool = True) -> ClozeAnswer:
        self.query(Input).first().focus(scroll_visible)
        return self

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        inputs = list(self.query(Input))
        position = inputs.index(event.input)
        if position < len(inputs) - 1:
            inputs[position + 1].focus()
            return
        self.post_message(Submitted([i.value for i in inputs]))


def answer_widget(question: Question, session: QuizSession) -> Widget:
    """The widget that answers this question, options shuffled by the session's seed."""
    if isinstance(question, ChoiceQuestion):
        return ChoiceAnswer(session.options(question), id="answer")
    if isinstance(question, MultiQuestion):
        return MultiAnswer(session.options(question), id="answer")
    if isinstance(question, TrueFalseQuestion):
        return TrueFalseAnswer(id="answer")
    if isinstance(question, ShortQuestion):
        return TextAnswer("your answer", "Enter to answer. Case, accents and small typos are "
                          "forgiven.", id="answer")
    if isinstance(question, DateQuestion):
        return TextAnswer("a date", "Any common form: 8 Oct 2016, 2016-10-08, October 8, 2016, "
                          "10/2016, 2016.", id="answer")
    if isinstance(question, ClozeQuestion):
        return ClozeAnswer(question, id="answer")
    if isinstance(question, MatchQuestion):
        return MatchAnswer([p.left for p in question.pairs], session.match_rights(question),
                           id="answer")
    if isinstance(question, OrderQuestion):
        return OrderAnswer(session.order_items(question), id="answer")
    raise TypeError(f"no answer widget for {type(question).__name__}")


KEY_HINTS: dict[str, str] = {
    "choice": "Press the option's number or letter, or \u2191\u2193 and Enter.",
    "multi": "Toggle options with their number/letter or Space; Enter to submit.",
    "truefalse": "Press T or F.",
    "short": "",
    "date": "",
    "cloze": "Fill each gap; Enter goes to the next gap and answers after the last.",
    "match": "\u2191\u2193 pick a row, press the letter of its match (or \u2190\u2192); Enter.",
    "order": "Shift+\u2191\u2193 (or Space, then \u2191\u2193) moves an item; Enter to submit.",
}
