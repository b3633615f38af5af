"""``factdeck stats``: study statistics as compact text, or JSON for scripts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from factdeck.cli.common import check_progress_path, echo, resolve_bank


@click.command()
@click.argument("bank", required=False, metavar="[BANK_OR_DECK]")
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
@click.option("--progress", "progress_file", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Progress store to read (default: your user data folder).")
@click.option("--days", type=click.IntRange(1, 366), default=14, show_default=True,
              help="Days of activity to chart.")
def stats(bank: str | None, as_json: bool, progress_file: Path | None, days: int) -> None:
    """Show what you answered, how well, what is due and what you miss most.

    With BANK_OR_DECK (a bank file, deck folder or deck name) only that bank
    counts; without, every bank in your progress.
    """
    from factdeck.study import stats as statistics
    from factdeck.study.log import StudyLog

    if progress_file is not None:
        check_progress_path(progress_file)
    loaded = None
    if bank is not None:
        from factdeck.bank.load import load_bank

        loaded = load_bank(resolve_bank(bank))
    with StudyLog.open(progress_file) as log:
        if log.notice:
            echo(f"factdeck: {log.notice}", err=True)
        result = statistics.compute(log, loaded, days=days,
                                    find_bank=None if loaded is not None else deck_finder())
    if as_json:
        echo(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
        return
    for line in render(result, loaded.title if loaded else None):
        echo(line)


def deck_finder() -> Any:
    """Find a bank by name among the shipped and user decks, loading each at most once;
    None for a bank that is gone or cannot be read (its questions then show by id)."""
    from factdeck.bank.decks import find_decks
    from factdeck.bank.load import load_bank
    from factdeck.errors import FactdeckError

    paths = {}
    for ref in find_decks():
        paths.setdefault(ref.name, ref.path)
    loaded: dict[str, Any] = {}

    def find(name: str) -> Any:
        if name not in loaded:
            path = paths.get(name)
            try:
                loaded[name] = load_bank(path) if path is not None else None
            except FactdeckError:
                loaded[name] = None
        return loaded[name]
    return find


def _percent(tally: Any) -> str:
    return "-" if tally.accuracy is None else f"{round(100 * tally.accuracy)}%"


def render(result: Any, title: str | None = None) -> list[str]:
    """The statistics as a few lines of plain text, chart included."""
    from factdeck.study.stats import sparkline

    lines = [f"Statistics for {title} ({result.bank})" if title else
             "Statistics for all banks" + (f" ({', '.join(result.banks)})" if result.banks
                                           else "")]
    if not result.answered:
        lines.append("No answers recorded yet: run 'factdeck quiz' to start.")
    lines.append(f"Answered   {result.overall.total} ({result.overall.correct} right, "
                 f"{_percent(result.overall)})")
    due = f"Due        {result.due_now} now, {result.due_today} today, {result.due_week} this week"
    if result.new is not None:
        due += f"; {result.new} never answered"
    lines.append(due)
    for label, tallies in (("By topic", result.by_topic), ("By kind", result.by_kind)):
        if tallies:
            lines.append(f"{label:<10} " + ", ".join(
                f"{name} {_percent(t)} of {t.total}" for name, t in tallies.items()))
    if result.most_missed:
        lines.append("Most missed")
        for missed in result.most_missed:
            where = missed.prompt or missed.question
            if result.bank is None:
                where = f"{missed.bank}: {where}"
            lines.append(f"  {missed.wrong}/{missed.total} wrong  {where}")
    counts = [d.total for d in result.activity]
    if result.activity:
        first, last = result.activity[0].day, result.activity[-1].day
        lines.append(f"Activity   {first:%d %b} |{sparkline(counts)}| {last:%d %b}"
                     f"  (max {max(counts)} a day, {sum(counts)} in {len(counts)} days)")
    return lines
