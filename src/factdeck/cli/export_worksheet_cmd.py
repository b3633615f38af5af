"""``factdeck export worksheet BANK... -o FILE.html``: a printable worksheet (and PDF)."""

from __future__ import annotations

from pathlib import Path

import click

from factdeck.cli.common import (
    check_before_export,
    default_output,
    echo,
    export_options,
    filter_options,
    resolve_bank,
    split_values,
)


@click.command()
@click.argument("banks", nargs=-1, required=True, metavar="BANK...")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), default=None,
              metavar="FILE.html",
              help="Where to write the worksheet (FILE.pdf writes only the PDF; default: "
                   "NAME.html for the first bank).")
@filter_options
@click.option("--count", type=click.IntRange(min=1), default=None, metavar="N",
              help="Pick N questions, spread over the topics (default: all that match).")
@click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True,
              help="Paper size.")
@click.option("--passages", "passages_quoted", is_flag=True,
              help="Before the questions, print the paragraphs they quote from the articles, "
                   "with line numbers.")
@click.option("--passages-full", "passages_full", is_flag=True,
              help="Like --passages, but print the whole articles.")
@click.option("--versions", type=click.IntRange(1, 26), default=1, show_default=True,
              metavar="N", help="Make N versions (A, B, ...) with their own order and key.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="The shuffles come from this number: same seed, same worksheet.")
@click.option("--answer-key", "answer_key", type=click.Choice(["appendix", "separate", "none"]),
              default="appendix", show_default=True,
              help="Put the answer key after the questions, in FILE-key.html, or nowhere.")
@click.option("--pdf", is_flag=True, help="Also print the worksheet to PDF (needs Chromium).")
@click.option("--reviewed-only", is_flag=True,
              help="Only questions a teacher accepted (default: drafts too; never rejected).")
@export_options
def worksheet(banks: tuple[str, ...], output: str | None, topics: tuple[str, ...],
              kinds: tuple[str, ...], tags: tuple[str, ...], count: int | None, paper: str,
              passages_quoted: bool, passages_full: bool, versions: int, seed: int,
              answer_key: str, pdf: bool, reviewed_only: bool, strict: bool) -> None:
    """Make a printable worksheet from one or more banks.

    BANK is a bank file, a deck folder holding bank.yaml, or a deck name.
    Open the HTML in a browser and print it, or add --pdf.
    """
    from factdeck.bank.load import load_bank
    from factdeck.export.worksheet import WorksheetOptions, export_worksheet

    paths = [resolve_bank(arg) for arg in banks]
    loaded = [load_bank(path).usable(reviewed_only=reviewed_only) for path in paths]
    check_before_export(paths, strict=strict)
    if output is None:
        output = str(default_output(loaded[0], ".html"))
    # two plain flags rather than one option with an optional value, which would swallow
    # the BANK after it; the whole articles include the quoted paragraphs
    passages = "full" if passages_full else "quoted" if passages_quoted else "none"
    options = WorksheetOptions(count=count, paper=paper, passages=passages, versions=versions,
                               seed=seed, answer_key=answer_key, topics=topics, kinds=kinds,
                               tags=split_values(tags))
    result = export_worksheet(loaded, Path(output), options, pdf=pdf)
    ws = result.worksheet
    echo(f"{ws.question_count} question{'s' if ws.question_count != 1 else ''}, "
               f"{ws.points} points, {len(ws.versions)} version"
               f"{'s' if len(ws.versions) != 1 else ''}"
               + (f", {len(ws.passages)} passage{'s' if len(ws.passages) != 1 else ''}"
                  if ws.passages else ""))
    for path in result.files:
        echo(f"wrote {path}")
