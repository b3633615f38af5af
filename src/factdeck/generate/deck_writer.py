"""Writing a built deck: the bank file and a copy of every article next to it.

The copies hold exactly the text that evidence spans point into (for an HTML
page that is its extracted main text, saved as ``.txt``), so ``factdeck check``
finds every quote. Every file is written atomically and the same inputs give
the same bytes.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from factdeck import atomic
from factdeck.bank.facts import Facts
from factdeck.bank.load import save_bank
from factdeck.bank.model import Bank
from factdeck.generate.ids import short_hash

ARTICLES_DIR = "articles"
_KEEP_SUFFIX = {".txt", ".md", ".markdown"}


def article_copies(facts: Facts) -> dict[str, str]:
    """Map each article's file name to its copy's path relative to the bank."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for article in facts.articles:
        name = PurePosixPath(article.file).name
        if PurePosixPath(name).suffix.lower() not in _KEEP_SUFFIX:
            name = PurePosixPath(name).stem + ".txt"
        name = re.sub(r"[^\w.+-]", "_", name) or "article.txt"
        if name.lower() in taken:
            stem = PurePosixPath(name).stem
            name = f"{stem}-{short_hash(article.file, length=6)}.txt"
        taken.add(name.lower())
        out[article.file] = f"{ARTICLES_DIR}/{name}"
    return out


def bank_path(output: str | Path) -> Path:
    """``-o``: a ``.yaml`` file, or a folder that gets ``bank.yaml``."""
    path = Path(output)
    if path.suffix.lower() in (".yaml", ".yml"):
        return path
    return path / "bank.yaml"


def write_deck(bank: Bank, facts: Facts, path: Path, copies: dict[str, str]) -> None:
    """Write the article copies, then the bank (so a bank never names a missing article)."""
    folder = path.parent
    for article in facts.articles:
        relative = copies.get(article.file)
        if relative is not None:
            atomic.write_text(folder / relative, article.text)
    save_bank(bank, path)
