"""The item-writing checker, on questions written here by hand."""

from factdeck.bank.model import (
    ChoiceQuestion,
    ClozeQuestion,
    Evidence,
    MatchQuestion,
    Pair,
    Topic,
    TrueFalseQuestion,
)
from factdeck.generate import lint

EV = (Evidence(article="a", quote="Prime Minister Ana Kovac resigned on 3 May 2024."),)


def _choice(prompt: str, answer: str, wrong: tuple[str, ...], ev=EV) -> ChoiceQuestion:
    return ChoiceQuestion(id="x-1", topic=Topic.DATES, prompt=prompt, answer=answer,
                          distractors=wrong, evidence=ev)


def _codes(q, texts=None) -> set[str]:
    return {f.code for f in lint.lint_question(q, texts)}


def test_a_fragment_prompt_is_flagged():
    q = _choice("According to Harbor Times, when did this happen? The meeting between the two "
                "heads of state was slated to take place.", "3 May 2024", ("4 May 2024",))
    assert "not-standalone" in _codes(q)
    tf = TrueFalseQuestion(id="t-1", topic=Topic.DATES, answer=False, evidence=EV,
                           prompt="According to Harbor Times: The meeting between the two "
                                  "leaders was slated to take place \u2014 on 11 October 2016.")
    assert "not-standalone" in _codes(tf)


def test_a_pronoun_subject_event_is_flagged_and_a_named_one_is_not():
    q = _choice("According to Harbor Times, when did this happen? He resigned from the cabinet.",
                "3 May 2024", ("4 May 2024",))
    assert "not-standalone" in _codes(q)
    ok = _choice("According to Harbor Times, when did this happen? Ana Kovac resigned from "
                 "the cabinet.", "3 May 2024", ("4 May 2024", "5 May 2024"))
    assert _codes(ok) == set()


def test_an_opening_participle_is_no_antecedent():
    q = ClozeQuestion(id="c-3", topic=Topic.DATES, prompt="Fill in the number.", evidence=EV,
                      text="Having lost twice in his first races, he won by {{12}} seconds.")
    assert "not-standalone" in _codes(q)
    ok = ClozeQuestion(id="c-4", topic=Topic.DATES, prompt="Fill in the number.", evidence=EV,
                       text="Vogt made his name in {{12}} races.")
    assert "not-standalone" not in _codes(ok)


def test_list_markers_and_cut_off_sentences_are_flagged():
    q = ClozeQuestion(id="c-1", topic=Topic.DATES, prompt="Fill in the number.",
                      text="- The coalition won {{87}} seats.", evidence=EV)
    assert "list-marker" in _codes(q)
    text = "Ana Kovac resigned on 3 May 2024. The coalition then lost 12 seats in the vo"
    cut = ClozeQuestion(id="c-2", topic=Topic.DATES, prompt="Fill in the number.",
                        text="The coalition then lost {{12}} seats in the vo",
                        evidence=(Evidence("a", "The coalition then lost 12 seats in the vo"),))
    assert "cut-off" in _codes(cut, {"a": text})
    assert lint.cut_start("Whole. Sentences.") is None


def test_a_relation_is_not_a_post_and_two_options_are_too_few():
    q = ChoiceQuestion(id="post-1", topic=Topic.POSITIONS, prompt="What post did Ana Kovac hold?",
                       answer="wife", distractors=("Mayor",), evidence=EV)
    assert {"option-not-a-post", "few-options"} <= _codes(q)


def test_a_surname_spelt_two_ways_is_one_person():
    assert lint.one_person("Tomas Brandt", "Tomas Brant")
    assert not lint.one_person("Tomas Brandt", "Tomas Berg")


def test_the_same_person_twice_and_a_place_are_not_options():
    q = ChoiceQuestion(id="said-1", topic=Topic.QUOTES, prompt="Who said: \u201cWe stay.\u201d?",
                       answer="Ana Kovac", distractors=("Kovac", "Velgrad Times", "Lena Vogt"),
                       evidence=EV)
    codes = _codes(q)
    assert {"same-person-options", "option-not-a-person"} <= codes
    assert lint.one_person("Lena", "Lena Vogt") and not lint.one_person("Ana Vogt", "Lena Vogt")


