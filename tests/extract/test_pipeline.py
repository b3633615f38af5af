"""The whole extraction on the shared articles: scored by the evaluation's scorer, both paths."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from factdeck.cli import main
from factdeck.extract import nlp
from factdeck.extract.pipeline import extract_facts

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
GOLD = ROOT.parent / "shared" / "eval" / "seeds-gold.yaml"


def _score(facts_file: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, str(SCORER), str(facts_file), str(GOLD)],
                         capture_output=True, text=True, check=True).stdout
    figures = {m.group(1): float(m.group(2))
               for m in re.finditer(r"^(\w+)\s+recall=([\d.]+)", out, re.M)}
    figures["score"] = float(re.search(r"^score: ([\d.]+)", out, re.M).group(1))
    figures["date_precision"] = float(re.search(r"precision_judged=([\d.]+)", out).group(1))
    return figures


@pytest.mark.slow
@pytest.mark.parametrize("path", ["rules", pytest.param("spacy", marks=pytest.mark.nlp)])
def test_shared_articles_reach_the_targets(shared_articles: Path, tmp_path: Path,
                                           path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if not SCORER.is_file():
        pytest.skip("shared/eval is not beside the project")
    if path == "spacy" and not nlp.available():
        pytest.skip("spaCy with an English pipeline is not installed")
    out = tmp_path / "facts.yaml"
    args = ["extract", *map(str, sorted(shared_articles.glob("*.txt"))), "-o", str(out)]
    if path == "rules":
        args.append("--no-nlp")
    with pytest.raises(SystemExit) as done:
        main(args)
    assert done.value.code == 0
    figures = _score(out)
    assert figures["score"] >= 0.85, figures
    assert figures["date_precision"] >= 0.9, figures
    for kind in ("people", "dates", "quotes", "stances", "metadata"):
        assert figures[kind] >= 0.85, (kind, figures)


def test_parallel_jobs_give_the_same_facts(shared_articles: Path) -> None:
    paths = sorted(shared_articles.glob("*.txt"))
    one = extract_facts(paths, jobs=1, use_nlp=False, differences=False)
    calls: list[tuple[int, int]] = []
    two = extract_facts(paths, jobs=2, use_nlp=False, differences=False,
                        progress=lambda done, total: calls.append((done, total)))
    assert one.to_data() == two.to_data()
    assert calls[-1] == (len(paths), len(paths))


def test_evidence_is_exact_text(shared_articles: Path) -> None:
    paths = sorted(shared_articles.glob("*.txt"))
    facts = extract_facts(paths, use_nlp=False, differences=False)
    texts = {a.file: a.text for a in facts.articles}
    for d in facts.dates:
        assert d.evidence in texts[d.article]
    for q in facts.quotes:
        assert q.quote in texts[q.article] and q.evidence in texts[q.article]
    for s in facts.positions:
        assert s.evidence in texts[s.article]


def test_cli_json_output_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.md"
    article.write_text("---\npublished: 2018-05-02\noutlet: Test Post\n---\n"
                       "Norwegian Prime Minister Eva Lund said on Monday she wanted to raise "
                       "pensions.\n", encoding="utf-8")
    out = tmp_path / "facts.json"
    with pytest.raises(SystemExit) as done:
        main(["extract", str(article), "-o", str(out), "--no-nlp"])
    assert done.value.code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["articles"][0]["outlet"] == "Test Post"
    assert data["people"][0] == {"name": "Eva Lund", "position": "Prime Minister of Norway",
                                 "articles": ["a.md"], "evidence": "Norwegian Prime Minister Eva Lund",  # noqa: E501
                                 "article": "a.md"}
    assert data["dates"][0]["date"] == "2018-04-30"
    assert yaml.safe_load(out.read_text(encoding="utf-8")) == data
    assert "1 people" in capsys.readouterr().err

    for args, message in [
        ([str(tmp_path / "missing.txt"), "-o", str(tmp_path / "f.yaml")], "no such file"),
        ([str(article), "-o", str(tmp_path / "f.csv")], "write facts to a .yaml"),
    ]:
        with pytest.raises(SystemExit) as failed:
            main(["extract", *args, "--no-nlp"])
        assert failed.value.code == 2
        err = capsys.readouterr().err
        assert err.startswith("factdeck: ") and message in err
        assert "Traceback" not in err
    assert not (tmp_path / "f.csv").exists()


def test_progress_bar_on_a_terminal(shared_articles: Path, tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    seed = sorted(shared_articles.glob("*.txt"))[0]
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(24):
        (folder / f"{i:02d}.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "facts.yaml"
    child = pexpect.spawn(sys.executable, ["-m", "factdeck", "extract", str(folder), "-o", str(out),
                                           "--no-nlp", "--jobs", "2"], timeout=60,
                          encoding="utf-8")
    child.expect("Extracting")
    child.expect("24 articles")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert len(yaml.safe_load(out.read_text(encoding="utf-8"))["articles"]) == 24


def test_an_undated_article_is_dated_by_its_story_in_any_number_of_processes(tmp_path: Path
                                                                              ) -> None:
    dated = ("---\ntitle: Harbour bridge opens\noutlet: Coast Herald\npublished: 2031-06-04\n"
             "---\n\nThe new harbour bridge in Velmora opened on Monday, mayor Ilse Varga said.\n")
    undated = ("Harbour bridge opens to traffic\n\nThe harbour bridge in Velmora opened to "
               "traffic on Monday, mayor Ilse Varga told reporters at the ceremony.\n")
    paths = []
    for name, text in (("a.md", dated), ("b.txt", undated)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    one = extract_facts(paths, jobs=1, use_nlp=False, differences=False)
    two = extract_facts(paths, jobs=2, use_nlp=False, differences=False)
    assert one.to_data() == two.to_data()
    assert "2031-06-02" in {d.date for d in one.dates if d.article == "b.txt"}
