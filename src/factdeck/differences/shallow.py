"""Who did what to what, read with rules: the actions aligner for when spaCy is not installed.

The core install has no parser, yet "X cancelled the visit", "X may cancel
the visit" and "X's decision to cancel the meeting" are plain news English: a
verb from a lexicon of events (in any tense, or its noun, "the cancellation
of"), the capitalised name right before it (past auxiliaries, hedges and
"decision to" in between) or after "by", and the noun phrase after it. The
verbs are only those that name an event (cancel, suspend, veto...), so the
reading stays narrow: what it cannot read it leaves out, and the actor and
description checks of :mod:`.actions` decide what differs, as on the spaCy
path.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factdeck.bank.facts import Difference, Report
from factdeck.differences.text import STOPWORDS, Sentence, clip, content_words
from factdeck.textnorm import fold

# event verbs (base form -> the action they name) and their irregular past forms
EVENT_VERBS = {
    "cancel": "cancel", "scrap": "cancel", "call off": "cancel", "postpone": "postpone",
    "delay": "postpone", "put off": "postpone", "suspend": "suspend", "block": "block",
    "veto": "block", "ban": "ban", "close": "close", "shut": "close", "open": "open",
    "inaugurate": "open", "unveil": "open", "arrest": "arrest", "detain": "arrest",
    "kill": "kill", "sign": "sign", "approve": "approve", "reject": "reject",
    "launch": "launch", "release": "release", "resign": "resign", "step down": "resign",
    "withdraw": "withdraw", "pull out": "withdraw", "invade": "invade", "sack": "dismiss",
    "dismiss": "dismiss", "fire": "dismiss", "expel": "expel", "seize": "seize",
    "revoke": "revoke", "impose": "impose", "lift": "lift", "shoot down": "shoot down",
    "attack": "attack", "bomb": "bomb", "appoint": "appoint", "pardon": "pardon",
    "blame": "blame",
}
_IRREGULAR = {"shut": ("shut",), "withdraw": ("withdrew", "withdrawn"), "lift": ("lifted",),
              "shoot": ("shot",), "put": ("put",), "step": ("stepped",), "pull": ("pulled",),
              "call": ("called",)}
# nouns naming the action ("the cancellation of the visit")
NOMINALS = {
    "cancellation": "cancel", "cancelation": "cancel", "postponement": "postpone",
    "suspension": "suspend", "veto": "block", "inauguration": "open", "opening": "open",
    "unveiling": "open", "arrest": "arrest", "detention": "arrest", "signing": "sign",
    "approval": "approve", "rejection": "reject", "resignation": "resign",
    "withdrawal": "withdraw", "invasion": "invade", "dismissal": "dismiss",
    "expulsion": "expel", "closure": "close",
}
# what may stand between the doer and the verb, and what it says of how sure the text is
_HEDGES = {"may", "might", "could", "would"}
_DENIALS = {"not", "never", "n't", "refused", "refuses", "refusal", "declined", "declines",
            "failed", "fails"}
_INTENT = {"plans", "planned", "plan", "planning", "expected", "due", "threatened", "threatens",
           "threatening", "ready", "reluctant", "considering", "considers", "intends",
           "intended", "wants", "wanted", "set", "likely", "prepared", "preparing", "aims",
           "seeks", "sought", "hopes", "promised", "promises", "vowed", "vows"}
_BRIDGE = {"has", "have", "had", "will", "shall", "did", "does", "do", "also", "reportedly",
           "later", "then", "just", "now", "finally", "already", "abruptly", "officially",
           "formally", "suddenly", "unexpectedly", "effectively", "eventually", "to", "is",
           "was", "were", "are", "be", "been", "decided", "decides", "decide", "chose",
           "chooses", "moved", "moves", "agreed", "agrees", "decision", "move", "bid", "order",
           "ordered", "threat", "yet", "still", "since", "recently", "quickly", "immediately",
           "personally", "initially", "originally", "swiftly", "twice", "once",
           *_HEDGES, *_DENIALS, *_INTENT}
_DETERMINERS = {"a", "an", "the", "his", "her", "its", "their", "this", "that", "these", "those",
                "our", "my", "your", "all", "some", "any", "every", "each", "both", "several",
                "many"}
# words that end a noun phrase: prepositions, conjunctions, relatives, verbs of linking
_NP_END = frozenset("""
of in on at to for from by with about into onto upon over under across through next near amid
despite after before during since until without within toward towards against along among
including which who whom whose that because while following according as than and or but nor
so if when where whether instead again too also now then today yesterday tomorrow there here
is are was were be been being has have had will would may might can could should must
except like unlike via per plus
""".split())
_NP_KEEP = {"and"}  # "a cultural and religious centre"
_PASSIVE = {"is", "are", "was", "were", "be", "been"}
_DOER_NOUNS = {"decision", "move", "bid", "order", "plan", "threat", "refusal"}
_DOER_SKIP = STOPWORDS | {"on", "in", "at", "after", "before", "earlier", "later", "meanwhile",
                          "but", "and", "however", "yesterday", "today", "last", "this"}
_WORD = re.compile(r"[\w’'-]+|[^\w\s]")
_DENYING = re.compile(r"\b(?:denied|denies|deny|rejected|disputed)\s+(?:that\s+)?", re.I)


def _forms(verb: str) -> set[str]:
    """The inflections of a (phrasal) verb: cancel -> cancels, cancelled, canceled, cancelling..."""
    head, _, particle = verb.partition(" ")
    stem = head[:-1] if head.endswith("e") else head
    forms = {head, head + ("es" if head.endswith(("sh", "ch", "s", "x")) else "s"),
             stem + "ed", stem + "ing"}
    doubles = head.endswith("el") or re.fullmatch(r"[^aeiou]*[aeiou][bdglmnprt]", head)
    if doubles:  # cancel -> cancelled (and canceled), ban -> banned; open -> opened
        forms |= {head + head[-1] + "ed", head + head[-1] + "ing"}
    forms |= set(_IRREGULAR.get(head, ()))
    if head == "veto":
        forms |= {"vetoes", "vetoed"}
    if particle:
        return {f"{f} {particle}" for f in forms}
    return forms


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern[str]:
    forms: dict[str, str] = {}
    for verb, action in EVENT_VERBS.items():
        for form in _forms(verb):
            forms[form] = action
    for noun, action in NOMINALS.items():
        forms[noun] = action
    alternatives = sorted(forms, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(f).replace(r"\ ", r"\s+")
                                                for f in alternatives) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _action_of() -> dict[str, str]:
    out = {}
    for verb, action in EVENT_VERBS.items():
        for form in _forms(verb):
            out[form] = action
    out.update(NOMINALS)
    return out


@dataclass(frozen=True)
class RuleAction:
    """One event in one sentence, read with rules: its doer, hedge and the thing acted on."""

    sentence: Sentence
    action: str
    verb: str  # as written
    verb_start: int  # offsets in the sentence's text
    verb_end: int
    agent: str | None  # the doer's name as written ("Governor Elena Varga")
    agent_kind: str | None  # "person", "place" or "body"
    modality: str  # "did", "planned", "may" or "not"
    obj: str | None  # the noun phrase acted on, as written
    obj_head: str | None  # its last word, folded
    obj_named: bool  # the thing acted on is a name (capitalised)
    nominal: bool  # the action is a noun ("the cancellation of")
    subject: str | None = None  # a common noun doing it ("rebels"), folded, when no name does

    @property
    def subject_key(self) -> str | None:
        return self.agent_key or self.subject

    @property
    def agent_key(self) -> str | None:
        if not self.agent:
            return None
        return fold(re.sub(r"[’']s$", "", self.agent.split()[-1]))

    @property
    def names(self) -> frozenset[str]:
        return sentence_names(self.sentence.text)

    def says(self) -> str:
        """What the article says happened, in its own words: from the doer to the object."""
        text = self.sentence.text
        start = self.verb_start
        if self.agent:
            at = text.rfind(self.agent, 0, self.verb_start)
            if at < 0:
                at = text.find(self.agent, self.verb_end)
                if at >= 0:
                    return clip(text[self.verb_start:at + len(self.agent)], 24)
            else:
                start = at + _title_length(self.agent)
        end = self.verb_end
        if self.obj:
            at = text.find(self.obj, self.verb_end)
            if at >= 0:
                end = at + len(self.obj)
        return clip(text[start:end], 24)


def _title_length(agent: str) -> int:
    """How many characters of titles ("French Foreign Minister ") open a doer's name."""
    from factdeck.lexicon.places import DEMONYMS

    words = agent.split()
    n = 0
    while n < len(words) - 1 and (fold(words[n]) in _TITLE_WORDS or words[n] in DEMONYMS):
        n += 1
    return len(" ".join(words[:n])) + (1 if n else 0)


