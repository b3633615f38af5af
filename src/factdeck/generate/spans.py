"""Finding exact spans in article text: a quote's position, the sentence around it, a mention.

Every question's evidence must be an exact substring of its article, so the
generators never rebuild text from facts: they cut it out of the article here.
"""

from __future__ import annotations

import re

from factdeck.textnorm import fold

_QUOTE_CLASS = {
    "'": "['\u2018\u2019\u2032`]", "\u2018": "['\u2018\u2019]", "\u2019": "['\u2018\u2019]",
    '"': "[\"\u201c\u201d\u00ab\u00bb]", "\u201c": "[\"\u201c\u201d]", "\u201d": "[\"\u201c\u201d]",
    "-": "[-\u2013\u2014]", "\u2013": "[-\u2013\u2014]", "\u2014": "[-\u2013\u2014]",
}
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "rep", "sen", "gov",
                  "prof", "jr", "sr", "no", "vs", "inc", "corp", "ltd", "co", "jan", "feb", "mar",
                  "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k",
                  "u.n", "e.g", "i.e", "etc", "a.m", "p.m", "rs", "re", "sh", "ksh", "approx"}
MAX_SENTENCE = 400


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` occurs in ``text``: exactly, or with other white space and quote marks."""
    if not quote or not quote.strip():
        return None
    i = text.find(quote)
    if i >= 0:
        return i, i + len(quote)
    tokens = quote.split()
    pattern = r"\s+".join("".join(_QUOTE_CLASS.get(ch, re.escape(ch)) for ch in tok)
                          for tok in tokens)
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def _is_boundary(text: str, i: int) -> bool:
    """True when the sentence ends after ``text[i]`` (a . ! ? possibly followed by quotes)."""
    ch = text[i]
    if ch not in ".!?":
        return False
    j = i + 1
    while j < len(text) and text[j] in "\"'\u201d\u2019)":
        j += 1
    if j < len(text) and not text[j].isspace():
        return False
    if ch == ".":
        word = re.search(r"([A-Za-z.]+)$", text[max(0, i - 12):i])
        if word:
            w = word.group(1).lower().strip(".")
            if w in _ABBREVIATIONS or len(w) == 1:
                return False
    return True


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or paragraph piece) holding ``text[start:end]``, trimmed of white space."""
    s = start
    while s > 0:
        prev = text[s - 1]
        if prev == "\n" and not _continues(text, s):
            break  # a line break ends a headline, a front-matter line or a paragraph
        if prev.isspace() and s >= 2 and _is_boundary_before(text, s - 1):
            break
        s -= 1
    e = max(start, end - 3)  # the span may already end its sentence ("... truths.”")
    while e < len(text):
        if e >= end and text[e] == "\n" and not _continues(text, e + 1):
            break
        if _is_boundary(text, e):
            stop = e + 1
            while stop < len(text) and text[stop] in "\"'\u201d\u2019)":
                stop += 1
            if stop >= end:
                e = stop
                break
        e += 1
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _continues(text: str, i: int) -> bool:
    """The line starting at ``text[i]`` goes on with the sentence of the line before: a text
    wrapped by hand, whose next line opens on a lower-case word. A line opening on a capital,
    a mark or a blank line starts anew (after a headline or a front-matter line too)."""
    nxt = text[i:i + 1]
    return nxt.islower() and text[max(0, i - 2):i - 1] not in ("\n", "")


def _is_boundary_before(text: str, i: int) -> bool:
    """True when the white space at ``text[i]`` follows the end of a sentence."""
    j = i
    while j > 0 and text[j - 1].isspace():
        j -= 1
    k = j - 1
    while k >= 0 and text[k] in "\"'\u201d\u2019)":
        k -= 1
    return k >= 0 and _is_boundary(text, k)


def sentence_around(text: str, quote: str, max_chars: int = MAX_SENTENCE) -> str | None:
    """The exact sentence of ``text`` holding ``quote``; the quote itself when that is too long."""
    where = locate(text, quote)
    if where is None:
        return None
    s, e = sentence_bounds(text, *where)
    if e - s > max_chars:
        return text[where[0]:where[1]]
    return text[s:e]


def word_pattern(word: str) -> re.Pattern[str]:
    """A pattern finding ``word`` as a whole word (flexible white space)."""
    parts = [re.escape(p) for p in word.split()]
    return re.compile(r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])")


def find_word(text: str, word: str) -> tuple[int, int] | None:
    """The first whole-word occurrence of ``word`` in ``text``."""
    if not word.strip():
        return None
    match = word_pattern(word).search(text)
    return (match.start(), match.end()) if match else None


def mention(text: str, names: list[str], max_chars: int = MAX_SENTENCE) -> str | None:
    """The first sentence naming any of ``names`` (tried in order), exactly as in ``text``."""
    for name in names:
        where = find_word(text, name)
        if where:
            s, e = sentence_bounds(text, *where)
            if e - s > max_chars:
                return text[where[0]:where[1]]
            return text[s:e]
    return None


def has_word(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` as whole words, ignoring case, accents and punctuation."""
    w = fold(word)
    if not w:
        return False
    return re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", fold(text)) is not None
