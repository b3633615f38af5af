"""Worksheets printed by headless Chromium and read back with poppler's pdftotext.

The questions, options and keys are checked from the PDF's text, so what is
verified is what a teacher gets on paper; the layout is measured in the browser
itself (nothing may stick out of the printable width).
"""

from __future__ import annotations

import json
import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from factdeck.bank.load import load_bank
from factdeck.bank.model import (
    Bank,
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    PartialDate,
    ShortQuestion,
    TrueFalseQuestion,
)
from factdeck.errors import ExportError
from factdeck.export.pdf import find_browser, run_headless
from factdeck.export.worksheet import (
    PAPERS,
    WorksheetOptions,
    build_worksheet,
    export_worksheet,
    nested_quotes,
    render_html,
)
from tests.conftest import SHIPPED_BANK

pytestmark = pytest.mark.browser

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "worksheet"
SMALL = DATA / "small" / "bank.yaml"
LONG = DATA / "long" / "bank.yaml"
POINTS_PER_MM = 72 / 25.4


@pytest.fixture(scope="module", autouse=True)
def browser() -> str:
    try:
        found = find_browser()
    except ExportError as exc:
        pytest.skip(f"no headless browser: {exc}")
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return found


def pdf_pages(pdf: Path) -> list[str]:
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [norm(page) for page in raw.split("\f") if page.strip()]


def norm(text: str) -> str:
    """White space collapsed; a line broken after a hyphen or dash is joined again."""
    return re.sub(r"\s+", " ", re.sub(r"([-\u2013/])\n", r"\1", text)).strip()


def parts_of(pages: list[str], title: str) -> dict[str, list[str]]:
    """Pages grouped by the part their footer names (passages, sheet-A, key-A, ...),
    with the footer itself taken off so it cannot be read as part of an answer."""
    parts: dict[str, list[str]] = {}
    for number, page in enumerate(pages, 1):
        footer = f"Page {number} of {len(pages)} "
        assert page.startswith(footer), page[:100]
        page = page.removeprefix(footer)
        if m := re.match(rf"Answer key \u00b7 Version ([A-Z]) \u00b7 {re.escape(title)} ", page):
            name = f"key-{m[1]}"
        elif m := re.match(rf"{re.escape(title)} \u00b7 Version ([A-Z]) ", page):
            name = f"sheet-{m[1]}"
        else:
            m = re.match(rf"{re.escape(title)} \u00b7 Reading passages ", page)
            assert m, page[:200]
            name = "passages"
        parts.setdefault(name, []).append(page[m.end():])
    return parts


def quick_key(key_text: str, count: int) -> dict[int, str]:
    region = key_text.split("Quick key", 1)[1].split("Answers with evidence", 1)[0]
    found = {}
    pos = 0
    for n in range(1, count + 1):
        start = region.index(f"{n}. ", pos) + len(f"{n}. ")
        end = region.find(f" {n + 1}. ", start) if n < count else len(region)
        found[n] = region[start:end].strip()
        pos = end
    return found


def split_labels(body: str, labels: list[str], expected: list[str]) -> list[str]:
    """The texts after each label (``A``, ``B.``...) that end ``body``, in order.

    Option texts may themselves start with "A ", so every place the first label
    could start is tried, and the split that gives the expected texts is taken.
    """
    pattern = " ".join(rf"{re.escape(label)} (.+?)" for label in labels)
    starts = [m.start() for m in re.finditer(rf"(?:^|(?<= )){re.escape(labels[0])} ", body)]
    for start in reversed(starts):
        m = re.fullmatch(pattern, body[start:])
        if m and sorted(m.groups()) == sorted(expected):
            return list(m.groups())
    raise AssertionError(f"{labels} with {expected} not found in {body[-400:]!r}")


