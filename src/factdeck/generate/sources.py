"""Questions about how the outlets differ (topic ``sources``), built from the facts' differences.

Every question carries the evidence of every article it involves, so a learner
can read each outlet's own words. Outlets that tell the same version are
never set against each other: a wrong option is always an outlet (or a
version) that said something else. Prompts are built from the difference's
aspect and reports alone, so they work for any story, and each kind of
difference is asked in a plain sentence of its own ("Which outlet puts the
number of people killed at more than 30?", "... says the ferry sank on
Sunday?", "... places the headquarters of Acme in Riverton?"), never with the
matter in brackets after a lifted version.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from factdeck.bank.facts import Difference, Facts, Report
from factdeck.bank.model import (
    ChoiceQuestion,
    Evidence,
    MatchQuestion,
    Pair,
    Question,
    Topic,
    TrueFalseQuestion,
)
from factdeck.differences.measures import Figure, figures
from factdeck.differences.quantities import amounts
from factdeck.differences.stories import MAX_STORY, group_stories
from factdeck.differences.versions import figures_agree, versions
from factdeck.generate.ids import question_id, short_hash, stable_order
from factdeck.textnorm import fold

MATCH_CHARS = 110  # the right side of a match: a longer version leaves the match out
FORMS = ("which-outlet", "version", "true", "false", "match", "quantity")  # of question ids
_ASKED = re.compile(rf"sources-(?:{'|'.join(FORMS)})-(?P<matter>.+)-[0-9a-f]{{8}}$")


def asked_difference(question_id: str) -> str | None:
    """The difference a sources question asks about, from its id (the slug of the matter):
    two questions on one difference ask one fact, whatever their form."""
    m = _ASKED.match(question_id)
    return m["matter"] if m else None


SAYS_CHARS = 160  # a longer version is never shown cut: the forms that would show it are left out
VERSION_KINDS = ("wording", "description", "claim")  # asked as "what did X report?"
# kinds whose version is a short token (a figure, a name, a day, a place) that an outlet which
# reports no version of it cannot be said to have reported in other words
SILENT_KINDS = ("number", "name", "date", "place")
_QUOTED_ASPECT = re.compile(r"^wording of (.+)$")
_SPEAKER = re.compile(r"^wording of (.+?)[\u2019']s remark\b")
# aspects that name no matter a reader could tell without the articles open: "what is claimed
# about the court" (which claim?), "what was opened" (by whom, where?), "day of the event"
_VAGUE = re.compile(r"^(?:what\s+is\s+claimed\b|what\s+was\s+\w+$|day\s+of\s+the\s+event$|"
                    r"when\s+\w+$|spelling\s+of\s+a\s+name\b)|\u2026|\.\.\.")
_CLAIMED = re.compile(r"^what\s+is\s+claimed\s+about\s+(.+)$")
# a version that opens like this is the tail of a sentence, not a statement: "considering that
# the court has no say", "calling for an end to ..."
_TAIL = re.compile(r"^(?:\w+ing|and|or|but|which|who|whom|whose|that|as|because|while|although|"
                   r"though|if|when|whereas|to|sought|so)\b", re.I)
# an aspect already in the order of a question: "According to X, who cancelled the summit?"
_ASKING = re.compile(r"^(?:who|what\s+(?:was|were|is|are))\s", re.I)
_ELLIPSIS = re.compile(r"\u2026|\.\.\.")


def source_questions(facts: Facts, article_ids: Mapping[str, str]) -> list[Question]:
    """The ``sources`` questions for every difference between outlets in ``facts``.

    ``article_ids`` maps an article's file name to its id in the bank; reports
    of articles it does not name are left out.
    """
    texts = {a.file: fold(getattr(a, "text", "") or "") for a in facts.articles}
    raw = {a.file: getattr(a, "text", "") or "" for a in facts.articles}
    every = outlet_names(facts, [a.file for a in facts.articles if a.file in article_ids])
    outlet_of = {a.file: a.outlet for a in facts.articles}
    # an outlet silent on a difference is one of the same story: never a whole term's corpus
    # (a set no bigger than one story may be; small texts are not grouped reliably)
    story_of = {a.file: 0 for a in facts.articles} if len(facts.articles) <= MAX_STORY else \
        {a.file: n for n, story in enumerate(group_stories(facts.articles)) for a in story}
    people = _people(facts)
    out: list[Question] = []
    for diff in facts.differences:
        reports = tuple(r for r in diff.reports if r.article in article_ids and r.says.strip())
        if diff.kind == "number":  # "two other executives" counts no total: never set against one
            reports = tuple(r for r in reports if not _partial_count(r.says))
        names = outlet_names(facts, [r.article for r in reports])
        groups = [g for g in versions(Difference(diff.aspect, reports, diff.kind)) if g]
        if len(groups) < 2 or len({names.get(r.article, r.article) for r in reports}) < 2:
            continue
        stories = {story_of.get(r.article) for r in reports}
        # another article of an outlet that reports a version is no other outlet: "Daily Post
        # (2031-03-02)" is never a wrong answer beside "Daily Post"
        told = {outlet_of.get(r.article) or r.article for r in reports}
        silent = {f: n for f, n in every.items()
                  if story_of.get(f) in stories and f not in names and n not in names.values()
                  and (outlet_of.get(f) or f) not in told}
        if diff.kind == "wording" and (_one_word_apart(groups) or
                                       (len(groups) < 3 and not _reworded(groups))):
            continue  # two renderings of one remark that differ in a word or a cut: trivia
        if diff.kind == "name" and (_spelled_alike(groups) or _slip(groups, texts)):
            continue  # "Jon Smyth" or "John Smith": a spelling, not a different person
        asked = _Asked(diff, groups, names, article_ids, texts, silent, raw, people)
        if asked.vague and diff.kind not in ("wording", "claim"):
            continue  # "(what was opened)": no prompt can say what the matter is
        # two questions per difference at most, each asking something the other does not:
        # "which outlet says A?" (or "what did X report about Y?"), then matching every outlet
        # to its version when there are three or more, else "which outlet says B?", else a
        # true/false statement
        # a version said in plain words first ("says it was Jane Doe who ..."), before one
        # only quoted from an article
        which = sorted(asked.which_outlet(),
                       key=lambda q: diff.kind != "wording" and "\u201c" in q.prompt)
        first = which[:1] or asked.which_version()[-1:]
        second = asked.match() if len(groups) > 2 else []
        if not second:
            second = which[1:2]
        if not second:
            statements = asked.true_false()
            if statements:
                second = [statements[int(short_hash(diff.aspect), 16) % len(statements)]]
        out += first + second
        if diff.kind == "number" and _counted(diff) and not _NO_MATTER.search(diff.aspect):
            story = {r.article for r in diff.reports}
            same_story = [d.aspect for d in facts.differences if d.kind == "number"
                          and story & {r.article for r in d.reports}
                          and not _NO_MATTER.search(d.aspect)]
            out += asked.which_quantity(same_story)
    return out


def _people(facts: Facts) -> dict[str, str]:
    """Each surname (folded) of a person the facts name, with the full name, when only one
    person bears it: "quoted Okafor as saying" reads better as "quoted Ada Okafor"."""
    full: dict[str, set[str]] = {}
    for person in facts.people:
        words = person.name.split()
        if len(words) > 1:
            full.setdefault(fold(words[-1]), set()).add(person.name)
    return {last: next(iter(names)) for last, names in sorted(full.items()) if len(names) == 1}


# a count of some more of a thing, not of all of it: "two other officials", "five more
# bodies", "another 12 wounded", "a further 300 homes"
_PARTIAL_AFTER = re.compile(r"^\s*(?:other|more|additional|further|extra|new)\b", re.I)
_PARTIAL_BEFORE = re.compile(r"\b(?:another|further|additional|extra)\s*$", re.I)


def _partial_count(says: str) -> bool:
    """The version counts only part of the total ("the CEO and two other executives"):
    the same noun, another quantity, which no total may be set against."""
    found = amounts(says)
    if not found:
        return False
    first = found[0]
    return bool(_PARTIAL_AFTER.match(says[first.end:]) or
                _PARTIAL_BEFORE.search(says[:first.start]))


def _slip(groups: Sequence[tuple[Report, ...]], texts: Mapping[str, str]) -> bool:
    """An outlet that also writes another version of the name has slipped once (or names
    two people): the outlets do not disagree about who the person is."""
    for group in groups:
        others = [fold(g[0].says) for g in groups if g is not group]
        for report in group:
            text = texts.get(report.article, "")
            if any(o and o in text for o in others):
                return True
    return False


def _one_word_apart(groups: Sequence[tuple[Report, ...]]) -> bool:
    """Every version words the remark like every other, but for a word or two."""
    words = [set(re.findall(r"\w+", fold(g[0].says))) for g in groups]
    return all(len(a ^ b) <= 2 for i, a in enumerate(words) for b in words[i + 1:])


REWORDED = 0.8  # share of the shorter version's words the longer holds, below which it is reworded


def _reworded(groups: Sequence[tuple[Report, ...]]) -> bool:
    """Two renderings of one remark worded markedly apart (another translation, another
    sentence), as opposed to one that quotes more of it ("the dam held" and "the
    dam held, as far as the engineers could tell us") or swaps a word or two."""
    words = [set(re.findall(r"\w+", fold(g[0].says))) for g in groups]
    return all(len(a & b) < REWORDED * min(len(a), len(b))
               for i, a in enumerate(words) for b in words[i + 1:])


SPELLED_ALIKE = 80  # rapidfuzz partial ratio from which a name's word is in the other spelled


def _spelled_alike(groups: Sequence[tuple[Report, ...]]) -> bool:
    """Every version names the same person, spelled apart ("Ravi Shankar" and "Ravishankar"):
    asking which outlet spelled it so is trivia. Each word of each version must sit, nearly
    spelled so, in the other; a different first name is a real error and stays."""
    from rapidfuzz import fuzz

    def within(a: str, b: str) -> bool:
        glued = "".join(b.split())
        return all(fuzz.partial_ratio(w, glued) >= SPELLED_ALIKE for w in a.split())

    names = [fold(g[0].says) for g in groups]
    return all(within(a, b) and within(b, a) for i, a in enumerate(names) for b in names[i + 1:])


def _counted(diff: Difference) -> bool:
    """A count of things ("number of people killed"): "what quantity is that?" asks something.
    A sum in dollars, a percentage or an age gives its quantity away by its form."""
    return diff.aspect.split("\u2019s ")[-1].startswith("number of")


_TOKEN = re.compile(r"\d[\d.,]*\d|\d|[A-Z][\w'’-]+")
_FILLER = frozenset("about after than more less least over under some just nearly almost the "
                    "with from that this".split())


def _mentions(text: str, says: str) -> bool:
    """The (folded) ``text`` may report ``says`` in its own words: it holds one of its figures
    or names, or (when it has none) one of its content words. Erring towards "yes" keeps a
    silent outlet from being offered as wrong when it did report the same."""
    tokens = [fold(t) for t in _TOKEN.findall(says)]
    if not tokens:
        tokens = [w for w in re.findall(r"[a-z]{4,}", fold(says)) if w not in _FILLER]
    words, cut = _words(text)
    return not tokens or any(t in words or t in cut or (" " in t and t in text) for t in tokens)


def _gives_figure(text: str, says: str) -> bool:
    """The text gives the version's figure in its own form ("62%" for "61.87 percent",
    "Rs 900 crore" for "Rs 915 crore"): an outlet that rounds agrees, so it is no wrong answer."""
    mine = figures(says)
    return bool(mine) and any(figures_agree(mine[0], f) for f in _text_figures(text))


@lru_cache(maxsize=256)
def _text_figures(text: str) -> tuple[Figure, ...]:
    """Every figure of an article (read once per text)."""
    return tuple(figures(text))


@lru_cache(maxsize=256)
def _words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A text's words, and the same without a trailing stop or comma (read once per text)."""
    words = frozenset(re.findall(r"\w[\w.,'’-]*\w|\w", text))
    return words, frozenset(w.strip(".,") for w in words)


def outlet_names(facts: Facts, files: Sequence[str]) -> dict[str, str]:
    """The outlet of each of ``files`` as shown to a learner; the file name when it is unknown.

    Two of the files from one outlet are told apart by their dates (or file names).
    """
    outlets = {a.file: a.outlet for a in facts.articles}
    base = {file: outlets.get(file) or file for file in files}
    counts: dict[str, int] = {}
    for name in base.values():
        counts[name] = counts.get(name, 0) + 1
    dated = {a.file: a.published for a in facts.articles}
    out = {}
    for file, name in base.items():
        if counts[name] > 1:
            when = dated.get(file)
            name = f"{name} ({when.isoformat() if when else file})"
        out[file] = name
    return out


def _whole(text: str) -> str:
    return " ".join(text.split())


def presentable(kind: str, says: str, limit: int = SAYS_CHARS) -> str | None:
    """A version as it may be shown in a prompt or an option, whole; None when it cannot be.

    A version is never cut: "We will rebuild every ..." reads as a fragment, and an option
    cut short may drop the very words that tell it apart. A claim or a description that opens
    as the tail of a sentence ("considering that ...", "calling for ...") says nothing alone.
    """
    text = _whole(says)
    if not text or len(text) > limit or _ELLIPSIS.search(text):
        return None
    if kind in ("claim", "description", "actor", "wording") and text[0].islower() \
            and _TAIL.match(text):
        return None
    if kind == "claim" and not text[0].isupper():
        return None
    if kind == "wording":  # “... open the gates”? reads better than “... open the gates.”?
        text = text.rstrip(".,;: ") or text
    if kind == "number":
        text = _figure_text(text)
    if kind == "date":
        text = _readable_date(text)
    return text


_MONTHS = ("January February March April May June July August September October November "
           "December").split()
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?:\s+\((?P<said>[^()]+)\))?$")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _readable_date(says: str) -> str:
    """"2031-04-06 (Sunday)" as a reader writes it: "Sunday 6 April 2031"; the outlet's own
    words, when they are not a weekday, stay beside it ("6 April 2031 (last Sunday)")."""
    m = _ISO.match(says)
    if not m or not 1 <= int(m["m"]) <= 12:
        return says
    day = f"{int(m['d'])} " if m["d"] else ""
    date = f"{day}{_MONTHS[int(m['m']) - 1]} {m['y']}"
    said = m["said"]
    if not said:
        return date
    if fold(said) in _WEEKDAYS:
        return f"{said} {date}"
    return f"{date} ({said})"


