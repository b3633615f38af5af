"""Speech verbs and stance cues: how news reports who said what and who wants what."""

from __future__ import annotations

SPEECH_VERBS: frozenset[str] = frozenset({
    "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "adding",
    "explained", "explains", "declared", "declares", "declaring", "stated", "states", "noted",
    "notes", "noting", "argued", "argues", "arguing", "insisted", "insists", "insisting",
    "warned", "warns", "warning", "asked", "asks", "replied", "replies", "responded", "wrote",
    "writes", "tweeted", "posted", "announced", "announces", "claimed", "claims", "stressed",
    "stresses", "stressing", "continued", "continues", "commented", "remarked", "acknowledged",
    "admitted", "conceded", "urged", "urges", "recalled", "observed", "suggested",
    "emphasized", "emphasised", "emphasizing", "emphasising", "concluded", "predicted",
    "cautioned", "quipped", "joked", "vowed", "pledged", "promised", "confirmed", "denied",
    "alleged", "charged", "countered", "retorted", "shouted", "exclaimed", "whispered",
    "mused", "complained", "lamented", "boasted", "thundered", "assured",
    "reiterated", "repeated", "described", "called", "calling", "thinks",
    "believes", "believed", "thought", "testified", "writing", "put it",
})

PRONOUNS = frozenset({"he", "she", "He", "She"})
