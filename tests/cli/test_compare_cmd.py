"""``factdeck compare`` in a real subprocess: the side-by-side report and its errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "differences" / "data"


def factdeck(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factdeck", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


def test_compare_prints_one_block_per_aspect_one_column_per_outlet():
    run = factdeck("compare", DATA, "--width", "90")
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "Story of 3 articles: Lakeside Herald, Capital Wire, Morning Meridian" in out or \
        "Story of 3 articles" in out
    assert "who suspended the licence" in out
    header = next(line for line in out.splitlines() if "Capital Wire" in line and "\u2502" in line)
    assert "Lakeside Herald" in header and "Morning Meridian" in header
    assert "Tomas Brandt" in out and "killed 21 people" in out
    # the fire story agrees with itself; the later article has no partner
    assert "No differences found" in out
    assert "hospital_herald.txt" in out.splitlines()[-1]
    assert all(len(line) <= 90 for line in out.splitlines())


def test_compare_needs_two_articles():
    run = factdeck("compare", DATA / "ferry_herald.txt")
    assert run.returncode == 2
    assert run.stderr.startswith("factdeck: ") and "two articles" in run.stderr


def test_compare_reports_a_missing_file_in_one_line():
    run = factdeck("compare", DATA / "ferry_herald.txt", DATA / "no-such-article.txt")
    assert run.returncode == 2
    assert run.stderr.startswith("factdeck: ") and "no-such-article.txt" in run.stderr
    assert "Traceback" not in run.stderr


def test_compare_rules_only_with_whole_sentences():
    run = factdeck("compare", DATA / "crash_first.txt", DATA / "crash_second.txt",
                   "--no-nlp", "--evidence", "-w", "200")
    assert run.returncode == 0, run.stderr
    assert "A passenger plane crashed near Tarsk on Friday, killing all 157 people on board" \
        in run.stdout
    assert "number of people killed" in run.stdout
    # without a parse, actions are read with rules (differences.shallow)
    assert "what was blamed for the crash" in run.stdout
    assert "whether the rebels shot down the plane" in run.stdout


def test_compare_articles_of_different_stories():
    run = factdeck("compare", DATA / "fire_post.txt", DATA / "crash_first.txt")
    assert run.returncode == 0, run.stderr
    assert "nothing to compare" in run.stdout


def test_compare_all_shows_what_is_told_alike_too():
    run = factdeck("compare", DATA / "fire_post.txt", DATA / "fire_courier.txt", "--no-nlp",
                   "--all", "-w", "120")
    assert run.returncode == 0, run.stderr
    assert "No differences found" in run.stdout
    alike = run.stdout.split("Told alike", 1)[1]
    assert "(told alike)" in alike
    plain = factdeck("compare", DATA / "fire_post.txt", DATA / "fire_courier.txt", "--no-nlp")
    assert "Told alike" not in plain.stdout
