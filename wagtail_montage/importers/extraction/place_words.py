"""Words and patterns for places only: filming phrases, negations, what a place played.

Every pattern is bounded and has no nested quantifier but the few bounded word runs
``(?:[a-z-]{1,20}\\s){0,3}`` (a run of at most three words), so matching stays linear.
"""

import re

# "filmed in", "was shot out at", "to shoot inside", "the production set up on":
# the place comes right after the match.
PLACE_FILMED_RE = re.compile(
    r"\b(?:(?:(?:was|were|is|are|been|being|partly|mostly|largely|entirely|mainly|also"
    r"|all|actually|originally|reportedly)\s(?:shot|filmed)|filmed|filming took place"
    r"|shooting took place"
    # "They shot the harbour scenes in", "Filming of the rink scenes took place in"
    r"|(?:shot|filmed|shoot|film)\s(?:the|its|their)\s(?:[a-z-]{1,20}\s){0,2}"
    r"(?:scenes?|sequences?|exteriors?|interiors?|footage|chase|montage|opening|finale)"
    r"|(?:filming|shooting)\sof\s(?:the\s)?(?:[a-z-]{1,20}\s){0,3}took place"
    # "the last films to shoot inside the Walled City"
    r"|to\s(?:shoot|film)"
    # "The production set up on the salt flats"
    r"|(?:production|crew|unit)\sset\sup)"
    r"\s(?:it\s|them\s|this\s|there\s)?(?:on location\s)?(?:out\s)?"
    r"(?:in|at|on|aboard|near|off|inside)"
    # "the crew moved to Lyon"
    r"|(?:production|crew|unit)\s(?:moved|relocated|decamped)\sto)\s",
    re.IGNORECASE,
)
PLACE_FILMED_THERE_RE = re.compile(
    r"\b(?:shot|filmed|filming took place|shooting took place)\s(?:it\s|them\s)?"
    r"(?:out\s)?there\b",
    re.IGNORECASE,
)

# A clause that says the film was NOT shot somewhere: "None of it was shot in X",
# "hardly a frame of it was filmed in X", "it wasn't shot there".
NEGATIONS = frozenset(
    {
        "not",
        "never",
        "hardly",
        "barely",
        "scarcely",
        "none",
        "nothing",
        "no",
        "neither",
        "nor",
        "nowhere",
        "cannot",
    }
)
# "no" that does not deny: "no doubt it was filmed in X".
NOT_DENYING_AFTER_NO = frozenset({"doubt", "wonder", "surprise", "one", "question"})
# Where the clause of a filming verb starts, looking back.
CLAUSE_BREAKS = frozenset(
    {
        ",",
        ";",
        ":",
        "(",
        ")",
        "-",
        "but",
        "though",
        "although",
        "while",
        "whereas",
        "yet",
    }
)

# What a stand-in's target ends before: "an unnamed American city with the help of".
PLACE_TARGET_STOPS = frozenset(
    {
        "as",
        "for",
        "during",
        "while",
        "when",
        "until",
        "which",
        "but",
        "because",
        "and",
        "with",
        "thanks",
        "after",
        "before",
        "despite",
        "using",
        "without",
        "itself",
        "complete",
        "so",
        "though",
        "although",
        "whose",
        "where",
    }
)
# "the town of Iron Meadow": what it played is the name.
NAMED_PLACE_NOUNS = frozenset(
    {
        "town",
        "city",
        "village",
        "county",
        "state",
        "island",
        "port",
        "kingdom",
        "hamlet",
    }
)
# Words between a place and its stand-in verb: "the salt even played".
PLACE_AUXILIARIES = frozenset(
    {
        "also",
        "often",
        "once",
        "was",
        "were",
        "is",
        "are",
        "has",
        "had",
        "been",
        "even",
        "then",
        "later",
        "briefly",
        "convincingly",
        "successfully",
        "cheerfully",
        "happily",
        "duly",
        "still",
        "itself",
    }
)
# "the arena played a rink in Lillehammer": a common noun for the place just filmed.
PLACE_ANAPHORA = frozenset(
    {
        "arena",
        "stadium",
        "town",
        "city",
        "village",
        "lake",
        "island",
        "building",
        "house",
        "mansion",
        "hotel",
        "location",
        "station",
        "street",
        "harbour",
        "harbor",
        "port",
        "beach",
        "square",
        "ship",
        "bridge",
        "park",
        "desert",
        "valley",
        "church",
        "castle",
        "school",
        "college",
        "campus",
        "hospital",
        "prison",
        "farm",
        "ranch",
        "site",
        "place",
        "area",
        "neighbourhood",
        "neighborhood",
        "district",
        "quarter",
        "lot",
        "rink",
        "track",
        "yard",
        "mill",
        "factory",
        "plant",
        "base",
        "airport",
        "mall",
        "diner",
        "bar",
        "club",
        "theatre",
        "theater",
        "coast",
        "bay",
        "river",
        "canyon",
        "mountain",
        "mountains",
        "hills",
        "forest",
        "flats",
        "salt",
        "dunes",
        "alleys",
        "streets",
        "docks",
        "pier",
    }
)
# A described target that is a place: "a yard in Amarillo", "a Tennessee county seat".
TARGET_PLACE_NOUNS = PLACE_ANAPHORA | frozenset(
    {"seat", "camp", "capital", "countryside", "suburb", "colony", "moon", "planet"}
)

