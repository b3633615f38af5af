from factdeck.bank.model import PartialDate
from factdeck.generate import leaks


def test_name_parts_and_mentions():
    assert leaks.name_parts("Ana Kovac") == ("Ana Kovac", "Kovac")
    assert leaks.name_parts("Albert II") == ("Albert II", "Albert")
    assert leaks.name_parts("Bo") == ()
    assert leaks.names_in("What did kovac say?", "Ana Kovac")
    assert not leaks.names_in("What did Kovacs say?", "Ana Kovac")


def test_post_in_ignores_order_and_small_words():
    assert leaks.post_in("the Minister of Finance of Norland", "Finance Minister of Norland")
    assert not leaks.post_in("the Minister of Norland", "Finance Minister of Norland")


def test_date_in():
    assert leaks.date_in("on April 2 they met", PartialDate(2024, 4, 2))
    assert not leaks.date_in("in 2024 they met", PartialDate(2024, 4, 2))
    assert leaks.date_in("in 2021", PartialDate(2021))
    assert leaks.date_in("in March 2024", PartialDate(2024, 3))
