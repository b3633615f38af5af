"""A claim about an institution in one article that another article qualifies or denies.

Anchored on an institution both articles name (by its name or its acronym,
"World Health Organization" and "WHO") in only a sentence or two; the
qualifying sentence must deny or limit right next to the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factdeck.bank.facts import Difference, Report
from factdeck.differences.text import STOPWORDS, Sentence
from factdeck.lexicon.titles import TITLES
from factdeck.textnorm import fold, normalize_space

_DENIAL = re.compile(r"\b(?:no|not|never|n't|cannot|deny|denies|denied|dispute[sd]?|"
                     r"reject(?:s|ed)?|refute[sd]?|unclear|false|falsely|without evidence|"
                     r"unfounded|lacks?)\b", re.I)
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_PROPER_PHRASE = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,5}(?:of\s+(?:the\s+)?)?[A-Z][a-z]+\b")


def _institutions(text: str) -> dict[str, str]:
    """Institutions named in a text: their acronym (or name) -> the longest form seen."""
    out: dict[str, str] = {}
    for m in _PROPER_PHRASE.finditer(text):
        phrase = m.group(0)
        while phrase.split()[0].lower() in STOPWORDS and len(phrase.split()) > 1:
            phrase = phrase.split(None, 1)[1]  # "The Inland Shipping Authority"
        words = [w for w in phrase.split() if w[0].isupper()]
        if len(words) < 2 or _titled_person(words):
            continue
        out.setdefault("".join(w[0] for w in words), phrase)
    for m in _ACRONYM.finditer(text):
        out.setdefault(m.group(0), m.group(0))
    return out


def _titled_person(words: list[str]) -> bool:
    """"Premier Ansel Dorn" is a person, not an institution; "Supreme Court" is one."""
    from factdeck.extract.people import ORG_WORDS
    from factdeck.lexicon.places import INSTITUTIONS

    return (fold(words[0]) in _TITLE_WORDS and words[-1] not in ORG_WORDS
            and words[-1] not in INSTITUTIONS and not words[-1].endswith(("ity", "ry")))


def claim_differences(story: Sequence[Sequence[Sentence]]) -> list[Difference]:
    """A claim about an institution in one article that another article qualifies or denies.

    Anchored on an institution both name (by name or acronym) in only a sentence
    or two, so the sentences are about the same matter; the qualifying sentence
    must deny or limit close to the name, the other must not.
    """
    per_article: list[dict[str, list[Sentence]]] = []
    longest: dict[str, str] = {}
    for sents in story:
        found: dict[str, list[Sentence]] = {}
        for sent in sents:
            for key, form in _institutions(sent.text).items():
                found.setdefault(key, []).append(sent)
                if len(form) > len(longest.get(key, "")):
                    longest[key] = form
        per_article.append(found)
    out = []
    for key in sorted({k for found in per_article for k in found}):
        holders = [found[key] for found in per_article if key in found]
        if len(holders) < 2 or len(holders) > 3 or any(len(s) > 2 for s in holders):
            continue
        if len(longest.get(key, key).split()) < 2:
            continue  # a bare acronym (UN, NATO) is named everywhere, about everything
        denying = [s for sents in holders for s in sents if _denies_near(s.text, key, longest[key])]
        claiming = [s for sents in holders for s in sents
                    if not _DENIAL.search(s.text) and s.article.file not in
                    {d.article.file for d in denying}]
        if not denying or not claiming:
            continue
        d, c = denying[0], claiming[0]
        name = longest.get(key, key)
        out.append(Difference(aspect=f"what is claimed about the {name}" if name != key else
                              f"what is claimed about {name}", kind="claim", reports=(
            Report(c.article.file, _clause_with(c.text, key, name), c.text),
            Report(d.article.file, _clause_with(d.text, key, name), d.text))))
    return out


_YET = re.compile(r"\b(?:not|n't|never)\s+(?:\w+\s+)?(?:yet|so far)\b", re.I)
_TITLE_WORDS = frozenset(fold(w) for t in TITLES for w in t.split())
_QUOTED = re.compile(r"[\u201c\"][^\u201c\u201d\"]*[\u201d\"]")  # a quotation, marks included
_NO_COMMENT = re.compile(r"\b(?:comment|respond|reply|replied|answer|reached|available)",
                         re.I)


def _denies_near(text: str, key: str, name: str) -> bool:
    """A denial or limit right next to the name ("the court has no jurisdiction");
    "did not respond to a request for comment" denies nothing, and "has not yet"
    tells a story that moves on."""
    if _YET.search(text):
        return False
    text = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)  # a quote's words deny nothing
    for form in sorted({key, name}):
        for m in re.finditer(re.escape(form), text):
            window = text[max(0, m.start() - 30):m.end() + 40]
            if _DENIAL.search(window) and not _NO_COMMENT.search(window):
                return True
    return False


def _clause_with(text: str, key: str, name: str) -> str:
    """The clause of ``text`` that names the institution."""
    parts = re.split(r"(?<=[,;:])\s+", text)
    for part in parts:
        if key in part or name in part:
            return normalize_space(part.strip(" ,;:"))
    return normalize_space(text)
