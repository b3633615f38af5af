"""``factdeck review BANK``: a teacher reads each draft question before it reaches a class."""

from __future__ import annotations

import click


@click.command()
@click.argument("bank", metavar="BANK_OR_DECK")
def review(bank: str) -> None:
    """Review a built bank's draft questions, flagged ones first.

    Shows each question as the learner will see it, with its answer,
    distractors, the builder's flags and the evidence in its article. Keys:
    a accept, r reject, e edit, s skip, u undo, n/p next/previous, t/k/f
    filter by topic/kind/flag, q save and quit. Every decision is saved the
    moment it is made.
    """
    from factdeck.bank.load import fold_journal, load_bank
    from factdeck.cli.common import resolve_bank
    from factdeck.tui.review_app import ReviewApp
    from factdeck.tui.review_session import ReviewSession

    path = resolve_bank(bank)
    loaded = load_bank(path)
    session = ReviewSession(loaded)
    if not session.queue:
        click.echo(f"{path}: nothing to review: no draft questions "
                   f"({len(loaded.questions)} questions)")
        return
    app = ReviewApp(session)
    try:
        app.run()
    finally:
        fold_journal(path)
    click.echo(f"{path}: {session.progress()}")
