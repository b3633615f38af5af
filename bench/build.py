"""Benchmark: ``factdeck build`` (rules path) as a folder grows to a term of news.

    .venv/bin/python bench/build.py [--sizes 100 500 1000 2000] [--jobs-at 1000]
                                    [--long 0.5 2] [--generation [N ...]]

Three measures, each against a baseline measured in the same run (machines are noisy):

* **scale**: the build of 100, 500, 1,000 and 2,000 articles of mixed stories,
  as time per article against the time per article at the smallest size (the
  goal: at most 1.5x at 2,000). Phases: extraction, differences, generation,
  writing and checking the bank.
* **jobs**: the same build at 1,000 articles with ``jobs=2`` against one job
  (the goal: at least 1.6x faster).
* **long line**: one article whose body is a single line of 0.5 MB and of
  2 MB, as time per MB against the 0.5 MB one (the goal: about 1x: linear).

The articles are made from the seed articles and the development stories,
repeated; each repetition of a story is a new story: every word of four
letters or more (names, places, event words), except speech verbs, posts and
calendar words, is changed by a letter substitution of its own, so copies share
no rare word and group as the stories they are (the largest story is printed).

``--generation`` runs the older benchmark of question generation alone on the
seed facts copied N times (ratio against writing the bank as YAML).
"""

from __future__ import annotations

import argparse
import dataclasses
import inspect
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from factdeck.bank.check import check_bank
from factdeck.bank.facts import Facts
from factdeck.bank.load import dump_bank
from factdeck.differences import find_differences
from factdeck.differences.stories import group_stories
from factdeck.extract.pipeline import extract_facts
from factdeck.generate.bank_builder import build_bank
from factdeck.generate.deck_writer import article_copies, write_deck

SHARED = Path(__file__).resolve().parents[2] / "shared"

# words a copy keeps as they are: what extraction reads as structure, not as content
_KEEP = frozenset("""
january february march april june july august september october november december monday tuesday
wednesday thursday friday saturday sunday today yesterday tomorrow morning evening night week
month year years said says told tells added adding according announced stated declared claimed
insisted noted wrote explained argued warned asked replied urged called described confirmed
denied president minister prime foreign defence defense secretary spokesman spokeswoman
spokesperson chief head leader chairman chair director general governor mayor senator ambassador
envoy king queen prince chancellor premier deputy commissioner police official officials court
judge party government council army captain coach former interior finance state
that this with from have were been will would could their there which when what they them
""".split())
_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")
_CONSONANTS = "bcdfghjklmnpqrstvwxyz"
_VOWELS = "aeiou"


