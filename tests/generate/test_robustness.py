"""Whatever extraction hands over (odd names, bad dates, spans not in the text), generation
neither fails nor writes a question without exact evidence."""

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factdeck.bank.facts import DatedEvent, Person, Quote, Stance
from factdeck.generate import build_bank

from .conftest import HARBOR, story

FILES = st.sampled_from(["harbor.txt", "valley.txt", "missing.txt"])
PIECE = st.builds(lambda a, n: HARBOR[a:a + n], st.integers(0, len(HARBOR) - 1),
                  st.integers(0, 80))
TEXT = st.one_of(PIECE, st.text(max_size=40))
DATE = st.one_of(st.sampled_from(["2024", "2024-03", "2024-03-12", "2023-02-30", "soon", ""]),
                 st.text(max_size=10))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=st.lists(st.builds(Person, TEXT, st.one_of(st.none(), TEXT),
                                 st.lists(FILES, max_size=2).map(tuple), TEXT, FILES),
                       max_size=4),
       dates=st.lists(st.builds(DatedEvent, DATE, TEXT, FILES, TEXT), max_size=4),
       quotes=st.lists(st.builds(Quote, TEXT, TEXT, FILES, st.one_of(st.none(), TEXT)),
                       max_size=4),
       stances=st.lists(st.builds(Stance, TEXT, TEXT, FILES, TEXT), max_size=3))
def test_odd_facts_never_break_the_build(people, dates, quotes, stances):
    base = story()
    facts = replace(base, people=(*base.people, *people), dates=(*base.dates, *dates),
                    quotes=(*base.quotes, *quotes), positions=(*base.positions, *stances))
    bank = build_bank(facts)
    texts = {bank.articles[i].id: a.text for i, a in enumerate(facts.articles)}
    assert len({q.id for q in bank.questions}) == len(bank.questions)
    for q in bank.questions:
        assert q.evidence and q.prompt.strip()
        for ev in q.evidence:
            assert ev.quote.strip() and ev.quote in texts[ev.article]
