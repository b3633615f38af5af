"""``factdeck decks``: the decks a user can study, shipped and their own."""

from __future__ import annotations

import json

import click

from factdeck.cli.common import echo


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
def decks(as_json: bool) -> None:
    """List the decks shipped with factdeck and those in your user folder."""
    from factdeck import locations
    from factdeck.bank.decks import find_decks, load_deck
    from factdeck.errors import FactdeckError

    rows = []
    for ref in find_decks():
        try:
            bank = load_deck(ref)
            counts = bank.review_counts()
            rows.append({"name": ref.name, "source": ref.source, "title": bank.title,
                         "questions": len(bank.questions),
                         "review": {str(s): counts[s] for s in sorted(counts)},
                         "reviewed": bank.review_summary(),
                         "topics": [str(t) for t in bank.topics], "path": str(ref.path)})
        except FactdeckError as exc:
            rows.append({"name": ref.name, "source": ref.source, "title": None,
                         "questions": None, "topics": [], "path": str(ref.path),
                         "error": str(exc)})
    if as_json:
        echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        echo("No decks found.")
    width = max([len(r["name"]) for r in rows] + [4])
    for row in rows:
        if row.get("error"):
            echo(f"{row['name']:<{width}}  [{row['source']}]  cannot be read: {row['error']}")
            continue
        reviewed = f"  ({row['reviewed']})" if row["reviewed"] else ""
        echo(f"{row['name']:<{width}}  [{row['source']}]  {row['questions']:>5} questions  "
                   f"{row['title']}{reviewed}")
    echo(f"\nYour own decks go in {locations.user_decks_dir()} (one folder per deck, "
               "holding bank.yaml).")
