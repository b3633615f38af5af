"""Writing a built deck: the bank file and a copy of every article next to it.

The copies hold exactly the text that evidence spans point into (for an HTML
page that is its extracted main text, saved as ``.txt``), so ``factdeck check``
finds every quote. Every file is written atomically and the same inputs give
the same bytes.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path, PurePosixPath

from factdeck import atomic
from factdeck.bank.facts import Facts
from factdeck.bank.load import fold_journal, load_bank_uncached, save_bank
from factdeck.bank.model import Bank
from factdeck.errors import FactdeckError
from factdeck.generate.ids import short_hash
from factdeck.generate.merge import (
    MergeResult,
    build_record,
    merge,
    orphans_path,
    read_record,
    set_aside,
    write_record,
)
from factdeck.textnorm import normalize_evidence

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


class NotBuiltError(FactdeckError):
    """``build`` was asked to write over a bank it did not make (or cannot read)."""


def write_built_deck(bank: Bank, facts: Facts, path: Path, copies: dict[str, str], *,
                     force: bool = False) -> MergeResult:
    """Write a built deck; into a deck ``build`` made before, merge so no teacher work is lost.

    A bank ``build`` did not make (no ``bank.build.json`` beside it) or cannot read is refused
    with :class:`NotBuiltError`, unless ``force``: then it is kept as ``bank.yaml.bak`` and a
    fresh bank written. Questions whose evidence is gone go to ``bank.orphans.yaml``.
    """
    result = MergeResult(bank=bank, record=build_record(bank), added=list(bank.question_ids))
    if path.exists():
        old, why = _previous(path)
        if old is None:
            if not force:
                raise NotBuiltError(f"{path}: {why}; refusing to write over it (a teacher's "
                                    "work may be in it). Build into a new folder, or give "
                                    f"--force to replace it (the old file is kept as "
                                    f"{path.name}.bak)")
            shutil.copy2(path, path.with_name(path.name + ".bak"))
        else:
            bank_old, record = old
            texts = {a.id: normalize_evidence(f.text)
                     for a, f in zip(bank.articles, facts.articles, strict=True)}
            result = merge(bank_old, record, bank, texts)
            if result.orphans:
                aside = orphans_path(path)
                existing = load_bank_uncached(aside) if aside.exists() else None
                save_bank(set_aside(bank_old, result.orphans, existing), aside)
    write_deck(result.bank, facts, path, copies)
    write_record(path, result.record)
    return result


def _previous(path: Path) -> tuple[tuple[Bank, dict[str, str]] | None, str]:
    """The bank ``build`` wrote at ``path`` before and its fingerprints, or why there is none."""
    record = read_record(path)
    if record is None:
        return None, "this bank was not made by 'factdeck build' (no bank.build.json beside it)"
    try:
        fold_journal(path)  # a review's decisions not yet in the bank
        return (load_bank_uncached(path), record), ""
    except FactdeckError as exc:
        return None, f"the bank cannot be read to merge into it ({exc})"
