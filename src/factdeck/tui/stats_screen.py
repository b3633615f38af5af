"""The statistics screen: answered, accuracy by topic and kind, what is due, what is
missed most, and a day-by-day activity chart (Textual's own Sparkline).

Text from banks (prompts, names) goes into Rich ``Text`` objects, never into
markup strings, so a bracket in a question cannot break or restyle the screen.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Sparkline

from factdeck.bank.model import Bank
from factdeck.errors import FactdeckError
from factdeck.study import stats
from factdeck.study.log import StudyLog
from factdeck.tui.shown import Shown

BAR_WIDTH = 20
ACTIVITY_DAYS = 30


def _bar(tally: stats.Tally) -> Text:
    share = tally.accuracy or 0.0
    filled = round(BAR_WIDTH * share)
    text = Text()
    text.append("\u2588" * filled, style="green")
    text.append("\u2591" * (BAR_WIDTH - filled), style="dim")
    percent = "-" if tally.accuracy is None else f"{round(100 * share)}%"
    text.append(f" {tally.correct}/{tally.total} {percent:>4}")
    return text


def summary_text(result: stats.Stats, title: str | None) -> Text:
    """The headline figures."""
    text = Text()
    text.append(f"Statistics: {title}" if title else "Statistics: all banks", style="bold")
    text.append("\n\n")
    overall = result.overall
    percent = "-" if overall.accuracy is None else f"{round(100 * overall.accuracy)}%"
    text.append(f"Answered {overall.total}, {overall.correct} right ({percent})\n")
    text.append(f"Due now {result.due_now} \u00b7 today {result.due_today} \u00b7 "
                f"this week {result.due_week}")
    if result.new is not None:
        text.append(f" \u00b7 never answered {result.new}")
    if not overall.total:
        text.append("\n\nNo answers recorded yet.", style="italic")
    return text


def tallies_text(label: str, tallies: dict[str, stats.Tally]) -> Text:
    """One accuracy bar per topic or kind."""
    text = Text()
    text.append(label, style="bold")
    for name, tally in tallies.items():
        text.append(f"\n{name:<10} ")
        text.append_text(_bar(tally))
    return text


def missed_text(result: stats.Stats) -> Text:
    text = Text()
    text.append("Missed most often", style="bold")
    if not result.most_missed:
        text.append("\nnothing missed yet", style="dim")
    for missed in result.most_missed:
        text.append(f"\n{missed.wrong}/{missed.total} wrong  ")
        text.append(missed.prompt or f"{missed.bank}: {missed.question}")
    return text


def activity_caption(result: stats.Stats) -> Text:
    counts = [d.total for d in result.activity]
    text = Text()
    text.append(f"Activity, last {len(counts)} days", style="bold")
    if result.activity:
        text.append(f"  {result.activity[0].day:%d %b} \u2192 {result.activity[-1].day:%d %b}"
                    f", {sum(counts)} answers, at most {max(counts)} a day", style="dim")
    return text


class StatsScreen(Screen[None]):
    """Statistics of one bank (or of every bank with ``bank=None``); Escape closes it."""

    BINDINGS = [Binding("escape,q", "close", "Close")]
    DEFAULT_CSS = """
    StatsScreen #stats-body { padding: 0 1; }
    StatsScreen .stats-part { height: auto; padding-top: 1; }
    StatsScreen #activity { height: 4; margin: 0 0 1 0; }
    """

    def __init__(self, bank: Bank | None, log: StudyLog) -> None:
        super().__init__()
        self.bank = bank
        self.study_log = log
        self.result: stats.Stats | None = None
        self.error: str | None = None
        try:
            self.result = stats.compute(log, bank, days=ACTIVITY_DAYS)
        except FactdeckError as exc:  # a damaged store: say so, do not crash the app
            self.error = str(exc)

    def compose(self) -> ComposeResult:
        result = self.result
        with VerticalScroll(id="stats-body"):
            if result is None:
                yield Shown(Text(f"Statistics are not available: {self.error}"),
                             id="stats-summary", classes="stats-part")
                yield Footer()
                return
            yield Shown(summary_text(result, self.bank.title if self.bank else None),
                         id="stats-summary", classes="stats-part")
            yield Shown(activity_caption(result), id="activity-caption", classes="stats-part")
            yield Sparkline([d.total for d in result.activity], id="activity",
                            summary_function=max)
            if result.by_topic:
                yield Shown(tallies_text("By topic", result.by_topic), id="stats-topics",
                             classes="stats-part")
            if result.by_kind:
                yield Shown(tallies_text("By kind", result.by_kind), id="stats-kinds",
                             classes="stats-part")
            yield Shown(missed_text(result), id="stats-missed", classes="stats-part")
        yield Footer()

    def action_close(self) -> None:
        self.dismiss()
