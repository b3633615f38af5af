"""The deck picker: what a learner sees when they run ``factdeck quiz`` without naming a bank."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, OptionList
from textual.widgets.option_list import Option

from factdeck.bank.decks import DeckRef
from factdeck.bank.model import Bank
from factdeck.errors import FactdeckError
from factdeck.tui.host import QuizHost
from factdeck.tui.shown import Shown, shown


@dataclass
class DeckEntry:
    """A deck as listed: its bank when it could be read, the error otherwise."""

    ref: DeckRef
    bank: Bank | None
    error: str | None = None
    due: int | None = None


def read_entries(refs: list[DeckRef], study_log: object | None) -> list[DeckEntry]:
    """Load each deck's bank (through the cache) and, with progress, count what is due."""
    from factdeck.bank.decks import load_deck

    entries = []
    for ref in refs:
        try:
            bank = load_deck(ref)
        except FactdeckError as exc:
            entries.append(DeckEntry(ref, None, str(exc)))
            continue
        due = None
        if study_log is not None:
            try:
                due = study_log.due_count(bank)  # type: ignore[attr-defined]
            except FactdeckError:
                due = None
        entries.append(DeckEntry(ref, bank, None, due))
    return entries


def entry_text(entry: DeckEntry) -> Text:
    text = Text()
    if entry.bank is None:
        text.append(entry.ref.name, style="bold")
        text.append(f"\n  cannot be read: {entry.error}", style="red")
        return text
    bank = entry.bank
    text.append(bank.title, style="bold")
    if entry.ref.source == "user":
        text.append("  (yours)", style="dim")
    count = len(bank.questions)
    text.append(f"\n  {count} question{'s' if count != 1 else ''}")
    if bank.topics:
        text.append(" \u00b7 " + ", ".join(t.value for t in bank.topics))
    reviewed = bank.review_summary()
    if reviewed:
        text.append(f" \u00b7 {reviewed}", style="dim")
    if entry.due is not None:
        text.append(f" \u00b7 {entry.due} due", style="bold" if entry.due else "dim")
    return text


class PickerScreen(Screen[None]):
    """Lists the decks; Enter practises, t tests, r reviews, s shows statistics."""

    BINDINGS = [
        Binding("enter", "start('practice')", "Practice", show=True, priority=False),
        Binding("t", "start('test')", "Test"),
        Binding("r", "start('review')", "Review"),
        Binding("s", "stats", "Stats"),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
        Binding("q,escape", "app.quit", "Quit"),
    ]
    DEFAULT_CSS = """
    PickerScreen #picker-title { padding: 1 1 0 1; text-style: bold; }
    PickerScreen #picker-hint { padding: 0 1 1 1; color: $text-muted; }
    PickerScreen OptionList { height: 1fr; border: none; padding: 0 1; }
    """

    @property
    def host(self) -> QuizHost:
        """The app showing this screen, as screens know it (they never import the app)."""
        return cast(QuizHost, self.app)

    def __init__(self, entries: list[DeckEntry]) -> None:
        super().__init__()
        self.entries = entries

    def compose(self) -> ComposeResult:
        yield Shown("factdeck \u00b7 choose a deck", id="picker-title")
        yield Shown("Enter practice \u00b7 t test \u00b7 r review (spaced repetition) "
                     "\u00b7 ? help", id="picker-hint")
        options = [Option(shown(entry_text(e)), id=str(i), disabled=e.bank is None)
                   for i, e in enumerate(self.entries)]
        if not options:
            options = [Option(Text("No decks found. Build one with 'factdeck build'."),
                              disabled=True)]
        yield OptionList(*options, id="decks")
        yield Footer()

    def on_mount(self) -> None:
        decks = self.query_one(OptionList)
        decks.focus()
        for i, entry in enumerate(self.entries):
            if entry.bank is not None:
                decks.highlighted = i
                break

    def selected(self) -> DeckEntry | None:
        index = self.query_one(OptionList).highlighted
        if index is None or index >= len(self.entries):
            return None
        entry = self.entries[index]
        return entry if entry.bank is not None else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_start("practice")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "stats":
            return self.host.study_log is not None
        return True

    def action_start(self, mode: str) -> None:
        entry = self.selected()
        if entry is not None and entry.bank is not None:
            self.host.start_bank(entry.bank, mode)

    def action_stats(self) -> None:
        entry = self.selected()
        log = self.host.study_log
        if entry is None or log is None:
            return
        from factdeck.tui.stats_screen import StatsScreen

        self.app.push_screen(StatsScreen(entry.bank, log))

    def action_help(self) -> None:
        self.host.action_help()

    def refresh_due(self, study_log: object | None) -> None:
        """Recount what is due (after a session) and redraw the list."""
        if study_log is None:
            return
        decks = self.query_one(OptionList)
        for i, entry in enumerate(self.entries):
            if entry.bank is None:
                continue
            try:
                entry.due = study_log.due_count(entry.bank)  # type: ignore[attr-defined]
            except FactdeckError:
                entry.due = None
            decks.replace_option_prompt_at_index(i, shown(entry_text(entry)))
