import datetime as _dt

from factdeck.bank.facts import SourceArticle
from factdeck.generate.ids import article_ids, question_id, slug, stable_order


def test_slug_is_ascii_lowercase_words():
    assert slug("Jean-Élise d'Arc, Minister") == "jean-elise-d-arc"
    assert slug("!!!") == "x"


def test_question_id_depends_on_content_not_order():
    a = question_id("post", "Ana Kovac", "Ana Kovac", "Prime Minister")
    assert a == question_id("post", "Ana Kovac", "Ana Kovac", "Prime Minister")
    assert a != question_id("post", "Ana Kovac", "Ana Kovac", "Finance Minister")
    assert a.startswith("post-ana-kovac-")


def test_article_ids_from_outlet_and_date_else_file_name():
    arts = [
        SourceArticle("a.txt", "", outlet="Harbor Times", published=_dt.date(2024, 3, 15)),
        SourceArticle("b.txt", "", outlet="Valley Post"),
        SourceArticle("003_story.txt", ""),
    ]
    ids = article_ids(arts)
    assert ids == {"a.txt": "harbor-times-2024-03-15", "b.txt": "valley-post-b",
                   "003_story.txt": "003-story"}


def test_clashing_article_ids_get_a_hash_whatever_the_order():
    one = SourceArticle("a.txt", "", outlet="Post", published=_dt.date(2024, 1, 1))
    two = SourceArticle("b.txt", "", outlet="Post", published=_dt.date(2024, 1, 1))
    ids = article_ids([one, two])
    assert len(set(ids.values())) == 2
    assert ids == article_ids([two, one])


def test_stable_order_is_reproducible_and_keyed():
    items = [f"n{i}" for i in range(20)]
    assert stable_order(items, "k") == stable_order(list(reversed(items)), "k")
    assert stable_order(items, "k") != stable_order(items, "other")
