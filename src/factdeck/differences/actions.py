"""Actions told differently: another actor, a hedge or a denial, another thing acted on.

Needs the spaCy parse (:mod:`.shallow` reads actions with rules when there is
none). An action is a verb (or a noun naming one, "the
cancellation") with its actor, its object and how sure the text is of it
(done, planned, possible, denied). Two mentions in different articles are of
one matter when the action is the same and their sentences share a name, the
object or a complement ("for the crash").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from factdeck.bank.facts import Difference, Report
from factdeck.differences.text import Sentence, clip, content_words
from factdeck.textnorm import fold

# nouns and verbs that name the same action, mapped to one verb
ACTION_SYNONYMS = {
    "cancellation": "cancel", "cancelation": "cancel", "scrap": "cancel", "call off": "cancel",
    "postponement": "postpone", "delay": "postpone", "put off": "postpone",
    "veto": "block",
    "inauguration": "open", "inaugurate": "open", "opening": "open", "unveil": "open",
    "unveiling": "open",
    "resignation": "resign", "step down": "resign",
    "withdrawal": "withdraw", "pull out": "withdraw",
    "arrest": "arrest", "detain": "arrest", "detention": "arrest",
    "killing": "kill", "murder": "kill",
    "signing": "sign", "approval": "approve", "rejection": "reject",
    "launch": "launch", "closure": "close", "ban": "ban", "release": "release",
    "announcement": "announce", "election": "elect", "invasion": "invade",
}
# nouns that name an action ("the cancellation of the visit", "his resignation")
_NOMINALS = frozenset({
    "cancellation", "cancelation", "postponement", "veto", "delay", "inauguration", "opening",
    "unveiling", "resignation", "withdrawal", "arrest", "detention", "killing", "signing",
    "approval", "rejection", "launch", "closure", "ban", "release", "announcement", "election",
    "invasion"})
# verbs too common or too vague to say which action two outlets report
_GENERIC_VERBS = frozenset("""
be have do say tell add make take go come give get see know think want need use seem include
become remain continue show keep let put mean try leave call ask find feel look run turn begin
start help talk speak report believe consider indicate describe accord follow write hold appear
happen allow lead expect plan decide comment confirm note explain suggest claim argue insist
stress warn declare state reply announce accuse condemn criticise criticize denounce praise
welcome urge prefer hope wish like seek aim propose offer agree refuse fail manage work live
""".split())
_HEDGES = {"may", "might", "could", "would", "should"}
_INTENT_HEADS = {"plan", "expect", "threaten", "consider", "want", "intend", "propose", "hope",
                 "seek", "due", "set", "likely", "reluctant", "ready", "prepare", "aim",
                 "schedule", "promise"}
_AGENT_LABELS = {"PERSON", "GPE", "ORG", "NORP"}


@dataclass(frozen=True)
class _Action:
    sentence: Sentence
    action: str
    verb: Any  # spaCy token
    agent: Any | None  # spaCy entity span
    modality: str  # "did", "planned" (due to, expected to), "may" (may, would) or "not"
    obj: Any | None  # spaCy token: head of the thing acted on
    subject: Any | None = None  # spaCy token: a common noun doer ("rebels") when no name is

    @property
    def agent_key(self) -> str | None:
        if self.agent is None:
            return None
        if self.agent.label_ == "PERSON":
            words = [t.text for t in self.agent if t.text not in ("'s", "\u2019s", "'", "\u2019")]
            return fold(words[-1]) if words else None
        words = [w for w in fold(self.agent.text).split() if w != "the"]
        return " ".join(words) or None

    @property
    def subject_key(self) -> str | None:
        """The agent's name, else the common noun that does it: what "the same doer" means
        when one outlet says it happened and another that it did not."""
        if self.agent_key:
            return self.agent_key
        return self.subject.lemma_.lower() if self.subject is not None else None

    @property
    def names(self) -> set[str]:
        doc = self.sentence.doc
        return {fold(e[-1].text) for e in doc.ents if e.label_ in _AGENT_LABELS | {"LOC", "FAC"}}

    def object_text(self) -> str:
        if self.obj is None:
            return ""
        left = [t for t in self.obj.lefts if t.dep_ in ("det", "amod", "compound", "poss",
                                                          "nummod", "nmod")]
        start = min([self.obj.i, *(t.left_edge.i for t in left)])
        end = self.obj.i + 1
        for right in self.obj.rights:  # "of ..." / "over ..." / a quoted name right after
            if right.dep_ in ("prep", "acl", "appos") and right.i == end and \
                    right.text.lower() not in ("for", "to", "from", "at", "on", "in"):
                end = min(right.right_edge.i + 1, end + 8)
                break
        doc = self.obj.doc
        return doc[start:end].text

    def says(self) -> str:
        """What the article says happened: actor, hedge and action, in its own words."""
        doc = self.verb.doc
        tokens = [self.verb]
        if self.agent is not None:
            tokens += [self.agent[0], self.agent[-1]]
        if self.obj is not None:
            tokens.append(self.obj)
        start = min(t.i for t in tokens)
        end = max(t.i for t in tokens) + 1
        if self.obj is not None:
            span_end = self.obj.i + 1
            for right in self.obj.rights:
                if right.dep_ in ("prep", "acl") and right.i == span_end:
                    span_end = min(right.right_edge.i + 1, span_end + 8)
                    break
            commas = [t.i for t in doc[self.obj.i:span_end] if t.text in ",;:("]
            if commas:
                span_end = commas[0]  # stop before an apposition or aside
            end = max(end, span_end)
        if end - start <= 24:
            return clip(doc[start:end].text, 24)
        parts = [self.agent.text if self.agent is not None else "",
                 "may" if self.modality == "may" else ("did not" if self.modality == "not" else ""),
                 self.verb.text, self.object_text()]
        return clip(" ".join(p for p in parts if p))


def _action_name(token: Any) -> str | None:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        particle = next((c.text.lower() for c in token.children if c.dep_ == "prt"), None)
        if particle and f"{lemma} {particle}" in ACTION_SYNONYMS:
            return ACTION_SYNONYMS[f"{lemma} {particle}"]
        name = ACTION_SYNONYMS.get(lemma, lemma)
        return None if name in _GENERIC_VERBS else name
    if token.pos_ == "NOUN" and lemma in _NOMINALS:
        return ACTION_SYNONYMS.get(lemma, lemma)
    return None


def _entity_of(token: Any) -> Any | None:
    """The named entity a token stands for: itself, or a name it is modified by."""
    if token.ent_type_ in _AGENT_LABELS:
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
    if token.pos_ in ("NOUN", "PROPN"):
        for child in token.children:
            if child.dep_ in ("poss", "compound") and child.ent_type_ in _AGENT_LABELS:
                return _entity_of(child)
    return None


def _agent(token: Any, depth: int = 0) -> Any | None:
    if depth > 4:
        return None
    for child in token.children:
        if child.dep_ == "nsubj":
            return _entity_of(child)
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return _entity_of(grandchild)
        if token.pos_ == "NOUN" and child.dep_ == "poss":
            return _entity_of(child)
        if token.pos_ == "NOUN" and child.dep_ == "prep" and child.text.lower() == "by":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return _entity_of(grandchild)
    if token.dep_ in ("xcomp", "acl", "conj", "advcl", "acomp") and token.head is not token:
        if token.dep_ == "advcl" and not any(c.dep_ == "aux" and c.text.lower() == "to"
                                             for c in token.children):
            return None
        return _agent(token.head, depth + 1)
    return None


def _modality(token: Any) -> str:
    chain = [token]
    head = token
    while (head.dep_ in ("xcomp", "acl", "acomp", "advcl") and head.head is not head
           and len(chain) < 4):
        head = head.head
        chain.append(head)
    for t in chain:
        for child in t.children:
            if child.dep_ == "neg":
                return "not"
            if child.dep_ == "aux" and child.lemma_.lower() in _HEDGES:
                return "may"
    for t in chain[1:]:
        if t.lemma_.lower() in _INTENT_HEADS:
            return "planned"
    if chain[-1].dep_ == "ccomp" and chain[-1].head.lemma_.lower() in _DENYING:
        return "not"  # "the rebels denied that they had shot down the plane"
    return "did"


_DENYING = {"deny", "reject", "dispute", "refute", "contest"}


def _subject(token: Any, depth: int = 0) -> Any | None:
    """A common noun doing the action ("rebels"), for when no name does."""
    for child in token.children:
        if child.dep_ == "nsubj":
            if child.pos_ == "NOUN":
                return child
            if child.pos_ == "PRON" and token.dep_ == "ccomp" and depth == 0:
                return _subject(token.head, depth + 1)  # "the rebels denied that they ..."
            return None
    if token.dep_ in ("xcomp", "conj") and token.head is not token and depth < 3:
        return _subject(token.head, depth + 1)
    return None


def _object(token: Any) -> Any | None:
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
        if token.pos_ == "NOUN" and child.dep_ == "prep" and child.text.lower() == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def actions(sents: Sequence[Sentence]) -> list[_Action]:
    """Every non-generic action in parsed sentences, with its actor, hedge and object."""
    out = []
    for sent in sents:
        if sent.doc is None:
            continue
        for token in sent.doc:
            if token.pos_ not in ("VERB", "NOUN"):
                continue
            name = _action_name(token)
            if name is None or _quoted(token):
                continue
            out.append(_Action(sent, name, token, _agent(token), _modality(token), _object(token),
                               _subject(token) if token.pos_ == "VERB" else None))
    return out


def _quoted(token: Any) -> bool:
    """True when the token stands inside quotation marks: a speaker's words, not the outlet's."""
    text = token.doc.text[:token.idx]
    return (text.count("\u201c") > text.count("\u201d")) or text.count('"') % 2 == 1


def action_differences(story: Sequence[Sequence[Sentence]]) -> list[Difference]:
    """One action told with different actors, or as done by one and only possible by another."""
    by_name: dict[str, list[list[_Action]]] = {}
    for sents in story:
        found: dict[str, list[_Action]] = {}
        for act in actions(sents):
            found.setdefault(act.action, []).append(act)
        for name, acts in found.items():
            by_name.setdefault(name, []).append(acts)
    out = []
    for name, per_article in by_name.items():
        if len(per_article) < 2:
            continue
        diff = _actor_difference(name, per_article) or _object_difference(name, per_article)
        if diff is not None:
            out.append(diff)
    return out


def _related(a: _Action, b: _Action) -> bool:
    """Two mentions plausibly about the same event: their sentences share a name, or the
    action is done to the same thing."""
    if a.names & b.names:
        return True
    if (a.obj is not None and b.obj is not None and a.obj.pos_ == "NOUN"
            and a.obj.lemma_.lower() == b.obj.lemma_.lower()):
        return True
    return bool(_complements(a.verb) & _complements(b.verb))  # "blamed ... for the crash"


def _complements(verb: Any) -> set[str]:
    """Nouns of the prepositions on the verb or its object ("for the crash")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return {g.lemma_.lower() for h in heads for c in h.children if c.dep_ == "prep"
            for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"}


def _actor_difference(name: str, per_article: list[list[_Action]]) -> Difference | None:
    # "who did it to what": an action without an object (the ferry capsized) has no actor to
    # dispute, only a subject, which outlets name in many ways
    named = [[a for a in acts if a.agent_key and a.obj is not None] for acts in per_article]
    named = [acts for acts in named if acts]
    conflict: dict[str, _Action] = {}
    kind = None
    for i in range(len(named)):
        for j in range(i + 1, len(named)):
            keys_i = {a.agent_key for a in named[i]}
            keys_j = {a.agent_key for a in named[j]}
            pairs = [(a, b) for a in named[i] for b in named[j] if _related(a, b)]
            if not pairs:
                continue
            if not keys_i & keys_j:
                persons = [(a, b) for a, b in pairs if _comparable(a, b)]
                if persons:
                    a, b = persons[0]
                    conflict.setdefault(a.sentence.article.file, a)
                    conflict.setdefault(b.sentence.article.file, b)
                    kind = "actor"
                continue
    # the same doer, told as done by one outlet and as possible, planned or denied by another
    doers = [[a for a in acts if a.subject_key and a.obj is not None] for acts in per_article]
    doers = [acts for acts in doers if acts]
    for i in range(len(doers)):
        for j in range(i + 1, len(doers)):
            same = [(a, b) for a in doers[i] for b in doers[j]
                    if a.subject_key == b.subject_key and _related(a, b)]
            asserted = [(a, b) for a, b in same if a.modality == b.modality]
            hedged = [(a, b) for a, b in same if a.modality != b.modality]
            if hedged and not asserted:
                a, b = hedged[0]
                conflict.setdefault(a.sentence.article.file, a)
                conflict.setdefault(b.sentence.article.file, b)
                kind = kind or "claim"
    if kind is None:
        return None
    # every other article that tells this action, with its first named version
    for acts in named:
        file = acts[0].sentence.article.file
        if file not in conflict and any(_related(acts[0], c) for c in conflict.values()):
            conflict[file] = acts[0]
    # an actor is told in a phrase; a claim and its denial need their whole sentences
    reports = tuple(Report(a.sentence.article.file,
                           a.says() if kind == "actor" else clip(a.sentence.text, 40),
                           a.sentence.text)
                    for a in sorted(conflict.values(), key=lambda a: a.sentence.article.file))
    sample = next(iter(conflict.values()))
    what = _object_phrase(list(conflict.values()))
    verb = _past(list(conflict.values()))
    if kind == "actor":
        aspect = f"who {verb} {what}".strip()
    else:
        doer = sample.agent.text if sample.agent is not None else f"the {sample.subject.text}"
        aspect = f"whether {doer} {verb} {what}".strip()
    return Difference(aspect=aspect, reports=reports, kind=kind)


def _comparable(a: _Action, b: _Action) -> bool:
    """Two actors that could be confused: both people (the tagger may call one an ORG), or two
    of one kind (two countries); a country against its capital or government is no conflict.
    A negated mention ("X did not cancel") has no actor to dispute."""
    if "not" in (a.modality, b.modality):
        return False
    labels = {a.agent.label_, b.agent.label_}
    return len(labels) == 1 or ("PERSON" in labels and labels <= {"PERSON", "ORG"})


def _object_phrase(acts: list[_Action]) -> str:
    for a in acts:
        if a.obj is not None and a.obj.pos_ == "NOUN":
            return f"the {a.obj.text}"
    return ""


def _past(acts: list[_Action]) -> str:
    """The action in the past tense, as one of the articles writes it ("shot down")."""
    for a in acts:
        if a.verb.tag_ in ("VBD", "VBN"):
            particle = next((c.text.lower() for c in a.verb.children if c.dep_ == "prt"), "")
            return f"{a.verb.text.lower()} {particle}".strip()
    lemma = acts[0].action
    if lemma.endswith("e"):
        return lemma + "d"
    return lemma + "ed"


_RESPONSIBILITY = {"blame", "attribute"}
_EVENT_ACTIONS = frozenset(ACTION_SYNONYMS.values()) | _RESPONSIBILITY


def _stems(a: _Action) -> set[str]:
    """The sentence's content words cut to five letters, the action's own word left out."""
    verb = a.verb.text.lower()[:5]
    return {w[:5] for w in a.sentence.words() if len(w) > 2} - {verb}
_VAGUE_NOUNS = {"thing", "event", "events", "one", "part", "kind", "lot", "number", "way",
                "people", "man", "woman", "person", "group", "meeting", "visit", "trip", "talks"}


def _object_difference(name: str, per_article: list[list[_Action]]) -> Difference | None:
    """What the action was done to, described as different things (a church, a centre)."""
    picked: list[_Action] = []
    for acts in per_article:
        for a in acts:
            if (a.obj is not None and a.obj.pos_ == "NOUN" and a.obj.ent_type_ == ""
                    and a.modality in ("did", "planned")
                    and a.obj.lemma_.lower() not in _VAGUE_NOUNS):
                picked.append(a)
                break
    if len(picked) < 2:
        return None
    heads = {a.obj.lemma_.lower() for a in picked}
    if len(heads) < 2:
        return None
    texts = [content_words(a.object_text()) for a in picked]
    # a bare noun ("the man", "the suspect") is too often the same thing named twice; who or
    # what is blamed is the exception worth asking about
    if not all(len(t) >= (1 if name in _RESPONSIBILITY else 2) for t in texts):
        return None
    if not any(_related(a, b) for a in picked for b in picked if a is not b):
        return None
    # common verbs (support, prevent, carry out) are done to many things in one story: only a
    # named event (opened, cancelled, blamed) or sentences alike in more words are one matter
    if name not in _EVENT_ACTIONS and not all(
            len(_stems(a) & _stems(b)) >= 3 for a in picked for b in picked if a is not b):
        return None
    verb = _past(picked)
    shared = set.intersection(*(_complements(a.verb) for a in picked))
    why = f" for the {sorted(shared)[0]}" if shared and name in _RESPONSIBILITY else ""
    reports = tuple(Report(a.sentence.article.file, clip(a.object_text()),
                           a.sentence.text) for a in picked)
    return Difference(aspect=f"what was {verb}{why}", reports=reports, kind="description")