@lru_cache(maxsize=4096)
def sentence_names(text: str) -> frozenset[str]:
    """Capitalised words past the first, folded: the names a sentence mentions."""
    from factdeck.extract.people import is_placeish

    words = _WORD.findall(text)
    out: set[str] = set()
    for i, w in enumerate(words):
        bare = re.sub(r"[’']s$", "", w)
        if (i > 0 and bare[:1].isupper() and len(bare) > 1 and fold(bare) not in STOPWORDS
                and fold(bare) not in _TITLE_WORDS):
            out.add(fold(bare))
        elif i == 0 and bare[:1].isupper() and is_placeish([bare]) and fold(bare) not in \
                STOPWORDS:
            out.add(fold(bare))
    return frozenset(out)


def _title_words() -> frozenset[str]:
    from factdeck.lexicon.titles import TITLES

    return frozenset(fold(w) for t in TITLES for w in t.split())


_TITLE_WORDS = _title_words()


def _quoted(text: str, pos: int) -> bool:
    """True inside quotation marks: a speaker's words, not the outlet's."""
    before = text[:pos]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def rule_actions(sents: Sequence[Sentence]) -> list[RuleAction]:
    """Every event verb or noun in the sentences, with what rules can tell of it."""
    out = []
    pattern = _verb_pattern()
    actions = _action_of()
    for sent in sents:
        text = sent.text
        for m in pattern.finditer(text):
            if _quoted(text, m.start()):
                continue
            written = re.sub(r"\s+", " ", m.group(1))
            lowered = written.lower()
            if written[0].isupper() and m.start() > 0:
                continue  # a name ("Open Society"), not the verb
            action = actions.get(lowered)
            if action is None:
                continue
            nominal = lowered in NOMINALS
            if nominal and not _is_noun_use(text, m.start()):
                continue
            if not nominal and _is_noun_use(text, m.start()) and lowered not in _VERB_ONLY:
                continue  # "the attack", "a ban": a noun, read as an action only if listed
            agent, kind, modality = _doer(text, m.start(), m.end(), nominal)
            if agent and " " not in agent and text.startswith(agent) and \
                    not _named_elsewhere(agent, sent.article.text) and kind != "place":
                agent = kind = None  # "Officers arrested ...": a common noun opening a sentence
            obj, head, named = _object(text, m.end(), nominal)
            subject = None if agent or nominal else _common_subject(text, m.start())
            out.append(RuleAction(sent, action, written, m.start(), m.end(), agent, kind,
                                  modality, obj, head, named, nominal, subject))
    return out


