from __future__ import annotations

from factdeck.bank.facts import Difference, Report, SourceArticle
from factdeck.differences.sidebyside import column_names, render

A = SourceArticle(file="a.txt", text="Some 34 people died.", outlet="North Post")
B = SourceArticle(file="b.txt", text="It killed 21.", outlet="South Wire")
DIFF = Difference("number of people killed", (Report("a.txt", "34 people died", A.text),
                                              Report("b.txt", "killed 21", B.text)), "number")


def test_one_column_per_outlet_within_the_width():
    text = render([DIFF], [A, B], width=60)
    lines = text.splitlines()
    assert lines[0] == "1. number of people killed (figures)"
    assert "North Post" in lines[1] and "South Wire" in lines[1]
    assert "34 people died" in lines[3] and "killed 21" in lines[3]
    assert all(len(line) <= 60 for line in lines)


def test_long_versions_wrap_and_narrow_terminals_stack():
    long = Difference("wording of a remark", (Report("a.txt", "word " * 40, A.text),
                                              Report("b.txt", "other " * 30, B.text)), "wording")
    wide = render([long], [A, B], width=80).splitlines()
    assert len(wide) > 5 and all(len(line) <= 80 for line in wide)
    narrow = render([long], [A, B], width=30).splitlines()
    assert any(line.startswith("North Post: ") for line in narrow)
    assert any(line.startswith("South Wire: ") for line in narrow)
    assert all(len(line) <= 30 for line in narrow)


def test_evidence_shows_the_whole_sentence():
    assert "Some 34 people died." in render([DIFF], [A, B], width=100, evidence=True)


def test_a_repeated_outlet_is_told_apart_and_a_missing_one_named_by_file():
    c = SourceArticle(file="c.txt", text="x", outlet="North Post")
    d = SourceArticle(file="d.txt", text="x")
    assert column_names([A, c, d]) == {"a.txt": "North Post a.txt", "c.txt": "North Post c.txt",
                                       "d.txt": "d.txt"}


def test_nothing_to_show():
    assert render([], [A, B]) == ""
