"""When two quotations of one remark differ only as two transcriptions of it do.

Reporters who write down the same spoken words differ in small ways that teach a
learner nothing about the press: punctuation and case, contractions ("it's" and
"it is"), a little word put in or left out ("even", "that", "just"), the tense of
a helper verb ("was" and "is"), where the quotation is cut (one outlet quotes a
clause that the other article gives just outside its quotation), or one ordinary
word for another with every other word alike ("lift" and "win"). Such a pair is
no difference of wording. Another phrasing of several words is, and so is a word
in another form ("free" and "freed"), a name, a number or a negation.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from factdeck.textnorm import fold, normalize_quotes

# contractions written out, so "it's" and "it is" are one wording; each rule: (pattern, words)
_CONTRACTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), words) for pattern, words in (
        (r"\bwon't\b", "will not"),                  # the irregular negatives first
        (r"\bcan't\b|\bcannot\b", "can not"),
        (r"\bshan't\b", "shall not"),
        (r"n't\b", " not"),                          # wasn't, don't, isn't
        (r"'re\b", " are"),
        (r"'ve\b", " have"),
        (r"'ll\b", " will"),
        (r"'m\b", " am"),
        (r"'d\b", " would"),
        # 's after a pronoun or "there" is "is" ("it's"); after a name it is a possessive
        (r"\b(it|that|there|here|what|who|he|she|where|how)'s\b", r"\1 is"),
    ))

# little words transcriptions add, drop or swap without changing what was said: articles,
# helper verbs of being and having, fillers; never a negation, a number or a modal
FILLERS = frozenset("""a an the that this it its there is was are were be been being am
has have had do does did just even so then really very also too well now oh yes and
actually of""".split())
NEGATIONS = frozenset("no not never nothing nobody none nor neither".split())
MAX_FILLERS = 4  # more little words changed than this is a rewording
_CLAUSE = re.compile(r"(?<=[,;:.!?])\s+")
_NEAR = 300  # characters either side of a quotation where its cut-off clauses are looked for


def words(text: str) -> list[str]:
    """The words of a quotation, folded, with contractions written out."""
    text = normalize_quotes(text)
    for pattern, full in _CONTRACTIONS:
        text = pattern.sub(full, text)
    return fold(text).split()


def transcription_only(a: str, b: str, around_a: str = "", around_b: str = "") -> bool:
    """True when quotations ``a`` and ``b`` of one remark differ only as transcriptions do.

    ``around_a`` and ``around_b`` are the text of each article close to its quotation: a
    clause one outlet quotes and the other gives there (outside its quotation) is only a
    different cut, not a different wording.
    """
    a_words = _trimmed(a, b, around_b)
    b_words = _trimmed(b, a, around_a)
    if a_words == b_words:
        return True
    ops = [op for op in SequenceMatcher(None, a_words, b_words, autojunk=False).get_opcodes()
           if op[0] != "equal"]
    changed = [w for _, i1, i2, j1, j2 in ops for w in (*a_words[i1:i2], *b_words[j1:j2])]
    if all(w in FILLERS for w in changed) and len(changed) <= MAX_FILLERS:
        return True
    return _one_synonym(a, b)


def _trimmed(text: str, other: str, around_other: str) -> list[str]:
    """The words of ``text`` without a leading or trailing clause that the other quotation
    lacks but the other article gives right next to it (the quotations are cut apart)."""
    clauses = [c for c in _CLAUSE.split(text.strip()) if c]
    other_words = " " + " ".join(words(other)) + " "
    near = " " + " ".join(words(around_other)) + " "

    def cut_off(clause: str) -> bool:
        folded = " " + " ".join(words(clause)) + " "
        return len(folded.split()) >= 2 and folded not in other_words and folded in near

    while len(clauses) > 1 and cut_off(clauses[0]):
        clauses.pop(0)
    while len(clauses) > 1 and cut_off(clauses[-1]):
        clauses.pop()
    return words(" ".join(clauses))


def _one_synonym(a: str, b: str) -> bool:
    """One ordinary word for another, every other word and mark of the two alike (up to
    case): not a name, a number, a negation, nor the same word in another form."""
    a_words, b_words = fold(a).split(), fold(b).split()
    ops = [op for op in SequenceMatcher(None, a_words, b_words, autojunk=False).get_opcodes()
           if op[0] != "equal"]
    if len(ops) != 1 or ops[0][0] != "replace":
        return False
    _, i1, i2, j1, j2 = ops[0]
    if i2 - i1 != 1 or j2 - j1 != 1:
        return False
    x, y = a_words[i1], b_words[j1]
    if not (x.isalpha() and y.isalpha()) or {x, y} & NEGATIONS:
        return False
    if x.startswith(y) or y.startswith(x) or _stem(x) == _stem(y):
        return False  # "free" and "freed": the same word in another form changes the sense
    return not (_capitalised(a, x) or _capitalised(b, y))


def _stem(word: str) -> str:
    return re.sub(r"(?:ing|ed|es|s|e)$", "", word)


_OPENERS = ".!?\"'(\u201c\u2018"  # what may stand before a sentence's first word


def _capitalised(text: str, word: str) -> bool:
    """The word is written with a capital away from a sentence's start: a name."""
    for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.I):
        before = text[:m.start()].rstrip()
        opening = not before or before[-1] in _OPENERS
        if m.group()[0].isupper() and not opening:
            return True
    return False