_VERB_ONLY = frozenset(f for v in EVENT_VERBS for f in _forms(v)
                       if f.endswith(("ed", "ing")) and f not in NOMINALS)


def _is_noun_use(text: str, start: int) -> bool:
    """A determiner or possessive right before the word: "the cancellation", "her veto"."""
    before = _WORD.findall(text[max(0, start - 40):start])
    if not before:
        return False
    last = before[-1].lower()
    return (last in _DETERMINERS or last.endswith(("’s", "'s"))
            or (before[-1][:1].isupper() and len(before) > 1
                and before[-2].lower() in _DETERMINERS))


def _doer(text: str, start: int, end: int, nominal: bool
          ) -> tuple[str | None, str | None, str]:
    """The name doing the action, its kind, and how sure the text is of it."""
    words = list(re.finditer(r"[\w’'.-]+|[^\w\s]", text[:start]))
    modality = "did"
    i = len(words) - 1
    bridged: list[str] = []
    while i >= 0 and words[i].group(0).lower() in _BRIDGE and len(bridged) < 6:
        bridged.append(words[i].group(0).lower())
        i -= 1
    if any(w in _DENIALS for w in bridged):
        modality = "not"
    elif any(w in _HEDGES for w in bridged):
        modality = "may"
    elif any(w in _INTENT for w in bridged):
        modality = "planned"
    if _DENYING.search(text[max(0, start - 60):start]):
        modality = "not"
    if nominal and bridged:
        return _by_agent(text, end), None, modality
    if not nominal and set(bridged) & _PASSIVE and not re.search(r"ing\b", text[start:end]) \
            and "to" not in bridged:
        agent = _by_agent(text, end)  # "the visit was cancelled by X": the name is no doer
        return agent, _kind(agent) if agent else None, modality
    if not bridged and i >= 2 and words[i].group(0) == ",":
        i = _before_apposition(words, i)  # "Ansel Dorn, the premier of Velmara, cancelled"
    name: list[str] = []
    while i >= 0:
        w = words[i].group(0)
        bare = re.sub(r"[’']s$", "", w)
        if not bare[:1].isupper() or (i == 0 and fold(bare) in _DOER_SKIP):
            break
        name.insert(0, w)
        i -= 1
    if name and i >= 1 and words[i].group(0).lower() in ("and", "&", "or", "nor") \
            and words[i - 1].group(0)[:1].isupper():
        return None, None, modality  # "Russia and China vetoed": a deed shared is no dispute
    possessive = bool(name) and bool(re.search(r"[’']s$", name[-1]))
    if nominal and not possessive:
        agent = _by_agent(text, end)
        return agent, _kind(agent) if agent else None, modality
    if not nominal and possessive and not set(bridged) & _DOER_NOUNS:
        name = []  # "Paris's envoy cancelled": the possessive belongs to another noun
    if not name and not nominal:
        agent = _by_agent(text, end)
        return agent, _kind(agent) if agent else None, modality
    while name and (fold(name[0]) in _DOER_SKIP or _calendar(name[0])):
        name = name[1:]  # "On Monday Okafor cancelled": the name starts after the date
    if not name:
        return None, None, modality
    agent = " ".join(name)
    agent = re.sub(r"[’']s$", "", agent)
    return agent, _kind(agent), modality


