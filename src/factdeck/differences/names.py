"""One person named or aged differently by different outlets.

* Spelling: two names of different articles that are near copies of each
  other (rapidfuzz ``token_sort_ratio`` on the folded names, one name word
  in common) and that neither article writes the other way.
* First name: the same surname with another first name, where the words
  around the two mentions share a word (a post: "the candidate").
* Age: "the 52-year-old", "Name, 52," given differently for one person; "the
  N-year-old" with no name is the person named last in the sentence or the
  one before.

Names are the capitalised runs of words the extraction found as people (any
run of two or more capitalised words when no facts are given), with titles
and posts in front taken off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factdeck.bank.facts import Difference, Facts, Report
from factdeck.differences.text import STOPWORDS, Sentence
from factdeck.lexicon.places import DEMONYMS
from factdeck.lexicon.titles import POST_HEADS, POST_QUALIFIERS, TITLES
from factdeck.textnorm import fold

MIN_SPELLING = 80.0  # token_sort_ratio of two spellings of one name
CONTEXT_WORDS = 10

_NAME = re.compile(r"\b[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}")
_NOT_NAME = frozenset({w.lower() for t in TITLES for w in t.split()}
                      | {q.lower() for q in POST_QUALIFIERS}
                      | {"the", "a", "an", "in", "on", "at", "and", "but", "of", "his", "her",
                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                         "sunday", "former", "national", "also", "when", "after", "before",
                         "while", "meanwhile"}
                      | {d.lower() for d in DEMONYMS})
_AGE_BEFORE = re.compile(r"\b(?P<age>\d{1,3})-year-old\b")
_AGE_AFTER = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}),\s+"
                        r"(?P<age>\d{1,3}),")


@dataclass(frozen=True)
class _Mention:
    article: int
    sentence: Sentence
    name: tuple[str, ...]  # the name's words as written
    start: int  # offsets in the sentence text
    end: int

    @property
    def folded(self) -> tuple[str, ...]:
        return tuple(fold(w) for w in self.name)


def _clean(words: list[str]) -> list[str]:
    words = [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in words]
    while words and words[0].lower() in _NOT_NAME:
        words = words[1:]
    return words


def _mentions(story: Sequence[Sequence[Sentence]], known: set[str] | None,
              people: Sequence[tuple[str, ...]] = ()) -> list[_Mention]:
    out = []
    for i, sents in enumerate(story):
        for sent in sents:
            for m in _NAME.finditer(sent.text):
                words = _clean(m.group().split())
                if len(words) < 2 or any(w.lower() in _NOT_NAME for w in words):
                    continue
                if known is not None and not all(fold(w) in known for w in words) \
                        and not _respelt(words, people):
                    continue  # every word a word of a person's name the extraction found
                if known is None and _not_name_like(words[0]):
                    continue  # "Despite Lopez", "Following Lopez": a sentence's first word
                start = m.end() - len(" ".join(words)) if m.group().endswith(words[-1]) \
                    else m.start()
                out.append(_Mention(i, sent, tuple(words), start, m.end()))
    return out


def _respelt(words: list[str], people: Sequence[tuple[str, ...]]) -> bool:
    """A two-word name one word of which is a person's and the other a near copy of that
    person's other word ("Maria Holm" for the "Marta Holm" the extraction joined it to)."""
    from rapidfuzz import fuzz

    if len(words) != 2:
        return False
    first, last = (fold(w) for w in words)
    return any(len(p) == 2 and ((p[1] == last and p[0] != first and fuzz.ratio(p[0], first) >= 80)
                                or (p[0] == first and p[1] != last and len(last) >= 5
                                    and fuzz.ratio(p[1], last) >= 80))
               for p in people)


def _not_name_like(word: str) -> bool:
    low = word.lower()
    return low in STOPWORDS or low.endswith(("ing", "ed", "ly")) or low in _OPENERS


_OPENERS = frozenset("""despite although though since unlike like amid among according
meanwhile however instead yet still even only""".split())


def _known_words(facts: Facts | None) -> set[str] | None:
    if facts is None or not facts.people:
        return None
    return {fold(w) for p in facts.people for name in (p.name, *p.aliases) for w in name.split()}


def _around(m: _Mention) -> set[str]:
    text = m.sentence.text
    before = text[:m.start].split()[-CONTEXT_WORDS:]
    after = text[m.end:].split()[:CONTEXT_WORDS]
    return {w for w in fold(" ".join(before + after)).split()
            if w not in STOPWORDS and len(w) > 3 and not w.isdigit()}


def _report(m: _Mention, says: str | None = None) -> Report:
    return Report(m.sentence.article.file, says or " ".join(m.name), m.sentence.text)


def name_differences(story: Sequence[Sequence[Sentence]], facts: Facts | None = None
                     ) -> list[Difference]:
    """One person's name spelled differently, or given another first name, by another article."""
    from rapidfuzz import fuzz

    people = sorted({tuple(fold(w) for w in p.name.split()) for p in facts.people}) \
        if facts is not None else []
    mentions = _mentions(story, _known_words(facts), people)
    written: dict[int, set[tuple[str, ...]]] = {}
    for m in mentions:
        written.setdefault(m.article, set()).add(m.folded)
    by_word: dict[str, list[int]] = {}
    for n, m in enumerate(mentions):
        for w in sorted(set(m.folded)):
            by_word.setdefault(w, []).append(n)
    groups: list[tuple[str, list[_Mention]]] = []
    seen: set[frozenset[tuple[int, tuple[str, ...]]]] = set()
    for n, a in enumerate(mentions):
        candidates = sorted({k for w in a.folded for k in by_word[w] if k > n})
        for k in candidates:
            b = mentions[k]
            if b.article == a.article or a.folded == b.folded:
                continue
            key = frozenset({(a.article, a.folded), (b.article, b.folded)})
            if key in seen:
                continue
            kind = _how_differ(a, b, written, fuzz)
            if kind:
                seen.add(key)
                groups.append((kind, [a, b]))
    return _joined(groups)


