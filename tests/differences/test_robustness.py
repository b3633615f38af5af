"""Any text at all: no crash, and every report still quotes its article exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factdeck.bank.facts import SourceArticle
from factdeck.differences import find_differences

WORDS = st.sampled_from([
    "killed", "12", "1,200", "nearly", "half", "a", "million", "people", "said", "Varga",
    "\u201c", "\u201d", '"', "The", "International", "Court", "ICC", "denied", "no", ".",
    ",", "\n\n", "suspended", "licence", "Governor", "Elena", "injured", "over", "3.5",
    # what the rules reader of actions and documents looks for (differences.shallow)
    "cancelled", "’s", "decision", "to", "cancel", "may", "by", "opening", "of", "the",
    "resolution", "demanding", "which", "sought", "denied", "that", "they", "had", "shot",
    "down", "blamed", "for", "crash", "\u201c", "new", "museum", "Dorn",
])
TEXT = st.lists(WORDS, max_size=60).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, min_size=2, max_size=4))
def test_any_text_gives_exact_evidence(texts):
    lead = "Flood in Varo: the storm killed people in Varo on Sunday. "
    articles = [SourceArticle(file=f"{i}.txt", text=lead + t, outlet=f"Outlet {i}")
                for i, t in enumerate(texts)]
    for diff in find_differences(articles, parse=False):
        assert diff.aspect and len({r.article for r in diff.reports}) >= 2
        for report in diff.reports:
            text = articles[int(report.article.split(".")[0])].text
            assert report.evidence in text


def test_empty_and_odd_articles():
    odd = ["", "   ", '""""', "\u201cunclosed quote said Smith", "\n\n\n", "A" * 3000]
    articles = [SourceArticle(file=f"{i}.txt", text=t) for i, t in enumerate(odd)]
    assert find_differences(articles) == ()