_PRONOUNS = {"they", "he", "she", "it"}
_REPORTING = re.compile(r"(?:^|\s)(?:the\s+)?([a-z]+)\s+(?:denied|deny|denies|said|say|says|"
                        r"claimed|claim|claims|insisted|admitted|confirmed)\s+(?:that\s+)?$",
                        re.I)


def _common_subject(text: str, start: int) -> str | None:
    """The common noun before the verb and its auxiliaries ("rebels had shot down"), or the
    noun a pronoun stands for in "the rebels denied that they had shot down"."""
    words = list(re.finditer(r"[\w’'-]+|[^\w\s]", text[:start]))
    i = len(words) - 1
    while i >= 0 and words[i].group(0).lower() in _BRIDGE:
        i -= 1
    if i < 0:
        return None
    word = words[i].group(0)
    low = word.lower()
    if low in _PRONOUNS:
        m = _REPORTING.search(text[:words[i].start()])
        if m and m.group(1).lower() not in STOPWORDS | _PRONOUNS:
            return fold(m.group(1))
        return None
    if not word.isalpha() or word[:1].isupper() and i > 0 or low in STOPWORDS or \
            low in _NP_END or low.endswith("ly") or len(low) < 3:
        return None
    return fold(low)


def _before_apposition(words: list[re.Match[str]], comma: int) -> int:
    """The index of the last word of the name before ", the premier of X," (or ``comma``
    itself when the words between two commas are no apposition)."""
    for k in range(comma - 1, max(-1, comma - 14), -1):
        if words[k].group(0) == ",":
            first = words[k + 1].group(0).lower() if k + 1 < comma else ""
            if first in ("the", "a", "an", "who", "whose", "its", "his", "her") and k >= 1 \
                    and words[k - 1].group(0)[:1].isupper():
                return k - 1
            return comma
    return comma


