from dataclasses import replace

from factdeck.bank.facts import Quote
from factdeck.bank.model import ChoiceQuestion, MatchQuestion, TrueFalseQuestion
from factdeck.generate import quotes
from factdeck.generate.context import Context
from factdeck.textnorm import fold


def test_who_said_it(facts):
    qs = [q for q in quotes.questions(Context.of(facts)) if isinstance(q, ChoiceQuestion)
          and q.id.startswith("said-") and not q.id.startswith("said-which-")]
    assert {q.answer for q in qs} == {"Ana Kovac", "Lena Vogt", "Piet Aalders"}
    for q in qs:
        assert q.answer.split()[-1] not in q.prompt
        assert q.answer not in q.distractors


def test_speaker_given_by_surname_is_joined_to_the_full_name(facts):
    extra = Quote("Kovac", "Nobody will be left behind in this budget,", "harbor.txt")
    text = facts.articles[0].text.replace("in Velgrad.", "in Velgrad. \"Nobody will be left "
                                           "behind in this budget,\" she added.")
    arts = (replace(facts.articles[0], text=text), facts.articles[1])
    ctx = Context.of(replace(facts, articles=arts, quotes=(*facts.quotes, extra)))
    qs = [q for q in quotes.questions(ctx) if isinstance(q, ChoiceQuestion)
          and "Nobody" in q.prompt]
    assert qs and qs[0].answer == "Ana Kovac"


def test_a_quote_naming_its_speaker_is_not_asked(facts):
    text = facts.articles[1].text + "\n\u201cAalders will stay on,\u201d Aalders said.\n"
    arts = (facts.articles[0], replace(facts.articles[1], text=text))
    extra = Quote("Piet Aalders", "Aalders will stay on,", "valley.txt")
    ctx = Context.of(replace(facts, articles=arts, quotes=(*facts.quotes, extra)))
    assert not any("stay on" in q.prompt for q in quotes.questions(ctx))


def test_someone_who_said_the_same_is_never_a_distractor(facts):
    extra = Quote("Piet Aalders", "We will not let the country drift,", "harbor.txt")
    ctx = Context.of(replace(facts, quotes=(*facts.quotes, extra)))
    for q in quotes.questions(ctx):
        if isinstance(q, ChoiceQuestion) and "drift" in q.prompt:
            assert not {"Ana Kovac", "Piet Aalders"} & set(q.distractors)
        if isinstance(q, TrueFalseQuestion) and "drift" in q.prompt and not q.answer:
            assert "Piet Aalders" not in q.prompt and "Ana Kovac" not in q.prompt


def test_match_quotes_to_speakers(facts):
    qs = [q for q in quotes.questions(Context.of(facts)) if isinstance(q, MatchQuestion)]
    assert len(qs) == 1
    said = {fold(q.quote): q.speaker for q in facts.quotes}
    for pair in qs[0].pairs:
        assert said[fold(pair.left)] == pair.right


def test_a_few_quoted_words_inside_the_reporters_sentence_are_not_asked(facts):
    text = facts.articles[1].text + "\nAalders promised \u201ca leaner state budget\u201d soon.\n"
    arts = (facts.articles[0], replace(facts.articles[1], text=text))
    extra = Quote("Piet Aalders", "a leaner state budget", "valley.txt")
    ctx = Context.of(replace(facts, articles=arts, quotes=(*facts.quotes, extra)))
    assert not any("leaner" in q.prompt for q in quotes.questions(ctx))


def test_which_of_these_did_a_main_actor_say(facts):
    qs = [q for q in quotes.questions(Context.of(facts)) if q.id.startswith("said-which-")]
    assert [q.prompt.split(", ", 1)[1] for q in qs] == ["which of these did Lena Vogt say?"]
    q = qs[0]
    assert q.answer == "\u201cThis government has lost its majority\u201d"
    assert len(q.distractors) == 2  # the other speakers' lines
    assert all("Vogt" not in d for d in q.distractors)


def test_a_quoted_infinitive_is_not_asked(facts):
    extra = Quote("Ana Kovac", "not to raise fuel taxes this year at all", "harbor.txt")
    text = facts.articles[0].text + ("\nKovac had promised 'not to raise fuel taxes this year "
                                     "at all'.\n")
    arts = (replace(facts.articles[0], text=text), facts.articles[1])
    ctx = Context.of(replace(facts, articles=arts, quotes=(*facts.quotes, extra)))
    assert not any("fuel taxes" in s.words for s in quotes.quotes(ctx))


def test_a_long_quote_is_cut_after_a_whole_sentence():
    words = ("The harbour will reopen in spring. Every ship that waited will get a berth. "
             "We thank the crews for their patience and their long and careful work")
    short = quotes.shorten(words, 90)
    assert short.endswith("berth. \u2026") and quotes.whole(words, 90)
    run_on = "We thank the crews for their patience and their long and careful work " * 3
    assert not quotes.whole(run_on, 90)


def test_a_quote_naming_the_speakers_own_country_is_not_asked(facts):
    from factdeck.bank.facts import Person

    line = ("\u201cNorway will always stand with our friends across the sea in hard times,\u201d "
            "said Ivo Rask.")
    text = facts.articles[0].text + "\n" + line + "\n"
    arts = (replace(facts.articles[0], text=text), facts.articles[1])
    rask = Person("Ivo Rask", "Prime Minister of Norway", (arts[0].file,), "Ivo Rask",
                  arts[0].file)
    said = Quote("Ivo Rask", "Norway will always stand with our friends across the sea in "
                 "hard times,", arts[0].file)
    ctx = Context.of(replace(facts, articles=arts, people=(*facts.people, rask),
                             quotes=(*facts.quotes, said)))
    asked = [q for q in quotes.questions(ctx) if isinstance(q, ChoiceQuestion)
             and q.answer == "Ivo Rask"]
    assert not asked
    assert quotes.own_country(ctx, "Norway will stand with you", "Ivo Rask", ["Ana Kovac"])
    assert not quotes.own_country(ctx, "We will stand with you", "Ivo Rask", ["Ana Kovac"])


def test_a_quote_in_a_question_loses_its_own_full_stop(facts):
    for q in quotes.questions(Context.of(facts)):
        if isinstance(q, ChoiceQuestion) and q.id.startswith("said-") \
                and not q.id.startswith("said-which"):
            assert ".\u201d?" not in q.prompt


def test_a_quote_cut_after_its_own_ellipsis_shows_one_ellipsis():
    words = ("We are ready to help. ... The talks will go on. And we will keep every promise "
             "we made to the people of the harbour towns this year")
    assert quotes.shorten(words, 40) == "We are ready to help. \u2026"
