"""``factdeck build`` into an existing deck under faults: SIGKILL at random moments, a full disk.

A deck changes all at once or not at all: after any kill the folder holds the old
deck or the new one, and either passes ``factdeck check``. (#15)
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factdeck.bank.check import check_bank

OLD_STORY = """Harbour council approves new ferry line

By A. Writer

PORTVILLE, 3 March 2014 - The harbour council approved a new ferry line on Monday, its chair
Maria Lind said. "The line will carry 2,000 people a day," Lind said. The mayor of Portville,
Tom Bell, said he welcomed the plan. The council had first discussed the line in 2012.
"""
NEW_STORY = """Ferry line delayed until autumn

By B. Reporter

PORTVILLE, 9 June 2015 - The new ferry line will open in autumn, not in spring, the harbour
council said on Tuesday. Its chair, Maria Lind, blamed a shortage of crews. "We need forty
more sailors," Lind said. The mayor of Portville, Tom Bell, said the delay was regrettable.
Opposition leader Ana Ruiz said the council had misled the town. The line was approved in 2014.
"""
SECOND = """Portville opens its new bridge

By C. Editor

PORTVILLE, 12 May 2015 - Portville opened its new bridge on Saturday. Mayor Tom Bell cut the
ribbon. "This bridge joins the two halves of our town," Bell said. The bridge cost 40 million.
"""


def factdeck_cmd(*args: object) -> list[str]:
    return [sys.executable, "-m", "factdeck", *map(str, args)]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}


def write_articles(folder: Path, stories: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in stories.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build(inputs: Path, deck: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(factdeck_cmd("build", inputs, "-o", deck, "--no-nlp", "-q"),
                          capture_output=True, text=True, timeout=300, env=env(), check=False)


def tree(folder: Path) -> dict[str, bytes]:
    """The deck's files; the questions a rebuild sets aside (``bank.orphans.yaml``) grow
    with every rebuild from other articles, so they are no part of "the old or the new deck"."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "bank.orphans.yaml"}


@pytest.mark.slow
def test_sigkill_during_build_leaves_the_old_deck_or_the_new_one(tmp_path: Path) -> None:
    old_inputs = write_articles(tmp_path / "old", {"story.txt": OLD_STORY})
    new_inputs = write_articles(tmp_path / "new", {"story.txt": NEW_STORY, "bridge.txt": SECOND})
    deck = tmp_path / "decks" / "harbour"
    assert build(old_inputs, deck).returncode == 0
    (deck / "notes.md").write_text("my notes\n", encoding="utf-8")  # the user's own file
    old = tree(deck)
    start = time.perf_counter()
    assert build(new_inputs, deck).returncode == 0
    full = time.perf_counter() - start
    new = tree(deck)  # the deck keeps its id (and the notes) across rebuilds
    assert old != new and new["notes.md"] == b"my notes\n"
    assert build(old_inputs, deck).returncode == 0 and tree(deck) == old
    assert build(new_inputs, deck).returncode == 0 and tree(deck) == new
    rng = random.Random(15)
    outcomes: dict[str, int] = {}
    kills = 0
    deadline = time.monotonic() + 300
    current = new
    while kills < 30:
        assert time.monotonic() < deadline, f"only {kills} kills in time"
        # each build goes from the deck there now to the other one, and is killed on the way
        inputs = old_inputs if current == new else new_inputs
        process = subprocess.Popen(factdeck_cmd("build", inputs, "-o", deck, "--no-nlp", "-q"),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env())
        # anywhere in the run, and every other kill in its last fifth, where the deck is written
        delay = (rng.uniform(0.3, 1.05) if kills % 2 else rng.uniform(0.8, 1.05)) * full
        began = time.perf_counter()
        try:
            process.wait(timeout=delay)
            # it finished before the kill: builds run faster now (the machine's load changes),
            # so aim the next kills at the time this one took
            full = max(0.2, time.perf_counter() - began)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=60)
        kills += process.returncode == -signal.SIGKILL
        after = tree(deck)
        assert after in (old, new), sorted(set(after) ^ set(old))
        changed = after != current
        outcomes["changed" if changed else "kept"] = outcomes.get(
            "changed" if changed else "kept", 0) + 1
        current = after
        result = check_bank(deck)
        assert result.ok, result.problems
        leftovers = [p.name for p in deck.parent.iterdir() if p.name.startswith(".")]
        if leftovers:  # a killed build's staging folder: swept by the next build
            assert all(p.startswith(".harbour.") for p in leftovers), leftovers
    assert build(new_inputs, deck).returncode == 0
    assert [p.name for p in deck.parent.iterdir()] == ["harbour"]  # leftovers swept
    print(f"kills {kills}, outcomes {outcomes}")  # noqa: T201 - shown with -s


def test_a_build_leftover_from_a_kill_between_two_renames_is_put_back(tmp_path: Path) -> None:
    from factdeck.generate.deck_writer import sweep_leftovers

    inputs = write_articles(tmp_path / "in", {"story.txt": OLD_STORY})
    deck = tmp_path / "decks" / "harbour"
    assert build(inputs, deck).returncode == 0
    good = tree(deck)
    dead = 2 ** 22 + 17  # above the default pid_max: no such process
    deck.rename(deck.parent / f".harbour.old-{dead}")
    (deck.parent / f".harbour.building-{dead}-x").mkdir()
    sweep_leftovers(deck)
    assert tree(deck) == good and [p.name for p in deck.parent.iterdir()] == ["harbour"]


def test_a_full_disk_leaves_the_old_deck_and_no_partial_articles(tmp_path: Path) -> None:
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        inputs = write_articles(tmp_path / "in", {"story.txt": OLD_STORY})
        deck = mount / "harbour"
        assert build(inputs, deck).returncode == 0
        good = tree(deck)
        big = write_articles(tmp_path / "big", {"story.txt": NEW_STORY * 300,
                                                "bridge.txt": SECOND * 300})
        run = build(big, deck)
        assert run.returncode == 2, run.stderr
        assert "Traceback" not in run.stderr
        assert "No space left on device" in run.stderr and "unchanged" in run.stderr
        assert tree(deck) == good
        assert sorted(p.name for p in mount.iterdir()) == ["harbour"]
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_rebuild_keeps_the_folder_its_mode_a_link_to_it_and_the_users_files(
        tmp_path: Path) -> None:
    inputs = write_articles(tmp_path / "in", {"story.txt": OLD_STORY})
    real = tmp_path / "real" / "harbour"
    assert build(inputs, real).returncode == 0
    assert real.stat().st_mode & 0o777 == 0o777 & ~_umask()
    real.chmod(0o750)
    (real / "notes").mkdir()
    (real / "notes" / "mine.md").write_text("mine\n", encoding="utf-8")
    link = tmp_path / "harbour-link"
    link.symlink_to(real)
    assert build(write_articles(tmp_path / "new", {"story.txt": NEW_STORY}), link).returncode == 0
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.stat().st_mode & 0o777 == 0o750
    assert (real / "notes" / "mine.md").read_text(encoding="utf-8") == "mine\n"
    assert check_bank(link).ok
    assert sorted(p.name for p in real.parent.iterdir()) == ["harbour"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
