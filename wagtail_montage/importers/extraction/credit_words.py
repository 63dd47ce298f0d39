"""Words and patterns of song credits: who wrote or sang a track, and the cues that
a quoted title is a song of the film. Every pattern is bounded, with no nested
quantifier."""

import re

# A credit after a title or a pronoun: "written by", "written in 1983 by", "sung by",
# "sung in the film by", "written for her by", "sung and co-written by".
# Group 1: a writing credit; group 2: a performing credit; groups 3 and 4: a second
# credit of the same people ("written and sung by"); group 5: "featuring".
WRITING = r"co-written|written|composed|co-composed|penned"
PERFORMING = r"performed|sung|recorded|played"
# How it was done, in an adverb ("sung, rather roughly, by", "recorded live by"); not
# a hedge ("written, supposedly, by" is a rumour).
MANNER = (
    r"(?!(?:supposedly|allegedly|reportedly|wrongly|mistakenly|falsely|probably"
    r"|possibly|only|early)\b)[a-z]{3,}ly"
)
# An aside between the verb and "by": "written, for the record, by", "sung, in a
# voice held back from the microphone, by".
ASIDE = (
    r"(?:for|in|at|on|as|of|with|according|oddly|apparently|famously|incidentally"
    r"|naturally|remarkably|by all accounts|it seems|I think"
    rf"|(?:rather\s|quite\s|very\s|somewhat\s|a\sbit\s|a\slittle\s)?{MANNER})\b"
    r"[^,.;:\u201c\u201d\"()]{0,80}"
)
# An aside in brackets between the verb and "by": "performed (confusingly) by",
# "sung (in Welsh) by"; not a hedge ("written (allegedly) by" is a rumour).
BRACKETED = (
    r"\s\((?![^()]{0,60}\b(?:supposedly|allegedly|reportedly|wrongly|mistakenly"
    r"|falsely|probably|possibly|maybe|perhaps|not|never|rumou?red|or\sso)\b)"
    r"[^()\u201c\u201d\"\ue000\ue001]{1,60}\)"
)
# What a piece is played on: "played on the fiddle by A".
INSTRUMENTS = (
    r"(?:fiddle|violin|viola|cello|piano|guitar|banjo|mandolin|harp|organ|accordion"
    r"|concertina|harmonium|ukulele|flute|whistle|pipes|bagpipes|saxophone|sax|trumpet"
    r"|clarinet|drums|synthesizer|synth|keyboards?|harmonica|sitar|kora|oud)"
)
CREDIT_RE = re.compile(
    rf"\b(?:(?:({WRITING}|music|lyrics|words|words and music)|({PERFORMING}"
    r"|(?:guest |lead )?vocals?|a duet|an instrumental))"
    rf"(?:\sand\s(?:({WRITING}|music|lyrics|words)|({PERFORMING})))?"
    rf"(?:,\s{ASIDE},|{BRACKETED})?"
    rf"\s(?:both\s|all\s|jointly\s|together\s|in\s\d{{4}}\s|here\s|live\s|{MANNER}\s"
    r"|(?:especially\s|specially\s)?(?:for|in)\s(?:the|this)\s(?:film|movie|picture)\s"
    r"|for\s(?:her|him|them|the\s(?:singer|band|group))\s|on\s(?:screen|camera)\s"
    # "played on the soundtrack by", "sung on the original record by"
    r"|on\s(?:the\s(?:original\s|film's\s)?)?(?:soundtrack|record|recording|single)\s"
    # "played on the fiddle by", "recorded on a borrowed banjo by"
    rf"|on\s(?:the\s|a\s|an\s|his\s|her\s|their\s)?(?:[a-z-]{{1,15}}\s)?{INSTRUMENTS}\s)?"
    r"by\s|(featuring|feat\.)\s)",
    re.IGNORECASE,
)
# Between a title and its credit: ", ", " — brackets and all — ", or the song's
# noun in apposition: "“X”, an instrumental composed by A", "“X”, a slow ballad
# written by A", "“X” (the B-side) — a tune sung by A".
TITLE_ASIDE_RE = re.compile(
    r"^,?\s*(?:[\u2014\u2013][^\u2014\u2013]{0,40}[\u2014\u2013])?,?\s*"
    r"(?:(?:a|an)\s(?:[a-z][\w-]{1,20}\s){0,2}(?:song|ballad|instrumental|piece|tune"
    r"|number|waltz|lullaby|march|anthem|hymn|duet|single|track|theme)\s)?$"
)
# Words of a sentence about actors: "played by A" there is a part, not a song.
ACTING_RE = re.compile(
    r"\b(?:character|role|actor|actress|cast|plays|playing|starring|stars)\b",
    re.IGNORECASE,
)


