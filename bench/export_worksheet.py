"""Benchmark: rendering a 1,000-question worksheet to HTML, and printing it to PDF.

Baselines are measured in the same run, so the ratios mean something on any
machine: the HTML render is compared with writing the same bank as YAML
(``dump_bank``), the PDF with Chromium printing a one-line page (its start-up).

    .venv/bin/python bench/export_worksheet.py [--questions 1000] [--no-pdf]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from synthetic import synthetic_bank

from factdeck.bank.load import dump_bank
from factdeck.export.worksheet import WorksheetOptions, build_worksheet, render_html


def best_of(runs: int, func) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times) if runs < 3 else statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()

    bank = synthetic_bank(args.questions)
    options = WorksheetOptions(versions=2, seed=1)
    render_html(build_worksheet([bank], options))  # warm up: template compilation
    baseline = best_of(args.runs, lambda: dump_bank(bank))
    html_time = best_of(args.runs, lambda: render_html(build_worksheet([bank], options)))
    page = render_html(build_worksheet([bank], options))
    print(f"questions:             {args.questions} (2 versions with answer keys)")
    print(f"baseline dump_bank:    {baseline * 1000:8.1f} ms")
    print(f"worksheet HTML:        {html_time * 1000:8.1f} ms   "
          f"ratio {html_time / baseline:5.2f}x baseline   ({len(page) / 1e6:.1f} MB)")
    if args.no_pdf:
        return 0
    from factdeck.errors import ExportError
    from factdeck.export.pdf import print_html_to_pdf

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        try:
            start = time.perf_counter()
            print_html_to_pdf("<!DOCTYPE html><p>baseline</p>", out / "blank.pdf")
            blank = time.perf_counter() - start
        except ExportError as exc:
            print(f"PDF: skipped ({exc})")
            return 0
        one = render_html(build_worksheet([bank], WorksheetOptions(seed=1, answer_key="none")))
        start = time.perf_counter()
        print_html_to_pdf(one, out / "sheet.pdf")
        pdf_time = time.perf_counter() - start
        pages = len(re.findall(rb"/Type\s*/Page[^s]", (out / "sheet.pdf").read_bytes()))
        print(f"baseline blank PDF:    {blank:8.2f} s")
        print(f"worksheet PDF:         {pdf_time:8.2f} s   ratio {pdf_time / blank:5.1f}x baseline"
              f"   (1 version, no key; {pages} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
