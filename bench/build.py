"""Benchmark: question generation (facts -> bank) on the seed articles' facts, scaled up.

The seed articles are extracted once (rules only); their facts are copied N
times, each copy with its own surnames (changed in the texts and the facts
alike, so every evidence span stays exact), so the bank grows in people,
events and quotes as a real corpus would. The baseline, measured in the same
run, is writing the resulting bank as YAML (``dump_bank``); the figure that
matters is generation time / baseline, and that it grows linearly with N.

    .venv/bin/python bench/build.py [N ...]   (default: 1 10 40)
"""

from __future__ import annotations

import dataclasses
import re
import sys
import time
from pathlib import Path

from factdeck.bank.facts import Facts
from factdeck.bank.load import dump_bank
from factdeck.extract.pipeline import extract_facts
from factdeck.generate.bank_builder import build_bank

SHARED = Path(__file__).resolve().parents[2] / "shared"


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


def main(sizes: list[int]) -> None:
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


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1, 10, 40])
