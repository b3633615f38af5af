"""The same articles build the same bank, byte for byte, whatever PYTHONHASHSEED is.

Each build runs in its own interpreter with its own hash seed, so any output
that follows the iteration order of a set (or of a dict filled from one) shows
up as a difference. ``families.txt`` names pairs of relatives who share a
surname, mentioned by surname alone before their full names: which relative
the lone surname means was once decided by a set's order.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).parent / "data" / "reproducible"
DEV_STORIES = ("air-india-crash-2025", "musk-twitter-takeover-2022")
SEEDS = ("0", "1")


def _articles(folder: Path) -> Path:
    """The seed articles, two dev stories and the test's own article, in one folder."""
    folder.mkdir()
    shutil.copy(DATA / "families.txt", folder)
    for path in sorted((SHARED / "articles").glob("*.txt")):
        shutil.copy(path, folder)
    for story in DEV_STORIES:
        for path in sorted((SHARED / "eval" / "dev" / story).glob("*.md")):
            shutil.copy(path, folder / f"{story.split('-')[0]}-{path.name}")
    return folder


def _run(args: list[str], seed: str, cwd: Path) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-m", "factdeck", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr


def _nlp_available() -> bool:
    from factdeck.extract import nlp

    return nlp.available()


@pytest.mark.parametrize("path", ["rules", pytest.param("spacy", marks=pytest.mark.nlp)])
def test_build_and_extract_do_not_depend_on_the_hash_seed(tmp_path: Path, path: str) -> None:
    if path == "spacy" and not _nlp_available():
        pytest.skip("spaCy with an English pipeline is not installed")
    folder = _articles(tmp_path / "articles")
    flags = ["--no-nlp"] if path == "rules" else []
    banks, facts = [], []
    for seed in SEEDS:
        out = tmp_path / f"seed-{seed}"
        _run(["build", str(folder), "-o", str(out / "bank.yaml"), "-q", "-j", "2", *flags],
             seed, tmp_path)
        banks.append((out / "bank.yaml").read_bytes())
        if path == "rules":  # the spaCy path's facts are the bank's; one build each is enough
            _run(["extract", *map(str, sorted(folder.iterdir())), "-o", str(out / "facts.yaml"),
                  *flags], seed, tmp_path)
            facts.append((out / "facts.yaml").read_bytes())
    assert b"questions:" in banks[0]
    assert banks[0] == banks[1]
    assert facts[:1] == facts[1:]
