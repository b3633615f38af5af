"""Posts and titles as news English writes them before or after a name.

"French Foreign Minister Anne-Marie Duclos", "Kremlin spokesman Ivan
Petrov", "John Doe, director of studies at ...": the words that make a post.
"""

from __future__ import annotations

# Titles written before a name (matched case-insensitively, longest first).
TITLES: tuple[str, ...] = (
    "President-elect", "Vice President", "Vice-President", "President", "Prime Minister",
    "Deputy Prime Minister", "First Minister", "Foreign Minister", "Defense Minister",
    "Defence Minister", "Interior Minister", "Finance Minister", "Economy Minister",
    "Justice Minister", "Health Minister", "Energy Minister", "Trade Minister",
    "Education Minister", "Culture Minister", "Labour Minister", "Labor Minister",
    "Agriculture Minister", "Environment Minister", "Transport Minister",
    "Immigration Minister", "Europe Minister", "Deputy Foreign Minister",
    "Minister", "Foreign Secretary", "Home Secretary", "Defence Secretary", "Defense Secretary",
    "Secretary of State", "Secretary-General", "Secretary General", "General Secretary",
    "Secretary", "Chancellor", "Premier", "Chancellor of the Exchequer", "King", "Queen",
    "Prince", "Princess", "Crown Prince", "Emperor", "Empress", "Sultan", "Emir", "Sheikh",
    "Pope", "Patriarch", "Archbishop", "Bishop", "Cardinal", "Ayatollah", "Supreme Leader",
    "Senator", "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman", "Governor",
    "Gov.", "Mayor", "Ambassador", "Envoy", "Special Envoy", "General", "Gen.", "Lt. Gen.",
    "Major General", "Admiral", "Adm.", "Colonel", "Col.", "Commander", "Marshal",
    "Field Marshal", "Chief of Staff", "Attorney General", "Speaker", "Judge", "Justice",
    "Chief Justice", "Prosecutor", "Chairman", "Chairwoman", "Chair", "Chief Executive",
    "CEO", "Director", "Director-General", "Director General", "Commissioner", "Spokesman",
    "Spokeswoman", "Spokesperson", "spokesman", "spokeswoman", "spokesperson", "Ombudsman",
    "Leader", "leader", "opposition leader", "Opposition Leader", "Mr.", "Mrs.", "Ms.", "Dr.",
    "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "PM",
    "Professor", "Prof.", "journalist", "reporter", "correspondent", "analyst", "economist",
    "historian", "commentator", "columnist", "editor", "researcher", "professor", "expert",
    "lawyer", "activist", "diplomat", "official", "adviser", "advisor", "Adviser", "Advisor",
    "premier", "chancellor", "president", "minister", "ambassador", "envoy", "director",
    "chairman", "chief", "head", "secretary", "candidate", "lawmaker", "MP", "MEP", "deputy",
    "senator", "governor", "mayor", "general", "commander", "negotiator", "ruler", "dictator",
    # business
    "Chief Executive Officer", "chief executive officer", "chief executive",
    "Chief Financial Officer", "chief financial officer", "Chief Operating Officer",
    "chief operating officer", "CFO", "COO",
    "CTO", "General Counsel", "general counsel", "founder", "co-founder", "owner", "chairwoman",
    "president and chief executive", "managing director", "executive", "investor",
    # courts and police
    "judge", "prosecutor", "attorney", "counsel", "barrister", "solicitor", "Chief Minister",
    "police chief", "Police Chief", "officer", "Deputy Commissioner", "Inspector", "Superintendent",
    # sport
    "captain", "Captain", "Capt.", "Capt", "skipper", "coach", "manager", "batter", "batsman",
    "bowler", "striker", "goalkeeper", "midfielder", "defender", "player", "all-rounder",
    # science, space, aviation
    "First Officer", "first officer", "pilot", "co-pilot", "scientist", "astronaut", "engineer",
    # arts and others
    "actress", "actor", "singer", "musician", "film-maker", "filmmaker", "author", "writer",
    "spokesman", "student", "doctor", "nurse", "teacher", "politician", "lawmaker",
    "boss", "Administrator", "administrator", "Commissioner", "star", "forward", "winger",
    "quarterback", "astronomer", "physicist", "presenter",
    # religion
    "Priest", "priest", "Father", "Imam", "imam", "Rabbi", "rabbi", "Pastor", "pastor",
    "Reverend", "Rev.",
)

# Words written for a post that mean another word of the post: "skipper" -> "captain"
POST_SYNONYMS: dict[str, str] = {"PM": "Prime Minister", "skipper": "captain", "Skipper": "Captain",
                                 "Capt": "Captain",
                                 "Capt.": "Captain", "ex-CEO": "former CEO", "Sen.": "Senator",
                                 "Rep.": "Representative", "Gov.": "Governor", "Gen.": "General",
                                 "Adm.": "Admiral", "Col.": "Colonel", "Prof.": "Professor",
                                 "Lt.": "Lieutenant"}