def _figure_text(says: str) -> str:
    """The figure of a version with its hedge and unit, without the words around it that
    read as a fragment: "exile over 10 million" -> "over 10 million", "killed 21 people" ->
    "21 people"; the version as it is when no figure can be told in it."""
    found = figures(says)
    if found:
        start, end = found[0].start, found[0].end
    else:
        counted = amounts(says)
        if not counted or says[counted[0].end:].strip():
            return says
        start, end = counted[0].start, counted[0].end
    return re.sub(r"^the\s+", "", says[start:end].strip(), flags=re.I) or says


_EVENT = re.compile(r"^(?:day\s+on\s+which|when)\s+(?P<event>[^\u2026]+)$")  # "day on which C"
_AGE = re.compile(r"^age\s+of\s+(.+)$")
# a description's matter that a clause can carry: "what was blamed for the collapse", "what
# the resolution asked for" ("says the resolution asked for a ceasefire")
_BLAMED = re.compile(r"^what\s+was\s+blamed\s+for\s+(?P<what>the\s+.+)$")
_DID_WHAT = re.compile(r"^what\s+(?P<who>the\s+\w+(?:\s+\w+)?)\s+(?P<did>[a-z]+ed(?:\s+for)?)$")
# a figure's label that names no matter a reader can tell
_NO_MATTER = re.compile(r"""
      ^(?:percentage|sum\s+of\s+money|sum\s+in\b)  # a percentage of what, a sum for what?
    | \b\w{3,}[^e\W]eds$                           # a participle counted: "number of killeds"
    """, re.X)
