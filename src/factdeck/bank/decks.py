"""Finding decks: the ones shipped inside the package and the user's own.

A deck is a folder holding ``bank.yaml`` and the articles it cites. Users name
a deck by its folder name (``factdeck quiz france-russia-2015-2017``) or give a
path to a bank file or deck folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factdeck import locations
from factdeck.bank.model import Bank
from factdeck.errors import BankError, FactdeckError

BANK_FILE = "bank.yaml"


@dataclass(frozen=True, slots=True)
class DeckRef:
    """A deck found on disk, before its bank is read."""

    name: str
    path: Path  # the bank file
    source: str  # "shipped" or "user"


def find_decks() -> list[DeckRef]:
    """Every deck: shipped ones first, then the user's; each sorted by name."""
    found: list[DeckRef] = []
    for source, folder in (("shipped", locations.shipped_decks_dir()),
                           ("user", locations.user_decks_dir())):
        if not folder.is_dir():
            continue
        try:
            entries = sorted(folder.iterdir())
        except OSError:  # a decks folder the user cannot read: nothing to list from it
            continue
        # hidden entries are a build at work (or its leftovers), never a deck to offer
        visible = [entry for entry in entries if not entry.name.startswith(".")]
        for entry in visible:
            bank = entry / BANK_FILE
            if _exists(bank):
                found.append(DeckRef(entry.name, bank, source))
        for entry in visible:
            if entry.suffix == ".yaml" and not _is_dir(entry):
                found.append(DeckRef(entry.stem, entry, source))
    return found


def _exists(path: Path) -> bool:
    """Whether anything (a file, a folder, a FIFO, a dangling link) is at ``path``."""
    try:
        return path.exists() or path.is_symlink()
    except OSError:  # an unreadable folder: listed, to say it cannot be read
        return True


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def resolve_bank_path(arg: str | Path) -> Path:
    """A bank file from a path (file or deck folder) or a deck name; clear error otherwise."""
    path = Path(arg).expanduser()
    if path.is_dir():
        candidate = path / BANK_FILE
        if candidate.exists():  # a folder or a FIFO too: the reader says what is wrong
            return candidate
        raise BankError(f"this folder holds no {BANK_FILE}", file=str(path))
    if path.exists():  # a file, or a FIFO or device that the reader refuses clearly
        return path
    for deck in find_decks():
        if deck.name == str(arg):
            return deck.path
    names = ", ".join(d.name for d in find_decks()) or "none"
    raise FactdeckError(f"{arg}: no such bank file, deck folder or deck name "
                        f"(known decks: {names})")


def default_deck() -> DeckRef | None:
    """The first shipped deck: what a new user studies when they name none."""
    decks = find_decks()
    return decks[0] if decks else None


def load_deck(ref: DeckRef) -> Bank:
    """Load a deck's bank (through the cache)."""
    from factdeck.bank.load import load_bank

    return load_bank(ref.path)
