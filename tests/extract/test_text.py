"""Sentences and quoted passages: boundaries at headings and list items, not at abbreviations."""

from __future__ import annotations

from factdeck.extract.text import blocks, quote_spans, sentences


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text, 0, len(text))]


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in quote_spans(text, [(0, len(text))])]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = ("Mr. Okafor met U.S. officials on Jan. 5 with Dr. J. K. Mensah in Accra. "
            "They spoke for an hour.")
    assert split(text) == ["Mr. Okafor met U.S. officials on Jan. 5 with Dr. J. K. Mensah in "
                           "Accra.", "They spoke for an hour."]


def test_a_heading_line_is_its_own_sentence() -> None:
    text = "Floods close the coast road\nThe road was closed on Monday after heavy rain."
    assert split(text) == ["Floods close the coast road",
                           "The road was closed on Monday after heavy rain."]


def test_list_items_are_sentences() -> None:
    text = ("Key points\n• The dam held overnight\n• Two villages were evacuated\n"
            "- Schools stay shut")
    assert split(text) == ["Key points", "• The dam held overnight",
                           "• Two villages were evacuated", "- Schools stay shut"]


def test_a_wrapped_line_is_not_a_boundary() -> None:
    text = "The minister met with\nthe mayor of the port city on Monday. Talks went well."
    assert split(text) == ["The minister met with\nthe mayor of the port city on Monday.",
                           "Talks went well."]


def test_paragraphs_on_single_line_breaks_become_blocks() -> None:
    text = "The first paragraph ends here.\n“A quote opens the second one,” she said."
    assert [text[s:e] for s, e in blocks(text, [(0, len(text))])] == [
        "The first paragraph ends here.", "“A quote opens the second one,” she said."]


def test_single_marks_quote_but_apostrophes_do_not() -> None:
    text = ("Mayor says ‘no new taxes’ in the '90s style. 'We don't plan cuts to the "
            "teachers' pay,' she said. It's Holt's plan.")
    assert quoted(text) == ["no new taxes", "We don't plan cuts to the teachers' pay,"]


def test_single_marks_nest_inside_double_ones() -> None:
    text = "“Our motto, ‘one team, one goal’, still holds,” he said."
    assert quoted(text) == ["Our motto, ‘one team, one goal’, still holds,"]


def test_a_quote_left_open_ends_where_the_next_opens() -> None:
    text = 'Kim said, "We lost the first game. "Then we won four in a row."'
    assert quoted(text) == ["We lost the first game.", "Then we won four in a row."]
