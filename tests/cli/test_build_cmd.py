"""``factdeck build`` end to end, in a real subprocess: bank, article copies, check, errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factdeck.bank.check import check_bank
from factdeck.bank.model import ClozeQuestion
from factdeck.textnorm import fold

DATA = Path(__file__).parent / "data" / "build"
SHARED = Path(__file__).resolve().parents[3] / "shared"


def factdeck(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factdeck", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def test_build_from_a_facts_file_writes_a_checked_deck(tmp_path):
    out = tmp_path / "deck"
    run = factdeck("build", DATA / "story.txt", "--facts", DATA / "story-facts.yaml",
                   "-o", out, "--title", "Lakeside")
    assert run.returncode == 0, run.stderr
    assert "questions" in run.stdout
    assert (out / "articles" / "story.txt").read_bytes() == (DATA / "story.txt").read_bytes()
    assert check_bank(out / "bank.yaml").ok
    again = tmp_path / "again" / "bank.yaml"
    assert factdeck("build", DATA / "story.txt", "--facts", DATA / "story-facts.yaml",
                    "-o", again, "--title", "Lakeside").returncode == 0
    assert _tree(out) == _tree(again.parent)


@pytest.mark.parametrize(("case", "message"), [
    ("facts-not-a-mapping.yaml", "a facts file is a mapping"),
    ("facts-bad-yaml.yaml", "not valid YAML or JSON"),
    ("facts-unknown-article.yaml", "'missing.txt', which is not among the articles"),
    ("facts-missing-key.yaml", "missing a key"),
])
def test_a_broken_facts_file_is_one_clear_line(tmp_path, case, message):
    run = factdeck("build", DATA / "story.txt", "--facts", DATA / case, "-o", tmp_path / "d")
    assert run.returncode == 2
    assert run.stderr.startswith("factdeck: ") and message in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "d").exists()


def test_two_articles_with_one_name_are_refused(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        shutil.copy(DATA / "story.txt", tmp_path / sub / "story.txt")
    run = factdeck("build", tmp_path / "a", tmp_path / "b", "--facts",
                   DATA / "story-facts.yaml", "-o", tmp_path / "d")
    assert run.returncode == 2 and "same file name" in run.stderr


def test_a_missing_article_is_one_clear_line(tmp_path):
    run = factdeck("build", tmp_path / "nope.txt", "-o", tmp_path / "d")
    assert run.returncode == 2 and run.stderr.startswith("factdeck: ")
    assert "Traceback" not in run.stderr


def test_build_the_shared_articles_and_check_them(tmp_path):
    articles = SHARED / "articles"
    if not articles.is_dir():
        pytest.skip("shared/articles is not beside the project")
    out = tmp_path / "deck" / "bank.yaml"
    run = factdeck("build", articles, "-o", out, "--no-nlp")
    assert run.returncode == 0, run.stderr
    check = factdeck("check", out)
    assert check.returncode == 0, check.stdout + check.stderr
    result = check_bank(out)
    assert {"dates", "people", "positions", "quotes"} <= set(result.summary()["topics"])
    assert 15 <= len(result.bank.questions) <= 40  # ranked: the questions worth asking
    for q in result.bank.questions:  # no prompt names its own answer
        answer = getattr(q, "answer", None)
        if isinstance(answer, str) and q.topic not in ("dates", "sources"):
            assert fold(answer) not in fold(q.prompt), q.id
        if isinstance(q, ClozeQuestion):
            assert not any(fold(g) in fold(q.blanked("")) for g in q.gaps), q.id
    again = tmp_path / "again" / "bank.yaml"
    assert factdeck("build", *sorted(articles.glob("*.txt")), "-o", again, "--no-nlp",
                    "--jobs", "2").returncode == 0
    assert _tree(out.parent) == _tree(again.parent)


def test_a_long_build_on_a_terminal_shows_progress(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    folder = tmp_path / "many"
    folder.mkdir()
    text = (DATA / "story.txt").read_text(encoding="utf-8")
    for i in range(21):
        (folder / f"story{i:02d}.txt").write_text(text.replace("Ida Berg", f"Ida Berg{i}"),
                                                  encoding="utf-8")
    child = pexpect.spawn(sys.executable, ["-m", "factdeck", "build", str(folder), "-o",
                                           str(tmp_path / "d"), "--no-nlp"],
                          encoding="utf-8", timeout=120, dimensions=(24, 100))
    child.expect("Extracting")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert check_bank(tmp_path / "d" / "bank.yaml").ok


def test_an_html_article_is_copied_as_its_main_text(tmp_path):
    run = factdeck("build", DATA / "story.html", "-o", tmp_path / "d", "--no-nlp")
    assert run.returncode == 0, run.stderr
    copy = tmp_path / "d" / "articles" / "story.txt"
    assert "Transport Minister Karin Holt" in copy.read_text(encoding="utf-8")
    assert "<p>" not in copy.read_text(encoding="utf-8")
    assert "tracking" not in copy.read_text(encoding="utf-8")
    result = check_bank(tmp_path / "d" / "bank.yaml")
    assert result.ok and result.bank.articles[0].file == "articles/story.txt"
    assert len(result.bank.questions) >= 3  # a short one-article story: few, ranked questions
