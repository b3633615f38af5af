"""Quotes and speakers: after, before, pronouns, descriptions, split paragraphs, quote styles."""

from __future__ import annotations

from helpers import facts_of


def speakers(facts) -> dict[str, str]:
    return {q.quote: q.speaker for q in facts.quotes}


def test_said_after_and_before_and_he_added() -> None:
    f = facts_of(
        "Canadian Finance Minister Ruth Ahern said, “The deficit will fall below two percent "
        "next year.” She added, “Nobody should expect new taxes.”\n\n"
        "\"We will not sign this agreement as it stands,\" said union leader Omar Haddad.\n\n"
        "\"The numbers simply do not add up for us,\" Haddad told the Evening Courier.")
    got = speakers(f)
    assert got["The deficit will fall below two percent next year."] == "Ruth Ahern"
    assert got["Nobody should expect new taxes."] == "Ruth Ahern"
    assert got["We will not sign this agreement as it stands,"] == "Omar Haddad"
    assert got["The numbers simply do not add up for us,"] == "Omar Haddad"


def test_according_to_and_pronoun_after_apposition() -> None:
    f = facts_of(
        "The reform is doomed, according to Helen Park, professor of law at Seoul University.\n\n"
        "“Parliament has never passed a change of this size in one session,” she told us.\n\n"
        "“It takes years,” she added, “and nobody has that much time left.”")
    got = speakers(f)
    assert got["Parliament has never passed a change of this size in one session,"] == "Helen Park"
    assert got["and nobody has that much time left."] == "Helen Park"
    assert got["It takes years,"] == "Helen Park"  # short, but a speech verb reports it


def test_description_refers_to_the_person_with_that_post() -> None:
    f = facts_of(
        "Mexican President Ana Robles met Canadian Prime Minister Dan Fraser on Monday.\n\n"
        "\"We agreed on a common approach to the border,\" the Mexican leader said after the "
        "meeting.")
    assert speakers(f)["We agreed on a common approach to the border,"] == "Ana Robles"


def test_quote_over_two_paragraphs_and_speaker_declaring() -> None:
    f = facts_of(
        "When Ana Robles met Dan Fraser in Ottawa, however, Fraser greeted her warmly, "
        "declaring: \"Our two countries have never been closer than today.\n\n"
        "\"Trade between us has doubled in ten years,\" he said.")
    got = speakers(f)
    assert got["Our two countries have never been closer than today."] == "Dan Fraser"
    assert got["Trade between us has doubled in ten years,"] == "Dan Fraser"


def test_quote_in_reported_speech_and_scare_quotes() -> None:
    f = facts_of("Robles said that her aim was to \"reduce tariffs on farm goods.\" Critics "
                 "called the plan a \"giveaway\".")
    got = speakers(f)
    assert got == {"reduce tariffs on farm goods.": "Robles"}


def test_unattributed_quote_is_left_out() -> None:
    f = facts_of("\"Nobody knows what will happen next in the capital,\" read a banner.")
    assert f.quotes == ()
