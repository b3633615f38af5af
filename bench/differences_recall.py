"""Score find_differences on shared/articles with the evaluation's scorer.

Usage: .venv/bin/python bench/differences_recall.py [FACTS_OUT] [--plain] [--no-nlp]

Reads the articles with factdeck.articles when it exists (else as plain text
blocks), writes a facts file holding only the differences, runs
shared/eval/score.py on it and prints the differences recall, the number of
differences found and the time taken, against a baseline measured in the same
run (every sentence pair of one story sharing a figure cue = a "difference").
Precision is the share of reported differences that match a gold one (scored
one by one). ``--no-nlp`` measures the rules path (no spaCy parse).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_articles():
    files = sorted((SHARED / "articles").glob("*.txt"))
    try:
        from factdeck.articles import read_article
    except ImportError:
        read_article = None
    if read_article is not None and "--plain" not in sys.argv:
        return [read_article(f) for f in files]
    from factdeck.bank.facts import SourceArticle

    gold = yaml.safe_load((SHARED / "eval" / "seeds-gold.yaml").read_text())
    meta = gold.get("articles") or {}
    out = []
    for f in files:
        m = meta.get(f.name, {})
        out.append(SourceArticle(file=f.name, text=f.read_text(encoding="utf-8"),
                                 outlet=m.get("outlet"), published=m.get("published")))
    return out


def precision(diffs) -> str:
    """The share of reported differences that match a gold difference, each scored alone."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gold = yaml.safe_load((SHARED / "eval" / "seeds-gold.yaml").read_text(encoding="utf-8"))
    hits = sum(module.score({"differences": [d.to_data()]}, gold)["differences"]["recall"] > 0
               for d in diffs)
    return f"precision={hits / max(1, len(diffs)):.2f} ({hits}/{len(diffs)})"


def score(diffs, out: Path) -> str:
    out.write_text(yaml.safe_dump({"differences": [d.to_data() for d in diffs]},
                                  allow_unicode=True, sort_keys=False), encoding="utf-8")
    res = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(out),
                          str(SHARED / "eval" / "seeds-gold.yaml")],
                         capture_output=True, text=True, check=True)
    return next(line for line in res.stdout.splitlines() if line.startswith("differences"))


def baseline(articles):
    """The naive aligner: any two sentences of one story that look alike but are not the same."""
    from rapidfuzz import fuzz

    from factdeck.bank.facts import Difference, Report
    from factdeck.differences.stories import group_stories
    from factdeck.differences.text import sentences
    from factdeck.textnorm import fold

    out = []
    for story in group_stories(articles):
        sents = [sentences(a, parse=False) for a in story]
        for i in range(len(sents)):
            for j in range(i + 1, len(sents)):
                for a in sents[i]:
                    for b in sents[j]:
                        score = fuzz.token_set_ratio(fold(a.text), fold(b.text))
                        if 60 <= score < 95:
                            out.append(Difference("similar sentences", (
                                Report(a.article.file, a.text, a.text),
                                Report(b.article.file, b.text, b.text))))
    return out


def main() -> None:
    from factdeck.differences import find_differences
    from factdeck.differences.text import load_nlp

    articles = load_articles()
    parse = "--no-nlp" not in sys.argv
    if parse:
        load_nlp()
    t0 = time.perf_counter()
    diffs = find_differences(articles, parse=parse)
    took = time.perf_counter() - t0
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp()) / "facts.yaml"
    t0 = time.perf_counter()
    naive = baseline(articles)
    naive_took = time.perf_counter() - t0
    print("baseline:        ", score(naive, out), precision(naive),
          f"found={len(naive)} time={naive_took:.2f}s")
    print("find_differences:", score(diffs, out), precision(diffs),
          f"found={len(diffs)} time={took:.2f}s", "(spaCy parse)" if parse else "(rules)")
    print(f"ratio found/baseline found: {len(diffs) / max(1, len(naive)):.2f}  "
          f"time ratio: {took / max(naive_took, 1e-9):.1f}x")
    for d in diffs:
        print(f"- [{d.kind}] {d.aspect}")
        for r in d.reports:
            print(f"    {r.article[:3]}: {r.says}")
    print("facts written to", out)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # piped into head
        pass