def credit_roles(match):
    """The roles a ``CREDIT_RE`` match gives the names after it: "composers",
    "performers" or both ("written and sung by")."""
    roles = []
    if match.group(1) or match.group(3):
        roles.append("composers")
    if match.group(2) or match.group(4) or match.group(5):
        roles.append("performers")
    return roles


def acting_credit(match, norm):
    """ "played by A" in a sentence about a part, not a song."""
    return (match.group(2) or "").lower() == "played" and bool(ACTING_RE.search(norm))


STRONG_CREDITS = frozenset(
    {"composed", "co-composed", "music", "lyrics", "words and music"}
)

# Just before a quoted title: the title is heard in the film.
MORE_PRE_CUE_RE = re.compile(
    r"\b(?:plays over|plays under|played over|played under|play over|play under"
    r"|runs to|ran to|dances to|danced to|dance to|opens with|closes with|ends with"
    r"|(?:song|single|tune|theme) in the (?:film|movie)"
    r"|(?:over|under|during) the (?:end |opening |closing |final )?"
    r"(?:credits|titles|montage) (?:is|was))\W{0,3}$",
    re.IGNORECASE,
)
# Just after it.
MORE_POST_CUE_RE = re.compile(
    r"^\W{0,3}(?:which |that )?(?:plays|played|runs|ran|kicks in|comes in|swells"
    r"|is heard|was heard)\b|^\W{0,3}(?:a duet|an instrumental|a ballad) by\b",
    re.IGNORECASE,
)

# A sentence that credits "it" or "the song" right after a quoted title: the title
# was a song ("That would be “X”. It is sung by ...", "“X”. Music by ...").
CREDIT_SIGNAL_RE = re.compile(
    r"^(?:music|lyrics|words|words and music)\sby\s"
    r"|\b(?:it|the song|the track|the tune)(?:\s(?:was|is)|'s)\s(?:also\s|originally\s)?"
    r"(?:written|co-written|composed|sung|performed|recorded|penned)\b"
    r"|\b(?:wrote|composed|co-wrote|sang|recorded|performed|sings)\s"
    r"(?:it|the music|the lyrics|the words|the song)\b",
    re.IGNORECASE,
)
# A title named as something other than a song of the film: an earlier hit, a
# follow-up, a B-side.
NOT_THIS_FILM_RE = re.compile(
    r"\b(?:earlier|previous|prior|follow-up|followup|debut|b-side|had been|last hit"
    r"|first hit|next single|other hits?|cover of|not in the (?:film|movie)"
    r"|isn't in the (?:film|movie)|never used|cut from)\b",
    re.IGNORECASE,
)
# Before a quoted title that is no song: a line, a tagline, a scene's name, speech.
NOT_A_SONG_RE = re.compile(
    r"\b(?:line|lines|tagline|slogan|motto|catchphrase|nickname|nicknamed|dubbed"
    r"|called|call|scene|chapter|episode|headline|title card|quote|name|named"
    r"|titled|entitled|working title|title was|poster|sign|caption)\b"
    # Speech only right before the quotation: "she asks, “X?”", not "asks me for “X”".
    r"|\b(?:says|said|asks|asked|shouts|whispers)(?=\W{0,4}$)",
    re.IGNORECASE,
)

# "wrote the music, B the words": the part of a song a writer wrote.
SONG_PARTS = frozenset({"music", "lyrics", "lyric", "words", "melody", "tune"})

# What a song is called in an apposition: "“X”, a country-rock song by A".
SONG_NOUNS = frozenset(
    {
        "song",
        "ballad",
        "duet",
        "single",
        "number",
        "tune",
        "track",
        "anthem",
        "instrumental",
        "hit",
        "record",
        "rocker",
        "stomper",
        "waltz",
        "lament",
        "lullaby",
        "love-song",
        "torch-song",
        "tearjerker",
        "weepie",
        "jam",
        "groove",
        "cut",
        "smash",
    }
)
# In brackets after a title: a version, not an artist ("“X” (Extended Mix)").
VERSION_WORDS = frozenset(
    {
        "mix",
        "remix",
        "version",
        "edit",
        "live",
        "reprise",
        "instrumental",
        "demo",
        "acoustic",
        "theme",
        "remastered",
        "remaster",
        "single",
        "album",
        "radio",
        "extended",
        "original",
        "soundtrack",
        "score",
        "mono",
        "stereo",
        "part",
        "pt",
        "intro",
        "outro",
        "interlude",
        "medley",
        "dub",
        "vocal",
        "english",
        "french",
        "german",
        "italian",
        "spanish",
        "uk",
        "us",
        "usa",
    }
)