_FACILITY = re.compile(r"^which\s+(?P<facility>.+?)\s+(?P<link>of|for)\s+(?P<owner>.+)$")
_FIRST_NAME = re.compile(r"^first\s+name\s+of\s+(?P<surname>[^,]+?)(?:,\s+the\s+(?P<role>.+))?$")
_NAME_OF = re.compile(r"^(?:spelling\s+of\s+)?(?:the\s+)?name\s+of\s+(?P<who>the\s+.+)$")


# an event that is no whole clause opens on one of these, or ends on a word that wants more
_OPEN_EVENT = re.compile(r"""^(?:
      he|she|it|they|we|i|you|this|that|these|those        # a pronoun: whose deed?
    | which|who|whom|whose|where|when|while|as|and|or|but  # the tail of another clause
    | being|having|(?-i:[a-z]\w*ing)                       # a gerund: "having won it"
    | was|were|is|are|has|had|have|according               # a verb with its subject cut off
    )\b""", re.I | re.X)
_CUT_EVENT = re.compile(r"""\b(?:
      from|to|of|in|on|at|for|by|with|before|after|since|until|back|than|as  # "... from"
    | the|a|an|and|or|but|its|his|her|their                                 # "... the"
    )$""", re.I | re.X)


def _event(aspect: str) -> str | None:
    """The event a date difference dates, when it reads as a whole clause ("the ferry sank off
    the cape"); None for a fragment a sentence cannot be built on."""
    m = _EVENT.match(aspect)
    if not m:
        return None
    event = _whole(m["event"]).rstrip(" ,;:")
    if len(event.split()) < 3 or _OPEN_EVENT.match(event) or _CUT_EVENT.search(event) or \
            event.count("(") != event.count(")"):
        return None
    return event