def check_version_against_bank(bank: Bank, pages: list[str], key: dict[int, str],
                               version) -> int:
    """Every question and option of the version is printed, on one page, and the key gives
    its answers."""
    sheet = " ".join(pages)
    breaks = [sum(len(p) + 1 for p in pages[:i]) for i in range(1, len(pages))]
    pos = 0
    checked = 0
    for item in version.items:
        q = bank.question(item.question_id)
        head = f"{item.number}. {norm(q.prompt)}"
        start = sheet.find(head, pos)
        assert start >= 0, f"question {item.number} ({q.id}) is missing: {head!r}"
        end = sheet.find(f" {item.points} pt", start + len(head))
        assert end > 0
        assert not [b for b in breaks if start < b < end], f"question {item.number} is split"
        body = sheet[start + len(head):end].strip()
        pos = end
        check_excerpts(bank, body, item)
        answer = key[item.number]
        if isinstance(q, (ChoiceQuestion, MultiQuestion)):
            letters = [chr(65 + i) + ("." if isinstance(q, MultiQuestion) else "")
                       for i in range(len(q.options))]
            texts = split_labels(body, letters, [norm(o) for o in q.options])
            right = {norm(a) for a in (q.answers if isinstance(q, MultiQuestion) else [q.answer])}
            expected = ", ".join(chr(65 + i) for i, t in enumerate(texts) if t in right)
        elif isinstance(q, TrueFalseQuestion):
            assert body.endswith("T True F False")
            expected = "T" if q.answer else "F"
        elif isinstance(q, ShortQuestion):
            assert body.endswith("Answer:")
            expected = norm(q.answer)
        elif isinstance(q, DateQuestion):
            assert body.endswith("Date:")
            expected = PartialDate.parse(q.answer).human()
        elif isinstance(q, ClozeQuestion):
            for text, gap in q.segments():
                assert norm(text) in body
                if gap:
                    assert (norm(gap) not in body or norm(gap) in norm(q.blanked())
                            or norm(gap) in norm(q.prompt)), f"{q.id}: {gap!r} is given away"
            expected = "; ".join(f"({i}) {norm(g)}" for i, g in enumerate(q.gaps, 1))
        elif isinstance(q, MatchQuestion):
            n = len(q.pairs)
            lefts = split_labels(body.split(" A. ")[0], [f"{i}." for i in range(1, n + 1)],
                                 [norm(p.left) for p in q.pairs])
            rights = split_labels(body, [f"{chr(65 + i)}." for i in range(n)],
                                  [norm(p.right) for p in q.pairs])
            right_of = {norm(p.left): norm(p.right) for p in q.pairs}
            expected = ", ".join(f"{i}\u2013{chr(65 + rights.index(right_of[left]))}"
                                 for i, left in enumerate(lefts, 1))
        elif isinstance(q, OrderQuestion):
            texts = split_labels(body, [f"{chr(65 + i)}." for i in range(len(q.items))],
                                 [norm(i) for i in q.items])
            ranks = [[norm(i) for i in q.items].index(t) + 1 for t in texts]
            assert ranks != sorted(ranks)
            expected = ", ".join(f"{chr(65 + i)}={r}" for i, r in enumerate(ranks))
        else:  # pragma: no cover
            raise AssertionError(q)
        assert answer == expected, f"key of question {item.number} ({q.id}): {answer!r}"
        checked += 1
    return checked


def check_excerpts(bank: Bank, body: str, item) -> None:
    """A sources question names its outlets only when that does not answer it."""
    outlets = {a.outlet for a in bank.articles if a.outlet}
    if item.excerpt_key:
        for n in range(1, len(item.excerpts) + 1):
            assert f"Excerpt {n} " in body, f"question {item.number}: Excerpt {n} is missing"
        assert not [o for o in outlets if f"{o} \u00b7 " in body], f"question {item.number}"
    for excerpt in item.excerpts:
        if not excerpt.label:
            assert f"{excerpt.outlet} \u00b7 {excerpt.date}" in body
        for quote in excerpt.quotes:  # pdftotext may drop the space after a closing quote
            assert re.sub(r"\s", "", nested_quotes(quote)) in body.replace(" ", "")


def words_outside(pdf: Path, paper) -> list[str]:
    """Words printed outside the page's printable width (from pdftotext -bbox)."""
    xhtml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    left = paper.margin_x_mm * POINTS_PER_MM - 1
    right = (paper.width_mm - paper.margin_x_mm) * POINTS_PER_MM + 1
    return [word for x_min, x_max, word in re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>', xhtml)
        if float(x_min) < left or float(x_max) > right]


