from factdeck.bank.model import ChoiceQuestion, MatchQuestion, ShortQuestion, Topic
from factdeck.bank.model import TrueFalseQuestion as TF
from factdeck.generate import people
from factdeck.generate.context import Context
from factdeck.textnorm import fold


def _posts(facts):
    return {p.name: p.position for p in facts.people}


def test_what_post_asks_for_the_post_without_naming_it(facts):
    qs = [q for q in people.post_questions(Context.of(facts)) if isinstance(q, ChoiceQuestion)]
    posts = _posts(facts)
    assert {q.answer for q in qs} == set(posts.values())
    for q in qs:
        assert q.topic is Topic.POSITIONS
        assert fold(q.answer) not in fold(q.prompt)
        assert q.answer not in q.distractors and len(q.distractors) >= 2
        name = next(n for n in posts if n in q.prompt)
        assert posts[name] == q.answer  # the distractors are other people's posts
        assert set(q.distractors) <= set(posts.values()) - {q.answer}


def test_who_held_a_post_is_typed_and_accepts_the_surname(facts):
    qs = [q for q in people.post_questions(Context.of(facts)) if isinstance(q, ShortQuestion)]
    by_answer = {q.answer: q for q in qs}
    assert by_answer["Tomas Brandt"].accept == ("Brandt",)
    assert "Finance Minister of Norland" in by_answer["Tomas Brandt"].prompt
    for q in qs:
        assert "Brandt" not in q.prompt or q.answer != "Tomas Brandt"


def test_false_post_statements_are_really_false(facts):
    posts = _posts(facts)
    qs = [q for q in people.post_questions(Context.of(facts)) if isinstance(q, TF)]
    assert qs and any(not q.answer for q in qs)
    for q in qs:
        name = next(n for n in posts if n in q.prompt)
        assert (fold(posts[name]) in fold(q.prompt)) == q.answer


def test_no_short_question_when_two_people_share_a_post(facts):
    from dataclasses import replace

    from factdeck.bank.facts import Person

    extra = Person("Rolf Meyer", "Finance Minister of Norland", ("harbor.txt",),
                   "Finance Minister Tomas Brandt", "harbor.txt")
    shared = replace(facts, people=(*facts.people, extra))
    ctx = Context.of(shared)
    shorts = [q for q in people.post_questions(ctx) if isinstance(q, ShortQuestion)]
    assert not any("Finance" in q.prompt for q in shorts)
    multis = people.shared_post_questions(ctx)
    assert len(multis) == 1 and set(multis[0].answers) == {"Tomas Brandt", "Rolf Meyer"}
    assert not {"Tomas Brandt", "Rolf Meyer"} & set(multis[0].distractors)
    for q in people.post_questions(ctx):
        if isinstance(q, ChoiceQuestion) and q.answer != "Finance Minister of Norland":
            continue
        if isinstance(q, ChoiceQuestion):
            assert "Finance Minister of Norland" not in q.distractors


def test_match_people_to_posts_per_article(facts):
    qs = people.match_questions(Context.of(facts))
    assert len(qs) == 1 and isinstance(qs[0], MatchQuestion)
    posts = _posts(facts)
    assert all(posts[p.left] == p.right for p in qs[0].pairs)
    assert len(qs[0].pairs) == 3


def _ctx_with_posts(facts, posts):
    from dataclasses import replace

    from factdeck.bank.facts import Person

    extra = tuple(Person(name, post, ("harbor.txt",), "Prime Minister Ana Kovac", "harbor.txt")
                  for name, post in posts)
    return Context.of(replace(facts, people=extra))


def test_options_share_the_answers_form(facts):
    ctx = _ctx_with_posts(facts, [("Ivo Rask", "Health Minister"),
                                  ("Ana Lind", "Foreign Minister of Ostria"),
                                  ("Per Moll", "Prime Minister of Velland"),
                                  ("Eva Dahl", "Interior Minister of Ostria"),
                                  ("Olf Berg", "President of Velland")])
    qs = {q.answer: q for q in people.post_questions(ctx) if isinstance(q, ChoiceQuestion)}
    # "Health Minister" among "... of Ostria" options would stand out: the country goes
    assert all(" of " not in d for d in qs["Health Minister"].distractors)
    assert "Foreign Minister" in qs["Health Minister"].distractors
    assert all(" of " in d for d in qs["Foreign Minister of Ostria"].distractors)


def test_who_holds_a_post_only_for_a_post_one_person_holds(facts):
    ctx = _ctx_with_posts(facts, [("Ivo Rask", "Defence Minister"),
                                  ("Ana Lind", "Foreign Minister of Ostria"),
                                  ("Per Moll", "independent journalist"),
                                  ("Eva Dahl", "Kremlin spokeswoman")])
    asked = {q.answer for q in people.post_questions(ctx) if isinstance(q, ShortQuestion)}
    assert asked == {"Ana Lind", "Eva Dahl"}  # not "who was the independent journalist?"


def test_a_bare_trade_is_not_asked_as_a_post():
    assert not people.asked_post("economist")
    assert people.asked_post("opposition leader") and people.asked_post("Prime Minister")


def test_only_an_office_a_story_teaches_is_asked():
    # a country's top office or its team's captain: general knowledge, never asked
    for post in ("Prime Minister of Norway", "Foreign Minister of France", "Kenya captain",
                 "President", "Defence Minister"):
        assert not people.askable(post), post
    # a belonging, a trade, a tie to someone, a seam: no office
    for post in ("Acme and Zenith owner", "Harbor Party lawmaker", "Kovac's lawyer",
                 "Economy Minister; candidate for the coalition", "outgoing Leader",
                 "deputy Commissioner of Police"):
        assert not people.askable(post), post
    for post in ("head of legal policy", "Velgrad police chief", "Acme CEO",
                 "Additional Sessions Judge", "opposition leader"):
        assert people.askable(post), post


def test_no_post_question_on_a_country_s_top_office(facts):
    ctx = _ctx_with_posts(facts, [("Ivo Rask", "Prime Minister of Norway"),
                                  ("Ana Lind", "head of legal policy"),
                                  ("Per Moll", "finance chief"),
                                  ("Eva Dahl", "Acme CEO")])
    asked = {q.prompt for q in people.post_questions(ctx)}
    assert not any("Ivo Rask" in p for p in asked)
    assert any("Ana Lind" in p for p in asked)
    assert not any("Ivo Rask" in p.left for q in people.match_questions(ctx)
                   for p in q.pairs)


def test_which_people_hold_a_post_is_not_asked(facts):
    assert not any(q.id.startswith("post-holders") for q in people.questions(Context.of(facts)))
