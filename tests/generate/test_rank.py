"""Ranking and selection: a bank a teacher can hand out, built from the invented story."""

from dataclasses import replace

from factdeck.bank.facts import DatedEvent, Quote, Stance
from factdeck.bank.model import ChoiceQuestion, Topic
from factdeck.generate import build_bank, lint, rank, stances
from factdeck.generate.context import Context


def test_bank_size_is_in_range_for_a_four_article_story():
    assert rank.target_size(4) in range(15, 41)
    assert rank.target_size(1) >= rank.MIN_BANK and rank.target_size(50) == rank.MAX_BANK


def test_every_feature_has_a_weight_and_a_reason():
    assert all(f.why and f.weight for f in rank.FEATURES)


def test_a_built_bank_has_no_flaw_and_gives_nothing_away(facts):
    bank = build_bank(facts)
    texts = {bank.articles[i].id: a.text for i, a in enumerate(facts.articles)}
    assert bank.questions
    assert lint.lint_bank(bank.questions, texts) == []
    assert len(bank.questions) <= rank.target_size(len(facts.articles))


def test_a_pronoun_subject_event_gives_no_question(facts):
    text = facts.articles[0].text + "\nHe resigned from the cabinet on 9 May 2024.\n"
    arts = (replace(facts.articles[0], text=text), facts.articles[1])
    ev = DatedEvent("2024-05-09", "He resigned from the cabinet", facts.articles[0].file,
                    "He resigned from the cabinet on 9 May 2024.", "9 May 2024")
    bank = build_bank(replace(facts, articles=arts, dates=(*facts.dates, ev)))
    assert not any("He resigned" in q.prompt for q in bank.questions)


def test_a_first_name_is_never_a_distractor_for_the_full_name(facts):
    extra = Quote("Ana", "Nobody in this cabinet will give up on the budget,", "harbor.txt")
    ctx = Context.of(replace(facts, quotes=(*facts.quotes, extra)))
    assert ctx.canonical("Ana") == "Ana Kovac"
    for q in build_bank(ctx.facts).questions:
        if isinstance(q, ChoiceQuestion):
            assert not any(lint.one_person(a, b) for i, a in enumerate(q.options)
                           for b in q.options[i + 1:]), q.id


def test_an_outlets_characterisation_is_asked_as_the_outlets(facts):
    ctx = Context.of(facts)
    qs = stances.questions(ctx)
    assert qs
    for q in qs:
        assert q.prompt.startswith("According to"), q.prompt
        assert "took this position" not in q.prompt and "\u201c" not in q.prompt
        assert "report" in q.explanation
    joint = Stance("Lena Vogt", "her opposition to the budget", "harbor.txt",
                   "Opposition leader Lena Vogt called for early elections.")
    assert not stances.questions(Context.of(replace(facts, positions=(joint,))))
    assert not stances._VERB_FIRST.match("his opposition to the budget")


def test_a_bystander_s_quote_ranks_below_a_titled_speaker_s(facts):
    text = facts.articles[0].text + ("\n\u201cI just want cheaper bread for my family,\u201d "
                                     "said Ivo Marsh, a baker in the capital.\n")
    arts = (replace(facts.articles[0], text=text), facts.articles[1])
    quotes = (*facts.quotes, Quote("Ivo Marsh", "I just want cheaper bread for my family,",
                                   facts.articles[0].file))
    ctx = Context.of(replace(facts, articles=arts, quotes=quotes))
    story = rank._Story.of(ctx)
    from factdeck.generate import quotes as quote_questions

    said = {q.answer: q for q in quote_questions.questions(ctx)
            if isinstance(q, ChoiceQuestion) and q.id.startswith("said-")
            and not q.id.startswith("said-which")}
    assert "bystander" in rank.features(said["Ivo Marsh"], story)
    assert "bystander" not in rank.features(said["Ana Kovac"], story)


def test_select_says_why_a_question_was_dropped(facts):
    ctx = Context.of(facts)
    from factdeck.generate.bank_builder import GENERATORS

    found = [q for g in GENERATORS for q in g(ctx)]
    why: dict[str, str] = {}
    kept = rank.select(found, ctx, why)
    assert kept and not any(q.id in why for q in kept)
    assert set(why) <= {q.id for q in found}


