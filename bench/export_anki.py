"""Benchmark: ``export_anki`` against a bare genanki loop, 10k and 100k questions.

The baseline writes the same number of basic two-field notes with plain
genanki in the same run; the figure that matters is the ratio (target <= 1.5x).
"First" is an export with no earlier package or ledger; "rebuild" writes over
the first package with the ledger in place (reads both, as a real re-export does).

    .venv/bin/python bench/export_anki.py [N ...]   (default: 10000 100000)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import genanki
from synthetic import synthetic_bank

from factdeck.export.anki import export_anki


def bare_genanki(n: int, path: Path) -> None:
    model = genanki.Model(1380120064, "Basic", fields=[{"name": "Front"}, {"name": "Back"}],
                          templates=[{"name": "Card 1", "qfmt": "{{Front}}",
                                      "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}])
    deck = genanki.Deck(2059400110, "Bench")
    for i in range(n):
        deck.add_note(genanki.Note(model=model, fields=[f"Question number {i}?",
                                                        f"Answer {i}"]))
    genanki.Package(deck).write_to_file(str(path))


def timed(fn, *args, **kwargs) -> tuple[float, float]:  # noqa: ANN001
    """(wall seconds, CPU seconds) of one call; CPU time is steadier on a shared machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn(*args, **kwargs)
    return time.perf_counter() - wall, time.process_time() - cpu


def main(sizes: list[int], repeats: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["FACTDECK_HOME"] = str(folder / "home")
        print(f"best of {repeats}; wall seconds (CPU seconds); ratio = ours / bare genanki")
        print(f"{'questions':>9} {'notes':>7} {'bare genanki':>14} {'first export':>14} "
              f"{'ratio':>11} {'rebuild':>14} {'ratio':>11}")
        for n in sizes:
            bank = synthetic_bank(n, pairs=2, evidence=1)
            notes = export_anki([bank], folder / "count.apkg", ledger=folder / "c.json").notes
            runs: dict[str, list[tuple[float, float]]] = {"bare": [], "first": [], "again": []}
            for r in range(repeats):  # interleaved, so load on the machine hits all alike
                runs["bare"].append(timed(bare_genanki, n, folder / f"bare-{n}.apkg"))
                out, ledger = folder / f"ours-{n}-{r}.apkg", folder / f"ledger-{n}-{r}.json"
                runs["first"].append(timed(export_anki, [bank], out, ledger=ledger))
                runs["again"].append(timed(export_anki, [bank], out, ledger=ledger))
            best = {k: (min(w for w, _ in v), min(c for _, c in v)) for k, v in runs.items()}
            (bw, bc), (fw, fc), (aw, ac) = best["bare"], best["first"], best["again"]
            print(f"{n:>9} {notes:>7} {bw:>6.2f} ({bc:>5.2f}) {fw:>6.2f} ({fc:>5.2f}) "
                  f"{fw / bw:>4.2f} ({fc / bc:.2f}) {aw:>6.2f} ({ac:>5.2f}) "
                  f"{aw / bw:>4.2f} ({ac / bc:.2f})", flush=True)


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    main(args or [10_000, 100_000], repeats=3)