def _calendar(word: str) -> bool:
    from factdeck.articles.calendar import MONTHS, WEEKDAYS

    return word.lower() in MONTHS or word.lower() in WEEKDAYS


def _named_elsewhere(word: str, text: str) -> bool:
    """Whether a capitalised word is written capitalised inside a sentence too: a name."""
    return bool(re.search(r"[a-z,;]\s+" + re.escape(word) + r"\b", text))


def _by_agent(text: str, end: int) -> str | None:
    """A passive's doer: "was cancelled by the Interior Minister, Lena Roth" -> the name."""
    m = re.match(r"(?:\s+[a-z]+){0,6}?\s+by\s+(?:the\s+)?((?:[A-Z][\w’'.-]*\s+){0,4}"
                 r"[A-Z][\w’'-]*)", text[end:end + 120])
    if not m:
        return None
    return re.sub(r"[’']s$", "", m.group(1))


def _kind(agent: str) -> str:
    """person, place (a country, a city, a people) or body (anything else named)."""
    from factdeck.extract.people import ORG_WORDS, is_placeish
    from factdeck.lexicon.places import CITIES, COUNTRIES, DEMONYMS, INSTITUTIONS

    words = agent.split()
    last = words[-1]
    if last in COUNTRIES or last in CITIES or last in DEMONYMS or agent in COUNTRIES:
        return "place"
    if last in INSTITUTIONS or last in ORG_WORDS or last.isupper():
        return "body"
    titled = any(fold(w) in _TITLE_WORDS for w in words[:-1])
    if titled or (len(words) >= 2 and not is_placeish(words[-2:])):
        return "person"
    return "name"  # one capitalised word: a surname, or a body


def _object(text: str, end: int, nominal: bool) -> tuple[str | None, str | None, bool]:
    """The noun phrase acted on: after the verb, or after "of" for a noun ("opening of a ...")."""
    rest = text[end:]
    if nominal:
        # "the inauguration in downtown Paris of a centre": skip a short aside before "of"
        m = re.match(r"((?:\s+(?:in|at|on)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?\s+of)\s", rest)
        if not m:
            return None, None, False
        skip = m.end(1)
    else:
        m = re.match(r"\s+(?:up|off|down|out)\b", rest)
        skip = m.end() if m else 0
    tokens = list(re.finditer(r"[\w’'-]+|[^\w\s]", rest[skip:]))
    words: list[re.Match[str]] = []
    k = 0
    if k < len(tokens) and tokens[k].group(0).lower() in _DETERMINERS:
        k += 1
    elif tokens and re.fullmatch(r"\w+ly", tokens[0].group(0)):
        return None, None, False  # "postponed indefinitely": an adverb, no object
    while k < len(tokens) and len(words) < 8:
        w = tokens[k].group(0)
        if w in ("\u201c", '"') and not words:
            k += 1
            continue
        if not re.match(r"[\w’'-]", w):
            break
        low = w.lower()
        if low in _NP_END and low not in _NP_KEEP:
            break
        if words and (re.fullmatch(r"\w+(?:ing|ly)", low) or
                      re.fullmatch(r"\w+ed", low) and not re.fullmatch(r"\w+ed", _last(words))):
            break  # "the meeting scheduled for", "the visit indefinitely"
        words.append(tokens[k])
        k += 1
    while words and words[-1].group(0).lower() in _NP_KEEP:
        words.pop()
    if not words:
        return None, None, False
    start = skip + words[0].start()
    det = tokens[0] if tokens and tokens[0].group(0).lower() in _DETERMINERS else None
    if det is not None:
        start = skip + det.start()
    stop = skip + words[-1].end()
    tail = re.match(r"\s+of\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,3}?"
                    r"[\w’'-]+(?=\s*[,.;:]|\s+(?:on|in|at|for|after|before|to)\b)", rest[stop:])
    phrase = rest[start:stop + (tail.end() if tail else 0)].strip()
    head = words[-1].group(0)
    return phrase, fold(re.sub(r"[’']s$", "", head)), head[:1].isupper()


