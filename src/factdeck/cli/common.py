"""What every command shares: clear errors instead of tracebacks, bank arguments, filters,
and article inputs (files, folders, URLs and feeds)."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
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


# ---------------------------------------------------------------- inputs: files, folders, URLs

def web_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--feed, --limit and --since: articles taken from RSS or Atom feeds."""
    func = click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
                        metavar="YYYY-MM-DD",
                        help="Only feed articles published on or after this day.")(func)
    func = click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
                        help="At most N articles from each feed (the newest).")(func)
    func = click.option("--feed", "feeds", multiple=True, metavar="URL",
                        help="Take the articles of this RSS or Atom feed (repeatable).")(func)
    return func


@dataclass
class Inputs:
    """The article files a command reads, and how many web inputs could not be had."""

    paths: list[Path] = field(default_factory=list)
    failed: int = 0
    fetched: int = 0

    def exit_if_failed(self) -> None:
        """Some inputs failed: say so in the exit code (1), after the others were used."""
        if self.failed:
            click.echo(f"factdeck: {self.failed} web input{'s' if self.failed != 1 else ''} "
                       "failed (see above)", err=True)
            sys.exit(1)


@contextlib.contextmanager
def article_inputs(inputs: tuple[str, ...], feeds: tuple[str, ...] = (), *,
                   limit: int | None = None, since: Any = None, save_to: Path | None = None,
                   quiet: bool = False) -> Iterator[Inputs]:
    """Expand inputs into article files: files and folders as given, URLs and feed entries
    fetched and saved as ``.md`` into ``save_to`` (a temporary folder when None).

    A web input that fails is reported in one line on stderr and the others go on;
    when nothing at all can be read, the run stops with an error.
    """
    from factdeck.articles import article_paths
    from factdeck.articles.web import feed_items, is_url

    with contextlib.ExitStack() as stack:
        if save_to is None:
            save_to = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="factdeck-")))
        result = Inputs()
        slots: list[Path | str] = []  # a file, or a URL to fetch, in the order given
        for arg in inputs:
            if is_url(arg):
                slots.append(arg)
            else:
                refuse_pdf(Path(arg))
                slots.extend(article_paths([arg]))
        since_day = since.date() if since is not None else None
        for feed in feeds:
            try:
                slots.extend(item.url for item in
                             feed_items(feed, limit=limit, since=since_day))
            except FactdeckError as exc:
                click.echo(f"factdeck: {exc}", err=True)
                result.failed += 1
        urls = list(dict.fromkeys(s for s in slots if isinstance(s, str)))
        saved = _fetch_all(urls, save_to, result, quiet=quiet)
        seen: set[Path] = set()
        for slot in slots:
            path = saved.get(slot) if isinstance(slot, str) else slot
            if path is not None and path not in seen:
                seen.add(path)
                result.paths.append(path)
        if not result.paths:
            raise FactdeckError("no article could be read" if result.failed
                                else "no articles given")
        yield result


def export_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--strict``, shared by every exporter: the same rule for Anki and worksheets."""
    return click.option("--strict", is_flag=True,
                        help="Refuse to export a bank that fails 'factdeck check'.")(func)


def default_output(bank: Any, suffix: str) -> Path:
    """Where an export goes without ``-o``: the first bank's name, in the current folder."""
    return Path(f"{bank.name}{suffix}")


def check_before_export(paths: list[Path], *, strict: bool) -> None:
    """Warn about a bank that fails ``factdeck check`` (refuse it with ``strict``): a
    teacher must not hand out questions whose evidence is not in their articles."""
    from factdeck.bank.check import check_bank

    for path in paths:
        problems = check_bank(path).problems
        if not problems:
            continue
        what = f"{path}: fails 'factdeck check' with {len(problems)} " \
            f"problem{'s' if len(problems) != 1 else ''}"
        if strict:
            raise FactdeckError(f"{what}; nothing exported (--strict)")
        click.echo(f"factdeck: warning: {what}; run 'factdeck check {path}' to see them, or "
                   "use --strict to refuse such banks", err=True)


def check_progress_path(path: Path) -> None:
    """Refuse at once a ``--progress`` path that can never work, or whose folder does not
    exist: a mistyped folder must not silently become a new, empty progress store."""
    from factdeck.errors import ProgressError

    if path.is_dir():
        raise ProgressError(f"{path}: is a folder; give a file for --progress")
    parent = path.parent
    if parent.exists() and not parent.is_dir():
        raise ProgressError(f"{path}: {parent} is a file, not a folder")
    if not parent.exists():
        raise ProgressError(f"{path}: the folder {parent} does not exist; create it first "
                            "or give the path of an existing folder to --progress")


def refuse_pdf(path: Path) -> None:
    """A PDF (by its name or its first bytes) is not read: say so, and what to give instead,
    rather than "not UTF-8 text"."""
    is_pdf = path.suffix.lower() == ".pdf"
    if not is_pdf and path.is_file():
        try:
            with path.open("rb") as f:
                is_pdf = f.read(5) == b"%PDF-"
        except OSError:
            return  # reported where the file is read
    if is_pdf:
        raise FactdeckError(f"{path}: is a PDF, which factdeck does not read; save the article "
                            "as text (.txt) from your PDF reader, or give the URL of its web "
                            "page")


def _fetch_all(urls: list[str], folder: Path, result: Inputs, *, quiet: bool
               ) -> dict[str, Path]:
    """Fetch and save every URL; failures are reported after the progress bar, one line each."""
    from factdeck.articles.web import save_url

    saved: dict[str, Path] = {}
    problems: list[str] = []
    show_bar = len(urls) > 1 and not quiet and sys.stderr.isatty()
    with contextlib.ExitStack() as stack:
        bar = stack.enter_context(click.progressbar(
            urls, label="Fetching", file=sys.stderr)) if show_bar else urls
        for url in bar:
            try:
                saved[url] = save_url(url, folder)
                result.fetched += 1
            except FactdeckError as exc:
                problems.append(str(exc))
                result.failed += 1
    for problem in problems:
        click.echo(f"factdeck: {problem}", err=True)
    return saved
