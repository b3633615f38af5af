"""URLs and feeds on the command line: fetch, build, extract, compare; errors per input."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "articles"))

from webserver import NewsServer, running  # noqa: E402


def factdeck(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factdeck", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def news() -> Iterator[NewsServer]:
    with running() as server:
        yield server


def test_fetch_saves_markdown_and_reports_each_failure_in_one_line(news: NewsServer,
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "saved"
    run = factdeck("fetch", news.url("/news/quay"), news.url("/missing"),
                   news.url("/report.pdf"), news.url("/2024/05/rail-strike"), "-o", out)
    assert run.returncode == 1, run.stderr
    saved = sorted(out.glob("*.md"))
    assert len(saved) == 2
    lines = run.stdout.split()  # in the order given
    assert len(lines) == 2 and Path(lines[0]).parent == out
    assert Path(lines[0]).name.startswith("westerhaven-council-votes")
    assert Path(lines[1]).name.startswith("rail-drivers-to-strike")
    errors = [line for line in run.stderr.splitlines() if news.base in line]
    assert errors == [f"factdeck: {news.url('/missing')}: HTTP 404 Not Found",
                      f"factdeck: {news.url('/report.pdf')}: not a web page (application/pdf);"
                      " only HTML articles can be read"]
    assert "2 web inputs failed" in run.stderr and "Traceback" not in run.stderr


def test_fetch_takes_feeds_with_a_limit(news: NewsServer, tmp_path: Path) -> None:
    run = factdeck("fetch", "--feed", news.url("/feeds/atom.xml"), "--limit", "2",
                   "-o", tmp_path)
    assert run.returncode == 0, run.stderr
    names = sorted(p.name for p in tmp_path.glob("*.md"))
    assert len(names) == 2
    assert any(n.startswith("fishermen-blockade-port") for n in names)


def test_fetch_refuses_a_file_argument(tmp_path: Path) -> None:
    run = factdeck("fetch", "articles/x.html", "-o", tmp_path)
    assert run.returncode == 2 and "not an http:// or https:// address" in run.stderr


def test_nothing_readable_is_an_error_of_the_run(news: NewsServer, tmp_path: Path) -> None:
    run = factdeck("build", news.url("/missing"), news.url("/loop/a"), "--no-nlp",
                   "-o", tmp_path / "deck")
    assert run.returncode == 2
    assert "HTTP 404" in run.stderr and "too many redirects" in run.stderr
    assert run.stderr.strip().endswith("factdeck: no article could be read")
    assert not (tmp_path / "deck" / "bank.yaml").exists()


def test_a_deck_built_from_urls_is_checked_offline(tmp_path: Path) -> None:
    deck = tmp_path / "deck"
    with running() as server:
        urls = [server.url(p) for p in ("/news/quay", "/2024/05/rail-strike", "/news/floods",
                                        "/money/rates")]
        run = factdeck("build", *urls, "--no-nlp", "-o", deck, "--title", "From the web")
        base = server.base
    assert run.returncode == 1, run.stderr  # the paywalled one failed, the others were built
    assert f"factdeck: {base}/money/rates: behind a paywall" in run.stderr
    assert "questions" in run.stdout
    copies = sorted((deck / "articles").glob("*"))
    assert [p.suffix for p in copies] == [".md"] * 3
    bank = yaml.safe_load((deck / "bank.yaml").read_text(encoding="utf-8"))
    assert sorted(a["file"] for a in bank["articles"]) == \
        sorted(f"articles/{p.name}" for p in copies)
    for copy in copies:
        assert copy.read_text(encoding="utf-8").startswith("---\ntitle: ")
    # the server is gone: check reads only the deck
    check = factdeck("check", deck / "bank.yaml")
    assert check.returncode == 0, check.stdout + check.stderr


def test_build_from_a_feed_and_a_file_together(news: NewsServer, tmp_path: Path) -> None:
    local = tmp_path / "local.md"
    local.write_text("---\ntitle: Ferry line approved\noutlet: Bay Times\n---\n\n"
                     "The harbour board approved a new ferry line to the islands on Monday, "
                     "its chair, Lise Dahl, said after the vote.\n", encoding="utf-8")
    run = factdeck("build", local, "--feed", news.url("/feeds/rss.xml"), "--since",
                   "2024-05-01", "--no-nlp", "-o", tmp_path / "deck")
    assert run.returncode == 0, run.stderr
    assert "from 3 articles" in run.stdout
    names = sorted(p.name for p in (tmp_path / "deck" / "articles").iterdir())
    assert "local.md" in names and len(names) == 3


def test_extract_and_compare_take_urls(news: NewsServer, tmp_path: Path) -> None:
    out = tmp_path / "facts.yaml"
    run = factdeck("extract", news.url("/news/quay"), news.url("/world/fishermen"),
                   "--no-nlp", "-o", out)
    assert run.returncode == 0, run.stderr
    facts = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert sorted(a["outlet"] for a in facts["articles"]) == ["Coastal Courier", "Harbour Wire"]
    compare = factdeck("compare", news.url("/news/quay"), news.url("/missing"), "--no-nlp")
    assert compare.returncode == 2
    assert "HTTP 404" in compare.stderr and "at least two articles" in compare.stderr


def test_several_urls_show_a_progress_bar_on_a_terminal(news: NewsServer, tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(sys.executable, ["-m", "factdeck", "fetch", news.url("/news/quay"),
                                           news.url("/news/floods"), "-o", str(tmp_path)],
                          encoding="utf-8", timeout=60, dimensions=(24, 100))
    child.expect(pexpect.EOF)
    child.close()
    assert "Fetching" in child.before and "100%" in child.before
    assert child.exitstatus == 0
    assert len(list(tmp_path.glob("*.md"))) == 2
