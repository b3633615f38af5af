"""People and their posts: titled mentions, appositions, names alone, and later surnames.

"French Foreign Minister Jean-Marc Ayrault" gives a person and a post, normalised
to "Foreign Minister of France"; "John Doe, director of X," gives a post by
apposition; a later "Ayrault" is the same person. Every mention keeps its
offsets, so quotes and stances can find who speaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from factdeck.articles.calendar import MONTHS, WEEKDAYS
from factdeck.lexicon.places import CITIES, COUNTRIES, DEMONYMS, INSTITUTIONS
from factdeck.lexicon.titles import FIELD_TITLES, HONORIFICS, POST_HEADS, POST_QUALIFIERS, TITLES
from factdeck.textnorm import fold

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
LOWER = "a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž"
_TOKEN = rf"(?:[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?(?:['’][{UPPER}][{LOWER}]+)?(?:-[{UPPER}]?[{LOWER}]+)*|[{UPPER}]\.)"  # noqa: E501
_PARTICLE = r"(?:(?:al|el|ad|as|bin|ibn|abu|ben)-|(?:de|da|di|du|del|della|van|von|der|den|dos|das|ter|ten|bin|ibn|al|la|le)\s)"  # noqa: E501
_ROMAN = r"(?:\s(?:II|III|IV|VI|VII|VIII|IX|Jr\.|Sr\.))"
NAME = rf"{_TOKEN}(?:\s(?:{_PARTICLE}){{0,2}}{_TOKEN}){{0,3}}{_ROMAN}?|{_PARTICLE}{_TOKEN}"
NAME_RE = re.compile(rf"(?<![\w’'-])(?:{NAME})(?![\w-])")
_SPACE = re.compile(r"[ \u00a0]+")

# Capitalised words that never make a person's name
ORG_WORDS = frozenset("""
Council Court Union Party Front State States Republic Assembly Institute University College
Ministry Department Agency Bank Fund Organization Organisation Association Committee Commission
Parliament Congress Senate House Office Army Navy Force Forces Guard Police Group Corporation
Company Inc Ltd News Times Post Journal Radio Channel TV Television Network Press Tower Palace
Square Street Avenue Road Bridge River Sea Ocean Gulf Bay Mountains Island Islands East West
North South Eastern Western Northern Southern Central War World Revolution Accords Accord Treaty
Agreement Summit Conference Forum Games Cup League Club Church Cathedral Mosque Airport Station
Museum Hospital School Center Centre Foundation Trust Movement Coalition Alliance Brigade Division
Command Kingdom Emirates Nations Federation Empire Airlines Airways Motors Security Intelligence
Service Services Authority Board Tribunal Prize Award Day Week Year Christmas Easter Ramadan
Olympics Eve Initiative Program Programme Project Plan Act Law Bill Constitution Declaration
Charter Protocol Convention Democrats Republicans Socialists Greens Islamic Islamist Orthodox
Catholic Christian Muslim Jewish Sunni Shia Shiite Kurdish Arab European Soviet Communist
Socialist Democratic Republican Labour Labor Conservative Liberal Green National International
Federal General Supreme Royal Imperial Grand Great Holy New Old Saint Fort Mount Lake Cape
Reserve Exchange Stock Market Index Fed Government Cabinet Administration Regime Opposition
Media Foundation Capital Valley Desert Peninsula Strait Canal Basin Province Region County
City Town Village District Territory Territories Zone Border Front Embassy Consulate Mission
Corridor Pipeline Stream Crisis Affairs Relations Studies Democracy Cooperation Development
Health Education Justice Defense Defence Interior Foreign Finance Energy Trade Economy
Internet Twitter Facebook Google Apple Microsoft Amazon Meta Telegram YouTube Instagram
""".split())
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
                              "unions", "everyone", "nobody", "somebody", "someone", "people"})
_SAID = frozenset({"said", "says", "told", "tells", "added", "explained", "declared"})
_TITLE_WORDS = frozenset(w for t in TITLES for w in t.split() if w[0].isupper())
TITLE_RE = re.compile(r"(?<![\w-])(?P<title>" + "|".join(re.escape(t) for t in _TITLE_VARIANTS)
                      + r")[ \u00a0]+(?=[" + UPPER + r"])")
_DEMONYM_RE = sorted(DEMONYMS, key=len, reverse=True)
_APPOSITION = re.compile(r",[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+|an[ \u00a0]+)?(?P<post>[^,;:.()“”\"]{3,140}?)(?=[,;:.()“”\"]|[ \u00a0](?:who|which|said|says|told|tells|and[ \u00a0]the)\b|$)")  # noqa: E501
_OF_PLACE = re.compile(rf"[ \u00a0]+of[ \u00a0]+(?P<place>[{UPPER}][\w’'-]+(?:[ \u00a0][{UPPER}][\w’'-]+)?)")  # noqa: E501


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named at ``start:end`` (the name), maybe with a post."""

    start: int
    end: int
    name: str  # as written, spaces normalised
    post: str | None = None  # normalised: "Foreign Minister of France"
    span: tuple[int, int] | None = None  # name together with its post, for evidence
    kind: str = "name"  # titled | apposition | name | surname | nlp

    @property
    def tokens(self) -> list[str]:
        return self.name.split()