def _last(words: list[re.Match[str]]) -> str:
    return words[-1].group(0).lower()


# ---------------------------------------------------------------- differences

# nouns that name no particular thing: two of them, or one against a precise noun, are
# often one thing named twice ("the bid" and "the resolution")
_VAGUE = frozenset("""
thing things event events one part kind lot number way people man woman person group meeting
visit trip talks it them bid attempt effort move step action measure plan proposal text draft
deal decision project initiative operation programme program process matter issue case
""".split())
_EVENT_ACTIONS = frozenset(EVENT_VERBS.values())


def _related(a: RuleAction, b: RuleAction) -> bool:
    """Two mentions about the same event: their sentences share a name, or the thing acted on."""
    if a.names & b.names:
        return True
    return bool(a.obj_head and a.obj_head == b.obj_head and not a.obj_named)


def _same_deed(a: RuleAction, b: RuleAction) -> bool:
    """Two doers of one deed, not two deeds: done to the same thing ("the licence"), or each
    sentence names the other's doer ("X cancelled his meeting with Y" / "Y cancelled the
    visit"). Two people who closed a bridge and a port, naming neither, closed two things."""
    if a.obj_head and a.obj_head == b.obj_head and not a.obj_named:
        return True
    return bool(a.agent_key and b.agent_key and (a.agent_key in b.names or b.agent_key in a.names))


def _comparable(a: RuleAction, b: RuleAction) -> bool:
    """Two doers that could be confused: of one kind (two people, two countries); a country
    against its government or capital is no conflict, nor is a denial."""
    if "not" in (a.modality, b.modality):
        return False
    kinds = {a.agent_kind, b.agent_kind}
    return len(kinds) == 1 and None not in kinds or kinds <= {"person", "name"}


def rule_action_differences(story: Sequence[Sequence[Sentence]]) -> list[Difference]:
    """One event told with different doers, or as done to different things, read with rules."""
    by_action: dict[str, list[list[RuleAction]]] = {}
    for sents in story:
        found: dict[str, list[RuleAction]] = {}
        for act in rule_actions(sents):
            found.setdefault(act.action, []).append(act)
        for action, acts in found.items():
            by_action.setdefault(action, []).append(acts)
    out = []
    for action, per_article in by_action.items():
        if len(per_article) < 2:
            continue
        diff = (_actor_difference(per_article) or _denial_difference(per_article)
                or _object_difference(action, per_article))
        if diff is not None:
            out.append(diff)
    return out


