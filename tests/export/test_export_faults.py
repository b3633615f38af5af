"""Exports under faults: two at once, SIGKILL, a full disk, a killed PDF print. (#15)"""

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

from factdeck.export import anki_stamps, leftovers

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "src" / "factdeck" / "decks" / "france-russia-2015-2017"
HARBOUR = ROOT / "tests" / "data" / "valid_bank.yaml"
DEAD = 2 ** 22 + 17  # above the default pid_max: no such process


def export_cmd(bank: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "factdeck", "export", "anki", str(bank), "-o", str(out)]


def env(home: Path) -> dict[str, str]:
    return {**os.environ, "FACTDECK_HOME": str(home), "PYTHONPATH": os.pathsep.join(sys.path)}


def test_two_exports_at_once_keep_every_note_stamp(tmp_path: Path) -> None:
    home = tmp_path / "home"
    ledger = home / "data" / anki_stamps.LEDGER_NAME
    alone = {}
    for name, bank in (("shipped", SHIPPED), ("harbour", HARBOUR)):
        solo = tmp_path / f"solo-{name}"
        done = subprocess.run(export_cmd(bank, tmp_path / f"{name}.apkg"), env=env(solo),
                              capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr
        (found,) = solo.rglob(anki_stamps.LEDGER_NAME)
        alone[name] = set(anki_stamps.read_ledger(found))
    for round_ in range(3):  # started together, they read the ledger before either writes
        if ledger.exists():
            ledger.unlink()
        runs = [subprocess.Popen(export_cmd(bank, tmp_path / f"{name}-{round_}.apkg"),
                                 env=env(home), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, text=True)
                for name, bank in (("shipped", SHIPPED), ("harbour", HARBOUR))]
        for run in runs:
            assert run.wait(timeout=300) == 0, run.stderr.read() if run.stderr else ""
            if run.stderr:
                run.stderr.close()
        (found,) = home.rglob(anki_stamps.LEDGER_NAME)
        assert set(anki_stamps.read_ledger(found)) == alone["shipped"] | alone["harbour"]


@pytest.mark.slow
def test_sigkill_during_export_leaves_no_temporary_package_after_the_next_run(
        tmp_path: Path) -> None:
    home, out = tmp_path / "home", tmp_path / "out" / "deck.apkg"
    out.parent.mkdir()
    start = time.perf_counter()
    subprocess.run(export_cmd(SHIPPED, out), env=env(home), check=True, timeout=300,
                   capture_output=True)
    full = time.perf_counter() - start
    rng = random.Random(18)
    kills = 0
    for _ in range(12):
        process = subprocess.Popen(export_cmd(SHIPPED, out), env=env(home),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.1, 0.8) * full)
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        kills += process.returncode == -signal.SIGKILL
    assert kills >= 6
    left = [p.name for p in out.parent.iterdir() if p.name.endswith(".tmp")]
    subprocess.run(export_cmd(SHIPPED, out), env=env(home), check=True, timeout=300,
                   capture_output=True)
    assert sorted(p.name for p in out.parent.iterdir()) == ["deck.apkg"], left


def test_temporaries_of_dead_processes_are_swept_and_live_ones_kept(tmp_path: Path) -> None:
    target = tmp_path / "deck.apkg"
    dead = tmp_path / f".deck.apkg.{DEAD}.abc.tmp"
    live = tmp_path / f".deck.apkg.{os.getppid()}.abc.tmp"
    other = tmp_path / f".other.apkg.{DEAD}.abc.tmp"
    for path in (dead, live, other):
        path.write_bytes(b"partial")
    assert leftovers.sweep_temps(target) == 1
    assert not dead.exists() and live.exists() and other.exists()


def test_a_killed_print_leaves_no_chromium_profile_after_the_next_run() -> None:
    root = leftovers.scratch_root()
    root.mkdir(mode=0o700, exist_ok=True)
    stale = root / f"chromium-{DEAD}-abc"
    (stale / "Default").mkdir(parents=True)
    with leftovers.scratch_dir("chromium") as profile:
        assert profile.is_dir() and profile.parent == root
        assert not stale.exists()
    assert not profile.exists()


def test_a_full_disk_gives_a_clean_error_and_no_temporary(tmp_path: Path) -> None:
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32k", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        run = subprocess.run(export_cmd(SHIPPED, mount / "deck.apkg"), env=env(tmp_path / "h"),
                             capture_output=True, text=True, timeout=300, check=False)
        assert run.returncode == 2, run.stderr
        assert "Traceback" not in run.stderr and "No space left on device" in run.stderr
        assert list(mount.iterdir()) == []
    finally:
        subprocess.run(["umount", str(mount)], check=False)