def surname(name: str) -> str:
    """The family name: the last word, with a particle kept ("al-Assad", "Le Drian")."""
    tokens = name.split()
    while len(tokens) > 1 and re.fullmatch(r"II|III|IV|VI|VII|VIII|IX|Jr\.|Sr\.", tokens[-1]):
        tokens = tokens[:-1]
    if len(tokens) >= 3 and tokens[-2].lower() in {"le", "la", "de", "van", "von", "da", "di", "del", "al", "bin"}:  # noqa: E501
        return " ".join(tokens[-2:])
    return tokens[-1]


@lru_cache(maxsize=4096)
def surname_key(name: str) -> str:
    """The folded last word, used to join "Hollande" to "François Hollande"."""
    last = fold(surname(name)).split()
    word = last[-1] if last else ""
    return re.sub(r"^(?:al|el|ad|as|bin|ibn|abu|ben)\s", "", word)


def is_placeish(words: Iterable[str]) -> bool:
    """Whether a capitalised sequence names a place, a body or a calendar word."""
    for w in words:
        bare = w.rstrip(".").replace("’s", "").replace("'s", "")
        if (bare in ORG_WORDS or bare in COUNTRIES or bare in CITIES or bare in INSTITUTIONS
                or bare in DEMONYMS or bare.lower() in MONTHS or bare.lower() in WEEKDAYS
                or bare in STOPWORDS or (bare.isupper() and len(bare) > 1 and bare not in
                                         {"II", "III", "IV", "VI"})):
            return True
    return False


def clean_name(raw: str) -> str:
    """A name as written, without trailing calendar words or possessive."""
    name = _SPACE.sub(" ", raw).strip()
    name = re.sub(r"['’]s$", "", name)
    tokens = name.split()
    while tokens and (tokens[-1].lower() in WEEKDAYS or tokens[-1].rstrip(".").lower() in MONTHS
                      or tokens[-1] in STOPWORDS or tokens[-1] in ORG_WORDS):
        tokens.pop()
    return " ".join(tokens)


def normalize_post(words: list[str], title: str, country: str | None = None) -> str | None:
    """"French", "Foreign Minister" -> "Foreign Minister of France"; honorifics are no post."""
    if title in HONORIFICS:
        return None
    qualifiers: list[str] = []
    org: list[str] = []
    for w in words:
        if w in DEMONYMS:
            country = DEMONYMS[w]
        elif re.fullmatch(r"[\w.-]+['’]s", w) and re.sub(r"['’]s$", "", w) in COUNTRIES:
            country = re.sub(r"['’]s$", "", w)
        elif w.lower() in {"former", "acting", "interim", "deputy", "independent", "outgoing",
                           "then", "caretaker", "exiled", "ousted", "late"}:
            qualifiers.append(w.lower())
        elif w.lower() in {q.lower() for q in POST_QUALIFIERS}:
            continue
        else:
            org.append(w)
    head = title.rstrip(".") if title.endswith(".") and len(title) > 4 else title
    if country:
        head = " ".join(x[0].upper() + x[1:] if x.islower() and x not in {"of", "the", "and", "for"}
                        else x for x in head.split())
        post = f"{head} of {country}"
    else:
        post = head
    return " ".join([*qualifiers, *org, post]).strip() or None


