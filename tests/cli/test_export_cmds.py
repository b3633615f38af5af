"""``factdeck export anki|worksheet``: one rule for the output, a word about unchecked banks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ALL_KINDS = Path(__file__).parents[1] / "tui" / "data" / "all-kinds"
GOOD = "{article: herald, quote: \"Mayor Tom Bell opposed the plan.\"}"
BAD = "{article: herald, quote: \"Mayor Tom Bell loved the plan.\"}"


def factdeck(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    # run elsewhere than the project, with the same factdeck (PYTHONPATH made absolute)
    path = os.pathsep.join(str(Path(p).resolve())
                           for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p)
    return subprocess.run([sys.executable, "-m", "factdeck", *map(str, args)], cwd=cwd,
                          env={**os.environ, "PYTHONPATH": path}, capture_output=True,
                          text=True, timeout=120)


def deck(tmp_path: Path, name: str, *, broken: bool) -> Path:
    """A copy of the all-kinds deck; ``broken`` puts two quotes that are not in their article."""
    folder = tmp_path / name
    shutil.copytree(ALL_KINDS, folder)
    if broken:
        bank = folder / "bank.yaml"
        text = bank.read_text(encoding="utf-8")
        assert text.count(GOOD) == 2
        bank.write_text(text.replace(GOOD, BAD), encoding="utf-8")
    return folder


@pytest.mark.parametrize(("fmt", "suffix"), [("anki", ".apkg"), ("worksheet", ".html")])
def test_without_output_both_exports_write_the_first_banks_name_here(tmp_path: Path, fmt: str,
                                                                    suffix: str) -> None:
    folder = deck(tmp_path, "town", broken=False)
    work = tmp_path / "work"
    work.mkdir()
    run = factdeck("export", fmt, folder, cwd=work)
    assert run.returncode == 0, run.stderr
    assert (work / f"town{suffix}").is_file()
    assert run.stderr == ""  # a bank that passes check: no warning


@pytest.mark.parametrize("fmt", ["anki", "worksheet"])
def test_a_bank_that_fails_check_is_exported_with_a_warning(tmp_path: Path, fmt: str) -> None:
    folder = deck(tmp_path, "town", broken=True)
    run = factdeck("export", fmt, folder, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    bank = folder / "bank.yaml"
    assert run.stderr == (f"factdeck: warning: {bank}: fails 'factdeck check' with 2 problems; "
                          f"run 'factdeck check {bank}' to see them, or use --strict to refuse "
                          "such banks\n")
    assert list(tmp_path.glob("town.*"))


@pytest.mark.parametrize("fmt", ["anki", "worksheet"])
def test_strict_refuses_a_bank_that_fails_check(tmp_path: Path, fmt: str) -> None:
    folder = deck(tmp_path, "town", broken=True)
    run = factdeck("export", fmt, folder, "--strict", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr == (f"factdeck: {folder / 'bank.yaml'}: fails 'factdeck check' with 2 "
                          "problems; nothing exported (--strict)\n")
    assert not list(tmp_path.glob("town.*"))
    good = deck(tmp_path, "village", broken=False)
    assert factdeck("export", fmt, good, "--strict", cwd=tmp_path).returncode == 0
