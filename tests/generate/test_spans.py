from factdeck.generate import spans

TEXT = ("Mr. Brandt met Gen. Ito in the U.S. capital on Monday. He said: \u201cNo deal.\u201d "
        "Then he left.\n\nA new paragraph\nthat was wrapped.")


def test_locate_exact_and_with_other_quote_marks_and_spaces():
    assert spans.locate(TEXT, "Then he left.") is not None
    s, e = spans.locate(TEXT, 'He said: "No deal."')
    assert TEXT[s:e] == "He said: \u201cNo deal.\u201d"
    assert spans.locate(TEXT, "nowhere to be found") is None


def test_sentence_skips_abbreviations():
    assert spans.sentence_around(TEXT, "Gen. Ito") == \
        "Mr. Brandt met Gen. Ito in the U.S. capital on Monday."


def test_sentence_of_a_span_that_already_ends_one():
    quote = "He said: \u201cNo deal.\u201d"
    assert spans.sentence_around(TEXT, quote) == quote


def test_sentence_stays_in_its_paragraph_across_wrapped_lines():
    assert spans.sentence_around(TEXT, "wrapped") == "A new paragraph\nthat was wrapped."


def test_mention_finds_whole_words_only():
    assert spans.mention(TEXT, ["Ito"]).startswith("Mr. Brandt")
    assert spans.mention(TEXT, ["It"]) is None
