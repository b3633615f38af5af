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

from factdeck.cli.common import article_inputs, echo, web_options
from factdeck.errors import FactdeckError

if TYPE_CHECKING:
    from factdeck.bank.facts import Facts


@click.command()
@click.argument("inputs", nargs=-1, metavar="ARTICLES_FOLDERS_OR_URLS...")
@click.option("-o", "--output", required=True, metavar="DIR/bank.yaml",
              help="The bank file to write (a folder gets bank.yaml); articles go beside it.")
@click.option("--title", default=None, help="The bank's title (default: from the articles).")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(min=1),
              help="Processes: articles are read, outlets compared and each story's "
                   "questions written in parallel.")
@click.option("--no-nlp", is_flag=True, help="Use the rules only, even if spaCy is installed.")
@click.option("--facts", "facts_file", default=None, metavar="FACTS.yaml",
              help="Build from a (reviewed) facts file instead of extracting.")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@click.option("--force", is_flag=True,
              help="Write over a bank 'build' did not make (it is kept as bank.yaml.bak).")
@click.option("--keep-all", is_flag=True,
              help="Build from every input, even one with no dateline, no named people and "
                   "no quotes (skipped by default: it does not read as a news article).")
@web_options
def build(inputs: tuple[str, ...], output: str, title: str | None, jobs: int, no_nlp: bool,
          facts_file: str | None, quiet: bool, force: bool, keep_all: bool,
          feeds: tuple[str, ...],
          limit: int | None, since: object) -> None:
    """Build a question bank from article files, folders of them, or web pages.

    Reads .txt, .md and .html articles and http(s):// URLs (saved as .md under
    DIR/articles/), extracts people, posts, dates, quotes and stances, writes
    DIR/bank.yaml with a copy of every article under DIR/articles/, and checks
    the result as 'factdeck check' does. Every question is a draft for 'factdeck
    review'. Building into a deck built before merges: what a teacher accepted,
    rejected or edited is kept; questions whose evidence is gone are set aside in
    DIR/bank.orphans.yaml. A URL that fails is reported and the
    others are used; the exit code is then 1.
    """
    from factdeck.articles import read_article
    from factdeck.bank.check import check_bank
    from factdeck.generate.bank_builder import build_bank
    from factdeck.generate.deck_writer import (
        ARTICLES_DIR,
        article_copies,
        bank_path,
        write_built_deck,
    )

    target = bank_path(output)
    with article_inputs(inputs, feeds, limit=limit, since=since, quiet=quiet,
                        save_to=target.parent / ARTICLES_DIR) as given:
        paths = given.paths
    _refuse_clashing_names(paths)
    if facts_file:
        from factdeck.generate.reviewed import load_facts

        facts = load_facts(facts_file, [read_article(p) for p in paths])
    else:
        facts = _extract(paths, jobs=jobs, nlp=not no_nlp, quiet=quiet)
        facts = _skip_non_news(facts, keep_all=keep_all)
    if target.exists() and target.is_dir():
        raise FactdeckError(f"{target}: is a folder; give the bank file to write")
    copies = article_copies(facts)
    bank = build_bank(facts, title=title, article_files=copies, jobs=jobs)
    merged = write_built_deck(bank, facts, target, copies, force=force)
    bank = merged.bank
    result = check_bank(target)
    if not quiet:
        topics = Counter(str(q.topic) for q in bank.questions)
        detail = ", ".join(f"{t} {n}" for t, n in sorted(topics.items()))
        echo(f"{target}: {len(bank.questions)} questions ({detail or 'none'}) from "
                   f"{len(bank.articles)} article{'s' if len(bank.articles) != 1 else ''}")
        if merged.kept or merged.updated or merged.retired or merged.orphans or merged.removed:
            echo(f"{target}: merged: {len(merged.kept)} kept as the teacher left them, "
                       f"{len(merged.updated)} drafts updated, {len(merged.added)} new drafts, "
                       f"{len(merged.retired)} drafts no longer made, {len(merged.removed)} "
                       "deleted by hand stay deleted")
    if merged.orphans:
        from factdeck.generate.merge import orphans_path

        echo(f"{target}: {len(merged.orphans)} question"
                   f"{'s' if len(merged.orphans) != 1 else ''} whose evidence is gone set aside "
                   f"in {orphans_path(target)}: "
                   + ", ".join(q.id for q in merged.orphans), err=True)
    for problem in result.problems:
        echo(str(problem), err=True)
    if result.problems:
        count = len(result.problems)
        echo(f"{target}: {count} problem{'s' if count != 1 else ''}", err=True)
        sys.exit(1)
    if not bank.questions:
        echo(f"{target}: no questions: the articles gave no facts to ask about", err=True)
    given.exit_if_failed()


NOT_NEWS = "no dateline, no named people and no quotes"


def _skip_non_news(facts: Facts, *, keep_all: bool) -> Facts:
    """Leave out (or, with ``keep_all``, only point out) the inputs that do not read as
    news: a licence or a manual has no dateline, names no one and quotes no one, and
    the questions made from it would be about nothing a learner wants to know."""
    import dataclasses

    named = {a for person in facts.people for a in person.articles}
    quoted = {q.article for q in facts.quotes}
    odd = [a.file for a in facts.articles
           if a.published is None and a.file not in named and a.file not in quoted]
    if not odd:
        return facts
    for name in odd:
        if keep_all:
            echo(f"factdeck: warning: {name}: {NOT_NEWS}; built anyway (--keep-all)",
                       err=True)
        else:
            echo(f"factdeck: {name}: skipped: {NOT_NEWS}, so it does not read as a "
                       "news article (--keep-all builds from it anyway)", err=True)
    if keep_all:
        return facts
    if len(odd) == len(facts.articles):
        raise FactdeckError("no input reads as a news article; give --keep-all to build "
                            "from them anyway")
    gone = set(odd)
    return dataclasses.replace(
        facts,
        articles=tuple(a for a in facts.articles if a.file not in gone),
        dates=tuple(d for d in facts.dates if d.article not in gone),
        positions=tuple(p for p in facts.positions if p.article not in gone),
        differences=tuple(d for d in facts.differences
                          if not any(r.article in gone for r in d.reports)))


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
