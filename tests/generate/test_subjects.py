"""Subject questions ("who won ...?") from sentences written here."""

from dataclasses import replace

from factdeck.generate import subjects
from factdeck.generate.context import Context


def test_the_predicate_of_a_named_subject_without_its_relative_day():
    s = "The veteran lawmaker Lena Vogt won the regional election on Sunday, a clear victory."
    at = subjects._subject_at(s, "Lena Vogt")
    assert at is not None
    assert subjects.predicate(s, at[1]) == "won the regional election"


def test_no_subject_question_from_speech_an_object_or_a_pronoun_tail():
    s = "Lena Vogt said the coalition had failed."
    assert subjects.predicate(s, s.index(" said")) is None  # who said: the quotes' business
    assert subjects._subject_at("Voters elected Lena Vogt as mayor.", "Lena Vogt") is None
    s = "Lena Vogt defeated him."
    assert subjects.predicate(s, s.index(" defeated")) is None


def test_a_subject_question_names_a_credible_person(facts):
    text = facts.articles[1].text.replace(
        "Cabinet meets as deficit grows\n",
        "Cabinet meets as deficit grows\n\nOpposition leader Lena Vogt won a confidence vote "
        "in parliament on Friday, a blow to the cabinet.\n")
    arts = (facts.articles[0], replace(facts.articles[1], text=text))
    qs = subjects.questions(Context.of(replace(facts, articles=arts)))
    asked = [q for q in qs if "confidence vote" in q.prompt]
    assert asked and asked[0].answer == "Lena Vogt"
    assert asked[0].prompt.endswith("who won a confidence vote in parliament?")
    assert "Lena Vogt" not in asked[0].distractors


def test_a_passive_or_perfect_predicate_keeps_its_auxiliary():
    s = "Former mayor Lena Vogt has been sentenced to two years in prison for fraud."
    at = subjects._subject_at(s, "Lena Vogt")
    assert at is not None
    assert subjects.predicate(s, at[1]) == "has been sentenced to two years in prison for fraud"
    s = "Lena Vogt was elected mayor of Velgrad."
    assert subjects.predicate(s, s.index(" was")) == "was elected mayor of Velgrad"
    s = "Lena Vogt successfully defended her seat in parliament."
    assert subjects.predicate(s, s.index(" successfully")) == \
        "successfully defended her seat in parliament"


def test_no_subject_question_that_drops_a_qualifier_or_dangles():
    s = "Lena Vogt led the party since 2010, except for a two-year break."
    assert subjects.predicate(s, s.index(" led")) is None  # the cut clause would be false
    s = "Lena Vogt had accused them of hiding the deficit."
    assert subjects.predicate(s, s.index(" had")) is None  # "them": whom?


def test_a_country_as_subject_gives_a_which_country_question(facts):
    text = facts.articles[1].text.replace(
        "Cabinet meets as deficit grows\n",
        "Cabinet meets as deficit grows\n\nNorway signed a trade pact with the island nation "
        "on Friday after long talks. Officials from Sweden and Denmark watched the talks "
        "closely from the side.\n")
    arts = (facts.articles[0], replace(facts.articles[1], text=text))
    qs = subjects.country_questions(Context.of(replace(facts, articles=arts)))
    assert [q.answer for q in qs] == ["Norway"]
    assert qs[0].prompt.endswith("which country signed a trade pact with the island nation "
                                 "after long talks?")
    assert set(qs[0].distractors) == {"Sweden", "Denmark"}


def test_no_subject_question_with_a_time_the_learner_cannot_place():
    s = "Lena Vogt was appointed party leader in March last year after a long fight."
    assert subjects.predicate(s, s.index(" was")) is None


def test_no_who_question_that_shows_a_figure_or_a_date():
    s = "Lena Vogt made her debut in 2010 and won 125 votes in the first round."
    assert subjects.predicate(s, s.index(" made")) is None
    s = "Lena Vogt won the G20 chair for her country."
    assert subjects.predicate(s, s.index(" won")) == "won the G20 chair for her country"
