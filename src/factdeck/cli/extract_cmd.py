"""``factdeck extract``: articles -> a facts file (YAML or JSON) for review or scoring."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from factdeck.cli.common import article_inputs, web_options
from factdeck.errors import FactdeckError


@click.command()
@click.argument("articles", nargs=-1, metavar="ARTICLES_FOLDERS_OR_URLS...")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="Facts file to write: .yaml/.yml or .json ('-' for YAML on stdout).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Articles extracted in parallel (processes).")
@click.option("--no-nlp", is_flag=True, help="Rules only, even when spaCy is installed.")
@web_options
def extract(articles: tuple[str, ...], output: Path, jobs: int, no_nlp: bool,
            feeds: tuple[str, ...], limit: int | None, since: object) -> None:
    """Extract people, posts, dates, quotes and stances from ARTICLES (files, folders, URLs)."""
    from factdeck.extract.pipeline import extract_facts

    fmt = _format_of(output)
    with article_inputs(articles, feeds, limit=limit, since=since) as given:
        paths = given.paths
        bar = _progress_bar(len(paths))
        try:
            facts = extract_facts(paths, jobs=jobs, progress=bar.update if bar else None,
                                  use_nlp=False if no_nlp else None)
        finally:
            if bar:
                bar.close()
    text = _dump(facts.to_data(), fmt)
    if str(output) == "-":
        click.echo(text, nl=False)
        given.exit_if_failed()
        return
    from factdeck.atomic import write_text

    try:
        write_text(output, text)
    except OSError as exc:
        raise FactdeckError(f"{output}: cannot write it ({exc.strerror or exc})") from None
    click.echo(f"{len(paths)} articles: {len(facts.people)} people, {len(facts.dates)} dates, "
               f"{len(facts.quotes)} quotes, {len(facts.positions)} stances, "
               f"{len(facts.differences)} differences -> {output}", err=True)
    given.exit_if_failed()


def _format_of(output: Path) -> str:
    suffix = output.suffix.lower()
    if str(output) == "-" or suffix in (".yaml", ".yml"):
        return "yaml"
    if suffix == ".json":
        return "json"
    raise FactdeckError(f"{output}: write facts to a .yaml, .yml or .json file")


def _dump(data: dict, fmt: str) -> str:
    if fmt == "json":
        import json

        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    import yaml

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


class _Bar:
    """A progress bar on a terminal, for runs long enough to need one."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.bar = click.progressbar(length=total, label="Extracting", file=sys.stderr)
        self.bar.__enter__()
        self.done = 0

    def update(self, done: int, total: int) -> None:
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        self.bar.__exit__(None, None, None)


def _progress_bar(total: int) -> _Bar | None:
    if total < 20 or not sys.stderr.isatty():
        return None
    return _Bar(total)