def page_size(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    return float(m[1]), float(m[2])


@pytest.mark.parametrize("which, paper", [("shipped", "a4"), ("small", "letter")])
def test_printed_worksheet_holds_every_question_option_and_a_matching_key(
        tmp_path: Path, which: str, paper: str) -> None:
    path = SHIPPED_BANK if which == "shipped" else SMALL
    if not path.is_file():
        pytest.skip("the shipped deck has no bank.yaml yet")
    bank = load_bank(path, use_cache=False)
    options = WorksheetOptions(versions=2, seed=11, passages="quoted", paper=paper)
    pdf = tmp_path / "sheet.pdf"
    if which == "shipped":
        result = export_worksheet([bank], tmp_path / "sheet.html", options, pdf=True)
        assert result.files == [tmp_path / "sheet.html", pdf]
        ws = result.worksheet
    else:  # the same through the command line
        from factdeck.cli import main

        with pytest.raises(SystemExit) as done:
            main(["export", "worksheet", str(path), "-o", str(tmp_path / "sheet.html"), "--pdf",
                  "--versions", "2", "--seed", "11", "--passages", "--paper", paper])
        assert done.value.code == 0
        ws = build_worksheet([bank], options)
        assert (tmp_path / "sheet.html").read_text() == render_html(ws)
    pages = pdf_pages(pdf)
    parts = parts_of(pages, ws.title)
    assert set(parts) == {"passages", "sheet-A", "sheet-B", "key-A", "key-B"}
    count = ws.question_count
    for version in ws.versions:
        sheet = " ".join(parts[f"sheet-{version.letter}"])
        key_text = " ".join(parts[f"key-{version.letter}"])
        assert f"Score / {version.points}" in sheet
        checked = check_version_against_bank(bank, parts[f"sheet-{version.letter}"],
                                             quick_key(key_text, count), version)
        mapping = [line for item in version.items for line in item.excerpt_key]
        assert all(norm(line) in key_text for line in mapping)
        if which == "shipped":  # its sources questions include "which outlet" ones
            assert len(mapping) >= 8
        assert checked == count == len(bank.questions)
        # a sane number of pages: no page holds a single short question, none is overfull
        sheet_pages = len(parts[f"sheet-{version.letter}"])
        assert math.ceil(count / 12) <= sheet_pages <= math.ceil(count / 3) + 1
        assert len(parts[f"key-{version.letter}"]) <= math.ceil(count / 3) + 1
    assert len(parts["passages"]) <= 2 * len(ws.passages)
    width, height = page_size(pdf)
    expected = PAPERS[paper]
    assert abs(width - expected.width_mm * POINTS_PER_MM) < 1.5
    assert abs(height - expected.height_mm * POINTS_PER_MM) < 1.5
    assert words_outside(pdf, expected) == []


MEASURE = """
<script>
(function () {
  const bad = [], wrapped = [];
  for (const sheet of document.querySelectorAll('.sheet')) {
    const box = sheet.getBoundingClientRect();
    for (const el of sheet.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const inline = getComputedStyle(el).display === 'inline';
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5
          || (!inline && el.scrollWidth > el.clientWidth + 1)) {
        bad.push(el.tagName + '.' + el.className + ' +' + Math.round(r.right - box.right)
                 + 'px: ' + (el.textContent || '').trim().slice(0, 50));
      }
    }
  }
  for (const ln of document.querySelectorAll('.ln-text')) {
    const height = ln.getBoundingClientRect().height;
    if (height > parseFloat(getComputedStyle(ln).lineHeight) * 1.5) {
      wrapped.push(ln.textContent.slice(0, 50));
    }
  }
  document.body.setAttribute('data-measured', JSON.stringify({
    bad: bad, wrapped: wrapped, sheets: document.querySelectorAll('.sheet').length}));
})();
</script>
"""


def measure(page: str, tmp_path: Path) -> dict:
    """Lay the page out in headless Chromium and return what the measuring script found."""
    target = tmp_path / "measure.html"
    target.write_text(page.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    done = run_headless("--window-size=1200,1000", "--dump-dom", target.as_uri())
    m = re.search(r'data-measured="([^"]*)"', done.stdout)
    assert m, done.stderr[-500:]
    return json.loads(m[1].replace("&quot;", '"').replace("&amp;", "&"))


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_nothing_sticks_out_of_the_printable_width(tmp_path: Path, paper: str) -> None:
    """Long words, long options, four outlets side by side: all stay inside the page."""
    bank = load_bank(LONG, use_cache=False)
    page = render_html(build_worksheet([bank], WorksheetOptions(
        paper=paper, passages="full", versions=2)))
    found = measure(page, tmp_path)
    assert found["sheets"] == 5
    assert found["bad"] == []


def test_real_passage_lines_fit_on_one_printed_line(tmp_path: Path) -> None:
    """factdeck numbers passage lines itself, so the browser must not wrap ordinary text."""
    path = SHIPPED_BANK if SHIPPED_BANK.is_file() else SMALL
    bank = load_bank(path, use_cache=False)
    ws = build_worksheet([bank], WorksheetOptions(passages="full", answer_key="none"))
    found = measure(render_html(ws), tmp_path)
    assert found["bad"] == [] and found["wrapped"] == []
    assert sum(len(p.lines) for p in ws.passages) > 20
