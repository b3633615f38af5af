"""``factdeck check BANK...``: a summary per bank and a line per problem.

Exit 0 when every bank is clean, 1 when problems were found, 2 when a bank
could not be read at all.
"""

from __future__ import annotations

import sys

import click

from factdeck.cli.common import echo
from factdeck.errors import FactdeckError


@click.command()
@click.argument("banks", nargs=-1, required=True, metavar="BANK...")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@click.option("--lint", is_flag=True,
              help="Also warn about doubtful questions (a prompt that leans on the article, "
              "an answer the prompt gives away, options that are one answer); never fails.")
def check(banks: tuple[str, ...], quiet: bool, lint: bool) -> None:
    """Check banks against the format and prove every evidence quote.

    BANK is a bank file, a deck folder holding bank.yaml, or a deck name.
    """
    from factdeck.bank.check import check_bank
    from factdeck.cli.common import resolve_bank

    worst = 0
    for arg in banks:
        try:
            result = check_bank(resolve_bank(arg), lint=lint)
        except FactdeckError as exc:
            echo(f"factdeck: {exc}", err=True)
            worst = 2
            continue
        if not quiet and result.bank is not None:
            echo(format_summary(result.summary(), str(result.path)))
        for problem in result.problems:
            echo(str(problem), err=True)
        for warning in result.warnings:
            echo(str(warning), err=True)
        if result.warnings:
            count = len(result.warnings)
            echo(f"{result.path}: {count} warning{'s' if count != 1 else ''} (not "
                       "problems: the bank passes)", err=True)
        if result.problems:
            count = len(result.problems)
            echo(f"{result.path}: {count} problem{'s' if count != 1 else ''}", err=True)
            worst = max(worst, 1)
        elif not quiet:
            echo("  ok: every rule holds and every evidence quote is in its article")
    sys.exit(worst)


def format_summary(summary: dict, path: str) -> str:
    """A few lines a teacher can read at a glance."""
    def counts(mapping: dict) -> str:
        return ", ".join(f"{k} {v}" for k, v in sorted(mapping.items(), key=lambda kv: -kv[1]))

    lines = [
        f"{path}: {summary['title']}",
        f"  questions: {summary['questions']}",
        f"  topics:    {counts(summary['topics']) or '-'}",
        f"  kinds:     {counts(summary['kinds']) or '-'}",
        f"  articles:  {summary['articles']}"
        + (f" ({', '.join(summary['outlets'])})" if summary["outlets"] else ""),
    ]
    if summary.get("reviewed"):
        lines.append(f"  review:    {summary['reviewed']}")
    return "\n".join(lines)