# Lowercase fields a title takes before it: "finance chief", "police chief", "legal affairs chief"
FIELDS = frozenset({
    "finance", "financial", "police", "legal", "affairs", "security", "health", "foreign",
    "defence", "defense", "interior", "trade", "energy", "justice", "information", "economy",
    "technology", "marketing", "operating", "communications", "army", "navy", "military",
    "intelligence", "space", "state", "party", "opposition", "team", "club", "government",
    "safety", "policy", "news", "tax", "budget", "climate", "environment", "transport",
    "education", "culture", "sports", "sport", "media", "campaign", "union", "labour", "labor",
    "human", "rights", "executive", "investment", "research", "public", "prosecution",
    "district", "sessions", "political", "social", "senior", "top", "deputy", "assistant",
    "chief", "vice", "general", "national", "regional", "provincial", "federal", "city", "county",
    "presidential", "vice-presidential", "parliamentary", "mayoral", "legislative",
    "agency", "company", "firm", "bank", "group", "council", "board", "university", "hospital",
    "airline", "league", "court", "school", "museum", "network", "channel", "station", "mission",
})

# Honorifics that are not posts: "Mr. Smith" names a person but says nothing of a post.
HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord",
                        "Lady"})

# Titles that take a field before them: "Health Secretary", "Home Office Minister"
FIELD_TITLES = frozenset({"minister", "secretary", "commissioner", "director", "chief",
                          "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
                          "officer", "correspondent", "editor", "envoy", "czar", "tsar",
                          "executive", "economist", "strategist", "analyst"})

# Head words of a post in an apposition: "John Doe, director of studies at ..."
POST_HEADS = frozenset({
    t.lower() for t in TITLES if " " not in t and not t.endswith(".")
} | {"founder", "co-founder", "co-chair", "vice-chair", "chairperson", "co-director",
     "owner", "member", "leader", "fellow", "lecturer", "author",
     "spokesman", "spokeswoman", "officer", "manager", "president", "vice-president", "head",
     "chief", "coordinator", "representative", "partner", "scientist", "physician",
     "doctor", "teacher", "student", "pilot", "soldier", "resident", "witness", "survivor",
     "mother", "father", "son", "daughter", "wife", "husband", "widow", "brother", "sister",
     "investor", "entrepreneur", "writer", "novelist", "poet", "artist", "actor", "actress",
     "singer", "athlete", "player", "coach", "captain", "chaplain", "priest", "rabbi", "imam",
     "skipper", "batter", "batsman", "bowler", "counsel", "attorney", "prosecutor", "judge",
     "lawyer", "executive", "cfo", "ceo", "coo", "national", "citizen", "engineer", "nurse",
     "politician", "lawmaker", "economist", "astronaut", "co-pilot",
     # professions news names people by
     "astronomer", "physicist", "chemist", "biologist", "geologist", "epidemiologist",
     "virologist", "psychologist", "sociologist", "climatologist", "meteorologist",
     "archaeologist", "anthropologist", "statistician", "mathematician", "surgeon",
     "paramedic", "firefighter", "farmer", "fisherman", "shopkeeper", "businessman",
     "businesswoman", "banker", "trader", "broker", "architect", "designer", "photographer",
     "presenter", "host", "anchor", "broadcaster", "pundit", "star", "forward",
     "guard", "winger", "quarterback", "pitcher", "goalkeeper", "midfielder",
     "defender", "boss", "administrator", "commissioner", "inspector", "superintendent",
     "detective", "sergeant", "constable", "lieutenant", "colonel", "admiral"})

# Nouns that say who someone is to another person, not a post: "his brother, Ajit"
KIN = frozenset({"brother", "sister", "son", "daughter", "wife", "husband", "mother", "father",
                 "widow", "widower", "cousin", "uncle", "aunt", "nephew", "niece", "partner",
                 "girlfriend", "boyfriend", "fiancée", "fiance", "fiancé", "grandson",
                 "granddaughter", "grandmother", "grandfather", "friend", "colleague"})

# Words that may qualify a post before the title: "newly-elected French President"
POST_QUALIFIERS = frozenset({
    "former", "then", "outgoing", "incoming", "acting", "interim", "deputy", "newly-elected",
    "newly elected", "new", "current", "late", "independent", "veteran", "senior", "top",
    "chief", "foreign", "influential", "prominent", "leading", "ex-", "longtime", "long-time",
    "embattled", "beleaguered", "re-elected", "elected", "caretaker", "retired", "exiled",
    "ousted", "self-proclaimed", "de facto", "Socialist", "Conservative", "Republican",
    "Democratic", "Labour", "far-right", "far-left", "centrist", "opposition",
})

# Posts that make someone a head of state or government: "the French leader" refers to them.
LEADER_HEADS = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen",
                          "leader", "emir", "sultan", "supreme leader", "president-elect"})
