"""A built deck to review: the invented Lakeside story, built as ``factdeck build`` does."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from factdeck.articles import read_article
from factdeck.bank.load import load_bank, save_bank
from factdeck.bank.model import Flag
from factdeck.generate.bank_builder import build_bank
from factdeck.generate.deck_writer import article_copies, write_built_deck
from factdeck.generate.reviewed import load_facts

DATA = Path(__file__).parent / "data" / "review"


def built_deck(folder: Path) -> Path:
    """Build the story into ``folder``; the bank's path. Every question is a draft."""
    facts = load_facts(DATA / "story-facts.yaml", [read_article(DATA / "story.txt")])
    copies = article_copies(facts)
    path = folder / "bank.yaml"
    bank = build_bank(facts, article_files=copies)
    write_built_deck(bank, facts, path, copies)
    # the story gives the builder no doubt: flag its last question, as if it had one
    bank = load_bank(path, use_cache=False)
    last = replace(bank.questions[-1], flags=(Flag.SPEAKER_FROM_PRONOUN,))
    save_bank(replace(bank, questions=(*bank.questions[:-1], last)), path)
    return path
