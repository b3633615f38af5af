"""Extraction speed: words per second over the seed articles repeated to about 1M words.

    .venv/bin/python bench/extract.py [--words N] [--nlp]

Prints words/s with 1 job (the baseline) and 2 jobs, and their ratio. The
differences step (comparing articles) is left out: it is measured on its own.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from factdeck.extract.pipeline import extract_facts

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "articles"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--nlp", action="store_true", help="use the spaCy path")
    args = parser.parse_args()
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        print(f"no seed articles in {SEEDS}", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="factdeck-bench-"))
    try:
        words = 0
        paths = []
        i = 0
        while words < args.words:
            seed = seeds[i % len(seeds)]
            target = folder / f"{i:05d}_{seed.name}"
            shutil.copyfile(seed, target)
            words += len(seed.read_text(encoding="utf-8").split())
            paths.append(target)
            i += 1
        print(f"{len(paths)} articles, {words} words, path: {'spaCy' if args.nlp else 'rules'}")
        rates = {}
        for jobs in (1, 2):
            start = time.perf_counter()
            facts = extract_facts(paths, jobs=jobs, use_nlp=args.nlp, differences=False)
            elapsed = time.perf_counter() - start
            rates[jobs] = words / elapsed
            print(f"jobs={jobs}: {elapsed:.1f} s, {rates[jobs]:,.0f} words/s "
                  f"({len(facts.people)} people, {len(facts.dates)} dates)")
        print(f"ratio 2 jobs / 1 job: {rates[2] / rates[1]:.2f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
