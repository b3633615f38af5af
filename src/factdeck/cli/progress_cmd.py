"""``factdeck progress export|import``: move study history between machines as JSON."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from factdeck.cli.common import echo

if TYPE_CHECKING:
    from factdeck.study.log import StudyLog

PROGRESS_OPTION = click.option(
    "--progress", "progress_file", type=click.Path(dir_okay=False, path_type=Path),
    default=None, help="Progress store to use (default: your user data folder).")


@click.group()
def progress() -> None:
    """Export your study progress to a JSON file, or import one."""


def _open(progress_file: Path | None) -> StudyLog:
    from factdeck.cli.common import check_progress_path
    from factdeck.study.log import StudyLog

    if progress_file is not None:
        check_progress_path(progress_file)
    log = StudyLog.open(progress_file)
    if log.notice:
        echo(f"factdeck: {log.notice}", err=True)
    return log


@progress.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@PROGRESS_OPTION
def export_progress(file: Path, progress_file: Path | None) -> None:
    """Write every answer, schedule and resume point to FILE (JSON, written atomically)."""
    with _open(progress_file) as log:
        count = log.export_file(file)
    echo(f"Exported {count} answer{'s' if count != 1 else ''} to {file}")


@progress.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@PROGRESS_OPTION
def import_progress(file: Path, progress_file: Path | None) -> None:
    """Merge FILE (made by 'factdeck progress export') into your progress.

    Answers already present are skipped, so importing twice changes nothing;
    schedules are recomputed from the merged history.
    """
    with _open(progress_file) as log:
        result = log.import_file(file)
    echo(f"Imported {result.events_added} new answer"
               f"{'s' if result.events_added != 1 else ''} from {file}"
               f" ({result.events_skipped} already present)")
