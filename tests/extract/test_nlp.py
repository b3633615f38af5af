"""The shared spaCy loader: one pipeline per process, only the components each use needs,
and paragraphs parsed for people completed (not parsed again) for the differences."""

from __future__ import annotations

import pytest

from factdeck.bank.facts import SourceArticle
from factdeck.extract import nlp

pytestmark = pytest.mark.nlp  # CI runs these again once the nlp extra is installed

needs_spacy = pytest.mark.skipif(not nlp.available(),
                                 reason="spaCy with an English pipeline is not installed")

TEXTS = ["Governor Elena Varga suspended the licence of Norrow Lines on Monday.",
         "Transport Minister Tomas Brandt said every ferry would be inspected."]


@pytest.fixture(autouse=True)
def _fresh_parses():
    nlp.forget()
    nlp.keep_parses(True)
    yield
    nlp.forget()
    nlp.keep_parses(True)


@needs_spacy
def test_one_pipeline_for_extraction_and_differences():
    from factdeck.differences.text import load_nlp

    assert nlp.load() is nlp.load()
    assert load_nlp() is nlp.load()


@needs_spacy
def test_people_run_only_the_entity_recogniser():
    (doc, _) = nlp.parse(TEXTS, nlp.ENTITIES)
    assert doc.has_annotation("ENT_IOB")
    assert not doc.has_annotation("DEP") and not doc.has_annotation("TAG")


@needs_spacy
def test_a_paragraph_parsed_for_people_is_completed_not_parsed_again():
    first = nlp.parse(TEXTS, nlp.ENTITIES)
    full = nlp.parse(TEXTS)
    assert all(a is b for a, b in zip(first, full, strict=True))  # the same docs, completed
    assert all(d.has_annotation("DEP") and d.has_annotation("LEMMA") for d in full)
    nlp.forget()
    fresh = nlp.parse(TEXTS)

    def annotations(doc):
        return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in doc]

    assert [annotations(d) for d in full] == [annotations(d) for d in fresh]


@needs_spacy
def test_the_differences_step_reuses_what_extraction_parsed():
    from factdeck.differences.text import sentences
    from factdeck.extract.pipeline import extract_article

    article = SourceArticle(file="a.txt", text="\n\n".join(TEXTS),
                            body=((0, len(TEXTS[0])), (len(TEXTS[0]) + 2,
                                                       len(TEXTS[0]) + 2 + len(TEXTS[1]))))
    extract_article(article, nlp.load())
    kept = [nlp._DOCS[t][0] for t in TEXTS]
    parsed = sentences(article)
    assert all(s.doc.doc is k for s, k in zip(parsed, kept, strict=True))


def test_the_rules_path_when_nlp_is_turned_off(monkeypatch):
    from factdeck.differences.text import load_nlp, sentences

    monkeypatch.setenv("FACTDECK_NO_NLP", "1")
    assert not nlp.available() and load_nlp() is None
    article = SourceArticle(file="a.txt", text=TEXTS[0])
    assert [s.doc for s in sentences(article)] == [None]


def test_the_pipeline_is_not_loaded_without_spacy():
    import subprocess
    import sys

    code = ("import sys; sys.modules['spacy'] = None\n"
            "from factdeck.extract import nlp\n"
            "assert nlp.pipeline_name() is None and not nlp.available()\n")
    subprocess.run([sys.executable, "-c", code], check=True)


@needs_spacy
def test_extraction_without_differences_keeps_no_docs(shared_articles):
    from factdeck.extract.pipeline import _run

    paths = sorted(shared_articles.glob("*.txt"))[:1]
    _run(paths, 1, None, True, keep_parses=False)
    assert not nlp._DOCS
    _run(paths, 1, None, True, keep_parses=True)
    assert nlp._DOCS