# "The junkyard is in X", "the drive-in is the Vineland Drive-In": the subject of such
# a sentence about filming must not be a person, a work or the story.
NOT_PLACE_SUBJECTS = frozenset(
    {
        "story",
        "plot",
        "film",
        "movie",
        "picture",
        "action",
        "setting",
        "tale",
        "narrative",
        "premise",
        "director",
        "producer",
        "writer",
        "star",
        "lead",
        "leads",
        "actor",
        "actress",
        "cast",
        "hero",
        "heroine",
        "villain",
        "character",
        "characters",
        "family",
        "song",
        "songs",
        "single",
        "track",
        "tune",
        "theme",
        "album",
        "soundtrack",
        "record",
        "band",
        "singer",
        "composer",
        "score",
        "title",
        "name",
        "answer",
        "question",
        "winner",
        "result",
        "culprit",
        "problem",
        "reason",
        "point",
        "joke",
        "budget",
        "rest",
        "remake",
        "sequel",
        "original",
        "book",
        "novel",
        "play",
        "owner",
        "mayor",
        "poster",
        "release",
        "premiere",
    }
)
# A lowercase adjective between "is the" and a place: "is the old Royal Victoria".
PLACE_ADJECTIVES = frozenset(
    {
        "old",
        "former",
        "real",
        "actual",
        "disused",
        "abandoned",
        "historic",
        "famous",
        "real-life",
        "derelict",
        "original",
        "same",
        "very",
        "restored",
    }
)
# Words that say a clause is about something else than filming: "and the director was
# born in X", "and the band was formed in X".
NOT_FILMING_WORDS = frozenset(
    {
        "born",
        "raised",
        "grew",
        "grown",
        "lived",
        "lives",
        "died",
        "buried",
        "set",
        "released",
        "recorded",
        "premiered",
        "opened",
        "sold",
        "charted",
        "formed",
        "founded",
        "based",
        "educated",
        "married",
        "published",
        "printed",
        "pressed",
        "mixed",
        "written",
        "wrote",
        "studied",
        "worked",
        "works",
        "stayed",
        "bunked",
        "played",
        "toured",
    }
)
# A list item's description after the place: "Madison, Georgia, for the town square",
# "Stone Mountain, seen from the highway", "Issaquah: the quarry itself".
ITEM_DESCRIPTIONS = frozenset(
    {
        "for",
        "seen",
        "where",
        "the",
        "a",
        "an",
        "shot",
        "filmed",
        "used",
        "standing",
        "doubling",
        "in",
        "at",
        "on",
        "both",
        "all",
        "most",
        "some",
        "interiors",
        "exteriors",
        "scenes",
    }
)
# What a list of filmed places names before each place: ", the naval scenes at Y".
SCENE_WORDS = frozenset(
    {
        "scene",
        "scenes",
        "sequence",
        "sequences",
        "shots",
        "exteriors",
        "interiors",
        "footage",
        "chase",
        "finale",
        "opening",
        "ending",
        "climax",
        "montage",
        "wedding",
        "funeral",
        "race",
        "fight",
        "brawl",
    }
)