def _actor_difference(per_article: list[list[RuleAction]]) -> Difference | None:
    named = [[a for a in acts if a.agent_key and a.obj] for acts in per_article]
    named = [acts for acts in named if acts]
    conflict: dict[str, RuleAction] = {}
    for i in range(len(named)):
        for j in range(i + 1, len(named)):
            if {a.agent_key for a in named[i]} & {a.agent_key for a in named[j]}:
                continue  # one outlet names the same doer somewhere: no conflict
            pairs = [(a, b) for a in named[i] for b in named[j]
                     if _same_deed(a, b) and _comparable(a, b)]
            if pairs:
                a, b = pairs[0]
                conflict.setdefault(a.sentence.article.file, a)
                conflict.setdefault(b.sentence.article.file, b)
    if not conflict:
        return None
    for acts in named:  # every other article telling this action, with its first version
        file = acts[0].sentence.article.file
        if file not in conflict and any(_related(acts[0], c) for c in conflict.values()):
            conflict[file] = acts[0]
    chosen = sorted(conflict.values(), key=lambda a: a.sentence.article.file)
    what = next((f"the {a.obj_head}" for a in chosen if a.obj_head and not a.obj_named), "")
    verb = _past(chosen)
    return Difference(aspect=f"who {verb} {what}".strip(), kind="actor", reports=tuple(
        Report(a.sentence.article.file, a.says(), a.sentence.text) for a in chosen))


def _denial_difference(per_article: list[list[RuleAction]]) -> Difference | None:
    """One outlet says the doer did it; another that the doer denies it or did not."""
    doers = [[a for a in acts if a.subject_key and a.obj_head] for acts in per_article]
    doers = [acts for acts in doers if acts]
    for i in range(len(doers)):
        for j in range(i + 1, len(doers)):
            same = [(a, b) for a in doers[i] for b in doers[j]
                    if a.subject_key == b.subject_key and a.obj_head == b.obj_head]
            if not same or any(a.modality == b.modality for a, b in same):
                continue
            for a, b in same:
                if {a.modality, b.modality} == {"did", "not"} and not _YET.search(
                        (a if a.modality == "not" else b).sentence.text):
                    done = a if a.modality == "did" else b
                    doer = done.agent or f"the {done.subject}"
                    verb = _past([a, b])
                    return Difference(
                        aspect=f"whether {doer} {verb} the {done.obj_head}", kind="claim",
                        reports=tuple(Report(x.sentence.article.file, clip(x.sentence.text, 40),
                                             x.sentence.text) for x in (a, b)))
    return None


_YET = re.compile(r"\b(?:yet|still|so far)\b", re.I)  # "has not yet signed": the story moves on


def _past(acts: list[RuleAction]) -> str:
    """The action in the past tense, as one of the articles writes it."""
    for a in acts:
        if not a.nominal and re.search(r"(?:ed|shot|shut|put|withdrew|withdrawn)\b",
                                       a.verb.lower()):
            return a.verb.lower()
    verb = next(v for v, act in EVENT_VERBS.items() if act == acts[0].action)
    head, _, particle = verb.partition(" ")
    forms = sorted(f for f in _forms(head) if f.endswith("ed")) or [head + "ed"]
    return f"{forms[-1]} {particle}".strip()


def _object_difference(action: str, per_article: list[list[RuleAction]]) -> Difference | None:
    """What the event was done to, described as different things (a church, a centre), or
    who or what was blamed for one thing (the pilots, a technical failure)."""
    if action not in _EVENT_ACTIONS:
        return None
    blame = action == "blame"
    picked: list[RuleAction] = []
    for acts in per_article:
        for a in acts:
            if (a.obj and a.obj_head and not a.obj_named and a.modality in ("did", "planned")
                    and a.obj_head not in _VAGUE
                    and len(content_words(a.obj)) >= (1 if blame else 2)
                    and (not blame or _blamed_for(a))):
                picked.append(a)
                break
    if len(picked) < 2 or len({a.obj_head for a in picked}) < 2:
        return None
    if blame:
        causes = {_blamed_for(a) for a in picked}
        if len(causes) != 1:
            return None  # blamed for different things: no one matter
        aspect = f"what was blamed for the {causes.pop()}"
    else:
        # the same thing described differently shares a word beyond its head noun ("a new
        # Orthodox church", "an Orthodox cultural centre"); different things need not
        modifiers = [content_words(a.obj) - {a.obj_head} for a in picked]
        if not any(modifiers[i] & modifiers[j] for i in range(len(picked))
                   for j in range(i + 1, len(picked))):
            return None
        if not any(_related(a, b) for a in picked for b in picked if a is not b):
            return None
        aspect = f"what was {_past(picked)}"
    return Difference(aspect=aspect, kind="description", reports=tuple(
        Report(a.sentence.article.file, clip(a.obj.strip("\u201c\u201d\"")), a.sentence.text)
        for a in picked))


