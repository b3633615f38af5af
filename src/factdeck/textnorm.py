"""Text normalisation shared by check, extraction and grading.

Articles use typographic quotes, non-breaking spaces and line breaks in odd
places; a quote copied from them must still be found after normalisation.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u200b": "",
    "\u2026": "...",
})
_SPACE = re.compile(r"\s+")


def normalize_space(text: str) -> str:
    """Collapse every run of white space to one space and trim the ends."""
    return _SPACE.sub(" ", text).strip()


def normalize_quotes(text: str) -> str:
    """Map typographic quotes, dashes and odd spaces to their plain forms."""
    return text.translate(_QUOTES)


def normalize_evidence(text: str) -> str:
    """The form in which an evidence quote is looked up in its article."""
    return normalize_space(normalize_quotes(unicodedata.normalize("NFC", text)))


def fold(text: str) -> str:
    """Lower case without accents or punctuation: the form answers are compared in."""
    text = unicodedata.normalize("NFKD", normalize_quotes(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w\s]", " ", text.casefold())
    return normalize_space(text)
