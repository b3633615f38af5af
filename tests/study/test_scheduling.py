"""FSRS behaviour pinned with fixed times: ratings, due order, replay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from fsrs import Rating, State

from factdeck.study import scheduling

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_wrong_is_again_right_is_good():
    assert scheduling.rating_for(False, 1.0, "choice") is Rating.Again
    assert scheduling.rating_for(True, 1.0, "choice") is Rating.Good


def test_right_after_long_hesitation_is_hard_and_limit_depends_on_kind():
    assert scheduling.rating_for(True, 31.0, "choice") is Rating.Hard
    assert scheduling.rating_for(True, 31.0, "order") is Rating.Good
    assert scheduling.rating_for(False, 500.0, "order") is Rating.Again
    assert scheduling.rating_for(True, 46.0, None) is Rating.Hard


def test_card_number_is_stable_and_distinct():
    a = scheduling.card_number("deck", "q1")
    assert a == scheduling.card_number("deck", "q1")
    assert a != scheduling.card_number("deck", "q2")
    assert a != scheduling.card_number("other", "q1")
    assert 0 <= a < 2**63


def test_right_answer_is_due_later_than_wrong_one():
    right = scheduling.review(scheduling.new_card("b", "r", T0), Rating.Good, T0)
    wrong = scheduling.review(scheduling.new_card("b", "w", T0), Rating.Again, T0)
    assert wrong.due < right.due
    # pinned: FSRS 6 default learning steps are 1 and 10 minutes
    assert wrong.due == T0 + timedelta(minutes=1)
    assert right.due == T0 + timedelta(minutes=10)


def test_hard_comes_back_sooner_than_good_once_learned():
    card = scheduling.new_card("b", "q", T0)
    for minutes in (0, 10, 30):
        card = scheduling.review(card, Rating.Good, T0 + timedelta(minutes=minutes))
    assert card.state is State.Review
    later = card.due + timedelta(hours=1)
    good = scheduling.review(card, Rating.Good, later)
    hard = scheduling.review(card, Rating.Hard, later)
    again = scheduling.review(card, Rating.Again, later)
    assert again.due < hard.due < good.due


def test_reviews_are_deterministic_without_fuzz():
    def run():
        card = scheduling.new_card("b", "q", T0)
        for day in range(6):
            card = scheduling.review(card, Rating.Good, card.due + timedelta(days=day % 2))
        return card.due

    assert run() == run()


def test_card_json_round_trip_keeps_utc():
    card = scheduling.review(scheduling.new_card("b", "q", T0), Rating.Good, T0)
    back = scheduling.load_card(scheduling.dump_card(card))
    assert back.due == card.due and back.due.tzinfo == UTC
    assert back.stability == card.stability


def test_other_time_zones_are_converted_and_naive_times_refused():
    paris = timezone(timedelta(hours=1))
    card = scheduling.review(scheduling.new_card("b", "q", T0), Rating.Good,
                             T0.astimezone(paris))
    assert card.last_review == T0
    with pytest.raises(ValueError):
        scheduling.utc(datetime(2026, 1, 1))


def test_replay_matches_step_by_step_reviews():
    history = [(T0, 3), (T0 + timedelta(minutes=12), 1), (T0 + timedelta(days=1), 3)]
    card = scheduling.new_card("b", "q", T0)
    for when, rating in history:
        card = scheduling.review(card, rating, when)
    replayed = scheduling.replay("b", "q", reversed(history))
    assert replayed.due == card.due
    assert replayed.stability == pytest.approx(card.stability)


def test_retrievability_falls_with_time():
    card = scheduling.new_card("b", "q", T0)
    assert scheduling.retrievability(card, T0) == 0
    for minutes in (0, 10, 30):
        card = scheduling.review(card, Rating.Good, T0 + timedelta(minutes=minutes))
    soon = scheduling.retrievability(card, T0 + timedelta(days=2))
    late = scheduling.retrievability(card, T0 + timedelta(days=60))
    assert 0 < late < soon <= 1


@pytest.mark.parametrize("reviews", [0, 1, 4])
def test_dump_card_is_the_json_of_fsrs_to_dict(reviews):
    import json

    card = scheduling.new_card("b", "q", T0)
    for i in range(reviews):
        card = scheduling.review(card, Rating.Good if i % 3 else Rating.Again,
                                 T0 + timedelta(days=i))
    assert json.loads(scheduling.dump_card(card)) == card.to_dict()


