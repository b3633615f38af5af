"""The timeline after an order or date question."""

from __future__ import annotations

from pathlib import Path

from factdeck.bank.load import load_bank
from factdeck.bank.model import Evidence, OrderQuestion, Topic
from factdeck.tui.timeline import date_timeline, order_timeline, timeline_text

ALL_KINDS = Path(__file__).parent / "data" / "all-kinds" / "bank.yaml"

STEPS = OrderQuestion(
    id="steps", topic=Topic.DATES, prompt="Put these in order.",
    evidence=(Evidence("a", "x"),),
    items=("Dam built", "Flood", "Dam breaks", "Inquiry opens"),
    dates=("1990", "2019-03", "2019-03-04", None))


def test_order_timeline_puts_the_learners_place_beside_each_event() -> None:
    text = order_timeline(STEPS, ["Flood", "Dam built", "Dam breaks", "Inquiry opens"]).plain
    lines = text.splitlines()
    assert lines[0].startswith("Timeline")
    assert lines[1] == "       1990 \u25cf 1. Dam built       you: 2 \u2718"
    assert lines[2] == "            \u2502 29 years later"  # more time, more axis
    assert "   Mar 2019 \u25cf 2. Flood           you: 1 \u2718" in lines
    assert " 4 Mar 2019 \u25cf 3. Dam breaks      you: 3 \u2714" in lines
    assert "    undated \u25cf 4. Inquiry opens   you: 4 \u2714" in lines
    # less than a month between two events: no gap drawn
    flood = lines.index("   Mar 2019 \u25cf 2. Flood           you: 1 \u2718")
    assert lines[flood + 1].startswith(" 4 Mar 2019")


def test_date_timeline_shows_the_right_date_and_the_answer_in_time_order() -> None:
    question = load_bank(ALL_KINDS).question("ruiz-date")
    lines = date_timeline(question, "March 2013").plain.splitlines()
    assert lines[1] == "   Mar 2013 \u25cb your answer: March 2013"
    assert lines[2] == "            \u2502 3 years later"
    assert lines[-1] == " 8 Oct 2016 \u25cf the right date: 8 October 2016"
    right = date_timeline(question, "8 October 2016").plain.splitlines()
    assert right[1:] == [" 8 Oct 2016 \u25cf the right date: 8 October 2016"]
    assert date_timeline(question, "no idea").plain.count("\u25cf") == 1


def test_other_kinds_get_no_timeline() -> None:
    bank = load_bank(ALL_KINDS)
    assert timeline_text(bank.question("ruiz-post"), "x") is None
    assert timeline_text(bank.question("timeline"), None) is not None