def _words_before(text: str, pos: int, floor: int, title: str = "") -> tuple[list[str], int]:
    """Qualifiers, demonyms and institution words right before a title.

    Titles such as Minister or Secretary also take their field: "Health Secretary".
    """
    words: list[str] = []
    start = pos
    fields = title.split()[-1].lower() in FIELD_TITLES if title else False
    while True:
        m = re.search(r"([\w.’'-]+)[ \u00a0]+$", text[max(floor, start - 40):start])
        if not m:
            break
        word = m.group(1)
        two = None
        m2 = re.search(r"([\w.’'-]+[ \u00a0][\w.’'-]+)[ \u00a0]+$", text[max(floor, start - 60):start])  # noqa: E501
        if m2 and (m2.group(1) in DEMONYMS or m2.group(1) in INSTITUTIONS):
            two = m2.group(1)
        if two:
            words.insert(0, two)
            start -= len(m2.group(0))
            continue
        bare = re.sub(r"['’]s$", "", word)
        if fields and word.islower() and word.isalpha() and word not in _NOT_FIELDS:
            # "EU trade chief": a lowercase field counts if a country or body precedes it
            m3 = re.search(r"([\w.’'-]+)[ \u00a0]+$", text[max(floor, start - len(m.group(0)) - 30):
                                                         start - len(m.group(0))])
            if m3 and _anchors_post(m3.group(1)):
                words.insert(0, word)
                start -= len(m.group(0))
                continue
        ok = (word in DEMONYMS or word in _BODY_ADJECTIVES or word in INSTITUTIONS
              or word.lower() in POST_QUALIFIERS
              or word in POST_QUALIFIERS or (word != bare and bare in COUNTRIES)
              or (word.isupper() and 1 < len(word) <= 6 and word.isalpha())
              or (fields and not words and word[:1].isupper() and word.isalpha()
                  and word not in STOPWORDS and word.lower() not in WEEKDAYS
                  and word.lower() not in MONTHS))
        if not ok:
            break
        words.insert(0, word)
        start -= len(m.group(0))
    return words, start


_BODY_ADJECTIVES = frozenset({"European", "Arab", "African", "Asian", "Federal", "National",
                              "Supreme", "Central", "International", "Islamic"})
_NOT_FIELDS = frozenset({"the", "a", "an", "and", "or", "said", "says", "told", "by", "of", "to",
                         "with", "for", "from", "as", "his", "her", "its", "their", "former"})


def _anchors_post(word: str) -> bool:
    bare = re.sub(r"['’]s$", "", word)
    return (word in DEMONYMS or word in INSTITUTIONS or (word != bare and bare in COUNTRIES)
            or (word.isupper() and 1 < len(word) <= 6 and word.isalpha()))


