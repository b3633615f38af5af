"""Item-writing flaws a teacher would fix before handing a question out.

A rule-based checker in the spirit of Moore et al. (2023): each rule names one
common flaw of a written question (a prompt that does not stand alone, a cut-off
word, two options naming one person, an option of the wrong type, the answer
given away by the prompt or by another question). The builder drops every
question with a flaw; ``factdeck check --lint`` can report them on any bank.

Rules are data with a name each; nothing here knows a story, only the language
of news and of test items.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from factdeck.bank.model import (
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    ShortQuestion,
    TrueFalseQuestion,
)
from factdeck.generate.leaks import folded, name_parts, same_person, text_in
from factdeck.lexicon.places import CITIES, COUNTRIES, INSTITUTIONS


@dataclass(frozen=True, slots=True)
class Flaw:
    """One flaw of one question: a short code and what a teacher would see."""

    code: str
    message: str


# ---------------------------------------------------------------- what a learner reads

_QUOTED = re.compile(r"[\u201c\"][^\u201c\u201d\"]*[\u201d\"]")
# the citation a generated prompt opens with: "According to X (June 2024)," or "In this story,"
_LEAD = re.compile(r"""^(?:
      According\ to\ [^,:?]*?(?:\([^)]*\))?\s*[,:]   # According to Reuters (May 2024),
    | In\ this\ story\s*,                            # In this story,
    | Across\ the\ articles\s*:                      # Across the articles:
    )\s*""", re.VERBOSE)
# the question stems our templates use before a clause taken from the article
_STEM = re.compile(r"""^(?:
      when\ did\ this\ happen\?                      # date question
    | for\ when\ was\ this\ planned\?                # planned event
    )\s*""", re.VERBOSE | re.IGNORECASE)


def statements(q: Question) -> list[str]:
    """The clauses a learner reads that come from the article (not our own template words):
    the event of a date prompt, a cloze text, order items, a true/false statement."""
    out: list[str] = []
    body = _LEAD.sub("", q.prompt.strip())
    if isinstance(q, TrueFalseQuestion):
        out.append(body)
    elif _STEM.match(body):
        out.append(_STEM.sub("", body))
    if isinstance(q, ClozeQuestion):
        out.append(q.text)
    if isinstance(q, OrderQuestion):
        out += list(q.items)
    return [s for s in out if s.strip()]


def shown(q: Question) -> str:
    """Everything a learner sees of a question, feedback included."""
    parts = [q.prompt, q.explanation]
    if isinstance(q, ClozeQuestion):
        parts.append(re.sub(r"\{\{.*?\}\}", "___", q.text))
    if isinstance(q, (ChoiceQuestion, MultiQuestion)):
        parts += list(q.options)
    if isinstance(q, MatchQuestion):
        parts += [f"{p.left} {p.right}" for p in q.pairs]
    if isinstance(q, OrderQuestion):
        parts += list(q.items)
    return "\n".join(parts)


def stated(q: Question, *, feedback: bool = True) -> str:
    """What a question shows as true: its prompt, a cloze's text, match pairs, order items,
    and (if asked) its feedback with the right answer; never its wrong options."""
    parts = [q.prompt, q.explanation if feedback else ""]
    if feedback and isinstance(q, (ChoiceQuestion, ShortQuestion)):
        parts.append(q.answer)  # the feedback shows it: "180 bodies ..." tells the toll
    if feedback and isinstance(q, MultiQuestion):
        parts += list(q.answers)
    if isinstance(q, ClozeQuestion):
        parts.append(re.sub(r"\{\{.*?\}\}", "___", q.text))
    if isinstance(q, MatchQuestion):
        parts += [f"{p.left} {p.right}" for p in q.pairs]
    if isinstance(q, OrderQuestion):
        parts += list(q.items)
    return "\n".join(parts)


def answers(q: Question) -> list[str]:
    """The words a learner must find (what another question must not show)."""
    if isinstance(q, (ChoiceQuestion, ShortQuestion)):
        return [q.answer]
    if isinstance(q, MultiQuestion):
        return list(q.answers)
    if isinstance(q, ClozeQuestion):
        return re.findall(r"\{\{(.*?)\}\}", q.text)
    if isinstance(q, DateQuestion):
        return [q.date.human()]
    return []


def answer_type(q: Question) -> str:
    """``person``, ``post``, ``date`` or ``other``: what kind of thing the options must be."""
    if isinstance(q, DateQuestion):
        return "date"
    return _prompt_type(q.prompt)


@lru_cache(maxsize=1 << 14)
def _prompt_type(prompt: str) -> str:
    """What the options of a question with this prompt must be (cached: asked very often)."""
    p = folded(prompt)
    if re.search(r"\bwhat post\b", p):
        return "post"
    if re.search(r"\bwhich outlets?\b|\bwhich of these outlets\b", p):
        return "outlet"  # "Which outlet reported who cancelled ...?": outlets, not people
    if re.search(r"\bwho\b|\bwhich of these people\b", p):
        return "person"
    if re.search(r"\bwhen\b|\bfor when\b", p):
        return "date"
    return "other"


# ---------------------------------------------------------------- the rules

# a clause that opens on a word pointing back to something the learner has not been told
_DANGLING_START = frozenset("""he she it they this these those his her its their him them
there such both another other latter former""".split())
_QUALIFIERS = frozenset({"former"})
# a name within the next few words: "Former Acme chief Jane Doe", "Former prime minister Jo Ng"
_NAMED = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
# a connective that ties a clause to the one before it: "But there was ...", "However, ..."
_CONNECTIVE_START = frozenset("""but and however yet also meanwhile moreover furthermore
nevertheless nonetheless besides instead still so""".split())
# "X also met Y": a side remark added to what the article told before
_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
# a clause that stops on a word that expects more: "made his debut back.", "met with."
_OPEN_END = frozenset("""back a an the of to in on at by for from with and or but than as
into""".split())
_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|they|them|their)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|we|my|our|us|me)\b")
# a demonstrative that needs a referent: "This meeting ...", "Those talks ..."
_DEFINITE = re.compile(r"^(?:This|That|These|Those)\s+[a-z]")
# a description that points back to what the article said before: "the two heads of state",
# "both men", "the latter" (the story shown above the questions cannot tell which)
_BACKREF = re.compile(r"""\b(?:
      the\s+two\b | the\s+three\b | both\s+(?:men|women|leaders|sides|countries|parties)\b
    | the\s+other\b | the\s+same\b | the\s+latter\b | the\s+former\s+(?!\w+\s+of\b)[a-z]+
    | the\s+aforementioned\b | the\s+said\b
    )""", re.VERBOSE | re.IGNORECASE)
# a day or a relative time a learner cannot place without the article's date
_RELATIVE_TIME = re.compile(r"""\b(?:
      (?:on|this|last|next|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday
                                             |Sunday)       # on Friday, this Sunday
    | (?:yesterday|today|tomorrow|tonight)                   # today
    | (?:last|next|this)\s+(?:week|month|year|weekend)       # last week
    | (?:earlier|later)\s+this\s+(?:week|month|year)         # earlier this week
    )\b""", re.VERBOSE | re.IGNORECASE)
# a photo caption: a credit ("Jane Doe / AFP", "(AP Photo)") or a caption's "|" seam
_CAPTION = re.compile(r"""\s\|\s | /\s*(?:AFP|AP|Reuters|Getty|EPA|PA|ANI|PTI)\b
    | \((?:AP|AFP|Reuters|Getty)\s*(?:Photo|Images)?[^)]*\) | \b(?:Photo|Image|Picture)\s*:
    | \((?:(?:second|third|far)\s+)?(?:centre|center|left|right|front|back|top|bottom|L|R|C)\)
    """,
                      re.VERBOSE)
# a list marker or front-matter line left at the start of a clause
_LIST_MARK = re.compile(r"(?:^|\n|[:?]\s)\s*(?:[-*\u2022#>]+\s|\d{1,2}[.)]\s|---)")
# the seam of a template filled with a bad piece: doubled space, space before punctuation,
# doubled punctuation, an empty quote, a repeated word
_SEAM = re.compile(r"""
      \ \ +\S                      # two spaces
    | \s[,;.](?!\d|\.\.)           # space before a comma or full stop
    | [.?!]\s*[.?](?!\.)           # "?." or ". ."
    | [\u201c"]\s*[\u201d"]        # empty quote
    | \b(\w{3,})\s+\1\b            # "the the", "Standard Standard"
    """, re.VERBOSE | re.IGNORECASE)
# "X said in the post-match presentation": a report of speaking with nothing said
_SPEECH_ONLY = re.compile(r"""\b(?:said|says|told|added|stated|spoke|wrote|tweeted|posted)
    (?:\s+(?:in|at|on|during|after|to|before)\b(?:\s+(?!that\b)[^\s,;]+){0,4})?\s*\.?$""",
                          re.VERBOSE | re.IGNORECASE)
# a post that is not a post: a clause piece or an age
_NOT_A_POST = re.compile(r"""^(?:according|who|which|that|whose|where|when|as|said|after|before
    |while|with|from|and|but)\b | \d+-year-old | \b(?:aged?)\s+\d""", re.VERBOSE | re.IGNORECASE)
# words that make an option a body, a place or a publication, not a person
_NOT_A_PERSON = frozenset("""party coalition front union alliance league movement committee
council commission ministry department government court tribunal police army navy force forces
agency bureau office authority bank airlines airline airport airways university college school
hospital institute foundation association corporation company group inc ltd plc news times
post standard tribune express herald guardian telegraph journal gazette press daily weekly
magazine radio television tv channel network media reuters cross crescent organisation
organization club team fc stadium province state city street square avenue road
park house palace hall centre center tower jail prison goddess god deity""".split())
# a word that is a post only with another word ("Chief" of what? "General" what?)
_HALF_POST = frozenset("""chief general head deputy senior former acting top counsel
erstwhile""".split())
# a family tie says who someone is to another, not a post
_RELATION = frozenset("""wife husband son daughter mother father brother sister widow widower
partner fiancee fiance girlfriend boyfriend""".split())
_NOT_A_NAME_START = frozenset("the la las los el le les il lo der die das".split())
# a statement of a post that is only half a post: "X was a chief", "X was an erstwhile CEO"
_HALF_POST_STATED = re.compile(r"\bwas\s+(?:an?\s+)?(\w+)(?:\s+\w+)?\.$")
_NAMED_AS = re.compile(r"\bname as (\w+)\?$")  # "Which of these people ... name as Chief?"
# a clause cut on an adjective that expects its noun: "Moreau had a court-imposed."
_CUT_COMPOUND = re.compile(r"\b(?:a|an|the)\s+\w+-\w+ed\.?$")
_AGE_IN_PROMPT = re.compile(r"\b\d+-year-old\b")  # "who was the 21-year-old student": trivia
_LONGEST = 1.6  # an answer this many times longer than every distractor stands out


_CALENDAR = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                       r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday)\b")


# the full day of publication in a prompt: a weekday or "yesterday" in the clause can be placed
PUBLISHED_DAY = re.compile(r"\(published\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                           r"|Sunday)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\)")
# the relative times a publication day places (not "next week", "last month": still vague)
_DAY_PLACED = re.compile(r"""^(?:
      (?:on|this|last|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
    | yesterday | today | tonight
    )$""", re.VERBOSE | re.IGNORECASE)


def _dangling(text: str, placed: bool = False) -> str | None:
    """Why a clause does not stand alone, or None. ``placed``: the prompt gives the day of
    publication, so a weekday or "yesterday" in the clause is no riddle."""
    bare = _QUOTED.sub(" \u201cx\u201d ", text).strip()
    words = bare.split()
    if not words:
        return None
    if len(words) < 3 and "{{" not in bare:
        return "too short to be a clause a learner can read alone"
    first = folded(words[0].strip(",;:\u201c\u201d\"'"))
    if first in _DANGLING_START and not (first in _QUALIFIERS and _NAMED.match(bare, len(
            words[0]))):  # "Former minister Jane Doe ...": a title, no pointer back
        return f"opens on \u201c{words[0]}\u201d, whose referent the learner has not been told"
    if first in _CONNECTIVE_START:
        return f"opens on \u201c{words[0]}\u201d, which ties it to a sentence not shown"
    if _ALSO.search(bare):
        return "\u201calso\u201d adds to what the learner has not read: a side remark"
    named = _CALENDAR.sub("", " ".join(words[1:]))  # "October" names no one
    if _DEFINITE.match(bare) and not re.search(r"\b[A-Z][a-z]", named):
        return "a demonstrative (\u201c" + " ".join(words[:3]) + "\u2026\u201d) " \
               "with no name to tell which one"
    if (m := _BACKREF.search(bare)) and not re.search(r"\b[A-Z][a-z]", named):
        return f"\u201c{m.group(0)}\u201d points back to what the learner has not read"
    m = _PRONOUN.search(bare)
    if m and not _antecedent(bare[:m.start()]):
        return f"\u201c{m.group(0)}\u201d before anyone is named"
    if _FIRST_PERSON.search(bare):
        return "first-person words outside a quote"
    if any(not (placed and _DAY_PLACED.match(m.group(0)))
           for m in _RELATIVE_TIME.finditer(bare)):
        return "a relative time (\u201c" + _RELATIVE_TIME.search(bare).group(0) + \
               "\u201d) the learner cannot place"
    return None


# a verb that shows the capitalised word before it is a subject ("Novak made his debut")
_SUBJECT_VERB = re.compile(r"""^(?!(?:The|This|That|These|Those|After|Before|When|While|
    As|Having|Being|Despite|Although|Though|But|And|Meanwhile|However|With|In|On|At|For|From
    |By|Since|Until|Once|If)\b)(?![A-Z]\w*(?:ing|ly)\b)[A-Z][\w'’-]+\s+(?:\w+ed|\w+s|said|told|made|won|took|met|led
    |hit|became|gave|went|came|got|had|was|is|has|will|would|could|can)\b""", re.VERBOSE)


def _antecedent(before: str) -> bool:
    """Someone a pronoun can point back to: a two-word name, a gap, a name after the first
    word that is no modifier ("the Acme deal"), or a first word that is a subject."""
    if re.search(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+|\{\{", before):
        return True
    if _SUBJECT_VERB.match(before):
        return True
    return any(not re.search(r"\b(?:the|a|an)\s+$", before[:m.start()], re.IGNORECASE)
               for m in re.finditer(r"(?<=\s)[A-Z][\w'’-]{2,}", before))


def person_like(option: str) -> bool:
    """An option that can be a person's name: not a place, a body or a publication."""
    words = option.split()
    if not words or option in CITIES or option in COUNTRIES or option in INSTITUTIONS:
        return False
    if any(folded(w) in _NOT_A_PERSON for w in words):
        return False
    if folded(words[0]) in _NOT_A_NAME_START:
        return False  # "La Voz del Pueblo", "The Avengers"
    lowered = [folded(w) for w in words]
    return len(set(lowered)) == len(lowered) and all(w[:1].isupper() for w in words
                                                      if folded(w) not in {"da", "de", "van"})


def _options_flaws(q: ChoiceQuestion | MultiQuestion, kind: str) -> list[Flaw]:
    flaws: list[Flaw] = []
    options = list(q.options)
    folded_opts = [folded(o) for o in options]
    if len(set(folded_opts)) < len(folded_opts):
        flaws.append(Flaw("duplicate-option", "two options are the same"))
    if kind == "person":
        for i, a in enumerate(options):
            for b in options[i + 1:]:
                if one_person(a, b):
                    flaws.append(Flaw("same-person-options",
                                      f"\u201c{a}\u201d and \u201c{b}\u201d may be one person"))
        for o in options:
            if not person_like(o):
                flaws.append(Flaw("option-not-a-person",
                                  f"\u201c{o}\u201d is offered as a person"))
    if kind == "post":
        for o in options:
            if not_a_post(o):
                flaws.append(Flaw("option-not-a-post", f"\u201c{o}\u201d is not a post"))
    if isinstance(q, ChoiceQuestion) and len(q.distractors) < 2:
        flaws.append(Flaw("few-options", "fewer than three options: a coin toss"))
    if (m := _NAMED_AS.search(q.prompt)) and folded(m.group(1)) in _HALF_POST:
        flaws.append(Flaw("option-not-a-post", f"\u201c{m.group(1)}\u201d is half a post"))
    if isinstance(q, ChoiceQuestion) and q.distractors and len(q.answer) >= 20 and all(
            len(q.answer) >= _LONGEST * len(d) for d in q.distractors):
        flaws.append(Flaw("longest-option", "the answer is by far the longest option"))
    return flaws


def not_a_post(option: str) -> bool:
    """An option that cannot be offered as a post: a clause, a figure, half a title, a family
    tie. A distractor like this is left out before it spoils a question."""
    return bool(_NOT_A_POST.search(option) or option[:1].isdigit() or folded(option) in _HALF_POST
                or folded(option) in _RELATION)


def relation(post: str) -> bool:
    """A family tie given as a post ("wife"): it says who someone is to another."""
    return folded(post) in _RELATION


def one_person(a: str, b: str) -> bool:
    """Two forms that may name one person: ``Ravi`` and ``Ravi Menon`` too."""
    if same_person(a, b):
        return True
    wa, wb = folded(a).split(), folded(b).split()
    short, long = sorted((wa, wb), key=len)
    if len(short) == 1 and len(long) > 1 and short[0] in long:
        return True
    # "Anil Mehra" and "Anil Mehta": one first name, a surname spelt two ways
    return len(wa) >= 2 and len(wb) >= 2 and wa[0] == wb[0] and _near(wa[-1], wb[-1])


def _near(a: str, b: str) -> bool:
    """Two spellings of one longer word: same first letter, at most two letters changed."""
    from rapidfuzz.distance import Levenshtein

    return a != b and a[:1] == b[:1] and min(len(a), len(b)) >= 5 and \
        Levenshtein.distance(a, b) <= 2


def cut_start(text: str) -> int | None:
    """Where the cut-off last sentence of a truncated article starts, or None when the
    article ends on a whole sentence."""
    body = text.rstrip()
    if not body or body[-1] in ".!?\u201d\"'\u2019)":
        return None
    ends = [m.end() for m in re.finditer(r"[.!?][\u201d\"'\u2019)]*\s+|\n", body)]
    return ends[-1] if ends else 0


def lint_question(q: Question, texts: Mapping[str, str] | None = None) -> list[Flaw]:
    """The flaws of one question; ``texts`` (article id -> text) adds the cut-off check."""
    flaws: list[Flaw] = []
    for clause in statements(q):
        if _CAPTION.search(clause):
            flaws.append(Flaw("caption", "built from a photo caption or credit line"))
        if _LIST_MARK.search(clause):
            flaws.append(Flaw("list-marker", "a list marker or front matter is left in"))
        if (why := _dangling(clause, bool(PUBLISHED_DAY.search(q.prompt)))) is not None:
            flaws.append(Flaw("not-standalone", why))
        if _CUT_COMPOUND.search(clause.rstrip(" .\u2014")):
            flaws.append(Flaw("cut-off", "the clause stops on a word that expects its noun"))
        elif (last := clause.rstrip(" .\u2014").split()[-1:]) and \
                folded(last[0]) in _OPEN_END:
            flaws.append(Flaw("cut-off", f"the clause stops on \u201c{last[0]}\u201d"))
        if _SPEECH_ONLY.search(_QUOTED.sub("", clause)) and not _QUOTED.search(clause):
            flaws.append(Flaw("nothing-said", "reports that someone spoke, not what"))
    if _SEAM.search(_QUOTED.sub("\u201cx\u201d", q.prompt)):
        flaws.append(Flaw("template-seam", "a seam of the template shows"))
    if isinstance(q, TrueFalseQuestion) and (m := _HALF_POST_STATED.search(q.prompt)) \
            and folded(m.group(1)) in _HALF_POST:
        flaws.append(Flaw("option-not-a-post", f"\u201c{m.group(1)}\u201d is half a post"))
    if _AGE_IN_PROMPT.search(_QUOTED.sub("", q.prompt)):
        flaws.append(Flaw("trivia", "asks about a person by their age"))
    kind = answer_type(q)
    if isinstance(q, (ChoiceQuestion, ShortQuestion)) and kind != "date":
        visible = _QUOTED.sub(" ", q.prompt) if kind == "person" else q.prompt
        hit = text_in(visible, q.answer) or (
            kind == "person" and any(text_in(visible, p) for p in name_parts(q.answer)[1:]))
        if hit:
            flaws.append(Flaw("answer-in-prompt", "the prompt gives the answer away"))
    if isinstance(q, (ChoiceQuestion, MultiQuestion)):
        flaws += _options_flaws(q, kind)
    if isinstance(q, MatchQuestion) and "post" in folded(q.prompt):
        for p in q.pairs:
            if not person_like(p.left) or len(p.left.split()) < 2:
                flaws.append(Flaw("option-not-a-person", f"\u201c{p.left}\u201d as a person"))
            if folded(p.right) in _HALF_POST or relation(p.right) or _NOT_A_POST.search(p.right):
                flaws.append(Flaw("option-not-a-post", f"\u201c{p.right}\u201d is not a post"))
    if isinstance(q, ChoiceQuestion) and kind == "post" and _NOT_A_POST.search(q.answer):
        flaws.append(Flaw("option-not-a-post", f"\u201c{q.answer}\u201d is not a post"))
    if texts:
        for ev in q.evidence:
            text = texts.get(ev.article)
            start = cut_start(text) if text else None
            if text is not None and start is not None:
                at = text.find(ev.quote)
                if at >= 0 and at + len(ev.quote) > start:
                    flaws.append(Flaw("cut-off", "built from the article's cut-off last "
                                                 "sentence"))
                    break
    return flaws


def gives_away(asked: Question, other: Question) -> bool:
    """``other`` shows what ``asked`` asks: the same evidence sentence and the answer in
    view, or the answer word for word in its prompt beside the same clue."""
    keys = [a for a in answers(asked) if len(folded(a)) >= 2]
    if not keys or answer_type(asked) == "outlet":
        return False  # an outlet is named in every sources question's feedback: no clue to
        # which outlet said a thing (the same matter asked twice is one fact, kept once)
    if answer_type(asked) == "date" and PUBLISHED_DAY.search(other.prompt) and \
            {folded(e.quote) for e in asked.evidence} & {folded(e.quote) for e in other.evidence}:
        return True  # "published Friday 13 June" beside "on Thursday" dates the same sentence
    # what the other question states as true: not its options (wrong ones are no clue), and
    # for a person not its feedback ("X quotes Y" tells nothing of Y's post)
    person = answer_type(asked) == "person"
    view = stated(other, feedback=not person)
    forms = [p for k in keys for p in name_parts(k)] if person else keys  # "Moreau" too
    if not any(text_in(view, k) for k in forms):
        return False
    if person:  # a name in view gives away only what it is shown beside: the same clue
        clue = _words(_LEAD.sub("", asked.prompt)) - _words(" ".join(keys))
        return len(clue & _words(view)) >= min(CLUE_WORDS, len(clue))
    mine = {folded(e.quote) for e in asked.evidence}
    theirs = {folded(e.quote) for e in other.evidence}
    if mine & theirs or any(_overlap(a, b) for a in mine for b in theirs):
        return True
    if any(re.fullmatch(r"[\d.,]*\d[\d.,]*(?:\s*(?:%|percent|per cent|million|billion))?", k)
           and len(re.sub(r"\D", "", k)) >= 2 for k in keys):
        return True  # a figure shown anywhere is a figure given away
    # a figure or a date shown beside the words of the clue, by another outlet
    clue = _words(" ".join(e.quote for e in asked.evidence))
    return len(clue & _words(view)) >= CLUE_WORDS


CLUE_WORDS = 3  # content words another question must share with a clue to give it away


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", folded(text))
            if w not in {"that", "this", "with", "from", "have", "were", "said", "according"}}


def _overlap(a: str, b: str) -> bool:
    """Two evidence spans that say largely the same thing (one holds the other)."""
    return (len(a) >= 30 and a in b) or (len(b) >= 30 and b in a)


def lint_bank(questions: Sequence[Question], texts: Mapping[str, str] | None = None
              ) -> list[tuple[str, Flaw]]:
    """Every flaw of every question, with the question's id, including answers given away
    by another question of the same bank."""
    out: list[tuple[str, Flaw]] = []
    for q in questions:
        out += [(q.id, f) for f in lint_question(q, texts)]
    by_word: dict[str, list[Question]] = {}  # who shows which word: no pair-by-pair scan
    for q in questions:
        for w in sorted(set(folded(shown(q)).split())):
            by_word.setdefault(w, []).append(q)
    for q in questions:
        near: dict[str, Question] = {}
        for key in answers(q):
            words = folded(key).split()
            for o in by_word.get(words[0], ()) if words else ():
                if o.id != q.id:
                    near.setdefault(o.id, o)
        for o in near.values():
            if gives_away(q, o):
                out.append((q.id, Flaw("given-away", f"question {o.id} shows the answer")))
                break
    return out
