"""``factdeck export anki BANK... -o FILE.apkg``: banks to one Anki package."""

from __future__ import annotations

from pathlib import Path

import click

from factdeck.cli.common import echo, export_options, filter_options


@click.command()
@click.argument("banks", nargs=-1, required=True, metavar="BANK...")
@click.option("-o", "--output", type=click.Path(dir_okay=True, path_type=Path), default=None,
              metavar="FILE.apkg",
              help="Where to write the package (default: NAME.apkg for the first bank).")
@filter_options
@click.option("--type-in", is_flag=True,
              help="Type the answer of true/false, short and date questions. Notes "
              "imported before keep their note type (Anki: Notes > Change Note Type).")
@click.option("--flat", is_flag=True, help="One deck per bank, without subdecks by topic.")
@click.option("--reviewed-only", is_flag=True,
              help="Only questions a teacher accepted (default: drafts too; never rejected).")
@export_options
def anki(banks: tuple[str, ...], output: Path | None, topics: tuple[str, ...],
         kinds: tuple[str, ...], tags: tuple[str, ...], type_in: bool, flat: bool,
         reviewed_only: bool, strict: bool) -> None:
    """Export banks to an Anki package (.apkg) for Anki, AnkiDroid and AnkiMobile.

    BANK is a bank file, a deck folder holding bank.yaml, or a deck name.
    Re-importing a newer export updates notes in place and keeps your reviews;
    notes whose question did not change keep the edits you made in Anki.
    """
    from factdeck.bank.load import load_bank
    from factdeck.cli.common import (
        check_before_export,
        default_output,
        resolve_bank,
        split_values,
    )
    from factdeck.export.anki import export_anki

    paths = [resolve_bank(arg) for arg in banks]
    loaded = [load_bank(path).usable(reviewed_only=reviewed_only) for path in paths]
    check_before_export(paths, strict=strict)
    if output is None:
        output = default_output(loaded[0], ".apkg")
    result = export_anki(loaded, output, topics=topics, kinds=kinds, tags=split_values(tags),
                         type_in=type_in, flat=flat)
    if result.warning:
        echo(f"factdeck: warning: {result.warning}", err=True)
    echo(f"Wrote {result.path}: {_count(result.questions, 'question')} as "
               f"{_count(result.notes, 'note')} and {_count(result.cards, 'card')} "
               f"({result.changed} new or changed since the last export).")
    echo("Import it in Anki with File > Import; importing a newer export updates it in "
               "place.")


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