def titled_mentions(text: str, start: int, end: int) -> list[Mention]:
    """"French President François Hollande", "Kremlin spokesman Dmitry Peskov" in one paragraph."""
    found: list[Mention] = []
    for m in TITLE_RE.finditer(text, start, end):
        title = m.group("title")
        name_m = NAME_RE.match(text, m.end(), end)
        if not name_m:
            continue
        name = clean_name(name_m.group())
        if name and name.split()[0] in _TITLE_WORDS:
            continue  # "General Secretary": a title, not a name
        if not name or is_placeish(name.split()[:1]) or is_placeish(name.split()):
            continue
        name_end = m.end() + text[m.end():name_m.end()].find(name.split()[-1]) + len(name.split()[-1])  # noqa: E501
        if title[0].islower() and len(name.split()) < 2:
            continue  # "the minister Paris ..." is not a name
        words, pre_start = _words_before(text, m.start(), start, title)
        country = None
        of = _OF_PLACE.match(text, name_end, end)
        if of and (of.group("place") in COUNTRIES) and title.lower() in {
                "king", "queen", "prince", "princess", "emir", "sultan", "president", "crown prince",  # noqa: E501
                "prime minister", "governor", "mayor"}:
            country = of.group("place")
            span_end = of.end()
        else:
            span_end = name_end
        post = normalize_post(words, title, country)
        found.append(Mention(m.end(), name_end, name, post, (pre_start, span_end), "titled"))
    return _drop_nested(found)


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest title for each name ("Foreign Minister X", not "Minister X")."""
    best: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        key = (m.start, m.end)
        if key not in best or (m.span and best[key].span and m.span[0] < best[key].span[0]):
            best[key] = m
    return sorted(best.values(), key=lambda m: m.start)


_WHO_LEADS = re.compile(r",[ \u00a0]+who[ \u00a0]+(?:(?:is|was)[ \u00a0]+"
                        r"(?:the[ \u00a0]+|a[ \u00a0]+|an[ \u00a0]+)?"
                        r"(?P<post>[^,;:.()“”\"]{3,120}?)|(?P<verb>chairs|heads|leads|runs|directs|"
                        r"founded|co-founded)[ \u00a0]+(?P<what>[^,;:.()“”\"]{3,120}?))"
                        r"(?=[,;:.()“”\"]|$)")
_LEADS_AS = {"chairs": "chair", "heads": "head", "leads": "leader", "runs": "head",
             "directs": "director", "founded": "founder", "co-founded": "co-founder"}


def apposition_post(text: str, name_end: int, end: int) -> tuple[str, int] | None:
    """"NAME, director of studies at X," -> ("director of studies at X", end offset).

    Also "NAME, who chairs the X committee," -> "chair of the X committee".
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
    if not words or len(words) > 18:
        return None
    head_window = [w.lower().strip("’'") for w in words[:4]]
    if not any(w in POST_HEADS for w in head_window):
        return None
    if words[0][0].isupper() and words[0] not in DEMONYMS and words[0].lower() not in POST_HEADS:
        return None
    if re.match(r"(?i)who|which|whose|where|when|while|as|but|and|or|however|he|she|it|they", words[0]):  # noqa: E501
        return None
    return post, m.start("post") + len(post)


_REVERSE = re.compile(
    r"(?:(?P<country>[A-Z][\w.-]+)['’]s[ \u00a0]+|\b(?:the|a|an|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)"
    r"[ \u00a0]+)"
    r"(?P<post>(?:[\w-]+[ \u00a0]+){0,3}?(?P<head>[\w-]+)),[ \u00a0]+$")


def reverse_apposition(text: str, name_start: int, floor: int) -> tuple[str, int] | None:
    """"Norway's ambassador, Odd Hansen" -> ("Ambassador of Norway", start of the post)."""
    m = _REVERSE.search(text, max(floor, name_start - 80), name_start)
    if not m or m.group("head").lower() not in POST_HEADS:
        return None
    words = m.group("post").split()
    country = m.group("country")
    if country and country not in COUNTRIES:
        if country in CITIES or country in INSTITUTIONS or not country[0].isupper():
            return None
        return f"{country} {' '.join(words)}", m.start()  # "Acme's chief executive"
    post = normalize_post(words[:-1], words[-1], country)
    return (post, m.start()) if post else None


# Words that say the name that follows is a thing named after a person: "the aircraft carrier
# Charles Moreau", "the frigate Anna Lind", "Hurricane Ida", "Prize", "Street" ...
_THING_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:aircraft[ \u00a0]+carrier|carrier|warship|ship|vessel|frigate|destroyer|"
    r"cruiser|corvette|submarine|tanker|freighter|trawler|liner|yacht|ferry|icebreaker|flagship|"
    r"airliner|rocket|spacecraft|satellite|probe|hurricane|storm|typhoon|cyclone|operation|"
    r"airport|stadium|arena|street|avenue|boulevard|square|bridge|tunnel|school|college|"
    r"university|hospital|prize|award|trophy|foundation|institute|museum|library|gallery|"
    r"theatre|theater|building|station|newspaper|magazine|daily|weekly|programme|program|"
    r"show|USS|HMS|RFS|INS|MV|SS)[ \u00a0]+(?:[“\"‘'][ \u00a0]*)?$")
_THING_AFTER = frozenset("""Airport Stadium Arena Street Avenue Boulevard Square Bridge Tunnel
School College University Hospital Prize Award Trophy Foundation Institute Museum Library Gallery
Theatre Theater Building Station Center Centre Hall Park Hotel Palace Tower Line Dam Memorial
Cathedral Church Mosque Temple Lyceum Lycée Academy Medal Cup Fund Trust Doctrine Plan""".split())