def _blamed_for(a: RuleAction) -> str | None:
    """The noun of "for the crash" right after what was blamed."""
    text = a.sentence.text
    at = text.find(a.obj or "", a.verb_end)
    if at < 0:
        return None
    m = re.match(r"\s+for\s+(?:the|this|that|its|their)\s+([a-z]+)\b", text[at + len(a.obj or ""):])
    return m.group(1) if m else None


# ---------------------------------------------------------------- documents

# documents whose content outlets report: what a resolution or a bill asks for
DOCUMENTS = ("resolution", "bill", "motion", "draft", "law", "amendment", "treaty", "agreement",
             "petition", "decree", "ordinance", "ultimatum", "referendum", "accord", "charter")
_CONTENT = (r"demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|s(?:eek(?:s|ing)?|ought)|"
            r"ask(?:s|ed|ing)?\s+for|aim(?:s|ed|ing)?\s+(?:at|to)|urg(?:es|ed|ing)|"
            r"requir(?:es|ed|ing)|propos(?:es|ed|ing)|impos(?:es|ed|ing)|ban(?:s|ned|ning)|"
            r"order(?:s|ed|ing)")
_DOCUMENT = re.compile(
    r"\b(?P<noun>" + "|".join(DOCUMENTS) + r")s?\b"
    r"(?P<gap>(?:\s+(?:at|of|in|on|by|before|to|the|a|an|[A-Z][\w’'-]*)){0,6}?)"
    r"(?:\s*,)?\s+(?:(?:which|that)\s+(?:(?:has|had|would|was|is|also)\s+)?)?"
    r"(?P<clause>(?:" + _CONTENT + r")\b[^.;:,!?]*)")
_CONTENT_WORDS = {"call", "calling", "called", "calls", "seek", "sought", "seeking", "seeks",
                  "demanding", "demand", "demanded", "demands", "ask", "asked", "asking",
                  "asks", "aim", "aimed", "aiming", "aims"}


@dataclass(frozen=True)
class _Asks:
    sentence: Sentence
    noun: str
    clause: str

    def words(self) -> set[str]:
        return content_words(self.clause) - _CONTENT_WORDS


def rule_content_differences(story: Sequence[Sequence[Sentence]]) -> list[Difference]:
    """The same document (a resolution, a bill) said to ask for different things, read with
    rules: the document's noun, then within a few words "demanding", "calling for",
    "which sought to"; the clauses differ when they share under a quarter of their words."""
    by_noun: dict[str, list[_Asks]] = {}
    for sents in story:
        seen: set[str] = set()
        for sent in sents:
            for m in _DOCUMENT.finditer(sent.text):
                noun = m.group("noun").lower()
                if noun in seen or _quoted(sent.text, m.start()) or \
                        any(w[:1].islower() and w not in ("at", "of", "in", "on", "by", "before",
                                                          "to", "the", "a", "an")
                            for w in m.group("gap").split()):
                    continue
                seen.add(noun)
                by_noun.setdefault(noun, []).append(_Asks(sent, noun, m.group("clause").strip()))
    out = []
    for noun, found in by_noun.items():
        if len(found) < 2:
            continue
        words = [c.words() for c in found]
        differs = any(words[i] and words[j] and len(words[i] & words[j]) /
                      min(len(words[i]), len(words[j])) < 0.25
                      for i in range(len(found)) for j in range(i + 1, len(found)))
        if differs:
            out.append(Difference(aspect=f"what the {noun} asked for", kind="description",
                                  reports=tuple(Report(c.sentence.article.file, clip(c.clause),
                                                       c.sentence.text) for c in found)))
    return out
