"""The command line: the only layer that prints, parses arguments or exits.

Subcommands are imported only when they run, so ``factdeck quiz`` does not
pay for loading the Anki or worksheet exporters.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from factdeck import __version__

# name -> "module:attribute" of a click command, imported on first use
COMMANDS: dict[str, tuple[str, str]] = {
    "quiz": ("factdeck.cli.quiz_cmd:quiz", "Study a bank in the terminal quiz."),
    "check": ("factdeck.cli.check_cmd:check", "Check banks against the format; prove evidence."),
    "decks": ("factdeck.cli.decks_cmd:decks", "List the shipped decks and your own."),
    "export": ("factdeck.cli.export_cmd:export", "Export banks to Anki or printable worksheets."),
    "extract": ("factdeck.cli.extract_cmd:extract", "Extract facts from articles."),
    "build": ("factdeck.cli.build_cmd:build", "Build a question bank from articles."),
    "compare": ("factdeck.cli.compare_cmd:compare", "Show how outlets report a story differently."),
    "fetch": ("factdeck.cli.fetch_cmd:fetch", "Save web articles (URLs, feeds) as Markdown files."),
    "stats": ("factdeck.cli.stats_cmd:stats", "Show your study statistics."),
    "progress": ("factdeck.cli.progress_cmd:progress", "Export or import your study progress."),
    "review": ("factdeck.cli.review_cmd:review", "Review a built bank's draft questions."),
}


def load_command(spec: str) -> click.Command:
    """Import ``module:attribute`` and return the click command it names."""
    module_name, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module_name), attr)


class SuggestingGroup(click.Group):
    """A click group that answers a mistyped command with the nearest one, as click
    already does for a mistyped option: "No such command 'qiuz'. Did you mean 'quiz'?"."""

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        name = click.utils.make_str(args[0]) if args else ""
        if args and not name.startswith("-") and self.get_command(ctx, name) is None:
            import difflib

            near = difflib.get_close_matches(name, self.list_commands(ctx), n=1, cutoff=0.6)
            if near:
                ctx.fail(f"No such command {name!r}. Did you mean {near[0]!r}?")
        return super().resolve_command(ctx, args)


class LazyGroup(SuggestingGroup):
    """A click group whose subcommands are imported only when used."""

    def __init__(self, *args: Any, lazy: dict[str, tuple[str, str]] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            return load_command(self.lazy[cmd_name][0])
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List commands from their one-line summaries without importing them."""
        rows = [(name, self.lazy[name][1]) for name in sorted(self.lazy)]
        rows += [(name, cmd.get_short_help_str()) for name, cmd in sorted(self.commands.items())]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=LazyGroup, lazy=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factdeck")
def cli() -> None:
    """factdeck turns news articles into study material.

    Study the shipped deck now with 'factdeck quiz', or build your own bank
    from a folder of articles with 'factdeck build'.
    """


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script and of ``python -m factdeck``."""
    from factdeck.cli.common import run

    run(cli, argv if argv is not None else sys.argv[1:])