def names_a_thing(text: str, start: int, end: int, floor: int = 0) -> bool:
    """Whether the name at ``start:end`` is a ship, a building, a prize... named after someone.

    The cue is a noun just before it ("the aircraft carrier X", "Hurricane X") or
    an institution word just after it ("X Airport", "X Foundation").
    """
    if _THING_BEFORE.search(text[max(floor, start - 30):start]):
        return True
    after = re.match(r"(?:['’]s)?[ \u00a0]+([A-Z][\w-]*)", text[end:end + 30])
    return bool(after and after.group(1) in _THING_AFTER)


def name_mentions(text: str, start: int, end: int, sentence_starts: set[int]) -> list[Mention]:
    """Untitled full names: two or more name words that are not a place or a body."""
    found: list[Mention] = []
    for m in NAME_RE.finditer(text, start, end):
        raw = m.group()
        name = clean_name(raw)
        tokens = name.split()
        if len(tokens) < 2 or tokens[0] in _TITLE_WORDS:
            continue  # a titled name is found by titled_mentions
        if text[m.end():m.end() + 1] == "-" or is_placeish(tokens):
            continue
        if any(not re.search(f"[{LOWER}]", t) for t in tokens if not re.fullmatch(r"II|III|IV|VI", t)):  # noqa: E501
            continue  # initials only, acronyms
        before = text[max(start, m.start() - 5):m.start()]
        if re.search(r"(?i)\bthe[ \u00a0]$", before):
            continue
        s = m.start()
        e = s + len(name)
        if names_a_thing(text, s, e, start):
            continue
        found.append(Mention(s, e, name, None, (s, e), "name" if s not in sentence_starts
                             else "initial"))
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
    for start, end in spans:
        for m in pattern.finditer(text, start, end):
            word = m.group(1)
            if is_placeish([word]):
                continue
            counts[word] = counts.get(word, 0) + 1
            positions.setdefault(word, []).append(m.start(1))
            if m.start(1) not in sentence_starts:
                inside.add(word)
            after = re.match(r"[ \u00a0]+(?:also[ \u00a0]+|then[ \u00a0]+|later[ \u00a0]+)?(\w+)", text[m.end():m.end() + 30])  # noqa: E501
            if after and after.group(1) in HUMAN_VERBS:
                acting.add(word)
                if after.group(1) in _SAID:
                    counts[word] = counts.get(word, 0) + 1  # "Smith said" alone is enough
    found = []
    for word in acting:
        if word not in inside and (word.lower() in _COMMON_SUBJECTS or re.search(
                r"(?:ers|ists|ians|ants|ents|ors|ials|ives|ies|sses|ics)$", word)):
            continue
        if counts[word] >= 2:
            found.extend(Mention(p, p + len(word), word, None, (p, p + len(word)), "surname")
                         for p in positions[word])
    return found


def surname_mentions(text: str, spans: list[tuple[int, int]], names: Iterable[str]) -> list[Mention]:  # noqa: E501
    """Every later mention of a known person by surname (or full name) alone."""
    by_last: dict[str, str] = {}
    for name in names:
        if len(name.split()) > 1:
            by_last.setdefault(surname(name), name)
    if not by_last:
        return []
    pattern = re.compile(r"(?<![\w’'-])(" + "|".join(re.escape(s) for s in sorted(by_last, key=len, reverse=True))  # noqa: E501
                         + r")(?![\w-])")
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
            if (m.post is not None and prev.post is None) or (
                    (m.post is None) == (prev.post is None) and m.end - m.start > prev.end - prev.start):  # noqa: E501
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
            target = next(iter(inner[fold(m.name)]))  # "Lula" of "Luiz Inácio Lula da Silva"
        if target and target != m.name and _compatible(m.name, target):
            m = replace(m, name=target)
        out.append(m)
    return out


def _compatible(short: str, long: str) -> bool:
    a, b = short.split(), long.split()
    if len(a) == 1 or len(b) == 1:
        return True
    return fold(a[0])[:1] == fold(b[0])[:1]
