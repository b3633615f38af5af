"""Facts read back from a file (``factdeck extract -o facts.yaml``, perhaps edited by hand).

A teacher may correct what extraction found before building; the facts file
names articles by file name, and their texts come from the articles given on
the command line, so evidence is still checked against the real text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from factdeck.bank.facts import Facts, SourceArticle
from factdeck.errors import FactdeckError


class FactsFileError(FactdeckError):
    """A facts file that cannot be read or does not fit the articles."""


def load_facts(path: str | Path, articles: list[SourceArticle]) -> Facts:
    """The facts of ``path`` (YAML or JSON), tied to the texts of ``articles``."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise FactsFileError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise FactsFileError(f"{path}: not UTF-8 text") from None
    try:
        data: Any = json.loads(raw) if path.suffix.lower() == ".json" else yaml.safe_load(raw)
    except (ValueError, yaml.YAMLError) as exc:
        raise FactsFileError(f"{path}: not valid YAML or JSON ({exc})".splitlines()[0]) from None
    if not isinstance(data, dict):
        raise FactsFileError(f"{path}: a facts file is a mapping with articles, people, dates, "
                             "quotes, positions and differences")
    by_file = {a.file: a for a in articles}
    try:
        facts = Facts.from_data(data, texts={a.file: a.text for a in articles})
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FactsFileError(f"{path}: a fact is missing a key or has a wrong value ({exc})"
                             ) from None
    named = {a.file for a in facts.articles}
    for kind, items in (("people", ()), ("dates", facts.dates), ("quotes", facts.quotes),
                        ("positions", facts.positions)):
        for item in items:
            if item.article not in by_file:
                raise FactsFileError(f"{path}: {kind} names article {item.article!r}, which is "
                                     "not among the articles given")
    merged = []
    for a in facts.articles:
        real = by_file.get(a.file)
        if real is None:
            raise FactsFileError(f"{path}: article {a.file!r} is not among the articles given")
        merged.append(SourceArticle(
            file=a.file, text=real.text, body=real.body, title=a.title or real.title,
            outlet=a.outlet or real.outlet, author=a.author or real.author,
            published=a.published or real.published, url=a.url or real.url, path=real.path))
    merged += [a for a in articles if a.file not in named]
    return Facts(articles=tuple(merged), people=facts.people, dates=facts.dates,
                 quotes=facts.quotes, positions=facts.positions, differences=facts.differences)
