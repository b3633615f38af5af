"""``factdeck export``: a group whose exporters load only when used."""

from __future__ import annotations

import click

from factdeck.cli import LazyGroup

EXPORTERS = {
    "anki": ("factdeck.cli.export_anki_cmd:anki", "Export banks to an Anki package (.apkg)."),
    "worksheet": ("factdeck.cli.export_worksheet_cmd:worksheet",
                  "Export banks to a printable HTML (or PDF) worksheet."),
}


@click.group(cls=LazyGroup, lazy=EXPORTERS)
def export() -> None:
    """Export banks to Anki or to printable worksheets."""
