"""People and their posts: titled mentions, appositions, names alone, and later surnames.

"French Foreign Minister Anne-Marie Duclos" gives a person and a post, normalised
to "Foreign Minister of France"; "John Doe, director of X," gives a post by
apposition; a later "Duclos" is the same person. Every mention keeps its
offsets, so quotes and stances can find who speaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from factdeck.articles.calendar import MONTHS, WEEKDAYS
from factdeck.lexicon.organisations import (
    DESCRIPTORS,
    ORG_WORDS,
    PLACE_LAST,
    THING_NOUNS,
)
from factdeck.lexicon.places import CITIES, COUNTRIES, DEMONYMS, INSTITUTIONS
from factdeck.lexicon.titles import (
    FIELDS,
    HONORIFICS,
    KIN,
    POST_HEADS,
    POST_QUALIFIERS,
    POST_SYNONYMS,
    TITLES,
)
from factdeck.textnorm import fold

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
LOWER = "a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž"
_S = r"[ \u00a0]"  # a space inside a name: never a line break
_TOKEN = rf"""(?:
    [{UPPER}][{LOWER}]+                 # Moreau
    (?:[{UPPER}][{LOWER}]+)?            # McCain, DeSantis
    (?:['’][{UPPER}][{LOWER}]+)?        # O'Brien
    (?:-[{UPPER}]?[{LOWER}]+)*          # Anne-Marie, Zaid-e-Noor
  | [{UPPER}]\.                         # an initial: J.
)"""
_PARTICLE = r"""(?:
    (?:al|el|ad|as|bin|ibn|abu|ben)-                                        # al-Rashid
  | (?:de|da|di|du|del|della|van|von|der|den|dos|das|ter|ten|bin|ibn|al|la|le)[ \u00a0]  # de Gaulle
)"""
_ROMAN = r"(?:[ \u00a0](?:II|III|IV|VI|VII|VIII|IX|Jr\.|Sr\.))"  # Albert II, Jr.
_INITIALS = rf"(?:[{UPPER}]{{1,2}}[ \u00a0](?=[{UPPER}][{LOWER}]))"  # RK Laxman, P Rao
NAME = rf"""(?:
    {_INITIALS}?{_TOKEN}                               # first word, maybe after bare initials
    (?:{_S}{_PARTICLE}{{0,2}}{_TOKEN}){{0,3}}          # up to three more, with particles
    {_ROMAN}?                                          # a regnal number or Jr.
  | {_PARTICLE}{_TOKEN}                                # a surname with its particle alone
)"""
NAME_RE = re.compile(rf"(?<![\w’'-]){NAME}(?!\w|-\w)", re.VERBOSE)  # "Tom Hale- was" ends a name
_SPACE = re.compile(r"[ \u00a0]+")
_INITIALS_RE = re.compile(rf"[{UPPER}]{{1,2}}")

# Capitalised function words that start sentences, never names
STOPWORDS = frozenset("""
The A An In On At For With Without After Before When While Whereas Although Though But And Or
Nor So Yet As If Since Until Because Despite During Meanwhile However Moreover Also Still Then
This That These Those It Its He She They We You I His Her Their Our My Your Who Whom Whose What
Which Where Why How There Here Now Today Yesterday Tomorrow Tonight Earlier Later Last Next
Such Some Any All Each Every Both Either Neither No Not Many Much More Most Few Several Other
Another One Two Three Four Five Six Seven Eight Nine Ten First Second Third Half Of To From By
Into Over Under Above Below About Against Between Among Through Across Around Near Inside
Outside Within Even Only Just Already Indeed Instead Otherwise Thus Hence Therefore Nevertheless
Nonetheless Above Overall Meeting Commenting Speaking Asked Speaking According Unlike Like
Following Amid Amidst Given Citing Referring Writing Responding Addressing Mr Mrs Ms Dr Sir
Lord Lady Dame Madam Madame Monsieur Herr Frau Senor Sheikh Prince Princess King Queen President
Minister Chancellor Premier Pope Saint Gen Sen Rep Gov Col Lt Capt Sgt Prof Yes Oh Well Please
Read Skip Share Subscribe Click Watch Listen Sign Follow Photo Video Image Getty Reuters AFP AP
Says Said Tells Told Announces Wins Dies Sentenced Arrested Named Elected Quits Resigns Slams
Calls Vows Warns Urges Backs Meets Confirms Denies Claims Reveals Admits Speaks Faces Set Chief
Official Officials Source Sources Report Reports Exclusive Breaking Update Updates Analysis
Opinion Editorial Comment Explainer Live Advertisement Related More Also Top Latest Home
Agencies Staff Desk Bureau Correspondent Reporter Editor Edited Reporting Compiled
""".split())
HUMAN_VERBS = frozenset("""
said says told tells added explained declared stated noted argued insisted warned asked replied
wrote tweeted announced claimed stressed continued commented remarked acknowledged admitted
conceded urged recalled observed suggested emphasized emphasised concluded predicted cautioned
vowed pledged promised confirmed denied moved met meets greeted visited arrived traveled
travelled signed called wants wanted opposed proposed supported welcomed rejected demanded
believes believed thinks thought hopes hoped decided refused accused criticized criticised
condemned praised thanked spoke speaks agreed pressed sought seeks launched ordered appointed
resigned won lost ran campaigned voted led leads
""".split())

_TITLE_VARIANTS = sorted({v for t in TITLES for v in (t, t.lower(), t[0].upper() + t[1:])},
                         key=len, reverse=True)
_COMMON_SUBJECTS = frozenset({"police", "officials", "witnesses", "analysts", "critics", "experts",
                              "residents", "authorities", "sources", "observers", "diplomats",
                              "investigators", "prosecutors", "lawmakers", "voters", "activists",
                              "supporters", "opponents", "troops", "rebels", "militants",
                              "workers", "officers", "soldiers", "parents", "students", "others",
                              "organisers", "organizers", "doctors", "scientists", "researchers",
                              "medics", "rescuers", "protesters", "demonstrators", "farmers",
                              "unions", "everyone", "nobody", "somebody", "someone", "people",
                              "ministers", "leaders", "executives", "players", "fans"})
_SAID = frozenset({"said", "says", "told", "tells", "added", "explained", "declared"})
_TITLE_WORDS = frozenset(w for t in TITLES for w in t.split() if w[0].isupper())
_TITLE_SET = frozenset(TITLES)
# "Justices Ann Lee and Tom Roy": a plural title before a list of names
_PLURAL_TITLES = frozenset(w + "s" for w in _TITLE_WORDS if w.isalpha() and not w.endswith("s"))
_TITLE_HEADS = frozenset(t.split()[-1].lower().rstrip(".") for t in TITLES) | POST_HEADS
TITLE_RE = re.compile(r"(?<![\w-])(?P<title>" + "|".join(re.escape(t) for t in _TITLE_VARIANTS)
                      + r")[ \u00a0]+(?=[" + UPPER + r"])")
_APPOSITION = re.compile(r"""
    ,[ \u00a0]+
    (?:the[ \u00a0]+|a[ \u00a0]+|an[ \u00a0]+)?         # ", the director of ..."
    (?P<post>[^,;:.()“”"]{3,140}?)                    # the post, up to a stop
    (?=[,;:.()“”"]                                     # ends at punctuation,
      |[ \u00a0](?:who|which|said|says|told|tells|and[ \u00a0]the)\b  # a clause,
      |$)                                              # or the paragraph's end
""", re.VERBOSE)
_OF_PLACE = re.compile(rf"""
    [ \u00a0]+of[ \u00a0]+
    (?P<place>[{UPPER}][\w’'-]+(?:[ \u00a0][{UPPER}][\w’'-]+)?)   # "of Monaco", "of South Africa"
""", re.VERBOSE)
_REGNAL = re.compile(r"II|III|IV|VI|VII|VIII|IX|Jr\.|Sr\.")
_SURNAME_PARTICLES = frozenset({"le", "la", "de", "van", "von", "da", "di", "del", "al", "bin"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named at ``start:end`` (the name), maybe with a post."""

    start: int
    end: int
    name: str  # as written, spaces normalised
    post: str | None = None  # normalised: "Foreign Minister of France"
    span: tuple[int, int] | None = None  # name together with its post, for evidence
    kind: str = "name"  # titled | apposition | name | initial | surname | nlp

    @property
    def tokens(self) -> list[str]:
        return self.name.split()


def surname(name: str) -> str:
    """The family name: the last word, with a particle kept ("al-Rashid", "Le Goff")."""
    tokens = name.split()
    while len(tokens) > 1 and _REGNAL.fullmatch(tokens[-1]):
        tokens = tokens[:-1]
    if len(tokens) >= 3 and tokens[-2].lower() in _SURNAME_PARTICLES:
        return " ".join(tokens[-2:])
    return tokens[-1]


@lru_cache(maxsize=4096)
def surname_key(name: str) -> str:
    """The folded last word, used to join "Moreau" to "Paul Moreau"."""
    last = fold(surname(name)).split()
    word = last[-1] if last else ""
    return _ARABIC_ARTICLE.sub("", word)


_BODY_LAST = frozenset({"Bill"})
# Articles of other languages: "La Nueva Fuerza" is a body; "Le Roux said" must act to be someone
_ARTICLES = frozenset({"La", "Le", "El", "Los", "Las", "Les", "Il", "Die", "Der"})
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|bin|ibn|abu|ben)\s")
_POSSESSIVE = re.compile(r"['’]s$")
_IDEOLOGY_END = re.compile(r"(?:ism|isms|ists?|ite)$")
_HAS_LOWER = re.compile(f"[{LOWER}]")


def _is_initials(word: str) -> bool:
    """"GS", "S": bare initials before a name, not a country code ("US") or a body ("UN")."""
    return bool(_INITIALS_RE.fullmatch(word)) and word not in DEMONYMS and \
        word not in COUNTRIES and word not in INSTITUTIONS and word not in _TITLE_SET


_COMPOUND_ADJECTIVE = re.compile(r"-(?:[a-z]+ed|[a-z]+ing|based|born|run|wide|style|era)$")


def _ideology(word: str) -> bool:
    """"Gaullist", "Thatcherism": a movement's adjective or noun, never a name."""
    return len(word) >= 6 and word[:1].isupper() and bool(
        _IDEOLOGY_END.search(word)) and word not in {"Baptiste"}


def is_placeish(words: Iterable[str]) -> bool:
    """Whether a capitalised sequence names a place, a body or a calendar word."""
    return _placeish(tuple(words))


@lru_cache(maxsize=16384)
def _placeish(words: tuple[str, ...]) -> bool:
    for i, w in enumerate(words):
        bare = w.rstrip(".").replace("’s", "").replace("'s", "")
        if bare in _BODY_LAST and i == len(words) - 1 and len(words) > 1:
            return True  # "the Climate Bill", but "Bill Reed" is a name
        if (bare in ORG_WORDS or bare in COUNTRIES or _COMPOUND_ADJECTIVE.search(bare)
                or bare in CITIES or bare in INSTITUTIONS
                or bare in DEMONYMS or bare.lower() in WEEKDAYS
                or bare.lower() in MONTHS and not (i == 0 and len(words) > 1 and bare == "Jan")
                or bare in STOPWORDS or _ideology(bare)
                or (bare.isupper() and len(bare) > 1 and bare not in {"II", "III", "IV", "VI"}
                    and not (i == 0 and len(words) > 1 and _is_initials(bare)))):
            return True
    joined = " ".join(words)
    if len(words) > 1 and (joined in CITIES or joined in COUNTRIES or joined in INSTITUTIONS):
        return True
    pairs = (f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return any(p in CITIES or p in COUNTRIES for p in pairs)


@lru_cache(maxsize=16384)
def clean_name(raw: str) -> str:
    """A name as written, without trailing calendar words or possessive."""
    name = _SPACE.sub(" ", raw).strip()
    name = _POSSESSIVE.sub("", name)
    tokens = name.split()
    while tokens and (tokens[-1].lower() in WEEKDAYS or tokens[-1].rstrip(".").lower() in MONTHS
                      or tokens[-1] in STOPWORDS):
        if tokens[-1] in _TITLE_WORDS and len(tokens) > 1:
            return ""  # "New Zealand Prime Minister": a post, not a name
        tokens.pop()
    return " ".join(tokens)


def strip_descriptors(tokens: list[str]) -> tuple[list[str], list[str]]:
    """("Billionaire", "Ada", "Vance") -> (["Billionaire"], ["Ada", "Vance"]).

    Leading words that describe (a nationality, a movement, a trade) or place
    ("Police", "Gaullist", "Scot") are not part of the name.
    """
    lead: list[str] = []
    while len(tokens) > 2 or (len(tokens) == 2 and (tokens[0] in DESCRIPTORS
                                                   or tokens[0] in _PLURAL_TITLES)):
        first = tokens[0]
        if first in DESCRIPTORS or first in _PLURAL_TITLES or first in DEMONYMS \
                or _ideology(first) or is_placeish([first]) and not _is_initials(first):
            lead.append(first)
            tokens = tokens[1:]
            continue
        break
    return lead, tokens


def _synonym(word: str) -> str:
    return POST_SYNONYMS.get(word, word)


def normalize_post(words: list[str], title: str, country: str | None = None) -> str | None:
    """"French", "Foreign Minister" -> "Foreign Minister of France"; honorifics are no post."""
    if title in HONORIFICS:
        return None
    title = " ".join(_synonym(t) for t in title.split())
    qualifiers: list[str] = []
    org: list[str] = []
    lower_qualifiers = {q.lower() for q in POST_QUALIFIERS}
    for i, w in enumerate(words):
        if w in DEMONYMS and not org:
            country = DEMONYMS[w]
        elif re.fullmatch(r"[\w.-]+['’]s", w) and re.sub(r"['’]s$", "", w) in COUNTRIES \
                and not org:
            country = re.sub(r"['’]s$", "", w)
        elif w.lower() in {"former", "acting", "interim", "deputy", "independent", "outgoing",
                           "then", "caretaker", "exiled", "ousted", "late"}:
            (org if org else qualifiers).append(w.lower())
        elif w.lower() in lower_qualifiers and not org and w.lower() not in FIELDS and (
                w.islower() or i + 1 == len(words) or not words[i + 1][:1].isupper()):
            continue
        else:
            org.append(_synonym(w))
    head = title.rstrip(".") if title.endswith(".") and len(title) > 4 else title
    if country:
        head = " ".join(x[0].upper() + x[1:] if x.islower() and x not in {"of", "the", "and", "for"}
                        else x for x in head.split())
        post = f"{head} of {country}"
    else:
        post = head
    return " ".join([*qualifiers, *org, post]).strip() or None


_BODY_ADJECTIVES = frozenset({"European", "Arab", "African", "Asian", "Federal", "National",
                              "Supreme", "Central", "International", "Islamic"})
_NOT_FIELDS = frozenset({"the", "a", "an", "and", "or", "said", "says", "told", "by", "of", "to",
                         "with", "for", "from", "as", "his", "her", "its", "their"})
_ROLE_ADJECTIVES = frozenset({"star", "superstar", "ace", "opening", "rookie", "young", "teenage",
                              "fellow", "legendary", "political", "chief"})
_WORD_BEFORE = re.compile(r"(\([A-Z]{2,6}\)|[\w.’'&-]+)[ \u00a0]+$")
_PAIR_BEFORE = re.compile(r"([\w.’'-]+[ \u00a0][\w.’'-]+)[ \u00a0]+$")
_COORDINATED = frozenset({"and", "&"})


_CAPITAL_WORD = re.compile(rf"[{UPPER}][\w’'-]*")


def _org_word(word: str) -> bool:
    """A capitalised word that may name the body a post belongs to ("Acme", "Bani-e-Watan")."""
    if word.startswith("(") or (word.isupper() and 1 < len(word) <= 6 and word.isalpha()):
        return True
    bare = _POSSESSIVE.sub("", word)
    return bool(_CAPITAL_WORD.fullmatch(bare)) and bare not in STOPWORDS \
        and bare.lower() not in WEEKDAYS and bare.lower() not in MONTHS \
        and bare not in HONORIFICS


def _bodyish(word: str) -> bool:
    return word in ORG_WORDS or word in COUNTRIES or word in INSTITUTIONS or word in CITIES \
        or word in DEMONYMS or (word.isupper() and 1 < len(word) <= 6)


def _coordinated(text: str, left_start: int, left: str, right: str, floor: int) -> bool:
    """Whether "LEFT and RIGHT" before a title both belong to the post.

    "skipper and star bowler", "District and Circuit Judge", "Acme and Zenit
    owner"; not "Ann Lee and Kenya coach" (a name, then a body).
    """
    if left.lower() in _TITLE_HEADS:
        return True
    if left.endswith(("’s", "'s")) or not _org_word(right):
        return False
    if _bodyish(left):
        return True
    before = text[max(floor, left_start - 2):left_start]
    alone = not re.search(r"\w[ \u00a0]$", before) or not re.search(
        rf"[{UPPER}][\w’'-]*[ \u00a0]$", text[max(floor, left_start - 30):left_start])
    return alone and _org_word(left) and not _bodyish(right)


def _words_before(text: str, pos: int, floor: int, title: str = "") -> tuple[list[str], int]:
    """Qualifiers, demonyms, fields and the body's name right before a title.

    "Former Kenya skipper and star bowler", "Acme and Zenit owner",
    "Leeds police chief", "Senior District and Circuit Judge",
    "Lee's lawyer": a possessive ends the run on its left.
    """
    words: list[str] = []
    start = pos
    orgs = 0
    while len(words) < 8:
        m = _WORD_BEFORE.search(text, max(floor, start - 40), start)
        if not m or m.end() != start:
            break
        word = m.group(1)
        m2 = _PAIR_BEFORE.search(text, max(floor, start - 60), start)
        if m2 and m2.end() == start and (m2.group(1) in DEMONYMS or m2.group(1) in INSTITUTIONS):
            words.insert(0, m2.group(1))
            start = m2.start()
            continue
        bare = _POSSESSIVE.sub("", word)
        low = word.lower()
        if word in _COORDINATED:
            # "skipper and star bowler": both sides may belong to the post (see _coordinated)
            m3 = _WORD_BEFORE.search(text, max(floor, m.start() - 40), m.start())
            left = m3.group(1) if m3 and m3.end() == m.start() else ""
            if words and left and _coordinated(text, m3.start() if m3 else 0, left, words[0],
                                               floor):
                words.insert(0, word)
                start = m.start()
                continue
            break
        if word != bare and word[:1].isupper():
            words.insert(0, word)  # "Lee's lawyer", "Peru's former prime minister"
            start = m.start()
            break
        ok = (word in DEMONYMS or word in _BODY_ADJECTIVES or low in _ROLE_ADJECTIVES
              or word in INSTITUTIONS
              or low in POST_QUALIFIERS or word in POST_QUALIFIERS or low in FIELDS
              or low in _TITLE_HEADS and words and words[0] in _COORDINATED
              or (orgs < 4 and _org_word(word)))
        if not ok or (word[:1].islower() and low in _NOT_FIELDS):
            break
        orgs += _org_word(word)
        words.insert(0, word)
        start = m.start()
    while words and words[0] in _COORDINATED:
        start += len(words.pop(0)) + 1
    return words, start


_TITLE_OF = re.compile(r"""(?x)
    (?<![\w-])(?P<title>[A-Z][\w-]+)                   # "Commissioner"
    (?=[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-ZÀ-Þ])  # " of Police ..."
""")
_OF_BODY = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?=[A-ZÀ-Þ])")
_COUNTRY_TITLES = frozenset({"king", "queen", "prince", "princess", "emir", "sultan", "president",
                             "crown prince", "prime minister", "governor", "mayor"})


def _name_after(text: str, at: int, end: int) -> tuple[str, int, int] | None:
    """The name starting at ``at`` (without descriptors before it): (name, start, end)."""
    name_m = NAME_RE.match(text, at, end)
    if not name_m:
        return None
    name = clean_name(name_m.group())
    if not name:
        return None
    lead, tokens = strip_descriptors(name.split())
    if lead:
        skip = text.find(tokens[0], at + len(" ".join(lead)))
        at, name = skip, " ".join(tokens)
    last = name.split()[-1]
    name_end = at + text[at:name_m.end()].find(last, len(name) - len(last)) + len(last)
    return name, at, name_end


_DESCRIBED_CUE = re.compile(r"\b(?:national|citizen|resident|native)\b")
_DEMONYM_ALT = "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True))
_DESCRIBED = re.compile(rf"""
    (?<![\w-])
    (?P<post>
        (?:(?:\d+|[A-Za-z]+)-year-old[ \u00a0]+)?                  # "40-year-old"
        (?:(?:{_DEMONYM_ALT})[ \u00a0]+)?                           # "Irish"
        (?:national|citizen|resident|native)                        # "national"
        (?:[ \u00a0]+of[ \u00a0]+(?:{_DEMONYM_ALT})[ \u00a0]+(?:origin|descent|heritage))?
    )[ \u00a0]+(?=[{UPPER}])
""", re.VERBOSE)


def described_mentions(text: str, start: int, end: int) -> list[Mention]:
    """"a 40-year-old Irish national of Kenyan origin Mary Wanjiru": who someone is, as written."""
    found: list[Mention] = []
    if not _DESCRIBED_CUE.search(text, start, end):
        return found
    for m in _DESCRIBED.finditer(text, start, end):
        got = _name_after(text, m.end(), end)
        if not got or text[m.end():got[1]].strip():
            continue
        name, name_start, name_end = got
        if len(name.split()) < 2 or is_placeish(name.split()) and not _is_initials(name[:2]):
            continue
        post = m.group("post")
        if not any(w[:1].isupper() for w in post.split()) and "year-old" not in post:
            continue  # a bare "resident Jane Doe" says too little
        found.append(Mention(name_start, name_end, name, post, (m.start(), name_end),
                             "apposition"))
    return found


def titled_mentions(text: str, start: int, end: int) -> list[Mention]:
    """"French President Paul Moreau", "Kremlin spokesman Ivan Petrov" in one paragraph.

    Also "Deputy Commissioner of Police Ravi Nair": the title takes the body after "of".
    """
    found: list[Mention] = []
    for m in TITLE_RE.finditer(text, start, end):
        title = m.group("title")
        got = _name_after(text, m.end(), end)
        if got and text[m.end():got[1]].strip():
            got = None  # descriptors between a title and a name: not this construction
        if not got:
            continue
        name, name_start, name_end = got
        tokens = name.split()
        if tokens[0] in _TITLE_WORDS:
            continue  # "General Secretary": a title, not a name
        if is_placeish(tokens) and not (len(tokens) > 1 and _is_initials(tokens[0])
                                        and not is_placeish(tokens[1:])):
            continue
        if title[0].islower() and len(tokens) < 2:
            continue  # "the minister Paris ..." is not a name
        if _is_label(text, m.start(), name_end) or _credit(text, name_start, name_end):
            continue  # the 'Chief Dreamer': a nickname in quotes
        found.append(_titled(text, start, end, title, m.start(), name, name_start, name_end))
    found.extend(_title_of_body(text, start, end))
    return _drop_nested(found)


def _titled(text: str, floor: int, end: int, title: str, title_start: int, name: str,
            name_start: int, name_end: int) -> Mention:
    words, pre_start = _words_before(text, title_start, floor, title)
    country = None
    of = _OF_PLACE.match(text, name_end, end)
    span_end = name_end
    if of and of.group("place") in COUNTRIES and title.lower() in _COUNTRY_TITLES:
        country = of.group("place")
        span_end = of.end()
    post = normalize_post(words, title, country)
    return Mention(name_start, name_end, name, post, (pre_start, span_end), "titled")


def _title_of_body(text: str, start: int, end: int) -> list[Mention]:
    """"Deputy Commissioner of Police Ravi Nair", "President of Chile Ana Soto"."""
    found = []
    for m in _TITLE_OF.finditer(text, start, end):
        title = m.group("title")
        if title not in _TITLE_WORDS or title in HONORIFICS:
            continue
        title_start = m.start("title")
        of = _OF_BODY.match(text, m.end(), end)
        if not of:
            continue
        run = NAME_RE.match(text, of.end(), end)
        if not run:
            continue
        tokens = clean_name(run.group()).split()
        body: list[str] = []
        while tokens and is_placeish(tokens[:1]) and not _is_initials(tokens[0]):
            body.append(tokens.pop(0))
        if not body or len(tokens) < 2 or is_placeish(tokens):
            continue
        name = " ".join(tokens)
        name_start = text.find(tokens[0], of.end() + len(" ".join(body)))
        name_end = name_start + len(name)
        if text[name_start:name_end] != name:
            continue
        full = _SPACE.sub(" ", text[title_start:of.end()] + " ".join(body))
        if any(full.lower().startswith(t.lower()) for t in _TITLE_SET if " of " in t):
            continue  # "Secretary of State": a title of its own
        mention = _titled(text, start, end, title, title_start, name, name_start, name_end)
        words, _ = _words_before(text, title_start, start, title)
        if " ".join(body) in COUNTRIES and title.lower() in _COUNTRY_TITLES:
            post = normalize_post(words, title, " ".join(body))
        else:
            post = normalize_post(words, full)
        found.append(replace(mention, post=post))
    return found


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest title for each name ("Foreign Minister X", not "Minister X")."""
    best: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        key = (m.start, m.end)
        if key not in best or (m.span and best[key].span and m.span[0] < best[key].span[0]) or (
                m.span == best[key].span and len(m.post or "") > len(best[key].post or "")):
            best[key] = m
    return sorted(best.values(), key=lambda m: m.start)


_WHO_LEADS = re.compile(r"""
    ,[ \u00a0]+who[ \u00a0]+
    (?:
        (?:is|was)[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+|an[ \u00a0]+)?   # ", who is the ..."
        (?P<post>[^,;:.()“”"]{3,120}?)
      | (?P<verb>chairs|heads|leads|runs|directs|founded|co-founded|captains|coaches|manages|owns)
        [ \u00a0]+(?P<what>[^,;:.()“”"]{3,120}?)                           # ", who heads the X"
    )
    (?=[,;:.()“”"]|$)
""", re.VERBOSE)
_LEADS_AS = {"chairs": "chair", "heads": "head", "leads": "leader", "runs": "head",
             "directs": "director", "founded": "founder", "co-founded": "co-founder",
             "captains": "captain", "coaches": "coach", "manages": "manager", "owns": "owner"}
_NOT_POST_START = re.compile(
    r"(?i)(?:who|which|whose|where|when|while|as|but|and|or|however|he|she|it|they|according|"
    r"including|to|in|on|at|by|from|with|after|before|said|says)$")


def head_window_end(words: list[str]) -> int:
    """The index just past the first post head among the first four words."""
    for i, w in enumerate(words[:4]):
        if w.lower().strip("’'") in POST_HEADS:
            return i + 1
    return 0


def apposition_post(text: str, name_end: int, end: int) -> tuple[str, int] | None:
    """"NAME, director of studies at X," -> ("director of studies at X", end offset).

    Also "NAME, who chairs the X committee," -> "chair of the X committee", and
    "NAME, South Africa's captain," -> "South Africa's captain".
    """
    w = _WHO_LEADS.match(text, name_end, end)
    if w and w.group("verb"):
        return f"{_LEADS_AS[w.group('verb')]} of {w.group('what').strip()}", w.end("what")
    if w and w.group("post"):
        words = w.group("post").split()
        if any(x.lower() in POST_HEADS for x in words[:4]) and len(words) <= 18:
            return w.group("post").strip(), w.end("post")
    m = _APPOSITION.match(text, name_end, end)
    if not m:
        return None
    post = m.group("post").strip()
    words = post.split()
    if not words or len(words) > 18 or _NOT_POST_START.match(words[0]):
        return None
    head_window = [w.lower().strip("’'") for w in words[:4]]
    if not any(w in POST_HEADS for w in head_window):
        return None
    possessive = re.fullmatch(r"[\w.-]+['’]s", words[0])
    if words[0][0].isupper() and words[0] not in DEMONYMS and words[0].lower() not in POST_HEADS \
            and not possessive and words[0].lower() not in POST_QUALIFIERS and not (
                m.group(0)[1:].lstrip().startswith(("the ", "a ", "an "))
                and all(w[:1].isupper() or w.lower() in POST_HEADS or w.lower() in FIELDS
                        for w in words[:head_window_end(words)])):
        return None  # ", Paris, France": no post; ", the Manhattan district attorney": one
    first_head = next(i for i, w in enumerate(head_window) if w in POST_HEADS)
    if any(_NOT_POST_START.match(w) for w in words[:first_head]):
        return None
    if titled_mentions(post, 0, len(post)):
        return None  # ", finance chief Ann Webb": the next person of a list
    return post, m.start("post") + len(post)


_REVERSE = re.compile(r"""
    (?:(?P<country>[A-Z][\w.-]+)['’]s[ \u00a0]+             # "Norway's ambassador, "
      |\b(?:the|a|an|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \u00a0]+)  # "the ambassador, "
    (?P<post>(?:[\w-]+[ \u00a0]+){0,3}?(?P<head>[\w-]+)),[ \u00a0]+$
""", re.VERBOSE)


def reverse_apposition(text: str, name_start: int, floor: int) -> tuple[str, int] | None:
    """"Norway's ambassador, Odd Hansen" -> ("Ambassador of Norway", start of the post)."""
    m = _REVERSE.search(text, max(floor, name_start - 80), name_start)
    if not m or m.group("head").lower() not in POST_HEADS:
        return None
    words = m.group("post").split()
    if any(_NOT_POST_START.match(w) for w in words):
        return None
    country = m.group("country")
    if country and country not in COUNTRIES:
        if country in CITIES or country in INSTITUTIONS or not country[0].isupper():
            return None
        return f"{country}'s {' '.join(words)}", m.start()  # "Acme's chief executive"
    post = normalize_post(words[:-1], words[-1], country)
    return (post, m.start()) if post else None


# Words that say the name that follows is a thing named after a person: "the aircraft carrier
# Henri Moreau", "the frigate Anna Lind", "Hurricane Ida", "Prize", "Street" ...
_THING_BEFORE = re.compile(r"""
    (?i)(?<![\w-])
    (?:aircraft[ \u00a0]+carrier|carrier|warship|ship|vessel|frigate|destroyer|cruiser|corvette
      |submarine|tanker|freighter|trawler|liner|yacht|ferry|icebreaker|flagship       # ships
      |airliner|rocket|spacecraft|satellite|probe|rover|lander|orbiter|module|capsule
      |telescope|mission                                                             # space
      |hurricane|storm|typhoon|cyclone|operation                                     # events
      |airport|stadium|arena|street|avenue|boulevard|square|bridge|tunnel|school|college
      |university|hospital|prize|award|trophy|foundation|institute|museum|library|gallery
      |theatre|theater|building|station                                             # places
      |newspaper|magazine|daily|weekly|programme|program|show|film|movie|album|song
      |USS|HMS|RFS|INS|MV|SS                                                         # works
      |his|her|their|its|our|my|your                                                 # "his X party"
      |(?:the|a)[ \u00a0]+(?:name|word|term|slogan|chant|motto|nickname|brand|codename)
      |gods?|goddess|deity)                                                          # "the name X"
    [ \u00a0]+(?:[“"‘'(][ \u00a0]*)?$
""", re.VERBOSE)
_THING_AFTER = frozenset("""Airport Stadium Arena Street Avenue Boulevard Square Bridge Tunnel
School College University Hospital Prize Award Trophy Foundation Institute Museum Library Gallery
Theatre Theater Building Station Center Centre Hall Park Hotel Palace Tower Line Dam Memorial
Cathedral Church Mosque Temple Lyceum Lycée Academy Medal Cup Fund Trust Doctrine Plan
International Road Jail Prison Case Mission Point Complex""".split())


def names_a_thing(text: str, start: int, end: int, floor: int = 0) -> bool:
    """Whether the name at ``start:end`` is a ship, a building, a prize... named after someone.

    The cue is a noun just before it ("the aircraft carrier X", "Hurricane X"),
    an institution word or a thing's noun just after it ("X Airport", "the X
    case"), or a number ("X-3", "X 2"): missions and models, not people.
    """
    if _THING_BEFORE.search(text, max(floor, start - 30), start):
        return True
    after = re.match(r"(?:['’]s)?[ \u00a0]+([A-Z][\w-]*)", text[end:end + 30])
    if after and (after.group(1) in _THING_AFTER or after.group(1) in ORG_WORDS
                  and not after.group(0).startswith(("'", "’"))):
        return True  # "Ann Lee Airport", "Civil Liberties Union" cut after four words
    noun = re.match(r"[ \u00a0]+([a-z]+)\b", text[end:end + 20])
    if noun and noun.group(1) in THING_NOUNS:
        return True
    return bool(re.match(r"(?:-|[ \u00a0])\d", text[end:end + 2]))


def _credit(text: str, start: int, end: int) -> bool:
    """A photo or editing credit: "(Jane Doe/AP)", "Photo: Jane Doe", "Edited by Jane Doe"."""
    if re.match(r"[ \u00a0]*/", text[end:end + 3]) or \
            re.search(r"/[ \u00a0]*$", text[max(0, start - 3):start]):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if re.fullmatch(r"[ \u00a0]*[Bb]y[ \u00a0]+", text[line_start:start]):
        return True  # a byline
    before = text[max(line_start, start - 40):start]
    return bool(_CREDIT_CUE.search(before))


_CREDIT_CUE = re.compile(r"""(?ix)
    (?:photo(?:graph)?s?|image|picture|credit|source|file|©|illustration|video)  # picture credits
    [ \u00a0]*(?:by)?[ \u00a0]*[:|][ \u00a0]*$
  | (?:edited|reporting|writing|compiled|produced|written|translated|photographed)
    [ \u00a0]+by[ \u00a0]+$                                                    # desk credits
  | ©[ \u00a0]*$
""")


def _cut_off(text: str, end: int, paragraph_end: int = 0) -> bool:
    """A word where a saved text stops mid-sentence may be half a name."""
    if text[end:end + 80].strip() or text[end:].strip():
        return False
    return text[end - 1:end] not in {".", "!", "?", '"', "”", "’", "'", ")"}


def _is_label(text: str, start: int, end: int) -> bool:
    """A quoted label, slogan or nickname ("“Rama Devi point”", "'Chief Dreamer'")."""
    left = max(text.rfind(q, max(0, start - 25), start) for q in "“\"‘'")
    if left < 0 or text[left + 1:start].count(" ") > 2:
        return False
    close = re.match(r"[^“”\"‘’'.,;!?]{0,25}?[.,;!?]?[”\"’']", text[end:end + 30])
    if not close:
        return False
    inner = text[left + 1:end + close.end() - 1].split()
    return len(inner) <= 6 and sum(w[:1].islower() for w in inner) <= 1


def name_mentions(text: str, start: int, end: int, sentence_starts: set[int]) -> list[Mention]:
    """Untitled full names: two or more name words that are not a place or a body."""
    found: list[Mention] = []
    for m in NAME_RE.finditer(text, start, end):
        raw = m.group()
        name = clean_name(raw)
        lead, tokens = strip_descriptors(name.split())
        if len(tokens) < 2 or tokens[0] in _TITLE_WORDS:
            continue  # a titled name is found by titled_mentions
        after = text[m.end():m.end() + 2]
        if (after[:1] == "-" and after[1:2].strip()) or is_placeish(tokens):
            continue
        if tokens[-1] in PLACE_LAST and not _acts_after(text, m.end()) and \
                _after_place_word(text[max(start, m.start() - 30):m.start()]):
            continue  # "at Green Park", not "according to Helen Park"
        if any(not _HAS_LOWER.search(t) for i, t in enumerate(tokens)
               if not _REGNAL.fullmatch(t) and not (i == 0 and _is_initials(t))):
            continue  # initials only, acronyms
        if tokens[0][:1].islower() and re.search(r"[a-z][ \u00a0]+$", text[max(start, m.start()
                                                                             - 3):m.start()]):
            continue  # "Frente por la Unidad": a particle inside a foreign name of a body
        if tokens[0] in _ARTICLES and len(tokens) > 2:
            continue  # "La Nueva Fuerza": a Spanish or French body, not a person
        name = " ".join(tokens)
        s = m.start() + raw.find(tokens[0]) if lead else m.start()
        e = s + len(name)
        if text[s:e] != name:
            continue
        before = text[max(start, s - 5):s]
        if re.search(r"(?i)\bthe[ \u00a0]$", before):
            continue
        if names_a_thing(text, s, e, start) or _credit(text, s, e) or _is_label(text, s, e):
            continue
        if re.match(r"[ \u00a0]+[a-z]+[ \u00a0]+[A-Z]", text[e:e + 40]) and \
                re.match(r"[ \u00a0]+([a-z]+)", text[e:e + 20]).group(1) in _TITLE_HEADS:
            continue  # "Nueva Fuerza lawmaker Jane Doe": the body of someone's post
        kind = "initial" if s in sentence_starts or tokens[0] in _ARTICLES else "name"
        found.append(Mention(s, e, name, None, (s, e), kind))
    return found


def written_lowercase(text: str, name: str, lower_words: frozenset[str] | None = None) -> bool:
    """Whether the article also writes the name's words in lower case ("the big apple"):
    then they are words, not a name. ``lower_words``: the text's lower-case words, to
    skip the scan when a word is missing."""
    low = name.lower()
    if " " not in name or low == name:
        return False  # "May said": a surname alone may well be a word too
    if lower_words is not None and not all(w in lower_words for w in low.split()):
        return False
    return bool(re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text))


_PLACE_PREPOSITION = re.compile(r"(?:(?P<word>\w+)[ \u00a0]+)?(?P<prep>in|at|near|around|outside|"
                                r"inside|into|towards|to|from)[ \u00a0]+$")
_TO_SOMEONE = frozenset({"according", "speaking", "talking", "spoke", "talked", "close", "next",
                         "letter", "message", "tribute", "married", "thanks"})


def _after_place_word(before: str) -> bool:
    """"... at Green Park", "leading to Green Park"; not "according to", "spoke to"."""
    m = _PLACE_PREPOSITION.search(before)
    if not m:
        return False
    if m.group("prep") in {"to", "from"}:
        word = (m.group("word") or "").lower()
        return word not in _TO_SOMEONE and word not in HUMAN_VERBS
    return True


def _acts_after(text: str, end: int) -> bool:
    m = re.match(r"[ \u00a0]+(\w+)", text[end:end + 30])
    return bool(m and m.group(1) in HUMAN_VERBS)


_NAMED = re.compile(rf"""
    \b(?P<det>[Aa]n?|[Tt]he)[ \u00a0]+
    (?P<role>(?:[\w-]+[ \u00a0]+){{0,2}}?[a-z][\w-]+)[ \u00a0]+   # "a doctor", "a local teacher"
    (?:named|called)[ \u00a0]+
    (?P<name>[{UPPER}][{LOWER}]+(?:[ \u00a0][{UPPER}][{LOWER}]+){{0,2}})(?![\w-])
""", re.VERBOSE)
_KIN_NAME = re.compile(rf"""
    \b(?P<whose>[Hh]is|[Hh]er|[Tt]heir|[{UPPER}][\w-]+['’]s)[ \u00a0]+
    (?P<role>(?:(?:elder|younger|older|late|eldest|youngest|twin)[ \u00a0]+)?[a-z]+)
    ,?[ \u00a0]+
    (?P<name>[{UPPER}][{LOWER}]+(?:[ \u00a0][{UPPER}][{LOWER}]+){{0,2}})
    (?=,|[ \u00a0]+(?:was|is|who|had|has|said|told)\b)
""", re.VERBOSE)
_NAMED_CUE = re.compile(r"\b(?:named|called)[ \u00a0]")
_KIN_CUE = re.compile(r"\b(?:" + "|".join(sorted(KIN)) + r")\b")
_RELATIVE = re.compile(r",[ \u00a0]+who[ \u00a0]+(?P<clause>(?:[a-z][\w-]*[ \u00a0]+){0,6}?"
                       r"[a-z][\w-]*)(?=[,.;])")


def named_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Single names the text introduces as people.

    "A nurse named Anil, who survived the flood" (post: "nurse who
    survived the flood") and "his brother, Ajit, was ..." (post: "brother").
    """
    found: list[Mention] = []
    named = _NAMED.finditer(text, start, end) if _NAMED_CUE.search(text, start, end) else ()
    for m in named:
        role = m.group("role")
        if role.split()[-1].lower() not in POST_HEADS or is_placeish([m.group("name")]):
            continue
        post = role
        rel = _RELATIVE.match(text, m.end(), end)
        if rel and rel.group("clause").split()[0].endswith("ed"):
            post = f"{role} who {rel.group('clause')}"
        found.append(Mention(m.start("name"), m.end("name"), m.group("name"), post,
                             (m.start("det"), rel.end() if rel else m.end()), "apposition"))
    kin = _KIN_NAME.finditer(text, start, end) if _KIN_CUE.search(text, start, end) else ()
    for m in kin:
        role = m.group("role")
        if role.split()[-1] not in KIN or is_placeish(m.group("name").split()):
            continue
        whose = m.group("whose")
        post = role if whose[:1].islower() else f"{whose} {role}"
        found.append(Mention(m.start("name"), m.end("name"), m.group("name"), post,
                             (m.start("whose"), m.end("name")), "apposition"))
    return found


_PAIR_OF_FIRST_NAMES = re.compile(rf"""
    (?<![\w’'-])(?P<first>[{UPPER}][{LOWER}]+)[ \u00a0]+and[ \u00a0]+      # "Hugo and
    (?P<second>[{UPPER}][{LOWER}]+)[ \u00a0]+(?P<last>[{UPPER}][{LOWER}]+)   # Rosa Perales"
    (?![\w-])
""", re.VERBOSE)


_LED_BY = re.compile(rf"""
    (?<![\w’'&-])
    (?P<body>(?:[{UPPER}][\w’'&-]*[ \u00a0]+){{0,4}}[{UPPER}][\w’'&-]*)    # "Reform Now"
    ,?[ \u00a0]+(?P<verb>led|headed|chaired|founded|co-founded|owned|run|coached|captained)
    [ \u00a0]+by[ \u00a0]+(?=[{UPPER}])                                  # " led by "
""", re.VERBOSE)
_LED_CUE = re.compile(r"(?<=[\w,])[ \u00a0]+(?:led|headed|chaired|founded|co-founded|owned|run"
                      r"|coached|captained)[ \u00a0]+by[ \u00a0]+(?=[A-ZÀ-Þ])")
_LED_AS = {"led": "leader", "headed": "head", "chaired": "chair", "founded": "founder",
           "co-founded": "co-founder", "owned": "owner", "run": "head", "coached": "coach",
           "captained": "captain"}


def led_by_mentions(text: str, start: int, end: int) -> list[Mention]:
    """"Reform Now, led by Ann Tice," gives Ann Tice the post "leader of Reform Now"."""
    found: list[Mention] = []
    for cue in _LED_CUE.finditer(text, start, end):
        m = _LED_BY.search(text, max(start, cue.start() - 80), cue.end() + 1)
        if not m or m.end() != cue.end():
            continue
        got = _name_after(text, m.end(), end)
        if not got or got[1] != m.end():
            continue
        name, name_start, name_end = got
        body = m.group("body").split()
        while body and body[0] in STOPWORDS:
            body = body[1:]
        if len(name.split()) < 2 or is_placeish(name.split()) or not body:
            continue
        post = f"{_LED_AS[m.group('verb')]} of {' '.join(body)}"
        found.append(Mention(name_start, name_end, name, post,
                             (m.start("body") + m.group("body").find(body[0]), name_end),
                             "apposition"))
    return found


def coordinated_mentions(text: str, start: int, end: int, known: set[str]) -> list[Mention]:
    """"Hugo and Rosa Perales": two people sharing a family name.

    The first word must not be a surname of someone else in the article, nor a
    place or a body ("Britain and Mary Jones").
    """
    found = []
    for m in _PAIR_OF_FIRST_NAMES.finditer(text, start, end):
        first, second, last = m.group("first"), m.group("second"), m.group("last")
        if is_placeish([first, second, last]) or first in known or first in _TITLE_WORDS:
            continue
        if f"{second} {last}" not in known:
            continue  # only beside a name the article already knows as a person
        name = f"{first} {last}"
        found.append(Mention(m.start("first"), m.end("first"), name, None,
                             (m.start("first"), m.end("last")), "name"))
    return found


def single_mentions(text: str, spans: list[tuple[int, int]],
                    sentence_starts: set[int] | frozenset[int] = frozenset()) -> list[Mention]:
    """Lone capitalised words that act like people ("Smith said", "Smith met ...").

    A word seen only at the start of sentences may be a common noun
    ("Officials said"): it counts only if it does not look like a plural one.
    """
    counts: dict[str, int] = {}
    inside: set[str] = set()
    acting: set[str] = set()
    positions: dict[str, list[int]] = {}
    pattern = re.compile(rf"(?<![\w’'-])([{UPPER}][{LOWER}]+)(?:['’]s)?(?![\w-])")
    follow = re.compile(r"[ \u00a0]+(?:also[ \u00a0]+|then[ \u00a0]+|later[ \u00a0]+)?(\w+)")
    for start, end in spans:
        for m in pattern.finditer(text, start, end):
            word = m.group(1)
            if is_placeish([word]):
                continue
            counts[word] = counts.get(word, 0) + 1
            positions.setdefault(word, []).append(m.start(1))
            if m.start(1) not in sentence_starts:
                inside.add(word)
            after = follow.match(text, m.end(), min(len(text), m.end() + 30))
            if after and after.group(1) in HUMAN_VERBS:
                acting.add(word)
                if after.group(1) in _SAID:
                    counts[word] = counts.get(word, 0) + 1  # "Smith said" alone is enough
    found = []
    for word in sorted(acting):
        if word not in inside and (word.lower() in _COMMON_SUBJECTS or re.search(
                r"(?:ers|ists|ians|ants|ents|ors|ials|ives|ies|sses|ics)$", word)):
            continue
        if word.lower() in _COMMON_SUBJECTS:
            continue
        if counts[word] >= 2:
            found.extend(Mention(p, p + len(word), word, None, (p, p + len(word)), "surname")
                         for p in positions[word])
    return sorted(found, key=lambda m: m.start)


def surname_mentions(text: str, spans: list[tuple[int, int]],
                     names: Iterable[str]) -> list[Mention]:
    """Every later mention of a known person by surname (or full name) alone."""
    by_last: dict[str, str] = {}
    for name in sorted(names):
        if len(name.split()) > 1:
            by_last.setdefault(surname(name), name)
    if not by_last:
        return []
    alternatives = "|".join(re.escape(s) for s in sorted(by_last, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w’'-])(" + alternatives + r")(?![\w-])")
    found = []
    for start, end in spans:
        for m in pattern.finditer(text, start, end):
            found.append(Mention(m.start(), m.end(), by_last[m.group(1)], None,
                                 (m.start(), m.end()), "surname"))
    return found


def merge_mentions(groups: Iterable[Iterable[Mention]]) -> list[Mention]:
    """All mentions in text order; where two overlap, the one with a post and more words wins."""
    every = sorted((m for g in groups for m in g),
                   key=lambda m: (m.start, -(m.post is not None), -(m.end - m.start)))
    kept: list[Mention] = []
    for m in every:
        if kept and m.start < kept[-1].end:
            prev = kept[-1]
            longer = m.end - m.start > prev.end - prev.start
            if (m.post is not None and prev.post is None) or (
                    (m.post is None) == (prev.post is None) and longer):
                kept[-1] = m
            continue
        kept.append(m)
    return kept


def resolve_names(mentions: list[Mention]) -> list[Mention]:
    """Give surname and partial mentions the full name used elsewhere in the same article."""
    full: dict[str, str] = {}
    for m in mentions:
        if len(m.name.split()) > 1 and m.kind != "initial":
            full.setdefault(surname_key(m.name), m.name)
    for m in mentions:
        if len(m.name.split()) > 1:
            full.setdefault(surname_key(m.name), m.name)
    inner: dict[str, set[str]] = {}
    for m in mentions:
        tokens = m.name.split()
        if len(tokens) >= 3:
            for t in tokens[1:-1]:
                if t[:1].isupper() and len(t) > 2:
                    inner.setdefault(fold(t), set()).add(m.name)
    out = []
    for m in mentions:
        key = surname_key(m.name)
        target = full.get(key)
        if target is None and len(m.tokens) == 1 and len(inner.get(fold(m.name), ())) == 1:
            target = next(iter(inner[fold(m.name)]))  # "Costa" of "Ana Maria da Costa"
        if target and target != m.name and _compatible(m.name, target):
            m = replace(m, name=target)
        out.append(m)
    return out


def _compatible(short: str, long: str) -> bool:
    a, b = short.split(), long.split()
    if len(a) == 1 or len(b) == 1:
        return True
    return fold(a[0])[:1] == fold(b[0])[:1]


_TEASER = re.compile(r"""(?x)^[ \u00a0•*>-]*
    (?:
        (?i:also[ ]read|read[ ]more|read[ ]also|must[ ]read|see[ ]also|related(?:[ ]stories)?
          |recommended|watch|more[ ]on[ ]this|more|click[ ]here|don'?t[ ]miss|trending
          |top[ ]stories|subscribe|sign[ ]up|advertisement|listen)
        [ \u00a0]*(?:[:|»›>–—-]|$)                          # "Read more: ...", "WATCH |"
      | (?:ALSO[ ]READ|READ[ ]MORE|READ[ ]ALSO|MUST[ ]READ|SEE[ ]ALSO|RELATED|WATCH)\b
    )""")
_BYLINE_PARTS = re.compile(rf"(?:{NAME}|[,&]|\band\b|\b[Bb]y\b|[ \u00a0]+)+", re.VERBOSE)


def line_roles(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The lines of a paragraph that are page furniture, as (start, end, role).

    ``skip``: a link teaser ("ALSO READ: ...") or a byline of names alone;
    ``weak``: a heading in Title Case (only a titled name is trusted there);
    ``echo``: a caption or teaser printed twice (no name is trusted there).
    """
    lines: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if text[pos:stop].strip():
            lines.append((pos, stop))
        pos = stop + 1
    if len(lines) == 1 and len(text[start:end].split()) > 16:
        return []  # an ordinary paragraph
    roles: list[tuple[int, int, str]] = []
    folded = [fold(text[s:e]).strip(" .!?") for s, e in lines]
    twice = set()  # a caption or teaser printed twice, one inside the other
    for i in range(len(lines) - 1):
        if folded[i] and folded[i + 1] and (folded[i] in folded[i + 1]
                                            or folded[i + 1] in folded[i]):
            twice.update((i, i + 1))
    for i, (s, e) in enumerate(lines):
        line = text[s:e].strip()
        words = line.split()
        if _TEASER.match(line):
            roles.append((s, e, "skip"))
        elif _BYLINE_PARTS.fullmatch(line) and len(words) <= 12 and ("," in line or " and " in
                                                                       line or line[:3] in
                                                                       {"By ", "by "}):
            roles.append((s, e, "skip"))
        elif i in twice:
            roles.append((s, e, "echo"))
        else:
            long = [w for w in words if len(w) > 3 and w[:1].isalpha()]
            capital = sum(w[:1].isupper() for w in long)
            if len(words) <= 14 and long and capital / len(long) >= 0.75 and \
                    not line.endswith((".", "?", ":")) or len(words) <= 3 and \
                    not line.endswith("."):
                roles.append((s, e, "weak"))
    return roles


@lru_cache(maxsize=1)
def post_heads() -> frozenset[str]:
    """Folded head words of posts ("minister", "captain", "ceo"), for grouping posts."""
    return frozenset(fold(w) for w in _TITLE_HEADS) | frozenset(
        fold(v) for v in POST_SYNONYMS.values())


_DEFINED = re.compile(rf"""
    (?P<full>(?:[{UPPER}][\w’'-]*[ \u00a0]+(?:(?:of|for|and|on|the|de|del)[ \u00a0]+)?){{1,7}}
             [{UPPER}][\w’'-]*)                       # "Northern Rail Authority"
    [ \u00a0]+\((?P<short>[A-Z]{{2,8}})\)                # "(NRA)"
""", re.VERBOSE)


_PAREN_ACRONYM = re.compile(r"\([A-Z]{2,8}\)")


def acronyms(texts: Iterable[str]) -> dict[str, str]:
    """Acronyms the texts define: "Northern Rail Authority (NRA)" gives "nra" -> the full name.

    Only where the capital letters of the full name spell the acronym (in order).
    """
    table: dict[str, str] = {}
    for text in texts:
        for paren in _PAREN_ACRONYM.finditer(text):
            m = _DEFINED.search(text, max(0, paren.start() - 120), paren.end())
            if not m or m.end() != paren.end():
                continue
            short = m.group("short")
            words = m.group("full").split()
            for i in range(len(words)):
                tail = words[i:]
                letters = "".join(p[0] for w in tail for p in w.split("-") if p[:1].isupper())
                if letters == short and tail[0][:1].isupper():
                    table.setdefault(short.lower(), " ".join(tail))
                    break
    return table


def expand_acronyms(post: str, table: dict[str, str]) -> str:
    """"NRA chairman" -> "NRA (Northern Rail Authority) chairman", where the story defines NRA."""
    if not table or "(" in post:
        return post
    words = post.split()
    for i, w in enumerate(words):
        full = table.get(w.lower())
        if full and len(w) >= 2 and w[:1].isupper() and fold(full) not in fold(post):
            words[i] = f"{w} ({full})"
            return " ".join(words)
    return post