# A writer or singer named by what they do: "the Swedish singer X", "their lead
# singer X", "the synth duo X", "her husband, X".
ROLE_NOUNS = frozenset(
    {
        "band",
        "group",
        "duo",
        "trio",
        "quartet",
        "quintet",
        "outfit",
        "singer",
        "songwriter",
        "singer-songwriter",
        "composer",
        "lyricist",
        "vocalist",
        "guitarist",
        "pianist",
        "keyboardist",
        "drummer",
        "bassist",
        "saxophonist",
        "violinist",
        "fiddler",
        "producer",
        "player",
        "guy",
        "man",
        "woman",
        "supervisor",
        "arranger",
        "engineer",
        "manager",
        "rapper",
        "newcomer",
        "crooner",
        "star",
        "husband",
        "wife",
        "partner",
        "brother",
        "sister",
        "son",
        "daughter",
        "father",
        "mother",
        "friend",
        "bandmate",
        "boyfriend",
        "girlfriend",
        "fiancé",
        "fiancée",
        "cousin",
        "uncle",
        "aunt",
        "poet",
        "bandleader",
        "collaborator",
        "frontman",
        "frontwoman",
        "soprano",
        "mezzo",
        "mezzo-soprano",
        "countertenor",
        "tenor",
        "baritone",
        "contralto",
        "diva",
        "legend",
        "icon",
        "idol",
        "chanteuse",
        "balladeer",
        "troubadour",
        "bluesman",
        "rocker",
        "choir",
        "ensemble",
        "collective",
        "combo",
        "act",
        "orchestra",
        "screenwriter",
        "writer",
        "director",
        "actor",
        "actress",
    }
)
# Role nouns of an act, not one person: "Band Aid", "Orchestra X" are names.
ACT_NOUNS = frozenset(
    {
        "band",
        "group",
        "duo",
        "trio",
        "quartet",
        "quintet",
        "outfit",
        "choir",
        "ensemble",
        "collective",
        "combo",
        "act",
        "orchestra",
        "star",
        "legend",
        "icon",
        "idol",
        "partner",
        "man",
        "woman",
        "guy",
    }
)
# After "the X": a word that ends a name before another ("the Dusters in London").
NAME_BREAKS = frozenset(
    {
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "and",
        "or",
        "featuring",
        "feat.",
        "of",
        "to",
        "as",
        "into",
        "during",
        "over",
        "under",
        "after",
        "before",
        "since",
        "who",
        "which",
        "that",
        "but",
        "while",
        "than",
        "by",
    }
)
ROLE_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
# Words between "who"/"that" and a credit verb: "that Harlan also wrote".
CREDIT_ADVERBS = frozenset(
    {"also", "later", "himself", "herself", "themselves", "jointly", "actually", "both"}
)
RELATIVES = frozenset({"which", "that", "who"})
# After the last name of a list, the verb of a clause of its own: "sung by A, and B
# wrote it", "by A and B later recorded it".
CLAUSE_VERBS = frozenset(
    {
        "wrote",
        "co-wrote",
        "composed",
        "penned",
        "sang",
        "sings",
        "recorded",
        "records",
        "performed",
        "performs",
        "produced",
        "arranged",
        "mixed",
        "played",
        "plays",
        "added",
        "did",
        "handled",
        "contributed",
        "covered",
    }
)
CLAUSE_ADVERBS = frozenset({"also", "later", "then", "himself", "herself", "both"})
# After a name: "sung by A herself and B".
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
# What may follow the verb of "which A wrote": no object of its own ("which A wrote
# about" is a review).
CLAUSE_ENDS = frozenset(
    {
        "with",
        "together",
        "for",
        "in",
        "on",
        "at",
        "while",
        "during",
        "between",  # "which A and B wrote between them"
        "after",
        "before",
        "over",
        "under",
        "and",
        "but",
        "alone",
        "himself",
        "herself",
        "themselves",
        "as",
        ",",
        ".",
        ";",
        ":",
        ")",
        "-",
        "\u2014",
    }
)

# What "it" means when a sentence is about something other than a song ("wrote it
# for the film" is still about the song).
NOT_SONGS_RE = re.compile(
    r"\b(?:script|screenplay|novel|book|story|film|movie|article|review|letter"
    r"|screenwriter|director|novelist|playwright|author|journalist|critic)\b",
    re.IGNORECASE,
)
FOR_THE_FILM_RE = re.compile(
    r"\b(?:the|as the|or so the)\sstory\s(?:goes|has it)\b"  # a hedge, not a book
    r"|\b(?:his|her|their)\sstory\b(?!\s(?:about|of)\b)"  # "(his story, not mine)"
    r"|\b(?:the|this)\s(?:film|movie)'s\s(?=[a-z])"  # "the film's music supervisor"
    r"|\b(?:for|in|from|of|over|under|into|about)\s(?:the|this|that|a|an)\s"
    r"[a-z -]{0,25}?(?:film|movie)\b"
    r"|\bwith\s(?:the|his|her|their)\s(?:film's\s)?(?:screenwriter|director|novelist"
    r"|playwright|author)\b",
    re.IGNORECASE,
)
