"""Speech verbs and stance cues: how news reports who said what and who wants what."""

from __future__ import annotations

SPEECH_VERBS: frozenset[str] = frozenset({
    "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "adding",
    "explained", "explains", "explain", "explaining", "declared", "declares", "declaring",
    "stated", "states", "stating", "noted", "notes", "noting", "argued", "argues", "arguing",
    "insisted", "insists", "insisting", "warned", "warns", "warning", "asked", "asks",
    "replied", "replies", "responded", "wrote", "writes", "writing", "tweeted", "tweets",
    "posted", "posts", "announced", "announces", "announcing", "claimed", "claims", "stressed",
    "stresses", "stressing", "continued", "continues", "commented", "remarked", "acknowledged",
    "admitted", "conceded", "urged", "urges", "recalled", "observed", "suggested",
    "emphasized", "emphasised", "emphasizing", "emphasising", "concluded", "predicted",
    "cautioned", "quipped", "joked", "vowed", "pledged", "promised", "confirmed", "denied",
    "alleged", "charged", "countered", "retorted", "shouted", "exclaimed", "whispered",
    "mused", "complained", "lamented", "boasted", "thundered", "assured",
    "reiterated", "repeated", "described", "called", "calling", "thinks",
    "believes", "believed", "thought", "testified", "put it",
})

# Verbs of wanting that report a speaker's own words before a quoted phrase:
# Moreau wants to "defeat" spam (ordered: longest first, for a regex alternation).
WANT_VERBS: tuple[str, ...] = ("intended", "intends", "wanted", "hopes", "hoped", "wants",
                               "plans", "planned", "want", "hope", "plan")

PRONOUNS = frozenset({"he", "she", "He", "She"})

# Nouns that name a body, not a person: "the Directorate General of Civil Aviation", "the
# Health Ministry", "the Punjab Chapter" speak as organisations.
ORGANISATION_HEADS: frozenset[str] = frozenset({
    "ministry", "directorate", "department", "agency", "authority", "commission", "committee",
    "council", "court", "tribunal", "police", "army", "navy", "force", "forces", "party",
    "chapter", "union", "federation", "association", "organisation", "organization", "company",
    "corporation", "corp", "inc", "ltd", "group", "bank", "board", "office", "service",
    "institute", "university", "airline", "airlines", "airways", "government", "administration",
    "embassy", "consulate", "secretariat", "bureau", "foundation", "league", "club", "coalition",
    "alliance", "movement", "front", "cabinet", "parliament", "assembly", "senate",
    "congress", "presidency", "regulator",
})

# Who speaks for an organisation without a name of their own: "the party's main account",
# "the ministry's spokesperson" (a named spokesperson speaks for themself).
ORGANISATION_VOICES: frozenset[str] = frozenset({
    "account", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "statement",
    "office", "website", "handle", "press office", "media office", "media cell", "media wing",
    "press release", "page", "channel",
})

# Common nouns written before a name that are no part of it: "billionaire Jane Doe".
ROLE_NOUNS: frozenset[str] = frozenset({
    "billionaire", "tycoon", "entrepreneur", "businessman", "businesswoman", "mogul",
    "magnate", "investor", "economist", "scientist", "analyst", "lawyer", "attorney", "doctor",
    "activist", "journalist", "reporter", "author", "writer", "actor", "actress", "singer",
    "star", "player", "batter", "bowler", "striker", "captain", "skipper", "coach", "veteran",
    "rapper", "model", "influencer", "lawmaker", "legislator", "candidate", "opposition",
    "libertarian", "right-winger", "left-winger", "populist", "political",
})
