"""``factdeck compare ARTICLES...``: how outlets tell one story differently, side by side.

For a teacher to review before building: each matter the articles report
differently, with every outlet's version in its own column.
"""

from __future__ import annotations

import shutil

import click

from factdeck.cli.common import article_inputs, echo, web_options
from factdeck.errors import FactdeckError
from factdeck.terminal import visible


@click.command()
@click.argument("inputs", nargs=-1, metavar="ARTICLES_FOLDERS_OR_URLS...")
@click.option("-w", "--width", type=click.IntRange(min=30), default=None,
              help="Wrap to this many columns (default: the terminal's width).")
@click.option("--evidence", is_flag=True,
              help="Show each outlet's whole sentence instead of the short version.")
@click.option("--no-nlp", is_flag=True,
              help="Rules only (figures, quotes, claims), even if spaCy is installed.")
@click.option("--all", "show_all", is_flag=True,
              help="Show what the outlets report alike too (figures, remarks), after the "
                   "differences.")
@web_options
def compare(inputs: tuple[str, ...], width: int | None, evidence: bool, no_nlp: bool,
            show_all: bool, feeds: tuple[str, ...], limit: int | None, since: object) -> None:
    """Show where articles about one story differ: figures, actors, wording, descriptions.

    Articles are first grouped into stories; only articles of one story are
    compared. Each block is one matter, with one column per outlet.
    """
    from factdeck.differences.align import align_agreements
    from factdeck.differences.sidebyside import render
    from factdeck.differences.stories import group_stories
    from factdeck.differences.text import outlet_name
    from factdeck.extract.pipeline import extract_facts

    with article_inputs(inputs, feeds, limit=limit, since=since) as given:
        paths = list(given.paths)
        if len(paths) < 2:
            raise FactdeckError("compare needs at least two articles")
        # the extraction's facts (people, quotes and their speakers) tell names and speakers
        # apart, so compare shows exactly the differences ``factdeck extract`` writes
        facts = extract_facts(paths, use_nlp=False if no_nlp else None)
    articles = list(facts.articles)
    diffs = facts.differences
    width = width or min(shutil.get_terminal_size((100, 24)).columns, 160)
    stories = [s for s in group_stories(articles) if len(s) > 1]
    if not stories:
        echo("No two articles tell the same story; nothing to compare.")
        given.exit_if_failed()
        return
    for story in stories:
        files = {a.file for a in story}
        mine = [d for d in diffs if {r.article for r in d.reports} <= files]
        outlets = ", ".join(dict.fromkeys(outlet_name(a) for a in story))
        heading = f"Story of {len(story)} articles: {outlets}"
        click.echo(click.style(visible(heading), bold=True))
        echo("=" * min(len(heading), width))
        if mine:
            echo(render(mine, story, width, evidence=evidence))
        else:
            echo("No differences found: these articles agree on what could be compared.\n")
        if show_all:
            alike = align_agreements(story, facts, parse=not no_nlp)
            echo(click.style(f"Told alike ({len(alike)})", bold=True))
            if alike:
                echo(render(alike, story, width, evidence=evidence))
            else:
                echo("Nothing the aligners paired was told alike.\n")
    alone = [a for s in group_stories(articles) if len(s) == 1 for a in s]
    if alone:
        echo("Not compared (no other article tells their story): "
                   + ", ".join(a.file for a in alone))
    given.exit_if_failed()