def _the(aspect: str) -> str:
    """"number of people killed" as a reader says it: "the number of people killed"; a
    matter owned by a name keeps the name ("Okafor’s share of the vote")."""
    first = aspect.split()[0] if aspect.split() else ""
    if first[:1].isupper() or first.endswith(("\u2019s", "'s")) or first.lower() == "the":
        return aspect
    return f"the {aspect}"


def _possessive(name: str) -> str:
    return f"{name}\u2019" if name.endswith("s") else f"{name}\u2019s"


def _figure_alone(says: str, aspect: str) -> str:
    """The figure of a version as a prompt gives it beside its matter: "More than 30 people"
    for the number of people killed reads "more than 30"; a counted noun the matter does not
    name stays ("21 boats")."""
    found = figures(says)
    counted = amounts(says)
    if found and found[0].unit.startswith("count") and counted:
        noun = found[0].unit.split(":")[1]
        named = {w.rstrip("s") for w in re.findall(r"\w+", fold(aspect))}
        if noun.rstrip("s") in named or noun == "people" and "people" in named:
            figure = says[counted[0].start:counted[0].end].strip()
            return figure[0].lower() + figure[1:] if figure[:1].isalpha() else figure
    figure = _figure_text(says)
    return figure[0].lower() + figure[1:] if figure[:1].isupper() and \
        figure.split()[0].lower() in _HEDGES else figure


_HEDGES = frozenset("more less fewer over under nearly almost about around approximately some "
                    "at just roughly up close".split())


_LEADING_NAME = re.compile(r"^((?:[A-Z][\w\u00C0-\u024F-]+\s+){1,3}?[A-Z][\w\u00C0-\u024F-]+)"
                           r"(?:['\u2019]s\b|\s+(?:has|had|was|is|may|will|would|could)?\s*[a-z])")


