"""The builder's extraction scores on the seed articles and the dev stories stay above their floors.

The stories and their gold live in ``shared/eval`` beside the project (CI has a copy); the
scorer is the one in that folder, run as it is. A fall below a floor is a regression in how
factdeck reads news in general, not in one file, so the test names the story and every score.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from factdeck.extract.pipeline import extract_facts

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EVAL = SHARED / "eval"
SEED_FLOOR = 0.95
STORY_FLOOR = 0.70
MEAN_FLOOR = 0.80


def _scorer() -> ModuleType:
    path = EVAL / "score.py"
    if not path.is_file():
        pytest.skip("shared/eval is not beside the project")
    spec = importlib.util.spec_from_file_location("factdeck_eval_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _stories() -> list[tuple[str, list[Path], Path]]:
    """(name, article paths, gold) for the seeds and every dev story."""
    out = [("seeds", sorted((SHARED / "articles").glob("*.txt")), EVAL / "seeds-gold.yaml")]
    for folder in sorted((EVAL / "dev").glob("*/")):
        if (folder / "gold.yaml").is_file():
            out.append((folder.name, sorted(folder.glob("*.md")), folder / "gold.yaml"))
    return out


def _scores(use_nlp: bool) -> dict[str, dict]:
    import yaml

    scorer = _scorer()
    results = {}
    for name, articles, gold_path in _stories():
        facts = extract_facts(articles, use_nlp=use_nlp).to_data()
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        results[name] = scorer.score(facts, gold)
    return results


def _assert_floors(results: dict[str, dict]) -> None:
    def line(name: str, res: dict) -> str:
        kinds = " ".join(f"{k}={v['recall']:.2f}" for k, v in res.items()
                         if isinstance(v, dict) and "recall" in v)
        return f"{name}: {res['score']:.3f} ({kinds})"

    report = "\n".join(line(n, r) for n, r in results.items())
    dev = {n: r["score"] for n, r in results.items() if n != "seeds"}
    assert len(dev) >= 6, f"expected the six dev stories in {EVAL / 'dev'}\n{report}"
    assert results["seeds"]["score"] >= SEED_FLOOR, report
    assert min(dev.values()) >= STORY_FLOOR, report
    assert sum(dev.values()) / len(dev) >= MEAN_FLOOR, report


def test_rules_path_scores_stay_above_the_floors() -> None:
    _assert_floors(_scores(use_nlp=False))


@pytest.mark.nlp
def test_spacy_path_scores_stay_above_the_floors() -> None:
    from factdeck.extract import nlp

    if not nlp.available():
        pytest.skip("spaCy with an English pipeline is not installed")
    _assert_floors(_scores(use_nlp=True))