def _cipher(word: str, k: int) -> str:
    """``word`` with its first five letters shifted by copy ``k`` (consonants to consonants)."""
    shift_c, shift_v = k % 21, (k // 21) % 5 + (k // 105)
    out = []
    for i, ch in enumerate(word):
        low = ch.lower()
        if i < 5 and low in _CONSONANTS:
            low = _CONSONANTS[(_CONSONANTS.index(low) + shift_c) % 21]
        elif i < 5 and low in _VOWELS:
            low = _VOWELS[(_VOWELS.index(low) + shift_v) % 5]
        out.append(low.upper() if ch.isupper() else low)
    return "".join(out)


def _vary(text: str, k: int) -> str:
    """Copy ``k`` of an article: the same shape, none of its content words."""
    if k == 0:
        return text

    def change(m: re.Match[str]) -> str:
        word = m.group(0)
        return word if word.lower() in _KEEP else _cipher(word, k)

    head, body = "", text
    if text.startswith("---\n"):  # front matter: only the title changes
        end = text.index("\n---\n", 4) + 5
        head, body = text[:end], text[end:]
        head = re.sub(r"(?m)^title: .*$", lambda m: _WORD.sub(change, m.group(0)), head)
    return head + _WORD.sub(change, body)


def _stories() -> list[tuple[str, list[Path]]]:
    out = [("seeds", sorted((SHARED / "articles").glob("*.txt")))]
    dev = SHARED / "eval" / "dev"
    for folder in sorted(p for p in dev.iterdir() if p.is_dir()) if dev.is_dir() else []:
        out.append((folder.name.split("-")[0], sorted(folder.glob("*.md"))))
    return [(name, files) for name, files in out if files]


def mixed_articles(n: int, folder: Path) -> list[Path]:
    """``n`` article files of many stories: the stories repeated, each copy its own story."""
    stories = _stories()
    if not stories:
        raise SystemExit(f"no seed articles in {SHARED}")
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    k = 0
    while len(paths) < n:
        for name, files in stories:
            for source in files:
                if len(paths) == n:
                    break
                target = folder / f"{k:04d}-{name}-{source.name}"
                target.write_text(_vary(source.read_text(encoding="utf-8"), k), encoding="utf-8")
                paths.append(target)
        k += 1
    return sorted(paths)


def long_line_article(megabytes: float, folder: Path) -> Path:
    """One article whose body is a single line of ``megabytes`` MB (pasted text, no breaks)."""
    words = " ".join(" ".join(p.read_text(encoding="utf-8").split())
                     for p in sorted((SHARED / "articles").glob("*.txt")))
    size = int(megabytes * 1_000_000)
    line = (words + " ") * (size // (len(words) + 1) + 1)
    path = folder / f"long-{megabytes:g}mb.txt"
    path.write_text("# A long report on the talks\n\nThe opening paragraph of this report "
                    "says in one plain sentence what happened.\n\n" + line[:size].rstrip() + "\n",
                    encoding="utf-8")
    return path


def _differences(facts: Facts, jobs: int) -> tuple:
    accepts_jobs = "jobs" in inspect.signature(find_differences).parameters
    extra = {"jobs": jobs} if accepts_jobs else {}
    return find_differences(facts.articles, facts, parse=False, **extra)


def build(paths: list[Path], out: Path, jobs: int = 1) -> dict[str, float]:
    """What ``factdeck build --no-nlp`` does, timed by phase (seconds)."""
    times: dict[str, float] = {}

    def timed(phase: str, step: Callable[[], object]) -> object:
        start, cpu = time.perf_counter(), time.process_time()
        result = step()
        times[phase] = time.perf_counter() - start
        times[phase + " cpu"] = time.process_time() - cpu
        times["cpu"] = times.get("cpu", 0.0) + times[phase + " cpu"]
        return result

    facts = timed("extract", lambda: extract_facts(paths, jobs=jobs, use_nlp=False,
                                                    differences=False))
    assert isinstance(facts, Facts)
    diffs = timed("differences", lambda: _differences(facts, jobs))
    facts = dataclasses.replace(facts, differences=tuple(diffs))  # type: ignore[arg-type]
    copies = article_copies(facts)
    bank = timed("generate", lambda: build_bank(facts, article_files=copies, jobs=jobs))
    out.mkdir(parents=True, exist_ok=True)
    timed("write+check", lambda: (write_deck(bank, facts, out / "bank.yaml", copies),  # type: ignore[arg-type]
                                  check_bank(out / "bank.yaml")))
    times["total"] = sum(times[k] for k in _PHASES)
    times["questions"] = len(bank.questions)  # type: ignore[attr-defined]
    times["differences_found"] = len(diffs)  # type: ignore[arg-type]
    return times


_PHASES = ("extract", "differences", "generate", "write+check")


def _phases(t: dict[str, float], suffix: str = "") -> str:
    return " ".join(f"{k} {t[k + suffix]:6.2f}" for k in _PHASES)


def scale(sizes: list[int], jobs_at: int | None, work: Path, repeats: int = 2) -> None:
    baseline = None
    results: dict[int, dict[str, float]] = {}
    print("== scale: CPU time per article (this process: other loads do not count) "
          "against the smallest size; phases in CPU seconds ==")
    for n in sizes:
        paths = mixed_articles(n, work / f"mixed-{n}")
        from factdeck.articles import read_article

        stories = [s for s in group_stories([read_article(p) for p in paths]) if len(s) > 1]
        t = build(paths, work / f"out-{n}")
        results[n] = t
        per = t["cpu"] / n
        baseline = baseline or per
        print(f"{n:5d} articles, {len(stories):4d} stories (largest {max(map(len, stories)):2d}):"
              f" {t['cpu']:7.2f} s CPU = {per * 1000:6.1f} ms/article, ratio {per / baseline:4.2f}x"
              f" | wall {t['total']:7.2f}"
              f" | {_phases(t, ' cpu')} | {t['questions']:.0f} questions, "
              f"{t['differences_found']:.0f} differences", flush=True)
    if jobs_at:
        print(f"== jobs: {jobs_at} articles, 2 jobs against 1 ==")
        paths = sorted((work / f"mixed-{jobs_at}").glob("*")) if jobs_at in results else \
            mixed_articles(jobs_at, work / f"mixed-{jobs_at}")
        # alternated and repeated, the best of each: a shared machine's load comes and goes
        ones = [results[jobs_at]] if jobs_at in results else []
        twos = []
        for _ in range(repeats):
            twos.append(build(paths, work / f"out-{jobs_at}-j2", jobs=2))
            if len(ones) < repeats:
                ones.append(build(paths, work / f"out-{jobs_at}", jobs=1))
        one = min(ones, key=lambda t: t["total"])
        two = min(twos, key=lambda t: t["total"])
        print(f"jobs=1 {one['total']:7.2f} s | {_phases(one)}")
        print(f"jobs=2 {two['total']:7.2f} s | {_phases(two)}")
        print(f"speedup {one['total'] / two['total']:4.2f}x, wall time, best of {repeats} each "
              f"(same bank: {(work / f'out-{jobs_at}' / 'bank.yaml').read_bytes() == (work / f'out-{jobs_at}-j2' / 'bank.yaml').read_bytes()})",  # noqa: E501
              flush=True)


def long_line(sizes: list[float], work: Path) -> None:
    print("== long line: CPU time per MB of one single-line article against the smallest ==")
    baseline = None
    for mb in sizes:
        path = long_line_article(mb, work)
        t = build([path], work / f"out-long-{mb:g}")
        per = t["cpu"] / mb
        baseline = baseline or per
        print(f"{mb:4g} MB: {t['cpu']:6.2f} s CPU = {per:5.2f} s/MB, ratio {per / baseline:4.2f}x"
              f" | wall {t['total']:6.2f} | {_phases(t)}", flush=True)


# ---------------------------------------------------------------- generation alone

def _tag(i: int) -> str:
    letters = "bcdfgklmnprstvz"
    out = ""
    while True:
        out += letters[i % len(letters)]
        i //= len(letters)
        if not i:
            return "ov" + out


def scaled(facts: Facts, n: int) -> Facts:
    """``n`` copies of the facts, each with other surnames and article files."""
    surnames = sorted({p.name.split()[-1] for p in facts.people if len(p.name.split()) > 1
                       and len(p.name.split()[-1]) > 3}, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, surnames)) + r")\b")

    def change(value, i):
        if isinstance(value, str):
            return pattern.sub(lambda m: m.group(1) + _tag(i), value) if i else value
        if isinstance(value, tuple):
            return tuple(change(v, i) for v in value)
        if dataclasses.is_dataclass(value):
            fields = {f.name: change(getattr(value, f.name), i)
                      for f in dataclasses.fields(value) if f.init}
            return type(value)(**fields)
        return value

    def rename(value, i):
        files = {a.file for a in facts.articles}
        if isinstance(value, str) and value in files:
            return f"{i:04d}-{value}"
        if isinstance(value, tuple):
            return tuple(rename(v, i) for v in value)
        if dataclasses.is_dataclass(value):
            fields = {f.name: rename(getattr(value, f.name), i)
                      for f in dataclasses.fields(value) if f.init}
            return type(value)(**fields)
        return value

    parts = {k: [] for k in ("articles", "people", "dates", "quotes", "positions")}
    for i in range(n):
        copy = rename(change(facts, i), i)
        for k in parts:
            parts[k].extend(getattr(copy, k))
    return Facts(**{k: tuple(v) for k, v in parts.items()})


