"""``factdeck build ARTICLES... -o DIR/bank.yaml``: articles -> facts -> a checked question bank.

Extraction, generation, the copy of the articles next to the bank and the
check all run here in one go; the output is the same, byte for byte, when the
same articles are built again.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from factdeck.errors import FactdeckError

if TYPE_CHECKING:
    from factdeck.facts import Facts


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="ARTICLES_OR_FOLDERS...")
@click.option("-o", "--output", required=True, metavar="DIR/bank.yaml",
              help="The bank file to write (a folder gets bank.yaml); articles go beside it.")
@click.option("--title", default=None, help="The bank's title (default: from the articles).")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(min=1),
              help="Articles to extract in parallel.")
@click.option("--no-nlp", is_flag=True, help="Use the rules only, even if spaCy is installed.")
@click.option("--facts", "facts_file", default=None, metavar="FACTS.yaml",
              help="Build from a (reviewed) facts file instead of extracting.")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
def build(inputs: tuple[str, ...], output: str, title: str | None, jobs: int, no_nlp: bool,
          facts_file: str | None, quiet: bool) -> None:
    """Build a question bank from article files or folders of them.

    Reads .txt, .md and .html articles, extracts people, posts, dates, quotes
    and stances, writes DIR/bank.yaml with a copy of every article under
    DIR/articles/, and checks the result as 'factdeck check' does.
    """
    from factdeck.articles import article_paths, read_article
    from factdeck.check import check_bank
    from factdeck.generate.bank_builder import build_bank
    from factdeck.generate.deck_writer import article_copies, bank_path, write_deck

    paths = article_paths(inputs)
    _refuse_clashing_names(paths)
    if facts_file:
        from factdeck.generate.reviewed import load_facts

        facts = load_facts(facts_file, [read_article(p) for p in paths])
    else:
        facts = _extract(paths, jobs=jobs, nlp=not no_nlp, quiet=quiet)
    target = bank_path(output)
    if target.exists() and target.is_dir():
        raise FactdeckError(f"{target}: is a folder; give the bank file to write")
    copies = article_copies(facts)
    bank = build_bank(facts, title=title, article_files=copies)
    write_deck(bank, facts, target, copies)
    result = check_bank(target)
    if not quiet:
        topics = Counter(str(q.topic) for q in bank.questions)
        detail = ", ".join(f"{t} {n}" for t, n in sorted(topics.items()))
        click.echo(f"{target}: {len(bank.questions)} questions ({detail or 'none'}) from "
                   f"{len(bank.articles)} article{'s' if len(bank.articles) != 1 else ''}")
    for problem in result.problems:
        click.echo(str(problem), err=True)
    if result.problems:
        count = len(result.problems)
        click.echo(f"{target}: {count} problem{'s' if count != 1 else ''}", err=True)
        sys.exit(1)
    if not bank.questions:
        click.echo(f"{target}: no questions: the articles gave no facts to ask about", err=True)


def _refuse_clashing_names(paths: list[Path]) -> None:
    """Facts name articles by file name, so two articles may not share one."""
    seen: dict[str, Path] = {}
    for path in paths:
        if path.name in seen and seen[path.name].resolve() != path.resolve():
            raise FactdeckError(f"{seen[path.name]} and {path} have the same file name; "
                                "rename one (facts name articles by file name)")
        seen[path.name] = path


def _extract(paths: list[Path], *, jobs: int, nlp: bool, quiet: bool) -> Facts:
    """Run the extraction pipeline, with a progress bar on a terminal for long runs."""
    from factdeck.extract.pipeline import extract_facts

    use_nlp = None if nlp else False  # None: spaCy when an English pipeline is installed
    if quiet or len(paths) <= 20 or not sys.stderr.isatty():
        return extract_facts(paths, jobs=jobs, use_nlp=use_nlp)
    with click.progressbar(length=len(paths), label="Extracting", file=sys.stderr) as bar:
        def progress(done: int, total: int) -> None:
            bar.update(done - bar.pos)

        return extract_facts(paths, jobs=jobs, progress=progress, use_nlp=use_nlp)
