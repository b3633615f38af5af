"""``sources`` questions from differences: evidence from every article, no outlet set against
one that agrees with it, stable ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdeck.bank.facts import Difference, Facts, Person, Report, SourceArticle
from factdeck.bank.model import ChoiceQuestion, MatchQuestion, Topic, TrueFalseQuestion
from factdeck.generate.sources import outlet_names, source_questions

DATA = Path(__file__).resolve().parents[1] / "differences" / "data"

NORTH = SourceArticle(file="north.txt", outlet="North Post",
                      text="The flood killed at least 34 people. \"We will find who is "
                           "responsible,\" Varga said.")
SOUTH = SourceArticle(file="south.txt", outlet="South Wire",
                      text="The flood killed 21 people. \"We will find the culprits,\" "
                           "Varga said.")
EAST = SourceArticle(file="east.txt", outlet="East Times",
                     text="At least 34 people died in the flood.")
IDS = {"north.txt": "north-1", "south.txt": "south-1", "east.txt": "east-1"}

DEATHS = Difference("number of people killed", kind="number", reports=(
    Report("north.txt", "killed at least 34 people", "The flood killed at least 34 people."),
    Report("south.txt", "killed 21 people", "The flood killed 21 people."),
    Report("east.txt", "At least 34 people died", "At least 34 people died in the flood.")))
WORDING = Difference("wording of Varga's remark about \u201cfind\u201d", kind="wording", reports=(
    Report("north.txt", "We will find who is responsible", "We will find who is responsible"),
    Report("south.txt", "We will find the culprits", "We will find the culprits")))
FACTS = Facts(articles=(NORTH, SOUTH, EAST), differences=(DEATHS, WORDING))


@pytest.fixture(scope="module")
def questions():
    return source_questions(FACTS, IDS)


def test_every_question_is_about_sources_with_evidence_from_each_article(questions):
    assert questions
    texts = {IDS[a.file]: a.text for a in FACTS.articles}
    for q in questions:
        assert q.topic is Topic.SOURCES
        assert len(q.article_ids) >= 2
        for ev in q.evidence:
            assert ev.quote in texts[ev.article]


def test_which_outlet_never_offers_an_outlet_that_agrees(questions):
    which = [q for q in questions if isinstance(q, ChoiceQuestion) and
             q.prompt.startswith("Which outlet")]
    # 34 is given by two outlets: no single right answer, so only the 21 is asked
    deaths = [q for q in which if "killed" in q.prompt and "number" in q.prompt]
    assert deaths[0].prompt == "Which outlet puts the number of people killed at 21?"
    assert [q.answer for q in deaths] == ["South Wire"]
    assert set(deaths[0].distractors) == {"North Post", "East Times"}


def test_what_quantity_is_that_only_among_the_story_s_own_quantities(questions):
    # a lone quantity: its options would be quantities of no story ("number of troops")
    assert not [q for q in questions if q.prompt.endswith("what quantity is that?")]
    injured = Difference("number of people injured", kind="number", reports=(
        Report("north.txt", "injured 50 people", "The flood killed at least 34 people."),
        Report("south.txt", "injured 70 people", "The flood killed 21 people.")))
    homeless = Difference("number of people driven from their homes", kind="number", reports=(
        Report("north.txt", "500 people fled", "The flood killed at least 34 people."),
        Report("south.txt", "900 people fled", "The flood killed 21 people.")))
    facts = Facts(articles=FACTS.articles, differences=(DEATHS, injured, homeless))
    (q,) = [q for q in source_questions(facts, IDS) if q.prompt.endswith("what quantity is that?")
            and q.answer == "number of people killed"]
    assert "North Post and East Times give \u201cat least 34\u201d" in q.prompt
    assert "South Wire gives \u201c21\u201d" in q.prompt
    assert set(q.distractors) == {"number of people injured",
                                  "number of people driven from their homes"}


def test_how_did_an_outlet_word_it():
    three = Difference(WORDING.aspect, kind="wording", reports=(
        *WORDING.reports, Report("east.txt", "All of them will be found by us",
                                 "All of them will be found by us")))
    east = SourceArticle(file="east.txt", outlet="East Times", text="x")
    qs = source_questions(Facts(articles=(NORTH, SOUTH, east), differences=(three,)), IDS)
    (q,) = [q for q in qs if isinstance(q, ChoiceQuestion)]
    # the remark is named by its speaker and its words, never "the remark about “find”"
    assert q.prompt.startswith("Which outlet quoted Varga as saying \u201c")
    assert "about" not in q.prompt
    said = {r.says: IDS[r.article] for r in three.reports}
    (quoted,) = [s for s in said if s in q.prompt]
    assert {"North Post": "north-1", "South Wire": "south-1",
            "East Times": "east-1"}[q.answer] == said[quoted]
    assert len(q.distractors) == 2 and q.answer not in q.distractors


def test_true_and_false_statements(questions):
    tf = [q for q in questions if isinstance(q, TrueFalseQuestion)]
    assert {q.answer for q in tf} <= {True, False} and tf
    for q in tf:
        assert q.prompt.startswith(("North Post puts", "North Post quoted Varga as saying"))
    false = next(q for q in tf if not q.answer and "number" in q.prompt)
    assert false.prompt == "North Post puts the number of people killed at 21."


def test_match_outlets_to_versions_only_when_there_are_three_versions(questions):
    # two versions: matching would ask again what "which outlet" asked; a true/false instead
    assert [q for q in questions if isinstance(q, MatchQuestion)] == []
    three = Difference("wording of Varga's remark", kind="wording", reports=(
        *WORDING.reports, Report("east.txt", "All of them will be found by us",
                                 "All of them will be found by us")))
    east = SourceArticle(file="east.txt", outlet="East Times",
                         text="All of them will be found by us")
    qs = source_questions(Facts(articles=(NORTH, SOUTH, east), differences=(three,)), IDS)
    (match,) = [q for q in qs if isinstance(q, MatchQuestion)]
    assert {p.left for p in match.pairs} == {"North Post", "South Wire", "East Times"}


def test_two_questions_per_difference_at_most(questions):
    by_difference: dict[str, int] = {}
    for q in questions:
        if not q.prompt.endswith("what quantity is that?"):
            key = "deaths" if "killed" in q.prompt or "34" in q.prompt or "21" in q.prompt \
                else "wording"
            by_difference[key] = by_difference.get(key, 0) + 1
    assert by_difference and max(by_difference.values()) <= 2


def test_the_explanation_gives_each_outlet_its_own_words(questions):
    q = next(q for q in questions if "killed" in q.explanation)
    assert "North Post: \u201ckilled at least 34 people\u201d" in q.explanation
    assert "East Times: \u201cAt least 34 people died\u201d" in q.explanation


def test_no_false_statement_about_words_the_outlet_also_wrote():
    north = SourceArticle(file="north.txt", outlet="North Post",
                          text="The ship sank on Tuesday. Rescuers arrived on Wednesday.")
    south = SourceArticle(file="south.txt", outlet="South Wire", text="It sank on Wednesday.")
    day = Difference("day on which the ship sank", kind="date", reports=(
        Report("north.txt", "Tuesday", "The ship sank on Tuesday."),
        Report("south.txt", "Wednesday", "It sank on Wednesday.")))
    qs = source_questions(Facts(articles=(north, south), differences=(day,)),
                          {"north.txt": "n", "south.txt": "s"})
    assert not [q for q in qs if isinstance(q, TrueFalseQuestion) and not q.answer]


def test_ids_are_unique_and_stable(questions):
    ids = [q.id for q in questions]
    assert len(set(ids)) == len(ids)
    assert ids == [q.id for q in source_questions(FACTS, IDS)]
    assert all(i.startswith("sources-") for i in ids)


def test_articles_missing_from_the_bank_are_left_out():
    qs = source_questions(FACTS, {"north.txt": "north-1", "east.txt": "east-1"})
    assert qs == []  # north and east agree on the figure; south's version is not in the bank


def test_no_outlet_falls_back_to_the_file_name():
    facts = Facts(articles=(SourceArticle(file="a.txt", text=""),
                            SourceArticle(file="b.txt", text="", outlet="B Daily")))
    assert outlet_names(facts, ["a.txt", "b.txt"]) == {"a.txt": "a.txt", "b.txt": "B Daily"}


def test_questions_from_found_differences_pass_the_bank_check(tmp_path):
    from factdeck.articles import read_article
    from factdeck.differences import find_differences
    from factdeck.generate.ids import article_ids

    articles = [read_article(p) for p in sorted(DATA.glob("ferry_*.txt"))]
    facts = Facts(articles=tuple(articles), differences=find_differences(articles))
    ids = article_ids(articles)
    qs = source_questions(facts, ids)
    kinds = {q.kind for q in qs}
    assert {"choice", "truefalse"} <= kinds
    texts = {ids[a.file]: a.text for a in articles}
    for q in qs:
        for ev in q.evidence:
            assert ev.quote in texts[ev.article]
        if isinstance(q, ChoiceQuestion):
            options = [o.casefold() for o in q.options]
            assert len(set(options)) == len(options)


def test_an_outlet_that_also_writes_the_other_name_has_slipped_and_is_not_asked():
    # South Wire writes "Paul Brandt" too: one slip of the pen, no disagreement between outlets
    north = SourceArticle(file="north.txt", outlet="North Post",
                          text="Paul Brandt, the candidate, lost. Paul Brandt conceded.")
    south = SourceArticle(file="south.txt", outlet="South Wire",
                          text="Peter Brandt, the other candidate, conceded. Paul Brandt spoke.")
    name = Difference("first name of Brandt, the candidate", kind="name", reports=(
        Report("north.txt", "Paul Brandt", "Paul Brandt, the candidate, lost."),
        Report("south.txt", "Peter Brandt", "Peter Brandt, the other candidate, conceded.")))
    ids = {"north.txt": "n", "south.txt": "s"}
    assert source_questions(Facts(articles=(north, south), differences=(name,)), ids) == []
    steady = SourceArticle(file="south.txt", outlet="South Wire",
                           text="Peter Brandt, the other candidate, conceded. Brandt spoke.")
    qs = source_questions(Facts(articles=(north, steady), differences=(name,)), ids)
    prompts = {q.prompt for q in qs if isinstance(q, ChoiceQuestion)}
    assert prompts == {
        "Which outlet gives the first name of the candidate Brandt as \u201cPaul\u201d?",
        "Which outlet gives the first name of the candidate Brandt as \u201cPeter\u201d?"}


def test_an_outlet_silent_on_a_figure_is_a_wrong_option_for_which_outlet():
    west = SourceArticle(file="west.txt", outlet="West Daily",
                         text="Rescue teams searched the valley all night.")
    told = SourceArticle(file="told.txt", outlet="Told News",
                         text="Rescuers counted 21 dead in the valley.")
    facts = Facts(articles=(NORTH, SOUTH, west, told), differences=(Difference(
        "number of people killed", kind="number", reports=(
            Report("north.txt", "at least 34 people", "The flood killed at least 34 people."),
            Report("south.txt", "21 people", "The flood killed 21 people."))),))
    ids = {"north.txt": "n", "south.txt": "s", "west.txt": "w", "told.txt": "t"}
    asked = [q for q in source_questions(facts, ids) if isinstance(q, ChoiceQuestion)
             and q.prompt.startswith("Which outlet")]
    assert asked
    for q in asked:
        assert "West Daily" in q.distractors  # reports no figure at all
        if "21" in q.prompt:
            assert "Told News" not in q.options  # gives 21 too: never offered as wrong
        else:
            assert "Told News" in q.distractors  # gives 21, not 34


def test_a_silent_outlet_is_never_offered_for_a_wording():
    west = SourceArticle(file="west.txt", outlet="West Daily", text="Nothing on the remark.")
    facts = Facts(articles=(NORTH, SOUTH, west), differences=(WORDING,))
    ids = {"north.txt": "n", "south.txt": "s", "west.txt": "w"}
    for q in source_questions(facts, ids):
        if isinstance(q, ChoiceQuestion):
            assert "West Daily" not in q.options


def test_a_remark_worded_apart_by_one_word_is_not_asked():
    slip = Difference("wording of Varga's remark about \u201cfind\u201d", kind="wording",
                      reports=(Report("north.txt", "We will find who is responsible",
                                      "We will find who is responsible"),
                               Report("south.txt", "We will find who was responsible",
                                      "We will find the culprits")))
    facts = Facts(articles=(NORTH, SOUTH), differences=(slip,))
    assert source_questions(facts, {"north.txt": "n", "south.txt": "s"}) == []


def test_a_name_spelled_apart_is_trivia_but_a_different_first_name_is_asked():
    def diff(a: str, b: str) -> Facts:
        return Facts(articles=(NORTH, SOUTH, EAST), differences=(Difference(
            "name of the mayor", kind="name", reports=(
                Report("north.txt", a, "The flood killed at least 34 people."),
                Report("south.txt", b, "The flood killed 21 people."))),))
    assert source_questions(diff("Ivan Petrovsky", "Petrovski Ivan"), IDS) == []
    assert source_questions(diff("Ivan Petrovsky", "Marko Petrovsky"), IDS)


def test_two_renderings_worded_apart_are_asked_by_speaker_and_words():
    qs = source_questions(Facts(articles=(NORTH, SOUTH), differences=(WORDING,)), IDS)
    which = [q for q in qs if isinstance(q, ChoiceQuestion)]
    assert {q.prompt for q in which} == {
        "Which outlet quoted Varga as saying \u201cWe will find who is responsible\u201d?",
        "Which outlet quoted Varga as saying \u201cWe will find the culprits\u201d?"}
    for q in which:
        assert {q.answer, *q.distractors} == {"North Post", "South Wire"}


def test_a_rendering_that_quotes_more_of_the_remark_is_not_asked():
    longer = Difference("wording of Varga's remark about \u201cfind\u201d", kind="wording",
                        reports=(Report("north.txt", "We will find who is responsible",
                                        "We will find who is responsible"),
                                 Report("south.txt", "We will find who is responsible for "
                                        "this, as the police told us", "x")))
    facts = Facts(articles=(NORTH, SOUTH), differences=(longer,))
    assert source_questions(facts, {"north.txt": "n", "south.txt": "s"}) == []


def test_an_aspect_worded_as_which_reads_as_a_noun_phrase():
    place = Difference("which office of the agency", kind="place", reports=(
        Report("north.txt", "Velgrad office", "The flood killed at least 34 people."),
        Report("south.txt", "office in Tarsk", "The flood killed 21 people.")))
    qs = source_questions(Facts(articles=(NORTH, SOUTH), differences=(place,)), IDS)
    assert {q.prompt for q in qs} == {"Which outlet places the office of the agency in Velgrad?",
                                      "Which outlet places the office of the agency in Tarsk?"}


def _shown(q) -> list[str]:
    """Every text of a question a learner reads before answering."""
    parts = [q.prompt]
    if isinstance(q, ChoiceQuestion):
        parts += q.options
    if isinstance(q, MatchQuestion):
        parts += [p.right for p in q.pairs]
    return parts


def test_a_long_version_is_never_shown_cut():
    long = ("We will find who is responsible for the flood and every family that lost a "
            "home will be given a new one before the winter comes, whatever the cost to "
            "the treasury and whatever the ministers in the capital may say about it")
    remark = Difference("wording of Varga's remark about \u201cfind\u201d", kind="wording",
                        reports=(Report("north.txt", long, long),
                                 Report("south.txt", "We will find the culprits", "x"),
                                 Report("east.txt", "All of them will be found by us", "x")))
    qs = source_questions(Facts(articles=(NORTH, SOUTH, EAST), differences=(remark,)), IDS)
    assert qs  # the two short versions are still asked
    for q in qs:
        for text in _shown(q):
            assert "\u2026" not in text and "responsible for the flood" not in text
    assert long in qs[0].explanation  # the feedback gives every version whole


def test_a_matter_without_a_name_is_not_asked():
    opened = Difference("what was opened", kind="description", reports=(
        Report("north.txt", "a new bridge", "x"), Report("south.txt", "a ferry terminal", "x")))
    assert source_questions(Facts(articles=(NORTH, SOUTH), differences=(opened,)), IDS) == []


def test_a_claim_is_asked_about_its_institution_with_whole_statements_only():
    def claim(first: str, second: str) -> list:
        diff = Difference("what is claimed about the Port Authority", kind="claim", reports=(
            Report("north.txt", first, "x"), Report("south.txt", second, "x")))
        return source_questions(Facts(articles=(NORTH, SOUTH), differences=(diff,)), IDS)

    asked = claim("The Port Authority ordered the dam opened.",
                  "The Port Authority had no say over the dam.")
    assert asked
    for q in asked:
        assert "claimed" not in q.prompt
    assert any(q.prompt in {"What did North Post report about the Port Authority?",
                            "What did South Wire report about the Port Authority?"}
               for q in asked)
    # the tail of a sentence says nothing alone: no option, no statement shows it
    assert claim("The Port Authority ordered the dam opened.",
                 "considering that the Port Authority has no say over the dam.") == []


def test_another_article_of_an_answering_outlet_is_no_wrong_answer():
    later = SourceArticle(file="later.txt", outlet="North Post",
                          text="Rescue teams searched the valley all night.")
    facts = Facts(articles=(NORTH, SOUTH, later), differences=(Difference(
        "number of people killed", kind="number", reports=(
            Report("north.txt", "at least 34 people", "The flood killed at least 34 people."),
            Report("south.txt", "21 people", "The flood killed 21 people."))),))
    ids = {"north.txt": "n", "south.txt": "s", "later.txt": "l"}
    for q in source_questions(facts, ids):
        if isinstance(q, ChoiceQuestion):
            assert not [o for o in q.options if o.startswith("North Post (")]


def test_figures_that_round_alike_are_not_set_against_each_other():
    share = Difference("Varga\u2019s share of the vote", kind="number", reports=(
        Report("north.txt", "61%", "x"), Report("south.txt", "61.87 percent", "x"),
        Report("east.txt", "some 62%", "x")))
    assert source_questions(Facts(articles=(NORTH, SOUTH, EAST), differences=(share,)),
                            IDS) == []
    budget = Difference("cost in euros", kind="number", reports=(
        Report("north.txt", "\u20ac900 million", "x"),
        Report("south.txt", "\u20ac915 million", "x")))
    assert source_questions(Facts(articles=(NORTH, SOUTH), differences=(budget,)), IDS) == []


def test_a_matter_cut_short_or_a_name_spelled_many_ways_is_not_asked():
    when = Difference("when the two mayors met in the old town hall to sign the \u2026",
                      kind="date", reports=(Report("north.txt", "12 May", "x"),
                                            Report("south.txt", "14 May", "x")))
    name = Difference("spelling of a name (2 ways)", kind="name", reports=(
        Report("north.txt", "Ivan Petrovsky", "x"), Report("south.txt", "Marko Pietrowski", "x")))
    facts = Facts(articles=(NORTH, SOUTH), differences=(when, name))
    assert source_questions(facts, IDS) == []


def test_a_figure_is_shown_without_the_words_around_it(questions):
    # "killed 21 people" reads as a fragment; the explanation keeps each outlet's words
    (which,) = [q for q in questions if isinstance(q, ChoiceQuestion) and q.answer == "South Wire"
                and "killed" in q.prompt]
    assert which.prompt.endswith(" at 21?")
    assert "South Wire: \u201ckilled 21 people\u201d" in which.explanation


def test_a_date_reads_as_a_reader_writes_it():
    capsized = Difference("when the ferry capsized on the lake", kind="date", reports=(
        Report("north.txt", "2031-04-06 (Sunday)", "x"),
        Report("south.txt", "2031-04-13 (last Sunday)", "x")))
    qs = source_questions(Facts(articles=(NORTH, SOUTH), differences=(capsized,)), IDS)
    prompts = " ".join(q.prompt for q in qs)
    assert qs and "2031-04" not in prompts
    assert "Which outlet gives Sunday 6 April 2031 as the day the ferry capsized on the lake?" \
        in prompts
    assert "Which outlet gives 13 April 2031 as the day the ferry capsized on the lake?" in prompts


def test_a_version_question_reads_as_a_question():
    west = SourceArticle(file="west.txt", outlet="West Daily", text="x")
    blamed = Difference("what was blamed for the collapse", kind="description", reports=(
        Report("north.txt", "the heavy rain", "x"), Report("east.txt", "the heavy rain", "x"),
        Report("south.txt", "a design fault", "x"), Report("west.txt", "a design fault", "x")))
    ids = {**IDS, "west.txt": "west-1"}
    qs = source_questions(Facts(articles=(NORTH, SOUTH, EAST, west), differences=(blamed,)),
                          ids)
    (q,) = [q for q in qs if isinstance(q, ChoiceQuestion)]
    assert q.prompt.startswith("According to ")
    assert q.prompt.endswith(", what was blamed for the collapse?")


def test_a_remark_quoted_from_its_middle_is_not_shown():
    tail = Difference("wording of Varga's remark", kind="wording", reports=(
        Report("north.txt", "and they will answer for it in court", "x"),
        Report("south.txt", "They will pay for this before a judge", "x"),
        Report("east.txt", "The guilty ones are going to face the courts", "x")))
    qs = source_questions(Facts(articles=(NORTH, SOUTH, EAST), differences=(tail,)), IDS)
    assert qs
    for q in qs:
        assert all("and they will answer" not in text for text in _shown(q))


def test_an_outlet_that_gives_the_figure_rounded_is_no_wrong_answer():
    rounded = SourceArticle(file="round.txt", outlet="Round Post",
                            text="Varga won some 62% of the vote on Sunday.")
    other = SourceArticle(file="other.txt", outlet="Other Post",
                          text="Varga won the vote on Sunday.")
    share = Difference("Varga\u2019s share of the vote", kind="number", reports=(
        Report("north.txt", "61.87 percent", "x"), Report("south.txt", "54.2%", "x")))
    ids = {"north.txt": "n", "south.txt": "s", "round.txt": "r", "other.txt": "o"}
    qs = source_questions(Facts(articles=(NORTH, SOUTH, rounded, other), differences=(share,)),
                          ids)
    (which,) = [q for q in qs if isinstance(q, ChoiceQuestion) and "61.87" in q.prompt]
    assert "Round Post" not in which.options and "Other Post" in which.distractors


def _prompts(facts: Facts, ids: dict[str, str]) -> set[str]:
    return {q.prompt for q in source_questions(facts, ids)}


def test_a_count_of_some_more_is_never_set_against_a_total():
    # "the mayor and two other officials" counts no total; "four officials" is one
    fired = Difference("number of officials", kind="number", reports=(
        Report("north.txt", "at least 4 officials", "x"),
        Report("south.txt", "two other officials", "x"),
        Report("east.txt", "four officials", "x")))
    assert source_questions(Facts(articles=(NORTH, SOUTH, EAST), differences=(fired,)),
                            IDS) == []
    for partial in ("five more officials", "another 5 officials", "a further 5 officials",
                    "3 additional officials"):
        diff = Difference("number of officials", kind="number", reports=(
            Report("north.txt", "4 officials", "x"), Report("south.txt", partial, "x")))
        assert source_questions(Facts(articles=(NORTH, SOUTH), differences=(diff,)), IDS) == []
    # a hedge is no partial count: "more than 40" is a total
    total = Difference("number of officials", kind="number", reports=(
        Report("north.txt", "4 officials", "x"), Report("south.txt", "more than 40 officials",
                                                         "x")))
    assert "Which outlet puts the number of officials at more than 40?" in _prompts(
        Facts(articles=(NORTH, SOUTH), differences=(total,)), IDS)


def test_a_day_is_asked_with_the_event_it_dates():
    north = SourceArticle(file="north.txt", outlet="North Post", text="The ferry sank on Tuesday.")
    south = SourceArticle(file="south.txt", outlet="South Wire", text="It sank on Wednesday.")
    east = SourceArticle(file="east.txt", outlet="East Times", text="The ferry went down.")
    day = Difference("day on which the ferry sank off the cape", kind="date", reports=(
        Report("north.txt", "Tuesday", "The ferry sank on Tuesday."),
        Report("south.txt", "Wednesday night", "It sank on Wednesday.")))
    qs = source_questions(Facts(articles=(north, south, east), differences=(day,)), IDS)
    which = {q.prompt: q for q in qs if isinstance(q, ChoiceQuestion)}
    q = which["Which outlet gives Wednesday night as the day the ferry sank off the cape?"]
    assert q.answer == "South Wire" and set(q.distractors) == {"North Post", "East Times"}
    assert "Which outlet gives Tuesday as the day the ferry sank off the cape?" in which
    for q in qs:
        assert "(" not in q.prompt and "day on which" not in q.prompt


def test_a_place_is_placed_or_named_in_a_sentence():
    jail = Difference("which jail for Ada Okafor", kind="place", reports=(
        Report("north.txt", "Northgate Jail", "x"), Report("south.txt", "Riverside Jail", "x")))
    hq = Difference("which headquarters of Acme", kind="place", reports=(
        Report("north.txt", "Velgrad headquarters", "x"),
        Report("south.txt", "headquarters in Tarsk", "x")))
    unowned = Difference("which jail", kind="place", reports=(
        Report("north.txt", "Northgate Jail", "x"), Report("south.txt", "Riverside Jail", "x")))
    prompts = _prompts(Facts(articles=(NORTH, SOUTH), differences=(jail, hq, unowned)), IDS)
    assert prompts == {
        "Which outlet names Northgate Jail as the jail for Ada Okafor?",
        "Which outlet names Riverside Jail as the jail for Ada Okafor?",
        "Which outlet places the headquarters of Acme in Velgrad?",
        "Which outlet places the headquarters of Acme in Tarsk?"}


def test_a_person_is_named_in_full_when_the_story_names_one_person_so():
    people = (Person("Ada Okafor", None, ("north.txt",)),
              Person("Ben Varga", "mayor", ("north.txt", "south.txt")))
    age = Difference("age of Okafor", kind="number", reports=(
        Report("north.txt", "61", "x"), Report("south.txt", "63", "x")))
    facts = Facts(articles=(NORTH, SOUTH), people=people, differences=(age, WORDING))
    prompts = _prompts(facts, IDS)
    assert "Which outlet gives Ada Okafor\u2019s age as 61?" in prompts
    assert "Which outlet quoted Ben Varga as saying \u201cWe will find the culprits\u201d?" \
        in prompts
    # two people of one surname: the surname alone, as the aspect gives it
    twins = Facts(articles=(NORTH, SOUTH), differences=(age,),
                  people=(*people, Person("Chike Okafor", None, ("south.txt",))))
    assert "Which outlet gives Okafor\u2019s age as 61?" in _prompts(twins, IDS)


def test_a_figure_of_no_named_matter_is_not_asked():
    share = Difference("percentage", kind="number", reports=(
        Report("north.txt", "40%", "x"), Report("south.txt", "55%", "x")))
    assert source_questions(Facts(articles=(NORTH, SOUTH), differences=(share,)), IDS) == []
    killed = Difference("number of killeds", kind="number", reports=(
        Report("north.txt", "400 killed", "x"), Report("south.txt", "900 killed", "x")))
    facts = Facts(articles=(NORTH, SOUTH), differences=(killed, DEATHS))
    assert not [q for q in source_questions(facts, IDS) if "killeds" in " ".join(_shown(q))]


def test_no_prompt_carries_its_matter_in_brackets(questions):
    cost = Difference("cost in euros", kind="number", reports=(
        Report("north.txt", "\u20ac40 million",
               "The new bridge in Velgrad will cost \u20ac40 million."),
        Report("south.txt", "\u20ac75 million",
               "Officials said the bridge in Velgrad cost \u20ac75 million.")))
    qs = [*questions, *source_questions(Facts(articles=(NORTH, SOUTH), differences=(cost,)),
                                        IDS)]
    assert "Which outlet puts the cost in euros in Velgrad at \u20ac40 million?" in \
        {q.prompt for q in qs}
    for q in qs:
        assert not q.prompt.endswith(")?") and not q.prompt.endswith(").")
        assert "reported \u201c" not in q.prompt


def test_an_outlet_that_names_no_jail_is_a_wrong_option_though_it_writes_jail():
    west = SourceArticle(file="west.txt", outlet="West Daily",
                         text="Ada Okafor was sentenced to three years in jail.")
    told = SourceArticle(file="told.txt", outlet="Told News",
                         text="Ada Okafor was taken to Northgate, her lawyer said.")
    jail = Difference("which jail for Ada Okafor", kind="place", reports=(
        Report("north.txt", "Northgate Jail", "x"), Report("south.txt", "Riverside Jail", "x")))
    ids = {"north.txt": "n", "south.txt": "s", "west.txt": "w", "told.txt": "t"}
    qs = source_questions(Facts(articles=(NORTH, SOUTH, west, told), differences=(jail,)), ids)
    which = {q.prompt: q for q in qs if isinstance(q, ChoiceQuestion)}
    north = which["Which outlet names Northgate Jail as the jail for Ada Okafor?"]
    assert set(north.distractors) == {"South Wire", "West Daily"}  # Told News names Northgate


def test_a_remark_each_outlet_translated_is_asked_as_a_translation():
    north = SourceArticle(file="north.txt", outlet="North Post", text=(
        "\"Hum sab ek hain, aur ek rahenge (We are all one, and one we shall stay),\" "
        "Varga said."))
    south = SourceArticle(file="south.txt", outlet="South Wire", text=(
        "Varga said: \"'Hum sab ek hain, aur ek rahenge' (All of us are one and will "
        "remain so).\""))
    gloss = Difference("wording of Varga's remark about \u201cone\u201d", kind="wording", reports=(
        Report("north.txt", "We are all one, and one we shall stay",
               "\"Hum sab ek hain, aur ek rahenge (We are all one, and one we shall stay),\" "
               "Varga said."),
        Report("south.txt", "All of us are one and will remain so",
               "Varga said: \"'Hum sab ek hain, aur ek rahenge' (All of us are one and will "
               "remain so).\"")))
    prompts = _prompts(Facts(articles=(north, south), differences=(gloss,)),
                       {"north.txt": "n", "south.txt": "s"})
    assert "Which outlet translated Varga\u2019s words as \u201cAll of us are one and will " \
        "remain so\u201d?" in prompts
    assert not [p for p in prompts if "quoted" in p]


def test_a_date_of_an_event_cut_short_is_not_asked():
    for event in ("when Okafor was mayor for two terms from", "when having last won it",
                  "when they cast ballots", "when rocket"):
        diff = Difference(event, kind="date", reports=(
            Report("north.txt", "2031-04-06", "x"), Report("south.txt", "2031-05-06", "x")))
        assert source_questions(Facts(articles=(NORTH, SOUTH), differences=(diff,)), IDS) == []
    crowned = Difference("when King Tomas was crowned in Velgrad", kind="date", reports=(
        Report("north.txt", "2031-04-06", "x"), Report("south.txt", "2031-05-06", "x")))
    assert "Which outlet gives 6 April 2031 as the day King Tomas was crowned in Velgrad?" \
        in _prompts(Facts(articles=(NORTH, SOUTH), differences=(crowned,)), IDS)


def test_a_thing_described_apart_is_asked_in_a_clause():
    blamed = Difference("what was blamed for the collapse", kind="description", reports=(
        Report("north.txt", "the heavy rain", "x"), Report("south.txt", "a design fault", "x")))
    asked = Difference("what the petition asked for", kind="description", reports=(
        Report("north.txt", "a new bridge", "x"), Report("south.txt", "a ferry service", "x")))
    prompts = _prompts(Facts(articles=(NORTH, SOUTH), differences=(blamed, asked)), IDS)
    assert {"Which outlet says the collapse was blamed on the heavy rain?",
            "Which outlet says the petition asked for a ferry service?"} <= prompts
    assert not [p for p in prompts if "(" in p or "reported \u201c" in p]


def test_a_sum_that_no_sentence_ties_to_a_thing_is_not_asked():
    for label in ("value in euros", "cost in euros"):
        value = Difference(label, kind="number", reports=(
            Report("north.txt", "\u20ac40 million", "It was worth \u20ac40 million."),
            Report("south.txt", "\u20ac75 million", "The sum was \u20ac75 million.")))
        assert source_questions(Facts(articles=(NORTH, SOUTH), differences=(value,)), IDS) == []


def test_a_count_is_asked_with_the_name_every_outlet_ties_it_to():
    runs = Difference("Varga\u2019s number of goals", kind="number", reports=(
        Report("north.txt", "61 goals", "Varga retires from Eurocup play with 61 goals."),
        Report("south.txt", "over 70 goals", "He leaves Eurocup football after over 70 goals.")))
    qs = source_questions(Facts(articles=(NORTH, SOUTH), differences=(runs,)), IDS)
    assert "Which outlet puts Varga\u2019s number of goals in Eurocup at 61?" in \
        {q.prompt for q in qs}


def test_who_did_it_is_asked_by_the_person_each_outlet_names():
    actor = Difference("who cancelled the summit", kind="actor", reports=(
        Report("north.txt", "Ana Kovac\u2019s decision to cancel the summit", "x"),
        Report("south.txt", "Tomas Brandt has cancelled the summit", "x"),
        Report("east.txt", "Ana Kovac may cancel the summit", "x")))
    qs = source_questions(Facts(articles=(NORTH, SOUTH, EAST), differences=(actor,)), IDS)
    which = [q for q in qs if isinstance(q, ChoiceQuestion)]
    # Ana Kovac is named by two outlets: only Tomas Brandt has one outlet to answer
    assert which[0].prompt == "Which outlet says it was Tomas Brandt who cancelled the summit?"
    assert not any("it was Ana Kovac" in q.prompt for q in qs)


def test_an_outlet_that_names_the_place_elsewhere_is_no_wrong_answer_for_it():
    north = SourceArticle(file="north.txt", outlet="North Post",
                          text="Acme moved staff from its Velgrad headquarters.")
    south = SourceArticle(file="south.txt", outlet="South Wire",
                          text="The Velgrad company cut jobs at its headquarters in Tarsk.")
    east = SourceArticle(file="east.txt", outlet="East Times", text="Acme cut jobs.")
    place = Difference("which headquarters of Acme", kind="place", reports=(
        Report("north.txt", "Velgrad headquarters", north.text),
        Report("south.txt", "headquarters in Tarsk", south.text)))
    qs = source_questions(Facts(articles=(north, south, east), differences=(place,)), IDS)
    velgrad = [q for q in qs if isinstance(q, ChoiceQuestion) and q.prompt.endswith("Velgrad?")]
    assert all("South Wire" not in q.distractors for q in velgrad)  # it says "Velgrad company"
    tarsk = [q for q in qs if isinstance(q, ChoiceQuestion) and q.prompt.endswith("Tarsk?")]
    assert tarsk and "North Post" in tarsk[0].distractors
