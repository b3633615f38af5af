"""Worksheets without a browser: selection, shuffles, keys, passages, escaping, golden files.

Golden files are the contract for the HTML bytes. After an intended change to the
worksheet's look, regenerate them and review the diff:

    FACTDECK_REGEN_GOLDEN=1 .venv/bin/pytest tests/export/test_worksheet.py -k golden
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdeck.bank.load import load_bank
from factdeck.bank.model import (
    Article,
    Bank,
    ChoiceQuestion,
    ClozeQuestion,
    Evidence,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Topic,
)
from factdeck.errors import ArticleError, ExportError
from factdeck.export.pdf import BROWSER_ENV, BrowserNotFoundError, find_browser
from factdeck.export.worksheet import (
    LINE_WIDTH,
    WorksheetOptions,
    _wrap,
    build_worksheet,
    css_string,
    export_worksheet,
    key_path_for,
    nested_quotes,
    render_html,
)
from factdeck.textnorm import normalize_evidence, normalize_space

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "worksheet"
GOLDEN = HERE / "golden"
SMALL = DATA / "small" / "bank.yaml"
INJECTION = DATA / "injection" / "bank.yaml"
SOURCES = DATA / "sources" / "bank.yaml"


@pytest.fixture(scope="module")
def small():
    return load_bank(SMALL, use_cache=False)


def render(bank, **options) -> str:
    return render_html(build_worksheet([bank], WorksheetOptions(**options)))


# ---------------------------------------------------------------- every kind on paper


def test_every_kind_is_printed_the_way_a_student_answers_it(small) -> None:
    page = render(small)
    for kind in ("choice", "multi", "truefalse", "short", "date", "cloze", "match", "order"):
        assert f'class="q q-{kind}"' in page
    choice = _block(page, "q-choice")
    assert choice.count('class="bubble"') == 4  # one circle per option
    assert _block(page, "q-multi").count('class="check"') == 4
    tf = _block(page, "q-truefalse")
    assert '<span class="bubble">T</span>True' in tf and '<span class="bubble">F</span>False' in tf
    assert 'class="answer-line"' in _block(page, "q-short")
    date = _block(page, "q-date")
    assert 'class="answer-line date"' in date and "Give the day, month and year." in date
    cloze = _block(page, "q-cloze")
    assert cloze.count('class="blank"') == 2 and "isolation" not in cloze
    match = _block(page, "q-match")
    assert match.count('class="box"') == 2 and 'class="match-right"' in match
    assert _block(page, "q-order").count('class="box"') == 3


def test_sources_questions_show_each_outlets_excerpt_labelled_with_outlet_and_date() -> None:
    bank = load_bank(SOURCES, use_cache=False)
    ws = build_worksheet([bank], WorksheetOptions(kinds=("short",)))
    (item,) = ws.versions[0].items
    assert [(e.outlet, e.date) for e in item.excerpts] == [
        ("Valmora Gazette", "11 April 2022"), ("KRN", "date unknown")]
    page = render_html(ws)
    assert 'class="excerpts cols-2"' in page
    assert "<b>Valmora Gazette</b> &middot; 11 April 2022" in page
    assert "<b>KRN</b> &middot; date unknown" in page
    assert "&ldquo;Mayor Ilse Varn said the toll would rise to _____ when" in page
    assert "Excerpt 1" not in page


def test_a_question_asking_which_outlet_shows_neutral_excerpts_and_keys_them(small) -> None:
    """The small bank's sources question asks whether the Courier or the Herald gives the
    higher figure: outlet labels would answer it."""
    ws = build_worksheet([small], WorksheetOptions(topics=("sources",), passages="quoted"))
    (item,) = ws.versions[0].items
    assert [e.label for e in item.excerpts] == ["Excerpt 1", "Excerpt 2"]
    assert item.refs == ""  # the passages' bylines would name the outlets
    sheet, key = render_html(ws).split('class="sheet part-key-a"')
    question = sheet[sheet.index('class="q q-choice"'):]
    assert "<b>Excerpt 1</b></figcaption>" in question
    assert "Herald</b>" not in question and "Courier</b>" not in question
    assert "which the _____ puts at nearly 5 million" in question
    assert "The excerpts are not labelled with their sources." in question
    assert "See Passage" not in question
    (mapping,) = re.findall(r'<p class="k-excerpts">(.*?)</p>', key)
    mapping = mapping.split("; ")
    assert mapping[0].endswith((", 4 March 2021", ", 5 March 2021"))
    outlets = [line.split(": ", 1)[1].split(",")[0] for line in mapping]
    assert sorted(outlets) == ["Lindmoor Courier", "Lindmoor Herald"]
    quotes = {e.label: e.quotes[0] for e in item.excerpts}
    courier = [line.split(":")[0] for line in mapping if "Courier" in line][0]
    assert "puts at nearly 5 million" in quotes[courier]


def test_excerpts_of_a_sources_cloze_do_not_fill_in_its_blanks() -> None:
    article = Article(id="a", file="a.txt", outlet="Paper", published=dt.date(2020, 2, 3))
    cloze = ClozeQuestion(id="c", topic=Topic.SOURCES, text="Paper says {{forty}} {{Ships}}.",
                          evidence=(Evidence("a", "about Forty ships came"),))
    bank = Bank(title="t", questions=(cloze,), articles=(article,))
    (item,) = build_worksheet([bank], WorksheetOptions()).versions[0].items
    assert item.excerpts[0].quotes == ["about _____ _____ came"]
    assert item.evidence[0].quote == "about Forty ships came"  # the key keeps the evidence


def test_header_has_name_class_date_lines_points_and_sections(small) -> None:
    ws = build_worksheet([small], WorksheetOptions())
    page = render_html(ws)
    for field in ("Name", "Class", "Date"):
        assert f'">{field}<span class="fill"></span></span>' in page
    assert f"/ {ws.points}</p>" in page
    assert ws.points == sum(i.points for i in ws.versions[0].items) == 14
    titles = [s.title for s in ws.versions[0].sections]
    assert titles == ["Dates and order of events", "People", "Posts held and stances taken",
                      "Quotes", "Comparing the sources"]
    assert [i.number for i in ws.versions[0].items] == list(range(1, 10))
    assert "@page {\n  size: A4;" in page
    assert "size: letter;" in render(small, paper="letter")


# ---------------------------------------------------------------- versions and keys


def test_the_same_seed_gives_the_same_bytes_and_another_seed_another_sheet(small) -> None:
    options = dict(versions=3, passages="quoted", seed=7)
    assert render(small, **options) == render(small, **options)
    assert render(small, **options) != render(small, **{**options, "seed": 8})


def test_the_bytes_do_not_depend_on_the_process(tmp_path: Path) -> None:
    """String hashing is salted per process; nothing on the sheet may depend on it."""
    import subprocess
    import sys

    code = ("import sys; from factdeck.bank.load import load_bank; "
            "from factdeck.export.worksheet import *; "
            f"b = load_bank({str(SMALL)!r}, use_cache=False); "
            "sys.stdout.write(render_html(build_worksheet([b], WorksheetOptions("
            "versions=2, passages='quoted', count=7, seed=9))))")
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2")}
    assert len(outputs) == 1


def test_versions_hold_the_same_questions_in_another_order(small) -> None:
    ws = build_worksheet([small], WorksheetOptions(versions=2, seed=3))
    a, b = ws.versions
    assert sorted(i.question_id for i in a.items) == sorted(i.question_id for i in b.items)
    assert [i.question_id for i in a.items] != [i.question_id for i in b.items]
    options = {i.question_id: [o.text for o in i.options] for i in a.items}
    assert any(options[i.question_id] != [o.text for o in i.options] for i in b.items)
    assert a.points == b.points


@pytest.mark.parametrize("seed", range(6))
def test_each_versions_key_gives_the_right_answers_in_its_own_letters(small, seed: int) -> None:
    ws = build_worksheet([small], WorksheetOptions(versions=2, seed=seed))
    for version in ws.versions:
        for item in version.items:
            q = small.question(item.question_id)
            if isinstance(q, ChoiceQuestion):
                (letter,) = [o.letter for o in item.options if o.text == q.answer]
                assert item.key_short == letter
            elif isinstance(q, MultiQuestion):
                assert item.key_short == ", ".join(o.letter for o in item.options
                                                   if o.text in q.answers)
            elif isinstance(q, MatchQuestion):
                right_letter = {text: letter for letter, text in item.right}
                expected = [f"{n}\u2013{right_letter[p.right]}" for n, left in item.left
                            for p in q.pairs if p.left == left]
                assert item.key_short == ", ".join(expected)
                assert [n for n, _ in item.left] == list(range(1, len(q.pairs) + 1))
            elif isinstance(q, OrderQuestion):
                expected = [f"{letter}={q.items.index(text) + 1}" for letter, text in item.rows]
                assert item.key_short == ", ".join(expected)
            elif isinstance(q, ClozeQuestion):
                assert item.key_lines == [f"({n}) {gap}" for n, gap in enumerate(q.gaps, 1)]
            else:  # true/false, short, date: the right answer as the quiz states it
                assert item.key_lines[0] == q.correct_text()


def test_an_order_question_is_never_printed_already_in_order(small) -> None:
    for seed in range(40):
        ws = build_worksheet([small], WorksheetOptions(kinds=("order", "match"), seed=seed))
        for item in ws.versions[0].items:
            if item.kind == "order":
                q = small.question(item.question_id)
                assert [text for _, text in item.rows] != list(q.items)
            else:  # no match is printed with every pair on its own row
                assert item.key_short != "1\u2013A, 2\u2013B"


def test_the_quick_key_in_the_html_lists_each_versions_answers(small) -> None:
    ws = build_worksheet([small], WorksheetOptions(versions=2, seed=1))
    page = render_html(ws)
    for letter, version in zip("AB", ws.versions, strict=True):
        key = page.split(f'class="sheet part-key-{letter.lower()}"')[1].split("Answers with")[0]
        cells = re.findall(r"<div><b>(\d+)\.</b> (.*?)</div>", key)
        cells = [(n, re.sub(r"</?span[^>]*>", "", text)) for n, text in cells]
        assert cells == [(str(i.number), html.escape(i.key_short)) for i in version.items]


def test_answer_key_modes(small, tmp_path: Path) -> None:
    appendix = render(small, answer_key="appendix")
    assert "part-key-a" in appendix and "Quick key" in appendix
    none = render(small, answer_key="none")
    assert "Quick key" not in none and "winter" not in none
    out = tmp_path / "sheet.html"
    result = export_worksheet([small], out, WorksheetOptions(answer_key="separate"))
    assert result.files == [out, tmp_path / "sheet-key.html"]
    assert "Quick key" not in out.read_text() and "winter" not in out.read_text()
    key = (tmp_path / "sheet-key.html").read_text()
    assert "Quick key" in key and 'class="q q-' not in key
    assert key_path_for(Path("a/b.html")) == Path("a/b-key.html")


def test_the_key_names_the_evidence_and_its_source(small) -> None:
    page = render(small, passages="quoted")
    assert ("&ldquo;Council chair Tomas Verle said&rdquo; &mdash; <cite>Lindmoor Herald, "
            "\u201cHarbour council approves new ferry line\u201d, 2021-03-04</cite> "
            "(Passage 1, line 3)") in page
    assert "Also accept: the island of Esk." in page
    assert "Both papers call him the council&#39;s chair." in page


# ---------------------------------------------------------------- selection


def test_count_picks_a_spread_over_the_topics_deterministically(small) -> None:
    ws = build_worksheet([small], WorksheetOptions(count=5, seed=2))
    topics = {i.topic for i in ws.versions[0].items}
    assert ws.question_count == 5 and topics == {t.value for t in Topic}
    again = build_worksheet([small], WorksheetOptions(count=5, seed=2))
    assert ([i.question_id for i in again.versions[0].items]
            == [i.question_id for i in ws.versions[0].items])
    assert build_worksheet([small], WorksheetOptions(count=50)).question_count == 9


def test_topic_kind_and_tag_filters(small) -> None:
    def ids(**kw):
        ws = build_worksheet([small], WorksheetOptions(**kw))
        return sorted(i.question_id for i in ws.versions[0].items)

    assert ids(topics=("dates",)) == ["ferry-timeline", "vote-date"]
    assert ids(kinds=("choice",)) == ["cost-differs", "verle-post"]
    assert ids(tags=("council",)) == ["verle-post", "vote-facts"]
    assert ids(topics=("people",), kinds=("multi",)) == ["vote-facts"]


def test_an_empty_selection_is_a_clear_error(small) -> None:
    with pytest.raises(ExportError, match="no question matches the selection .*tag nope"):
        build_worksheet([small], WorksheetOptions(tags=("nope",)))


@pytest.mark.parametrize("options, message", [
    (dict(versions=0), "--versions must be between 1 and 26"),
    (dict(versions=27), "--versions must be between 1 and 26"),
    (dict(count=0), "--count must be at least 1"),
    (dict(paper="a3"), "unknown paper 'a3'"),
    (dict(passages="some"), "unknown passages mode"),
    (dict(answer_key="later"), "unknown answer key mode"),
])
def test_impossible_options_are_refused(small, options, message) -> None:
    with pytest.raises(ExportError, match=message):
        build_worksheet([small], WorksheetOptions(**options))


def test_several_banks_make_one_sheet(small) -> None:
    inj = load_bank(INJECTION, use_cache=False)
    ws = build_worksheet([small, inj], WorksheetOptions(passages="quoted"))
    assert ws.question_count == 18
    assert ws.title.startswith("The Esk ferry vote & <script>")
    assert {p.outlet for p in ws.passages} >= {"Lindmoor Herald", "<i>Outlet</i> & Co"}


# ---------------------------------------------------------------- passages


@pytest.mark.parametrize("mode", ["quoted", "full"])
def test_passage_line_references_point_at_the_quote(small, mode: str) -> None:
    ws = build_worksheet([small], WorksheetOptions(passages=mode))
    lines = {(p.number, ln.number): ln.text for p in ws.passages for ln in p.lines if ln.number}
    checked = 0
    for item in ws.versions[0].items:
        for ev in item.evidence:
            m = re.fullmatch(r"Passage (\d+), lines? (\d+)(?:\u2013(\d+))?", ev.where)
            assert m, ev.where
            passage, first, last = int(m[1]), int(m[2]), int(m[3] or m[2])
            text = " ".join(lines[passage, n] for n in range(first, last + 1))
            assert normalize_evidence(ev.quote) in normalize_evidence(text)
            if first > 1:  # and not already on the line before
                before = lines[passage, first - 1]
                assert normalize_evidence(ev.quote) not in normalize_evidence(before)
            checked += 1
    assert checked == 13


def test_quoted_passages_hold_only_quoted_paragraphs_and_mark_the_cuts(small) -> None:
    quoted = build_worksheet([small], WorksheetOptions(passages="quoted"))
    full = build_worksheet([small], WorksheetOptions(passages="full"))
    courier_quoted = [ln.text for ln in quoted.passages[1].lines]
    courier_full = [ln.text for ln in full.passages[1].lines]
    assert any("first sailing" in t for t in courier_full)
    assert not any("first sailing" in t for t in courier_quoted)
    cut = build_worksheet([small], WorksheetOptions(passages="quoted", kinds=("date", "choice")))
    herald_cut = cut.passages[0].lines
    assert [ln.text for ln in herald_cut if ln.number is None] == ["[\u2026]"]
    assert not any("seven to two" in ln.text for ln in herald_cut)
    herald = " ".join(ln.text for ln in full.passages[0].lines)
    # the body only: headline and byline are printed above the passage, not as its lines
    assert "Harbour council approves" not in herald and "Mara Quist" not in herald
    assert "Ferry to Esk wins" not in " ".join(courier_full)
    assert all(len(t) <= LINE_WIDTH for p in full.passages for t in (ln.text for ln in p.lines))
    labels = [ln.label for ln in full.passages[0].lines if ln.label]
    assert labels == ["1", "5"] and len(full.passages[0].lines) == 7


def test_passages_only_for_questions_on_the_sheet(small) -> None:
    ws = build_worksheet([small], WorksheetOptions(passages="quoted", topics=("people",)))
    assert [p.outlet for p in ws.passages] == ["Lindmoor Herald"]
    assert render_html(build_worksheet([small], WorksheetOptions())).count("part-passages") == 0


def test_a_missing_article_is_a_clear_error_only_when_passages_are_printed() -> None:
    bank = load_bank(DATA / "missing-article" / "bank.yaml", use_cache=False)
    build_worksheet([bank], WorksheetOptions())  # no passages: no need to read it
    with pytest.raises(ArticleError,
                       match=r"article 'gone' \(needed for --passages\): .*gone.txt: no such file"):
        build_worksheet([bank], WorksheetOptions(passages="quoted"))


def test_an_article_that_is_not_utf8_is_a_clear_error() -> None:
    bank = load_bank(DATA / "not-utf8-article" / "bank.yaml", use_cache=False)
    with pytest.raises(ArticleError, match="article 'latin1' .*latin1.txt: not UTF-8 text"):
        build_worksheet([bank], WorksheetOptions(passages="full"))


@given(st.text(alphabet=st.sampled_from("ab cdefghij\u2019\n"), max_size=400),
       st.integers(min_value=5, max_value=40))
def test_wrapping_keeps_every_word_and_the_width(text: str, width: int) -> None:
    text = normalize_space(text)
    spans = _wrap(text, width)
    assert all(end - start <= width for start, end in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")
    assert all(s < e for s, e in spans) and all(a[1] <= b[0] for a, b in zip(spans, spans[1:],
                                                                          strict=False))


# ---------------------------------------------------------------- escaping


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)

    def handle_data(self, data) -> None:
        self.text.append(data)


TEMPLATE_TAGS = {"html", "head", "meta", "title", "style", "body", "section", "header", "div",
                 "p", "h1", "h2", "h3", "span", "small", "ol", "ul", "li", "article", "figure",
                 "figcaption", "b", "blockquote", "cite"}


@pytest.mark.parametrize("part", ["sheet", "key"])
def test_markup_and_script_in_every_field_appear_as_text(part: str) -> None:
    bank = load_bank(INJECTION, use_cache=False)
    ws = build_worksheet([bank], WorksheetOptions(versions=2, passages="full"))
    page = render_html(ws, part=part)
    parser = _Collect()
    parser.feed(page)
    assert parser.tags <= TEMPLATE_TAGS, parser.tags - TEMPLATE_TAGS
    assert not {a for a in parser.attrs if a.startswith("on") or a in ("href", "src")}
    assert page.lower().count("<script") == 0
    assert page.count("</style>") == 1
    text = normalize_space(" ".join(parser.text))
    expected = ["<script>alert('title')</script> & </style> \" {{ 7*7 }}",
                "<b>answer</b>", "<script>alert('explanation')</script>",
                "<s>short answer</s>", "<b>L1</b>", "<o2>"]
    if part == "sheet":
        expected += ["<script>alert('prompt')</script>", "</li></ol><h1>d2</h1>",
                     "<b>bold description</b>",
                     "<i>Outlet</i> & Co", "</figcaption><h1>Second</h1>",
                     "<script>alert('article')</script>", "<b>Mallory</b>",
                     "The <script>alert('passage')</script> council met.",
                     "<img src=x onerror=alert(1)>", "{{ 7*7 }} and {% raw %}",
                     "Before <b>bold</b>", "after &amp;", "<h5>order</h5>", "<em>m2</em>"]
    for value in expected:
        assert value in text, value
    assert "49" not in text  # nothing was evaluated as a template


@pytest.mark.parametrize("quote, printed", [
    ('"Preparation continues," Peskov said.', "\u2018Preparation continues,\u2019 Peskov said."),
    ("the plan \u201ca costly promise.\u201d", "the plan \u2018a costly promise.\u2019"),
    ("(\"no\") and 5'10\"", "(\u2018no\u2019) and 5'10\u2019"),
    ("no quotes", "no quotes"),
])
def test_quotes_inside_a_printed_quotation_become_single(quote: str, printed: str) -> None:
    assert nested_quotes(quote) == printed


def test_css_strings_cannot_break_out_of_the_style_sheet() -> None:
    escaped = str(css_string('a"}</style><script>\\ \u00b7 b'))
    assert escaped.startswith('"a') and escaped.endswith(' b"')
    assert not set(escaped[1:-1]) & set("\"'<>{}")
    assert "\\0000b7  b" in escaped  # the escape's own space, then the real one


# ---------------------------------------------------------------- golden files

GOLDEN_CASES = {
    "small-a4": dict(),
    "small-letter-versions-passages": dict(paper="letter", versions=2, passages="quoted", seed=5),
    "small-full-passages-no-key": dict(passages="full", answer_key="none", count=6, seed=1),
}


@pytest.mark.parametrize("name", [*GOLDEN_CASES, "small-separate-key"])
def test_golden_html(small, name: str) -> None:
    if name == "small-separate-key":
        page = render_html(build_worksheet([small], WorksheetOptions(versions=2, seed=5)),
                           part="key")
    else:
        page = render(small, **GOLDEN_CASES[name])
    path = GOLDEN / f"worksheet-{name}.html"
    if os.environ.get("FACTDECK_REGEN_GOLDEN"):
        path.write_bytes(page.encode("utf-8"))
    assert path.read_bytes() == page.encode("utf-8"), (
        f"{path.name} differs; if the change is intended, regenerate with "
        "FACTDECK_REGEN_GOLDEN=1 and review the diff")


# ---------------------------------------------------------------- command line


def run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    from factdeck.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(args)
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def test_cli_writes_the_worksheet(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out" / "sheet.html"
    code, stdout, err = run_cli(["export", "worksheet", str(SMALL), "-o", str(out),
                                 "--versions", "2", "--passages", "--topic", "dates,people",
                                 "--seed", "4", "--answer-key", "separate"], capsys)
    assert code == 0, err
    assert "4 questions, 7 points, 2 versions, 2 passages" in stdout
    assert f"wrote {out}" in stdout and f"wrote {tmp_path / 'out' / 'sheet-key.html'}" in stdout
    page = out.read_text()
    assert page == render_html(build_worksheet([load_bank(SMALL)], WorksheetOptions(
        versions=2, passages="quoted", topics=("dates", "people"), seed=4,
        answer_key="separate")))


def test_cli_count_and_full_passages(tmp_path: Path, capsys) -> None:
    out = tmp_path / "sheet.html"
    code, stdout, _ = run_cli(["export", "worksheet", str(SMALL), "-o", str(out), "--count", "3",
                               "--passages-full", "--paper", "letter"], capsys)
    assert code == 0 and stdout.startswith("3 questions")
    page = out.read_text()
    assert "size: letter;" in page and "the quoted paragraphs only" not in page
    assert page == render_html(build_worksheet([load_bank(SMALL)], WorksheetOptions(
        count=3, passages="full", paper="letter")))


@pytest.mark.parametrize("flags, mode", [
    (["--passages"], "quoted"),
    (["--passages-full"], "full"),
    (["--passages", "--passages-full"], "full"),  # the whole articles hold the quoted lines
])
def test_a_passages_flag_never_takes_the_bank_after_it(tmp_path: Path, capsys, flags,
                                                        mode) -> None:
    out = tmp_path / "sheet.html"
    code, stdout, err = run_cli(["export", "worksheet", *flags, str(SMALL), "-o", str(out)],
                                capsys)
    assert code == 0, err
    assert "9 questions" in stdout and "2 passages" in stdout
    assert out.read_text() == render_html(build_worksheet([load_bank(SMALL)], WorksheetOptions(
        passages=mode)))


def test_the_old_passages_value_is_refused_clearly(tmp_path: Path, capsys) -> None:
    code, _, err = run_cli(["export", "worksheet", str(SMALL), "-o", str(tmp_path / "x.html"),
                            "--passages=full"], capsys)
    assert code == 2 and "--passages" in err and "does not take a value" in err
    assert "Traceback" not in err and not (tmp_path / "x.html").exists()


@pytest.mark.parametrize("args, message", [
    (["--count", "0"], "Invalid value for '--count'"),
    (["--versions", "27"], "Invalid value for '--versions'"),
    (["--paper", "a3"], "Invalid value for '--paper'"),
    (["--kind", "essay"], "'essay' is not one of"),
    (["--tag", "nope"], "factdeck: no question matches the selection (tag nope)"),
])
def test_cli_refuses_bad_options_clearly(tmp_path: Path, capsys, args, message) -> None:
    code, _, err = run_cli(["export", "worksheet", str(SMALL), "-o", str(tmp_path / "x.html"),
                            *args], capsys)
    assert code == 2 and message in err and "Traceback" not in err
    assert not (tmp_path / "x.html").exists()


def test_cli_unknown_bank(tmp_path: Path, capsys) -> None:
    code, _, err = run_cli(["export", "worksheet", str(tmp_path / "nope.yaml"), "-o",
                            str(tmp_path / "x.html")], capsys)
    assert code == 2 and err.startswith("factdeck: ") and "no such bank file" in err


def test_pdf_without_a_browser_says_how_to_install_one(tmp_path: Path, capsys,
                                                       monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv(BROWSER_ENV, raising=False)
    with pytest.raises(BrowserNotFoundError, match="apt-get install chromium"):
        find_browser()
    code, _, err = run_cli(["export", "worksheet", str(SMALL), "-o", str(tmp_path / "x.pdf")],
                           capsys)
    assert code == 2 and "factdeck: printing to PDF needs Chromium" in err
    assert "apt-get install chromium" in err and not (tmp_path / "x.pdf").exists()
    monkeypatch.setenv(BROWSER_ENV, str(tmp_path / "no-such-browser"))
    with pytest.raises(BrowserNotFoundError, match="is not an executable browser"):
        find_browser()


def _block(page: str, css_class: str) -> str:
    """The HTML of the first question with this class."""
    start = page.index(f'class="q {css_class}"')
    end = page.find('<div class="q-pts">', start)
    return page[start:end]
