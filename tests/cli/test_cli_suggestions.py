"""A mistyped command is answered with the nearest one, as click does for options."""

from __future__ import annotations

import subprocess
import sys


def factdeck(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factdeck", *args], capture_output=True,
                          text=True, timeout=60)


def test_a_mistyped_command_gets_a_suggestion() -> None:
    result = factdeck("qiuz")
    assert result.returncode == 2
    assert "Error: No such command 'qiuz'. Did you mean 'quiz'?" in result.stderr


def test_a_mistyped_export_format_gets_a_suggestion() -> None:
    result = factdeck("export", "ankii")
    assert result.returncode == 2
    assert "Error: No such command 'ankii'. Did you mean 'anki'?" in result.stderr


def test_a_command_like_none_gets_no_guess() -> None:
    result = factdeck("zzzzz")
    assert result.returncode == 2
    assert "Error: No such command 'zzzzz'.\n" in result.stderr
    assert "Did you mean" not in result.stderr