def _leading_name(says: str) -> str | None:
    """"Jane Doe" of "Jane Doe's decision to ..." or "Jane Doe has cancelled ...": a version
    that opens with a person's full name."""
    m = _LEADING_NAME.match(_whole(says).strip())
    return m.group(1) if m else None


_SPENT = re.compile(r"^(?:cost|value)\s+in\b")  # a sum a label cannot tie to a thing
_PROPER_RUN = re.compile(r"""
    (?<=[a-z0-9,;:]\s)                      # mid-sentence: no capital of a sentence opener
    [A-Z][\w-]*[a-z][\w-]*                  # a capitalised word ("Syria", "T20Is")
    (?:\s+[A-Z][\w-]*[a-z][\w-]*)*          # and the rest of the name ("New Delhi")
    """, re.X)


def _shared_name(sentences: Sequence[str], known: set[str]) -> str | None:
    """The one proper name (mid-sentence, so no sentence opener) that every sentence gives and
    that is neither a word of the label nor an outlet: what the figures are figures of."""
    runs = [{m.group(0) for m in _PROPER_RUN.finditer(s)} for s in sentences]
    if not runs:
        return None
    shared = sorted(set.intersection(*runs) - {r for r in runs[0] if fold(r) in known})
    return shared[0] if len(shared) == 1 else None


def _number_claim(says: str, aspect: str, full_name: Callable[[str], str]
                  ) -> tuple[str, str] | None:
    """"puts the number of people killed at more than 30", "gives Ada Okafor’s age as 61"."""
    figure = _figure_alone(says, aspect)
    age = _AGE.match(aspect)
    if age:
        return "", f"gives {_possessive(full_name(age.group(1)))} age as {figure}"
    if _NO_MATTER.search(aspect):
        return None
    return "", f"puts {_the(_owned(aspect, full_name))} at {figure}"


def _owned(aspect: str, full_name: Callable[[str], str]) -> str:
    """"Okafor’s share of the vote" with the owner's full name: "Ada Okafor’s share ..."."""
    owner, mark, rest = aspect.partition("\u2019s ")
    if not mark or " " in owner:
        return aspect
    return f"{full_name(owner)}{mark}{rest}"


def _on_date(says: str) -> str:
    """"Thursday" -> "on Thursday", "2031-04-06 (Sunday)" -> "on Sunday 6 April 2031",
    "2031-04" -> "in April 2031": a date as a sentence ends with it."""
    m = _ISO.match(says)
    if m and 1 <= int(m["m"]) <= 12:
        said = m["said"] if m["said"] and fold(m["said"]) in _WEEKDAYS else None
        month = f"{_MONTHS[int(m['m']) - 1]} {m['y']}"
        if not m["d"]:
            return f"in {month}"
        return f"on {said + ' ' if said else ''}{int(m['d'])} {month}"
    if re.fullmatch(r"\d{4}", says.strip()):
        return f"in {says.strip()}"
    return f"on {_whole(says)}"


def _place_claim(says: str, aspect: str) -> tuple[str, str] | None:
    """"names Northgate Jail as the jail for Ada Okafor", "places the headquarters of Acme in
    Riverton": a facility with no owner named ("which jail") is no matter a reader can tell."""
    m = _FACILITY.match(aspect)
    if not m:
        return None
    facility, matter = m["facility"], f"the {m['facility']} {m['link']} {m['owner']}"
    fac = r"\s+".join(map(re.escape, facility.split()))
    text = _whole(says)
    before = re.match(rf"^(?P<place>.+?)\s+(?P<fac>{fac})$", text, re.I)
    after = re.match(rf"^(?P<fac>{fac})\s+(?:in|at)\s+(?P<place>.+)$", text, re.I)
    if before and before["fac"][0].isupper():  # "Northgate Jail" is a name: shown whole
        return "", f"names {text} as {matter}"
    place = (before or after)["place"] if before or after else None
    if not place or not place[0].isupper():
        return None
    return "", f"places {matter} in {place}"


def _name_claim(says: str, aspect: str) -> tuple[str, str] | None:
    """"gives the first name of the mayor Petrovsky as “Marko”", "calls the mayor “Marko
    Petrovsky”"."""
    text = _whole(says)
    first = _FIRST_NAME.match(aspect)
    if first and len(text.split()) > 1:
        who = f"the {first['role']} {first['surname']}" if first["role"] else first["surname"]
        return "", f"gives the first name of {who} as \u201c{text.split()[0]}\u201d"
    named = _NAME_OF.match(aspect)
    if named:
        return "", f"calls {named['who']} \u201c{text}\u201d"
    return None


