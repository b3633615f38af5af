"""What every command shares: clear errors instead of tracebacks, bank arguments, filters."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from factdeck.errors import FactdeckError
from factdeck.terminal import visible


def echo(message: str = "", *, err: bool = False, nl: bool = True) -> None:
    """Print a line that may hold text from a bank or an article: control characters shown."""
    click.echo(visible(message), err=err, nl=nl)


def run(group: click.Group, argv: list[str]) -> None:
    """Run the CLI; a :class:`FactdeckError` becomes one line on stderr and exit code 2."""
    try:
        group.main(args=argv, prog_name="factdeck", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except FactdeckError as exc:
        echo(f"factdeck: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # output piped into `head` and closed early: not an error worth a traceback
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except OSError as exc:  # a full disk, a folder that cannot be written: one line, no trace
        where = f"{exc.filename}: " if exc.filename else ""
        echo(f"factdeck: {where}{exc.strerror or exc}", err=True)
        sys.exit(2)
    sys.exit(0)


def resolve_bank(arg: str) -> Path:
    """A bank argument: a bank file, a folder holding bank.yaml, or the name of a known deck."""
    from factdeck.bank.decks import resolve_bank_path

    return resolve_bank_path(arg)


def filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The shared selection options: --topic, --kind, --tag (each repeatable or comma-separated)."""
    from factdeck.bank.model import Kind, Topic

    func = click.option("--tag", "tags", multiple=True, metavar="TAG",
                        help="Only questions with this tag (repeat or comma-separate).")(func)
    func = click.option("--kind", "kinds", multiple=True, metavar="KIND",
                        callback=_choices([k.value for k in Kind]),
                        help="Only this kind: " + ", ".join(k.value for k in Kind) + ".")(func)
    func = click.option("--topic", "topics", multiple=True, metavar="TOPIC",
                        callback=_choices([t.value for t in Topic]),
                        help="Only this topic: " + ", ".join(t.value for t in Topic) + ".")(func)
    return func


def split_values(values: tuple[str, ...]) -> tuple[str, ...]:
    """Values given as repeated options or comma-separated, flattened."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _choices(allowed: list[str]) -> Callable[[click.Context, click.Parameter, tuple[str, ...]],
                                             tuple[str, ...]]:
    def check(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
              ) -> tuple[str, ...]:
        flat = split_values(values)
        for v in flat:
            if v not in allowed:
                raise click.BadParameter(f"{v!r} is not one of {', '.join(allowed)}")
        return flat
    return check
