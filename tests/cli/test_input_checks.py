"""Inputs that cannot work are refused in one line that says what to do instead."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PDF_BYTES = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


def factdeck(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factdeck", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name", ["report.pdf", "REPORT.PDF", "saved-as-text.txt"])
@pytest.mark.parametrize("command", ["build", "extract"])
def test_a_pdf_input_says_pdf_is_not_read_and_what_to_do(tmp_path: Path, name: str,
                                                         command: str) -> None:
    pdf = tmp_path / name
    pdf.write_bytes(PDF_BYTES)
    run = factdeck(command, pdf, "-o", tmp_path / "out.yaml", "--no-nlp")
    assert run.returncode == 2
    assert run.stderr == (f"factdeck: {pdf}: is a PDF, which factdeck does not read; save the "
                          "article as text (.txt) from your PDF reader, or give the URL of its "
                          "web page\n")
    assert "UTF-8" not in run.stderr


@pytest.mark.parametrize("command", [["quiz", "all-kinds-missing-bank"], ["stats"],
                                     ["progress", "export", "out.json"]])
def test_a_mistyped_progress_folder_is_named_and_nothing_is_created(tmp_path: Path,
                                                                    command: list[str]) -> None:
    typo = tmp_path / "my-progess" / "deep" / "store.sqlite3"
    args = list(command)
    if command[0] == "quiz":
        args = ["quiz", str(Path(__file__).parents[1] / "tui" / "data" / "all-kinds" / "bank.yaml")]
    run = factdeck(*args, "--progress", typo)
    assert run.returncode == 2
    assert run.stderr == (f"factdeck: {typo}: the folder {typo.parent} does not exist; create "
                          "it first or give the path of an existing folder to --progress\n")
    assert not (tmp_path / "my-progess").exists()


def test_a_progress_file_in_an_existing_folder_is_created(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite3"
    run = factdeck("stats", "--progress", store)
    assert run.returncode == 0, run.stderr
    assert store.exists()


LICENCE = """Permission is hereby granted to any person obtaining a copy of this handbook to use,
copy and share it, provided that this notice is kept in every copy.

The handbook is provided as it is, without warranty of any kind. In no event shall the
authors be liable for any claim or damages arising from the use of the handbook.
"""
STORY = Path(__file__).parent / "data" / "build" / "story.txt"


def test_build_skips_a_text_that_is_not_news_and_says_why(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "licence.txt").write_text(LICENCE, encoding="utf-8")
    (inputs / "story.txt").write_bytes(STORY.read_bytes())
    run = factdeck("build", inputs, "-o", tmp_path / "deck", "--no-nlp")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ("factdeck: licence.txt: skipped: no dateline, no named people and no "
                          "quotes, so it does not read as a news article (--keep-all builds "
                          "from it anyway)\n")
    assert "from 1 article" in run.stdout
    assert sorted(p.name for p in (tmp_path / "deck" / "articles").iterdir()) == ["story.txt"]


def test_build_of_only_non_news_stops_unless_keep_all(tmp_path: Path) -> None:
    licence = tmp_path / "licence.txt"
    licence.write_text(LICENCE, encoding="utf-8")
    run = factdeck("build", licence, "-o", tmp_path / "deck", "--no-nlp")
    assert run.returncode == 2
    assert run.stderr.endswith("factdeck: no input reads as a news article; give --keep-all to "
                               "build from them anyway\n")
    assert not (tmp_path / "deck" / "bank.yaml").exists()
    run = factdeck("build", licence, "-o", tmp_path / "deck", "--no-nlp", "--keep-all")
    assert run.returncode == 0, run.stderr
    assert run.stderr.startswith("factdeck: warning: licence.txt: no dateline, no named people "
                                 "and no quotes; built anyway (--keep-all)\n")
    assert (tmp_path / "deck" / "bank.yaml").is_file()
