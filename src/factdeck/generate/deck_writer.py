"""Writing a built deck: the bank file and a copy of every article next to it.

The copies hold exactly the text that evidence spans point into (for an HTML
page that is its extracted main text, saved as ``.txt``), so ``factdeck check``
finds every quote. The same inputs give the same bytes.

A deck (``DIR/bank.yaml`` with ``DIR/articles/``) changes all at once or not
at all: the new deck is written in a hidden sibling folder, then exchanged
with the old one in one atomic step (``renameat2(RENAME_EXCHANGE)`` on Linux;
elsewhere two renames, the old deck kept as a backup that the next build puts
back should the process die between them). A kill at any moment leaves the
old deck or the new one, never the old bank beside new articles; a full disk
leaves the old deck untouched and no partial ``articles/``. Leftovers of a
killed build are swept by the next one.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import errno
import hashlib
import os
import re
import shutil
import sys
import tempfile
import uuid
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


def write_deck(bank: Bank, facts: Facts, path: Path, copies: dict[str, str], *,
               record: dict[str, str] | None = None, orphans: Bank | None = None) -> Bank:
    """Write the deck: all at once for a deck folder (``DIR/bank.yaml``), else articles first.

    Returns the bank as written: with its ``id`` (see :func:`bank_identity`).

    Raises :class:`FactdeckError` (the old deck untouched) when the disk is full or
    the folder cannot be written.
    """
    bank = dataclasses.replace(bank, id=bank_identity(bank, facts, path))
    try:
        if path.name != "bank.yaml":  # a loose bank file beside other files: no folder to swap
            _write_files(bank, facts, path.parent, path.name, copies, record, orphans)
        else:
            _write_deck_folder(bank, facts, path.parent, copies, record, orphans)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise FactdeckError(f"{path}: cannot write the deck: {reason}; the old deck, if any, "
                            "is unchanged") from None
    return bank


_TOP_ID = re.compile(r"""^id:[ \t]*['"]?([A-Za-z0-9][A-Za-z0-9._:-]*)""", re.MULTILINE)
_ID_NAMESPACE = uuid.UUID("6f1c3b0e-7d8a-5c2e-9a41-0b6e2f9d4c17")  # factdeck's bank ids


def bank_identity(bank: Bank, facts: Facts, path: Path) -> str | None:
    """The ``id`` to write: the one the bank at ``path`` already has (kept by every rebuild);
    none when that bank was built before ids existed (its Anki notes keep their GUIDs); for
    a first build, one derived from the title and the articles' texts, so the same articles
    give the same id on any machine (nothing random)."""
    try:
        old = path.read_text(encoding="utf-8-sig") if path.is_file() else None
    except (OSError, UnicodeDecodeError):
        old = ""
    if old is not None:  # a top-level ``id:`` (question ids are indented); a broken bank too
        found = _TOP_ID.search(old)
        return found.group(1) if found else None
    if bank.id:
        return bank.id
    digests = sorted(hashlib.sha256(a.text.encode("utf-8")).hexdigest() for a in facts.articles)
    return str(uuid.uuid5(_ID_NAMESPACE, "\n".join([bank.title, *digests])))


def _write_files(bank: Bank, facts: Facts, folder: Path, name: str,
                 copies: dict[str, str], record: dict[str, str] | None = None,
                 orphans: Bank | None = None) -> None:
    """The article copies, then the bank (so a bank never names a missing article)."""
    for article in facts.articles:
        relative = copies.get(article.file)
        if relative is not None:
            atomic.write_text(folder / relative, article.text)
    if record is not None:  # build's fingerprints, in the same swap as the bank
        write_record(folder / name, record)
    if orphans is not None:
        save_bank(orphans, orphans_path(folder / name))
    save_bank(bank, folder / name)


_BUILDING = ".building-"
_OLD = ".old-"


def _write_deck_folder(bank: Bank, facts: Facts, folder: Path, copies: dict[str, str],
                       record: dict[str, str] | None = None, orphans: Bank | None = None
                       ) -> None:
    if folder.is_symlink():  # swap the folder the link points to, and keep the link
        folder = folder.resolve()
    parent = folder.parent
    parent.mkdir(parents=True, exist_ok=True)
    sweep_leftovers(folder)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}{_BUILDING}{os.getpid()}-",
                                    dir=parent))
    try:
        if folder.is_dir():
            os.chmod(staging, folder.stat().st_mode & 0o7777)
            _carry_over(folder, staging)
        else:  # mkdtemp makes a private folder; a deck is an ordinary one
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(staging, 0o777 & ~umask)
        _write_files(bank, facts, staging, "bank.yaml", copies, record, orphans)
        _swap(staging, folder)
    finally:  # after the swap, ``staging`` holds the old deck
        shutil.rmtree(staging, ignore_errors=True)
    atomic._fsync_dir(parent)


def _carry_over(folder: Path, staging: Path) -> None:
    """What else the deck folder holds (notes, reviewed facts): linked, or copied, across."""
    for entry in sorted(folder.iterdir()):
        if entry.name in ("bank.yaml", ARTICLES_DIR):
            continue
        target = staging / entry.name
        if entry.is_symlink():
            os.symlink(os.readlink(entry), target)
        elif entry.is_dir():
            shutil.copytree(entry, target, symlinks=True, copy_function=_link_or_copy)
        elif entry.is_file():
            _link_or_copy(str(entry), str(target))


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _swap(staging: Path, folder: Path) -> None:
    """Put ``staging`` where ``folder`` is in one step; the old folder ends at ``staging``."""
    if not folder.exists():
        os.rename(staging, folder)
        staging.mkdir()  # for the caller to remove, as after an exchange
        return
    if _exchange(staging, folder):
        return
    backup = folder.parent / f".{folder.name}{_OLD}{os.getpid()}"
    os.rename(folder, backup)  # killed after this line: the next build puts the backup back
    os.rename(staging, folder)
    os.rename(backup, staging)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2``); False where that is not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EXDEV):
        return False  # an old kernel or a file system without exchange: two renames instead
    raise OSError(err, os.strerror(err), str(b))


def sweep_leftovers(folder: Path) -> None:
    """Remove what killed builds left beside ``folder``; put a lost deck back from its backup."""
    parent = folder.parent
    with contextlib.suppress(OSError):
        for entry in sorted(parent.iterdir()):
            name = entry.name
            for mark in (_BUILDING, _OLD):
                prefix = f".{folder.name}{mark}"
                if not name.startswith(prefix):
                    continue
                pid = name[len(prefix):].split("-")[0]
                if pid.isdigit() and _alive(int(pid)) and int(pid) != os.getpid():
                    continue  # another build at work
                if mark == _OLD and not folder.exists():
                    os.rename(entry, folder)  # killed between the two renames of a swap
                else:
                    shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


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
    orphans: Bank | None = None  # questions set aside, written in the same swap as the bank
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
                orphans = set_aside(bank_old, result.orphans, existing)
    result.bank = write_deck(result.bank, facts, path, copies, record=result.record,
                             orphans=orphans)
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