def test_the_answer_in_the_prompt_and_the_longest_option_are_flagged():
    q = ChoiceQuestion(id="post-1", topic=Topic.POSITIONS,
                       prompt="What post did the Finance Minister Tomas Brandt hold?",
                       answer="Finance Minister of the Republic of Norland",
                       distractors=("Mayor", "Judge"), evidence=EV)
    assert {"answer-in-prompt", "longest-option"} <= _codes(q) or "longest-option" in _codes(q)


def test_a_question_showing_another_ones_answer_gives_it_away():
    asked = ClozeQuestion(id="c-1", topic=Topic.DATES, prompt="Fill in the number.",
                          text="The coalition won {{87}} seats in the vote.",
                          evidence=(Evidence("a", "The coalition won 87 seats in the vote."),))
    other = TrueFalseQuestion(id="t-1", topic=Topic.DATES, answer=True,
                              prompt="According to Valley Post, the coalition won 87 seats in "
                                     "the vote.",
                              evidence=(Evidence("b", "The coalition won 87 seats in the vote "
                                                      "on Sunday."),))
    assert lint.gives_away(asked, other)
    flaws = lint.lint_bank([asked, other])
    assert ("c-1", "given-away") in {(i, f.code) for i, f in flaws}


def test_a_figure_shown_by_another_question_is_given_away():
    asked = ClozeQuestion(id="c-1", topic=Topic.DATES, prompt="Fill in the number.",
                          text="The ferry, carrying {{312}} passengers, sank near the coast.",
                          evidence=(Evidence("a", "The ferry, carrying 312 passengers, sank "
                                                  "near the coast."),))
    other = ClozeQuestion(id="c-2", topic=Topic.DATES, prompt="Fill in the number.",
                          text="The 312 people on board included {{9}} crew.",
                          evidence=(Evidence("b", "The 312 people on board included 9 crew."),))
    assert lint.gives_away(asked, other) and not lint.gives_away(other, asked)
    assert lint.relation("wife") and not lint.relation("Foreign Minister")


def test_a_who_said_question_is_not_judged_by_its_quote():
    q = ChoiceQuestion(id="said-1", topic=Topic.QUOTES, evidence=EV,
                       prompt="According to Harbor Times, who said: \u201cWe stay.\u201d?",
                       answer="Ana Kovac", distractors=("Lena Vogt", "Tomas Brandt"))
    assert _codes(q) == set()


def test_a_match_of_people_to_half_posts_is_flagged():
    q = MatchQuestion(id="m-1", topic=Topic.POSITIONS, evidence=EV,
                      prompt="According to Harbor Times: match each person to their post.",
                      pairs=(Pair("Ana Kovac", "Prime Minister"), Pair("Velgrad", "Chief")))
    assert {"option-not-a-post", "option-not-a-person"} <= _codes(q)


def test_a_surname_beside_the_same_deed_gives_a_who_question_away():
    who = ChoiceQuestion(id="who-1", topic=Topic.PEOPLE, evidence=EV,
                         prompt="According to Harbor Times, who closed the harbour deal?",
                         answer="Ana Kovac", distractors=("Lena Vogt", "Tomas Brandt"))
    when = ChoiceQuestion(id="date-1", topic=Topic.DATES, evidence=EV,
                          prompt="According to Harbor Times, when did this happen? Kovac closed "
                                 "the harbour deal.", answer="3 May 2024",
                          distractors=("4 May 2024", "5 May 2024"))
    other = ChoiceQuestion(id="post-1", topic=Topic.POSITIONS, evidence=EV,
                           prompt="What post did Ana Kovac hold?", answer="Prime Minister",
                           distractors=("Mayor", "Judge"))
    assert lint.gives_away(who, when) and not lint.gives_away(who, other)


def test_a_photo_caption_is_not_a_question():
    q = ClozeQuestion(id="c-9", topic=Topic.PEOPLE, prompt="Fill in the name.", evidence=EV,
                      text="Mara Quist / AFP | Mayor {{Lena Vogt}} meets voters in Velgrad.")
    assert "caption" in _codes(q)


