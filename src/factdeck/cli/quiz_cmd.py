"""``factdeck quiz``: study a bank in the terminal; with no bank, pick a deck first.

Everything that can go wrong before the quiz appears (a missing file, a
broken bank, filters that match nothing, an unreadable progress store) is
reported here as one clear line, before Textual takes over the terminal.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

import click

from factdeck.cli.common import check_progress_path, filter_options, resolve_bank
from factdeck.errors import FactdeckError, ProgressError

if TYPE_CHECKING:
    from factdeck.study.log import StudyLog


def open_study_log(path: Path | None) -> StudyLog:
    """The progress store at ``path`` (the default one if None), as one clear error if it fails."""
    from factdeck.study.log import StudyLog  # sqlite and FSRS: only once a quiz starts

    try:
        return StudyLog.open(path)
    except ProgressError:
        raise
    except OSError as exc:
        raise ProgressError(f"cannot open the progress store: {exc}") from None


@click.command()
@click.argument("banks", nargs=-1, metavar="[BANK_OR_DECK]...")
@filter_options
@click.option("--count", "-n", type=click.IntRange(min=1), default=None, metavar="N",
              help="Ask at most N questions.")
@click.option("--mode", type=click.Choice(["practice", "test", "review"]), default="practice",
              show_default=True,
              help="practice: feedback after each answer; test: score at the end; "
                   "review: spaced repetition.")
@click.option("--seed", type=int, default=None, help="Seed for a reproducible order.")
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=None,
              metavar="MINUTES", help="Time limit in minutes (test mode).")
@click.option("--progress", "progress_file", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Progress store to use (default: your user data folder).")
@click.option("--no-progress", is_flag=True, help="Do not read or record progress.")
@click.option("--light", is_flag=True, help="Start with the light theme.")
@click.option("--reviewed-only", is_flag=True,
              help="Only questions a teacher accepted (default: drafts too; never rejected).")
def quiz(banks: tuple[str, ...], topics: tuple[str, ...], kinds: tuple[str, ...],
         tags: tuple[str, ...], count: int | None, mode: str, seed: int | None,
         time_limit: float | None, progress_file: Path | None, no_progress: bool,
         light: bool, reviewed_only: bool) -> None:
    """Study a bank in the terminal quiz.

    BANK_OR_DECK is a bank file, a deck folder or a deck name; with none (or
    several) a deck picker opens first. Filters apply to every deck.
    """
    from factdeck.cli.common import split_values

    if time_limit is not None and mode != "test":
        raise click.UsageError("--time-limit applies to --mode test only")
    from factdeck.bank.decks import DeckRef, find_decks

    refs: list[DeckRef] = []
    for arg in banks:
        path = resolve_bank(arg)
        refs.append(DeckRef(path.parent.name if path.name == "bank.yaml" else path.stem,
                            path, "given"))
    session = None
    if len(refs) == 1:
        from factdeck.bank.load import load_bank
        from factdeck.study.session import QuizSession

        bank = load_bank(refs[0].path).usable(reviewed_only=reviewed_only)
        # a big bank is hundreds of thousands of objects that live as long as the quiz:
        # keep the garbage collector from walking them again and again while we start
        gc.freeze()
        # validates the filters now, so a typo gives a clear line instead of an empty quiz
        session = QuizSession.start(bank, topics=topics, kinds=kinds, tags=split_values(tags),
                                    count=count, mode=mode, seed=seed,
                                    time_limit=time_limit * 60 if time_limit else None)
    elif not refs:
        refs = find_decks()
        if not refs:
            raise FactdeckError("no decks found; give a bank file or build one with "
                                "'factdeck build'")
    gc.freeze()
    deferred = session is not None and session.mode.value != "review"
    if progress_file is not None:
        check_progress_path(progress_file)
    study_log = None
    if not no_progress and not deferred:
        study_log = open_study_log(progress_file)
    app = None
    try:
        if session is not None and session.mode.value == "review" and study_log is not None:
            from factdeck.study.session import QuizSession

            log = study_log
            session = QuizSession.start(
                bank, topics=topics, kinds=kinds, tags=split_values(tags), count=count,
                mode=mode, seed=seed, order=lambda qs: log.review_queue(bank, qs))
        from factdeck.tui.app import QuizApp, QuizOptions

        options = QuizOptions(topics=topics, kinds=kinds, tags=split_values(tags), count=count,
                              mode=mode, seed=seed,
                              time_limit=time_limit * 60 if time_limit else None,
                              reviewed_only=reviewed_only)
        opener = (lambda: open_study_log(progress_file)) if deferred and not no_progress \
            else None
        app = QuizApp(session=session, decks=refs if session is None else None,
                      options=options, study_log=study_log, open_study_log=opener,
                      theme="textual-light" if light else None)
        app.run()
        if app.return_code:
            raise FactdeckError("the quiz stopped with an error")
        # left or finished: what was done stays in the terminal once the quiz is gone
        if app.last_session is not None and app.last_session.answers:
            for line in app.last_session.summary_lines():
                click.echo(line)
    finally:
        if app is not None and app.study_log is not None:
            study_log = app.study_log
        if study_log is not None:
            study_log.close()
