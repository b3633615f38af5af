"""``factdeck fetch URL... -o FOLDER``: save web articles as Markdown files, without building.

For a teacher who wants to read, trim or fix the articles before building:
each page is saved as ``.md`` with front matter, ready for ``factdeck build
FOLDER``.
"""

from __future__ import annotations

from pathlib import Path

import click

from factdeck.cli.common import article_inputs, web_options


@click.command()
@click.argument("urls", nargs=-1, metavar="URLS...")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path, dir_okay=True,
                                                                 file_okay=False),
              metavar="FOLDER", help="The folder to save the articles in (made if missing).")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@web_options
def fetch(urls: tuple[str, ...], output: Path, quiet: bool, feeds: tuple[str, ...],
          limit: int | None, since: object) -> None:
    """Download articles from URLS (and --feed feeds) and save each as FOLDER/NAME.md.

    Each page's main text is kept with its title, outlet, author, publication
    date, URL and the time it was fetched. A URL that fails is reported in one
    line and the others are saved; the exit code is then 1.
    """
    from factdeck.articles.web import is_url
    from factdeck.errors import FactdeckError

    not_urls = [u for u in urls if not is_url(u)]
    if not_urls:
        raise FactdeckError(f"{not_urls[0]}: not an http:// or https:// address "
                            "(fetch takes URLs; build reads files and folders)")
    with article_inputs(urls, feeds, limit=limit, since=since, save_to=output,
                        quiet=quiet) as given:
        if not quiet:
            for path in given.paths:
                click.echo(str(path))
            click.echo(f"{len(given.paths)} article{'s' if len(given.paths) != 1 else ''} "
                       f"saved in {output}", err=True)
    given.exit_if_failed()