def test_a_weekday_is_placed_when_the_prompt_gives_the_day_of_publication():
    text = "Finance Minister Tomas Brandt resigned on Wednesday after {{12}} days of talks."
    ev = (Evidence(article="a", quote=text.replace("{{12}}", "12")),)
    vague = ClozeQuestion(id="cloze-number-1", topic=Topic.PEOPLE, text=text, evidence=ev,
                          prompt="According to Harbor Times (March 2024): fill in the number.")
    placed = ClozeQuestion(id="cloze-number-2", topic=Topic.PEOPLE, text=text, evidence=ev,
                           prompt="According to Harbor Times (published Friday 15 March 2024): "
                                  "fill in the number.")
    assert "not-standalone" in _codes(vague)
    assert "not-standalone" not in _codes(placed)
    later = ClozeQuestion(id="cloze-number-3", topic=Topic.PEOPLE, evidence=ev,
                          text=text.replace("on Wednesday", "next week"),
                          prompt=placed.prompt)
    assert "not-standalone" in _codes(later)  # "next week" stays vague


def test_a_clause_or_a_figure_is_not_a_post():
    assert lint.not_a_post("according to official results")
    assert lint.not_a_post("chief") and lint.not_a_post("21-year-old student")
    assert not lint.not_a_post("Finance Minister of Norland")


def test_a_publication_day_beside_a_weekday_gives_the_date_away():
    quote = "Finance Minister Tomas Brandt resigned on Wednesday after 12 days of talks."
    ev = (Evidence(article="a", quote=quote),)
    date = _choice("According to Harbor Times, when did this happen? Tomas Brandt resigned.",
                   "13 March 2024", ("12 March 2024", "14 March 2024"), ev=ev)
    cloze = ClozeQuestion(id="cloze-number-2", topic=Topic.PEOPLE, evidence=ev,
                          text=quote.replace("12", "{{12}}"),
                          prompt="According to Harbor Times (published Friday 15 March 2024): "
                                 "fill in the number.")
    assert lint.gives_away(date, cloze)


def _cloze(text: str) -> ClozeQuestion:
    return ClozeQuestion(id="c-1", topic=Topic.PEOPLE, prompt="Fill in the number.",
                         evidence=EV, text=text)


def test_a_clause_tied_to_the_sentence_before_is_not_standalone():
    assert "not-standalone" in _codes(_cloze(
        "But there was more at stake for Tomas Brandt, who had served {{12}} years."))
    assert "not-standalone" in _codes(_cloze(
        "However, on the evening of {{3 May}}, the Harbor Council announced a delay."))
    assert "not-standalone" not in _codes(_cloze(
        "Tomas Brandt had served {{12}} years in the Norland cabinet."))


def test_a_side_remark_with_also_is_not_standalone():
    q = _choice("According to Harbor Times, when did this happen? Ana Kovac also met the "
                "mayor of Velgrad.", "3 May 2024", ("4 May 2024", "5 May 2024"))
    assert "not-standalone" in _codes(q)


def test_a_former_title_before_a_name_points_back_to_nothing():
    q = _choice("According to Harbor Times, when did this happen? Former finance minister "
                "Tomas Brandt was arrested in Velgrad.", "3 May 2024", ("4 May 2024", "5 May 2024"))
    assert "not-standalone" not in _codes(q)
    q = _choice("According to Harbor Times, when did this happen? Former allies met in "
                "Velgrad.", "3 May 2024", ("4 May 2024", "5 May 2024"))
    assert "not-standalone" in _codes(q)


def test_a_clause_that_stops_on_a_word_expecting_more_is_cut_off():
    q = _choice("According to Harbor Times, when did this happen? Tomas Brandt made his "
                "cabinet debut back.", "May 2010", ("June 2010", "July 2010"))
    assert "cut-off" in _codes(q)
    assert "cut-off" not in _codes(_cloze(
        "Tomas Brandt was found guilty of \u201cmisusing {{12}} state cars.\u201d"))


def test_a_position_in_a_photo_is_a_caption():
    q = ClozeQuestion(id="c-8", topic=Topic.DATES,
                      prompt="Fill in the place.", evidence=EV,
                      text="Ana Kovac (centre) arrives at the court in {{Velgrad}}.")
    assert "caption" in _codes(q)