def generation(sizes: list[int]) -> None:
    files = sorted((SHARED / "articles").glob("*.txt"))
    facts = extract_facts(files, use_nlp=False, differences=False)
    words = sum(len(a.text.split()) for a in facts.articles)
    print(f"seed facts: {len(facts.people)} people, {len(facts.dates)} dates, "
          f"{len(facts.quotes)} quotes, {len(facts.positions)} stances, {words} words")
    for n in sizes:
        big = scaled(facts, n)
        start = time.perf_counter()
        bank = build_bank(big)
        generate = time.perf_counter() - start
        start = time.perf_counter()
        dump_bank(bank)
        baseline = time.perf_counter() - start
        print(f"x{n:<4} {len(big.articles):5d} articles {words * n:8d} words: "
              f"{len(bank.questions):6d} questions in {generate:6.2f} s "
              f"({words * n / generate:8.0f} words/s); YAML dump {baseline:5.2f} s; "
              f"ratio {generate / baseline:5.1f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 500, 1000, 2000])
    parser.add_argument("--jobs-at", type=int, default=1000, help="0: skip the jobs measure")
    parser.add_argument("--repeats", type=int, default=2, help="runs of each jobs setting")
    parser.add_argument("--long", type=float, nargs="*", default=[0.5, 2.0],
                        help="MB of the single-line articles (none: skip)")
    parser.add_argument("--generation", type=int, nargs="*", default=None,
                        help="run the generation-only benchmark with these copy counts instead")
    args = parser.parse_args()
    if args.generation is not None:
        generation(args.generation or [1, 10, 40])
        return 0
    work = Path(tempfile.mkdtemp(prefix="factdeck-bench-build-"))
    try:
        if args.sizes:
            scale(args.sizes, args.jobs_at or None, work, max(1, args.repeats))
        if args.long:
            long_line(args.long, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