def _who(qid: str, answer: str, prompt: str) -> ChoiceQuestion:
    from factdeck.bank.model import Evidence

    return ChoiceQuestion(id=qid, topic=Topic.PEOPLE, prompt=prompt, answer=answer,
                          distractors=("Lena Vogt", "Omar Said", "Ida Berg"),
                          evidence=(Evidence("a", "x"),))


def test_a_who_question_the_shown_headline_answers_is_not_kept():
    story = rank._Story({}, {}, set(), {}, {}, (), "ana kovac wins the harbour council vote")
    assert story.in_headline(_who("q1", "Ana Kovac", "Who won the harbour council vote?"))
    assert not story.in_headline(_who("q2", "Lena Vogt", "Who lost the harbour council vote?"))
    said = replace(_who("q3", "Ana Kovac", "Who said: “We will build the ferry”?"),
                   topic=Topic.QUOTES)
    assert not story.in_headline(said)  # who said the key line stays a basic question


def test_no_more_than_two_questions_of_a_bank_share_one_keyed_answer(facts):
    from collections import Counter

    bank = build_bank(facts)
    keys = Counter(rank._answer_key(q) for q in bank.questions)
    keys.pop("", None)
    assert keys and max(keys.values()) <= rank.PER_ANSWER


def _three_outlet_story(facts, extra: str):
    """The invented story with a third outlet, so that a person one article names stands out."""
    third = replace(facts.articles[1], file="third.txt", outlet="Coast Daily",
                    text="Talks in Velgrad\n\nLena Vogt and Ana Kovac met in Velgrad. " + extra)
    return replace(facts, articles=(*facts.articles, third))


def test_a_post_of_someone_only_one_article_names_is_a_side_figure(facts):
    story = rank._Story.of(Context.of(_three_outlet_story(facts, "The talks went on.")))
    side = ChoiceQuestion(id="post-piet-aalders-1", topic=Topic.POSITIONS,
                          prompt="What post did Piet Aalders hold?", answer="government spokesman",
                          distractors=("opposition leader", "finance chief"),
                          explanation="Valley Post names Piet Aalders as government spokesman.",
                          evidence=(_ev(facts, 1, "Piet Aalders"),))
    main = replace(side, id="post-lena-vogt-1", prompt="What post did Lena Vogt hold?",
                   answer="opposition leader",
                   distractors=("government spokesman", "finance chief"),
                   explanation="Harbor Times names Lena Vogt as opposition leader.")
    assert "side-figure" in rank.features(side, story)
    assert "side-figure" not in rank.features(main, story)
    said = replace(side, id="who-piet-aalders-1", topic=Topic.PEOPLE, answer="Piet Aalders",
                   prompt="Who called the budget \u201cready\u201d?", explanation="",
                   distractors=("Lena Vogt", "Ana Kovac"))
    assert "side-figure" not in rank.features(said, story)  # who said what stays


def _ev(facts, i: int, quote: str):
    from factdeck.bank.model import Evidence

    return Evidence(article=facts.articles[i].file, quote=quote)


def test_two_halves_of_one_remark_are_asked_once(facts):
    text = ("\u201cThe port is closed,\u201d Vogt told reporters. \u201cWe are going to court "
            "over the decision.\u201d")
    story = rank._Story({"a": text}, {}, set(), {}, {})
    first = ChoiceQuestion(id="said-lena-vogt-1", topic=Topic.QUOTES, answer="Lena Vogt",
                           prompt="Who said: \u201cThe port is closed\u201d?",
                           distractors=("Ana Kovac", "Piet Aalders"),
                           evidence=(_ev(facts, 0, "x"),))
    second = replace(first, id="said-which-lena-vogt-2",
                     prompt="According to Harbor Times, which of these did Lena Vogt say?",
                     answer="\u201cWe are going to court over the decision.\u201d",
                     distractors=("\u201cThe budget will be ready.\u201d", "\u201cNo.\u201d"))
    other = replace(first, id="said-ana-kovac-3", answer="Ana Kovac",
                    distractors=("Lena Vogt", "Piet Aalders"))
    assert rank._one_remark(first, second, story)
    assert not rank._one_remark(first, other, story)