def _how_differ(a: _Mention, b: _Mention, written, fuzz) -> str | None:  # type: ignore[no-untyped-def]
    fa, fb = a.folded, b.folded
    if set(fa) <= set(fb) or set(fb) <= set(fa):
        return None  # "Anna Keller" and "Keller", "Tom Reyes" and "Reyes"
    # an article that also writes the other spelling knows both: no difference of spelling
    both_ways = fb in written[a.article] or fa in written[b.article]
    joined_a, joined_b = " ".join(fa), " ".join(fb)
    if fa[-1] == fb[-1] and len(fa) == len(fb) == 2 and fa[0] != fb[0]:
        if fuzz.ratio(fa[0], fb[0]) >= 80:
            return None if both_ways else "spelling"  # "Jon" and "John"
        if _around(a) & _around(b):
            return "first name"  # one post, two first names
        return None
    if both_ways:
        return None
    if fuzz.token_sort_ratio(joined_a, joined_b) >= MIN_SPELLING or \
            fuzz.ratio("".join(sorted(joined_a.replace(" ", ""))),
                       "".join(sorted(joined_b.replace(" ", "")))) >= 95:
        return "spelling"
    return None


# words of posts that say where a person is from, not who they are in the story
_NOT_ROLES = frozenset({"national", "citizen", "native"})


def _joined(groups: list[tuple[str, list[_Mention]]]) -> list[Difference]:
    """Pairs that share a mention's name joined into one difference per person."""
    merged: list[tuple[str, list[_Mention]]] = []
    for kind, pair in groups:
        for k, (kind2, members) in enumerate(merged):
            names = {(m.article, m.folded) for m in members}
            if any((m.article, m.folded) in names for m in pair):
                members.extend(m for m in pair if (m.article, m.folded) not in names)
                merged[k] = (kind2 if kind2 == kind else "spelling", members)
                break
        else:
            merged.append((kind, list(pair)))
    out = []
    for kind, members in merged:
        first: dict[int, _Mention] = {}
        for m in members:
            first.setdefault(m.article, m)
        chosen = [first[i] for i in sorted(first)]
        name = " ".join(chosen[0].name)
        # a post or role the words around two mentions or more give ("the survivor")
        counts: dict[str, int] = {}
        for m in chosen:
            for word in (_around(m) & POST_HEADS) - _NOT_ROLES:
                counts[word] = counts.get(word, 0) + 1
        roles = sorted((w for w, c in counts.items() if c >= 2), key=lambda w: (-counts[w], w))
        role = roles[0] if roles else None
        if kind == "first name":
            aspect = f"first name of {name.split()[-1]}" + (f", the {role}" if role else "")
        else:  # the name itself would give one outlet's answer away
            aspect = f"spelling of the name of the {role}" if role else \
                f"spelling of a name ({len(chosen)} ways)"
        out.append(Difference(aspect=aspect, kind="name",
                              reports=tuple(_report(m) for m in chosen)))
    return out


def _first_person(text: str, known: set[str] | None) -> str | None:
    """The first person named in ``text``: a run of capitalised words, or a known surname."""
    if known is None:
        m = _NAME.search(text)
        return " ".join(_clean(m.group().split())) or None if m else None
    for m in re.finditer(r"\b[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*", text):
        words = _clean(m.group().split())
        if words and fold(words[-1]) in known:
            return " ".join(words)
    return None


def age_differences(story: Sequence[Sequence[Sentence]], facts: Facts | None = None
                    ) -> list[Difference]:
    """One person's age given differently by different articles."""
    known = _known_words(facts)
    ages: dict[str, dict[int, tuple[int, Sentence]]] = {}
    names: dict[str, str] = {}
    for i, sents in enumerate(story):
        subject: str | None = None  # the person the previous sentence opens with
        for sent in sents:
            text = sent.text
            found: list[tuple[str, int]] = []
            for m in _AGE_AFTER.finditer(text):
                words = _clean(m.group("name").split())
                if words:
                    found.append((" ".join(words), int(m.group("age"))))
            for m in _AGE_BEFORE.finditer(text):
                after = _NAME.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " \
                    else None
                if after and _clean(after.group().split()):
                    found.append((" ".join(_clean(after.group().split())), int(m.group("age"))))
                elif re.search(r"\b[Tt]he\s+$", text[:m.start()]) and subject:
                    found.append((subject, int(m.group("age"))))  # "The 35-year-old" is them
            for name, age in found:
                key = fold(name).split()[-1] if name else ""
                if not key or (known is not None and key not in known):
                    continue
                ages.setdefault(key, {}).setdefault(i, (age, sent))
                names.setdefault(key, name)
            subject = _first_person(text, known)
    out = []
    for key in sorted(ages):
        given = ages[key]
        if len({age for age, _ in given.values()}) < 2:
            continue
        out.append(Difference(aspect=f"age of {names[key]}", kind="number", reports=tuple(
            Report(sent.article.file, str(age), sent.text) for age, sent in
            (given[i] for i in sorted(given)))))
    return out