class _Asked:
    """One difference, ready to be asked about in several ways."""

    def __init__(self, diff: Difference, groups: Sequence[tuple[Report, ...]],
                 names: Mapping[str, str], ids: Mapping[str, str],
                 texts: Mapping[str, str] | None = None,
                 silent: Mapping[str, str] | None = None,
                 raw: Mapping[str, str] | None = None,
                 people: Mapping[str, str] | None = None) -> None:
        self.diff = diff
        self.people = people or {}  # surname -> the one full name of it the facts know
        self.raw = raw or {}  # the texts as written: figures need their signs and points
        self.silent = silent or {}  # outlets (file -> name) that report no version at all
        self.texts = texts or {}
        self.groups = groups
        self.names = names
        self.ids = ids
        self.evidence = tuple(Evidence(ids[r.article], r.evidence)
                              for g in groups for r in g)
        # each outlet with its own words, whole: two outlets that agree may still word it apart
        self.explanation = "; ".join(dict.fromkeys(
            f"{names.get(r.article, r.article)}: \u201c{_whole(r.says)}\u201d"
            for g in groups for r in g))
        self.tags = ("sources", diff.kind)
        # "which headquarters of X" reads as a question inside the question: "the headquarters"
        self.shown = re.sub(r"^which\s+", "the ", diff.aspect)
        # a matter cut short ("when the two leaders met in …") is as vague as one unnamed
        self.vague = bool(_VAGUE.search(diff.aspect))
        speaker = _SPEAKER.match(diff.aspect)
        self.speaker = self.full_name(speaker.group(1)) if speaker else None
        # every version is an outlet's gloss in brackets after the words as spoken: "'Kabhi
        # ...' (Once we used to say ...)": a translation, asked as one
        self.glossed = diff.kind == "wording" and all(
            re.search(r"\(\s*" + re.escape(_whole(r.says)[:40]), _whole(r.evidence))
            for g in groups for r in g)

    def present(self, says: str) -> str | None:
        """A version, whole, when it can be shown (see :func:`presentable`)."""
        return presentable(self.diff.kind, says)

    def full_name(self, name: str) -> str:
        """"Okafor" as "Ada Okafor" when the story names one person so; else as it is."""
        return self.people.get(fold(name), name) if len(name.split()) == 1 else name

    def claim(self, says: str) -> tuple[str, str] | None:
        """(lead, predicate) that state a version in plain words, per kind of difference:
        "puts the number of people killed at more than 30", "says the ferry sank on Sunday",
        "places the headquarters of Acme in Riverton", "quoted Ada Okafor as saying “...”".
        "Which outlet " + predicate asks it; an outlet's name + predicate states it. None when
        no standalone sentence can say it (a matter without a name, a quote without a speaker)."""
        kind, aspect = self.diff.kind, self.diff.aspect
        if kind == "number":
            matter = self.matter
            if matter == aspect and _SPENT.match(aspect):
                return None  # "the cost in US dollars": of what, no sentence says
            return _number_claim(says, matter, self.full_name)
        if kind == "date":
            event = _event(aspect)
            if not event:
                return None
            when = _on_date(says)
            if when.startswith("on "):  # the event told in one outlet's words: not "X says ..."
                return "", f"gives {when[3:]} as the day {event}"
            return "", f"says {event} {when}"
        if kind == "place":
            return _place_claim(says, aspect)
        if kind == "name":
            return _name_claim(says, aspect)
        if kind == "wording":
            shown = self.present(says)
            if not self.speaker or not shown:
                return None
            if self.glossed:  # the outlet's own English for words quoted in another language
                return "", f"translated {_possessive(self.speaker)} words as \u201c{shown}\u201d"
            return "", f"quoted {self.speaker} as saying \u201c{shown}\u201d"
        shown = self.present(says)
        if shown is None or self.vague:
            return None
        if kind == "actor" and aspect.startswith("who "):
            doer = self.doer(says)
            if doer:  # "says it was Jane Doe who cancelled the visit"
                return "", f"says it was {doer} who {aspect[4:]}"
        if kind == "description" and shown[:1].islower():  # a thing named: said in a clause
            blamed = _BLAMED.match(aspect)
            if blamed:
                return "", f"says {blamed['what']} was blamed on {shown}"
            did = _DID_WHAT.match(aspect)
            if did:
                return "", f"says {did['who']} {did['did']} {shown}"
        return "", f"reported \u201c{shown}\u201d when telling {self.shown}"

    @property
    def matter(self) -> str:
        """A figure's label with the name every outlet's sentence gives it ("number of people
        killed" in Syria, "Kohli’s number of runs" in T20Is), so the prompt says which count
        it is; a cost or value that no shared name places is left vague (and not asked)."""
        aspect = self.diff.aspect
        if self.diff.kind != "number" or _AGE.match(aspect):
            return aspect
        place = _shared_name([r.evidence for r in self.diff.reports],
                             {*fold(aspect).split(), *(fold(n) for n in self.names.values())})
        return f"{aspect} in {place}" if place else aspect

    def doer(self, says: str) -> str | None:
        """The person a version of "who did it" names first ("Jane Doe's decision to ..."),
        when no other version names the same person (else the question has two answers)."""
        name = _leading_name(says)
        if name is None:
            return None
        others = [_leading_name(r.says) for g in self.groups for r in g if r.says != says]
        return None if any(o and (o == name or o.split()[-1] == name.split()[-1])
                           for o in others) else name

    def named_part(self, says: str) -> str:
        """What an outlet must write to have told this version: for a place, its name without
        the facility ("Northgate" of "Northgate Jail": every outlet writes "jail")."""
        facility = _FACILITY.match(self.diff.aspect) if self.diff.kind == "place" else None
        if not facility:
            return says
        drop = set(fold(facility["facility"]).split()) | {"in", "at"}
        return " ".join(w for w in says.split() if fold(w) not in drop) or says

    def _reported(self, outlet: str, says: str) -> str | None:
        """"North Post puts the number of people killed at 21": a version stated plainly."""
        claim = self.claim(says)
        if claim is None:
            return None
        lead, predicate = claim
        return f"{lead}{outlet} {predicate}"

    def outlets(self, group: Sequence[Report]) -> str:
        return " and ".join(dict.fromkeys(self.names.get(r.article, r.article) for r in group))

    def _id(self, form: str, *fact: str) -> str:
        return question_id(f"sources-{form}", self.diff.aspect,
                           *(f"{r.article}:{r.says}" for g in self.groups for r in g), *fact)

    def which_outlet(self) -> list[Question]:
        """"Which outlet reported that ...?": one question per version told by one outlet."""
        out: list[Question] = []
        for group in self.groups:
            answers = dict.fromkeys(self.names.get(r.article, r.article) for r in group)
            if len(answers) != 1:
                continue  # several outlets agree: no single right answer
            answer = next(iter(answers))
            says_folded = fold(group[0].says)
            named = self.named_part(group[0].says) if self.diff.kind == "place" else ""
            # an outlet that writes this version too, elsewhere in its text, is no wrong answer
            # (for a place, naming it at all: "the San Francisco company" beside "headquarters
            # in Los Angeles" tells both)
            wrong = [self.names.get(r.article, r.article) for g in self.groups if g is not group
                     for r in g if not (says_folded and says_folded in self.texts.get(r.article,
                                                                                      ""))
                     and not (named and _mentions(self.texts.get(r.article, ""), named))]
            if self.diff.kind in SILENT_KINDS:  # an outlet silent on it did not report it either
                wrong += [name for f, name in self.silent.items()
                          if not _mentions(self.texts.get(f, ""), self.named_part(group[0].says))
                          and not (self.diff.kind == "number"
                                   and _gives_figure(self.raw.get(f, ""), group[0].says))]
            wrong = list(dict.fromkeys(w for w in wrong if fold(w) != fold(answer)))
            if not wrong:
                continue
            claim = self.claim(group[0].says)
            if claim is None or self.present(group[0].says) is None:
                continue  # a cut version or a matter without a name: no standalone prompt
            lead, predicate = claim
            prompt = f"{lead}which outlet {predicate}?"
            prompt = prompt[0].upper() + prompt[1:]
            if any(re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", fold(predicate))
                   for name in (answer, *wrong)):
                continue  # the prompt names an outlet: it would give the answer away
            out.append(ChoiceQuestion(
                id=self._id("which-outlet", group[0].article),
                topic=Topic.SOURCES,
                prompt=prompt,
                answer=answer,
                distractors=tuple(stable_order(wrong, self.diff.aspect))[:3],
                explanation=self.explanation, tags=self.tags, evidence=self.evidence))
        return out

    def which_version(self) -> list[Question]:
        """"How did the Daily Post word it?": per outlet, its version among the others' versions."""
        out: list[Question] = []
        if self.diff.kind not in VERSION_KINDS:
            return out  # figures and actors are asked as "which outlet" and "what quantity"
        shown = [self.present(g[0].says) for g in self.groups]
        aspect = self.diff.aspect
        named = self.diff.kind == "wording" or not self.vague or (
            _CLAIMED.match(aspect) is not None and not _ELLIPSIS.search(aspect))
        if any(s is None for s in shown) or not named:
            return out  # every option whole, and a matter a reader can tell
        for group, answer in zip(self.groups, shown, strict=True):
            wrong = [s for g, s in zip(self.groups, shown, strict=True)
                     if g is not group and s]
            for report in group:
                outlet = self.names.get(report.article, report.article)
                out.append(ChoiceQuestion(
                    id=self._id("version", report.article), topic=Topic.SOURCES,
                    prompt=self._version_prompt(outlet), answer=answer or "",
                    distractors=tuple(stable_order(wrong, self.diff.aspect + outlet))[:3],
                    explanation=self.explanation, tags=self.tags, evidence=self.evidence))
        return out

    def _version_prompt(self, outlet: str) -> str:
        if self.diff.kind == "wording":
            if self.glossed and self.speaker:
                return f"How did {outlet} translate {_possessive(self.speaker)} words?"
            return f"How did {outlet} quote {self.speaker or 'the remark'}?"
        claimed = _CLAIMED.match(self.diff.aspect)
        if claimed:
            return f"What did {outlet} report about {claimed.group(1)}?"
        if _ASKING.match(self.diff.aspect):  # "who cancelled the summit", "what was opened"
            return f"According to {outlet}, {self.diff.aspect}?"
        return f"What did {outlet} report on {self.shown}?"

    def true_false(self) -> list[Question]:
        """A true statement for the first version and a false one that swaps two versions."""
        first, second = self.groups[0], self.groups[1]
        outlet = self.names.get(first[0].article, first[0].article)
        if any(self.names.get(r.article) == outlet for r in second):
            return []
        if self.present(first[0].says) is None or self.present(second[0].says) is None:
            return []
        said, other = self._reported(outlet, first[0].says), self._reported(outlet, second[0].says)
        if said is None or other is None:
            return []
        true_prompt = said + "."
        if fold(second[0].says) and fold(second[0].says) in self.texts.get(first[0].article, ""):
            # the outlet writes the other version too, elsewhere: "false" would teach a falsehood
            return [TrueFalseQuestion(id=self._id("true", first[0].article), topic=Topic.SOURCES,
                                      prompt=true_prompt, answer=True,
                                      explanation=self.explanation, tags=self.tags,
                                      evidence=self.evidence)]
        false_prompt = other + "."
        return [
            TrueFalseQuestion(id=self._id("true", first[0].article), topic=Topic.SOURCES,
                              prompt=true_prompt, answer=True, explanation=self.explanation,
                              tags=self.tags, evidence=self.evidence),
            TrueFalseQuestion(id=self._id("false", first[0].article, second[0].article),
                              topic=Topic.SOURCES, prompt=false_prompt, answer=False,
                              explanation=self.explanation, tags=self.tags,
                              evidence=self.evidence),
        ]

    def match(self) -> list[Question]:
        """Match each outlet to its version (only when every outlet tells one version)."""
        pairs = []
        seen_left: set[str] = set()
        seen_right: set[str] = set()
        if self.vague and self.diff.kind != "wording":
            return []
        for group in self.groups:
            right = presentable(self.diff.kind, group[0].says, MATCH_CHARS)
            if right is None:
                return []  # a side cut short reads as a fragment
            for r in group:
                left = self.names.get(r.article, r.article)
                if fold(left) in seen_left:
                    return []
                seen_left.add(fold(left))
                pairs.append(Pair(left, right))
            if fold(right) in seen_right:
                return []
            seen_right.add(fold(right))
        if len(pairs) < 2 or len({p.right for p in pairs}) != len(pairs):
            return []  # two outlets with one version would give a right side twice
        prompt = self._match_prompt()
        if prompt is None:
            return []
        return [MatchQuestion(id=self._id("match"), topic=Topic.SOURCES,
                              prompt=prompt,
                              pairs=tuple(pairs), explanation=self.explanation, tags=self.tags,
                              evidence=self.evidence)]

    def _match_prompt(self) -> str | None:
        """"Match each outlet to the figure it gives for the number of people killed."."""
        kind, aspect = self.diff.kind, self.diff.aspect
        if kind == "wording":
            if self.glossed and self.speaker:
                return f"Match each outlet to how it translated {_possessive(self.speaker)} words."
            return f"Match each outlet to how it quoted {self.speaker}." if self.speaker else None
        if kind == "number":
            age = _AGE.match(aspect)
            if age:
                return f"Match each outlet to the age it gives for {self.full_name(age.group(1))}."
            return None if _NO_MATTER.search(aspect) else \
                f"Match each outlet to the figure it gives for {_the(aspect)}."
        if kind == "date":
            event = _event(aspect)
            return f"Match each outlet to when, by its account, {event}." if event else None
        if kind == "place":
            return f"Match each outlet to what it names as {self.shown}." if \
                _FACILITY.match(aspect) else None
        if kind in ("actor", "description", "claim"):
            return f"Match each outlet to what it reported on {self.shown}."
        return None

    def which_quantity(self, known: Sequence[str]) -> list[Question]:
        """"A gives X, B gives Y: what quantity is that?" for a difference in figures."""
        parts = []
        for group in self.groups[:3]:
            figures = amounts(group[0].says)
            if not figures:
                return []
            figure = group[0].says[figures[0].start:figures[0].end]
            outlets = self.outlets(group)
            verb = "give" if " and " in outlets else "gives"
            parts.append(f"{outlets} {verb} \u201c{figure}\u201d")
        aspect = self.diff.aspect
        # only the story's other quantities are options a reader might confuse with it;
        # "number of troops" beside an air crash's death toll gives the answer away
        ranked = [q for q in dict.fromkeys(known) if fold(q) != fold(aspect)]
        if len(ranked) < 2:
            return []
        return [ChoiceQuestion(
            id=self._id("quantity"), topic=Topic.SOURCES,
            prompt=", ".join(parts) + ": what quantity is that?",
            answer=aspect, distractors=tuple(ranked[:3]), explanation=self.explanation,
            tags=self.tags, evidence=self.evidence)]
