"""Small articles of our own writing, extracted the way the pipeline does it."""

from __future__ import annotations

from factdeck.articles import parse_article
from factdeck.bank.facts import Facts
from factdeck.extract.pipeline import extract_articles


def facts_of(*bodies: str, published: str | None = "2019-03-14", nlp: bool = False,
             differences: bool = False) -> Facts:
    """Facts of articles whose bodies are given, each with a date line when ``published``."""
    articles = []
    for i, body in enumerate(bodies):
        header = "# A headline for the test article\n\nSam Reporter\n"
        header += f"{published}\n\n" if published else "\n"
        articles.append(parse_article(header + body, f"a{i}.txt"))
    return extract_articles(articles, use_nlp=nlp, differences=differences)
