"""``factdeck review``: time to the first question, and time to save one decision.

Measured in the same run:
  bare      a Textual app showing one static screen, in an 80x24 pty (the baseline)
  review    ``factdeck review`` on a 1,000-question draft bank: process start until the
            first question's progress line shows          target <= 1.5x bare
  decision  saving one decision (accept) in a 10,000-question bank: the journal line
            appended and fsynced, as the screen does before moving on   target < 20 ms
  fold      for information: folding those decisions into the 10,000-question bank.yaml
            (once, when the review ends)

Run: python bench/review.py [--repeat N] [--decisions N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quiz_startup import BARE_APP, time_to_marker  # noqa: E402

from factdeck.bank.load import fold_journal, load_bank, save_bank  # noqa: E402
from factdeck.bank.model import (  # noqa: E402
    Article,
    Bank,
    ChoiceQuestion,
    Evidence,
    Flag,
    Status,
    Topic,
)
from factdeck.tui.review_session import ReviewSession  # noqa: E402

SENTENCE = "In report {i}, the minister of harbours said the port would reopen in spring."


def draft_bank(folder: Path, size: int) -> Path:
    """A built-looking bank: ``size`` draft choice questions, every tenth flagged, each with
    its evidence in a real article paragraph."""
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    paragraphs = [SENTENCE.format(i=i) for i in range(200)]
    (folder / "articles" / "a.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    questions = tuple(
        ChoiceQuestion(id=f"q{i}", topic=list(Topic)[i % len(Topic)],
                       prompt=f"In report {i % 200}, what did the minister of harbours say?",
                       answer="The port would reopen in spring",
                       distractors=("The port would close", "The port would be sold"),
                       evidence=(Evidence("a", SENTENCE.format(i=i % 200)),),
                       status=Status.DRAFT,
                       flags=(Flag.PROMPT_MAY_NOT_STAND_ALONE,) if i % 10 == 0 else ())
        for i in range(size))
    bank = Bank(title="Review benchmark", questions=questions,
                articles=(Article(id="a", file="articles/a.txt", outlet="Harbour Times"),))
    path = folder / "bank.yaml"
    save_bank(bank, path)
    return path


def time_review_start(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    return time_to_marker(argv, "reviewed", env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--decisions", type=int, default=200)
    args = parser.parse_args()
    python = sys.executable
    work = Path(tempfile.mkdtemp(prefix="factdeck-review-"))
    env = {**os.environ, "FACTDECK_HOME": str(work / "home"), "TERM": "xterm-256color"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        bare_py = work / "bare.py"
        bare_py.write_text(BARE_APP, encoding="utf-8")
        small = draft_bank(work / "small", 1_000)
        cases = {"bare": ([python, str(bare_py)], "BARE READY"),
                 "review": ([python, "-m", "factdeck", "review", str(small)], "reviewed")}
        for argv, marker in cases.values():  # warm-up: disk, .pyc files, the bank cache
            time_to_marker(argv, marker, env)
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.repeat):
            for name, (argv, marker) in cases.items():
                times[name].append(time_to_marker(argv, marker, env)[0])

        big = draft_bank(work / "big", 10_000)
        session = ReviewSession(load_bank(big))
        saves = []
        for _ in range(args.decisions):
            start = time.perf_counter()
            session.decide(Status.ACCEPTED)
            saves.append(time.perf_counter() - start)
        start = time.perf_counter()
        folded = fold_journal(big)
        fold = time.perf_counter() - start
        assert folded == args.decisions
        assert sum(q.status == Status.ACCEPTED for q in load_bank(big).questions) == folded
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ratio = statistics.median(r / b for r, b in zip(times["review"], times["bare"], strict=True))
    print(f"bare app, first screen:          median {statistics.median(times['bare']):.3f}s")
    print(f"review 1,000 drafts, 1st question: median {statistics.median(times['review']):.3f}s"
          f"  ratio {ratio:.2f}x bare (target <= 1.5x)")
    saves.sort()
    print(f"save one decision at 10,000:     median {statistics.median(saves) * 1000:.2f} ms, "
          f"p95 {saves[int(len(saves) * 0.95)] * 1000:.2f} ms (target < 20 ms; "
          f"{args.decisions} decisions, fsynced)")
    print(f"fold {folded} decisions into the 10,000-question bank at the end: {fold:.2f}s")


if __name__ == "__main__":
    main()
