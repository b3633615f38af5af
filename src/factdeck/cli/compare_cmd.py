"""``factdeck compare ARTICLES...``: how outlets tell one story differently, side by side.

For a teacher to review before building: each matter the articles report
differently, with every outlet's version in its own column.
"""

from __future__ import annotations

import shutil

import click

from factdeck.cli.common import echo
from factdeck.errors import FactdeckError
from factdeck.terminal import visible


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="ARTICLES_OR_FOLDERS...")
@click.option("-w", "--width", type=click.IntRange(min=30), default=None,
              help="Wrap to this many columns (default: the terminal's width).")
@click.option("--evidence", is_flag=True,
              help="Show each outlet's whole sentence instead of the short version.")
@click.option("--no-nlp", is_flag=True,
              help="Rules only (figures, quotes, claims), even if spaCy is installed.")
def compare(inputs: tuple[str, ...], width: int | None, evidence: bool, no_nlp: bool) -> None:
    """Show where articles about one story differ: figures, actors, wording, descriptions.

    Articles are first grouped into stories; only articles of one story are
    compared. Each block is one matter, with one column per outlet.
    """
    from factdeck.articles import article_paths, read_article
    from factdeck.differences import find_differences
    from factdeck.differences.sidebyside import render
    from factdeck.differences.stories import group_stories
    from factdeck.differences.text import outlet_name

    articles = [read_article(p) for p in article_paths(inputs)]
    if len(articles) < 2:
        raise FactdeckError("compare needs at least two articles")
    width = width or min(shutil.get_terminal_size((100, 24)).columns, 160)
    stories = [s for s in group_stories(articles) if len(s) > 1]
    diffs = find_differences(articles, parse=not no_nlp)
    if not stories:
        echo("No two articles tell the same story; nothing to compare.")
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
    alone = [a for s in group_stories(articles) if len(s) == 1 for a in s]
    if alone:
        echo("Not compared (no other article tells their story): "
                   + ", ".join(a.file for a in alone))
