"""Words and patterns for places only: filming phrases, negations, what a place played.

Every pattern is bounded and has no nested quantifier but the few bounded word runs
``(?:[a-z-]{1,20}\\s){0,3}`` (a run of at most three words), so matching stays linear.
"""

import re

from .lexicon import CANADIAN_PROVINCES, COUNTRIES, PLACE_WORDS_RE, US_STATES
from .place_quoted_subjects import quote_mark, unmarked_words
from .place_suffixes import place_suffixed

# "filmed in", "was shot out at", "to shoot inside", "the production set up on": the
# place comes right after the match. Without a preposition ("were done", "was lensed",
# "shot it"), it comes after a few lowercase words and one ("a few miles down the coast
# at X", "on the corniche roads above X"): see ``ahead_place``.
PLACE_FILMED_RE = re.compile(
    r"\b(?:(?:(?:was|were|is|are|been|being|partly|mostly|largely|entirely|mainly|also"
    r"|all|actually|originally|reportedly|then|later)\s(?:shot|filmed|lensed|photographed)"
    # "was in fact shot", "was, in fact, filmed", "were eventually shot"
    r"|(?:was|were|is|are)(?:\s|,\s)(?:in\sfact|in\sthe\send|in\sreality|at\sfirst"
    r"|(?!(?:hardly|barely|scarcely|only)\b)[a-z]{3,12}ly),?\s(?:shot|filmed|lensed)\b"
    r"|filmed|lensed|principal photography|(?:^|(?<=:\s))(?:shot|photographed)(?=\s(?:on\slocation\s)?"
    r"(?:in|at|on)\s)"
    r"|\b(?i:we|they)\s(?:then\s|later\s|mostly\s)?shot(?=\s(?:in|on)\s[A-Z])"
    r"|(?:filming|shooting)\s(?:also\s|then\s|later\s|mostly\s|largely\s|partly\s)?"
    r"took\splace"
    # "They shot the harbour scenes in", "Filming of the rink scenes took place in"
    # "they did the big scenes up at X"
    r"|(?:shot|filmed|shoot|film|lensed|did)\s(?:the|its|their|that|this|a|an)\s"
    r"(?:[a-z-]{1,20}\s){0,2}"
    r"(?:scenes?|sequences?|exteriors?|interiors?|footage|chase|montage|opening|finale)"
    # "they shot it around X", "filmed most of it in X"
    r"|(?:shot|filmed|lensed)\s(?:it|them|(?:most|much|all|some|part|rest)\sof\sit"
    r"|the\s(?:whole\s)?(?:thing|film|picture|movie)|everything)"
    # "They shot the racing on X", "the crew filmed the wedding at X"
    r"|(?:they|the\screw|the\sproduction|the\sunit)\s(?:also\s|then\s|later\s)?"
    r"(?:shot|filmed)\s(?:the|its|their)(?:\s[a-z-]{1,20}){1,2}?(?=\s(?:in|at|on)\s)"
    # "A second unit grabbed aerials over X"
    r"|(?:grabbed|captured|shot|filmed|got)\s(?:some\s|the\s|its\s)?(?:aerials"
    r"|aerial\sshots|establishing\sshots|plates)(?=\s(?:over|above)\s)"
    r"|(?:filming|shooting)\sof\s(?:the\s)?(?:[a-z-]{1,20}\s){0,3}took place"
    # "The checkpoint scenes were staged at", "the beach shots were done a mile off"
    r"|(?:scenes?|sequences?|shots?|exteriors?|interiors?|footage|stunts?|jumps?"
    # "the fortress assault was staged at X", "the final battle was done on X"
    r"|assault|battle|siege|raid|ambush|showdown|shootout|climax|finale|duel|chase"
    r"|fight|brawl|race|storm)"
    # "The scenes, including the row, were done at X", "the shot of Y was made at X"
    r"(?:,\s(?:including|like|with|especially)\s[^,.;:]{1,60},|\s(?:of|over|in|on|before|after|under|from)\s[^,.;:]{1,50}?|\safterwards)?\s"
    r"(?:themselves\s|itself\s|also\s|all\s)?(?:was|were)\s(?:actually\s)?"
    r"(?:done|staged|captured|grabbed|lensed|snatched|built|made)"
    # "the last films to shoot inside the Walled City"
    r"|to\s(?:shoot|film)"
    # "a set on the back lot at X Studios", "the sound stages of X"
    r"|(?:back[\s-]?lot|sound[\s-]?stages?|(?:re)?(?:built|constructed|created)\son\sa\sstage)\s(?:at|of)"
    # "The production set up on the salt flats", "the production was based in X"
    r"|(?:production|crew|unit|shoot)\s(?:set\sup|(?:was|were)\sbased|camped)"
    # "and shot around Gatlinburg": a bare "shot" only before a word no wound takes
    r"|shot\s(?:around|throughout|entirely|mostly|largely|partly|along)"
    # "Cameras roll in January at X", "the cameras rolled in X"
    r"|cameras\s(?:first\s)?(?:roll|rolls|rolled|rolling)(?:\sin\s(?:January|February"
    r"|March|April|May|June|July|August|September|October|November|December))?"
    # "the rooftop sequence, shot atop X", "night scenes shot in X", "footage shot at X"
    r"|(?:scenes?|sequences?|footage|montage|video|finale|chase)"
    r",?\s(?:(?:mostly|largely|partly|all|also)\s)?shot(?=\s(?:in|at|on|atop|around)\s)"
    r"|on\slocation)"
    r"(?:\s(?:it\s|them\s|this\s|there\s)?(?:on location\s)?(?:out\s)?"
    r"(?:in|at|on|aboard|near|off|inside|outside|around|throughout|out\sof|over"
    r"|above))?"
    # "the crew moved to Lyon", "the production then decamped to X"
    r"|(?:production|crew|unit|shoot|filming|filmmakers|film-makers)\s"
    r"(?:then\s|later\s|soon\s)?"
    r"(?:moved|relocated|decamped|headed|shifted|travelled|traveled|went)\s(?:on\s)?"
    r"(?:to|aboard))\s",
    re.IGNORECASE,
)
# The preposition a filming phrase's place follows, after a few words or right away.
FILMED_PREPOSITIONS = frozenset(
    """
    in at on aboard near off inside outside around throughout above below beyond
    across along behind under beneath underneath through beside atop past
    """.split()
)
# Words a filming phrase never skips to reach its place: "was shot dead in X".
NOT_SKIPPED = frozenset(
    """
    dead killed wounded him her himself herself me us you by for about story
    close range point-blank
    """.split()
)
PLACE_FILMED_THERE_RE = re.compile(
    r"\b(?:shot|filmed|filming took place|shooting took place)\s"
    # "shot it there", "the crew shot most of the montage out there"
    r"(?:(?!dead\s|him\s|her\s)[a-z-]{1,20}\s){0,5}?(?:out\s)?there\b",
    re.IGNORECASE,
)

# Stand-in verbs the shared pattern leaves out: "had to play", "could pass for".
MORE_DOUBLED_RE = re.compile(
    # "X, which play Y", "X, whose iron staircases play Y": a verb in the plural
    r"\b(?:(?:(?:had|has|have|got|was|were|is|are)\sto|could|would|can|will|which"
    r"|whose\s(?:[a-z-]{1,20}\s){0,2}?[a-z-]{1,20})"
    r"\s(?:easily\s|convincingly\s|also\s)?(?:(play)|double\s(?:for|as)"
    r"|stand\sin\sfor|pass\sfor|pose\sas)"
    # "stands in, with some strain, for Y"
    r"|(?:stood|stands|standing)\sin,\s(?:[a-z-]{1,20}\s){0,3}[a-z-]{1,20},\sfor"
    # "X pretends to be Y", "it has to pretend to be Y"
    r"|(?:(?:had|has|have|got)\sto\s)?(?:pretend|pretends|pretended|pretending)\sto\sbe"
    # "X does a fine job doubling for Y", "X did a decent job of standing in for Y"
    r"|(?:does|did|do|doing)\san?\s(?:[a-z]{1,12}\s)?(?:impression\sof|job\s(?:of\s)?"
    r"(?:doubling\s(?:for|as)|standing\sin\sfor|passing\sfor|playing|posing\sas))"
    # "X subbed for Y", "X was made over as Y", "X was made up to play Y", "X was
    # dressed to stand in for Y", "X, dressed up to pass for Y"
    r"|(?:subbed|subs|subbing)\sfor|made\sover\sas|(?:acting|acts|acted)\sas"
    r"|(?:made|dressed|done)\s(?:up\s)?to\s(?:play|pass\sfor|stand\sin\sfor"
    r"|double\s(?:for|as)|look\slike)"
    # An effort then the stand-in verb: "X, trying very hard to pass for Y", "X,
    # straining to look like Y", "X does its best to stand in for Y"
    r"|(?:trying|tries|tried|struggling|struggles|straining|strains|attempting"
    r"|working|works|doing\sits\sbest|does\sits\sbest)\s(?:(?:very\s|so\s)?hard\s)?"
    r"to\s(?:pass\sfor|pass\sas|stand\sin\sfor|double\s(?:for|as)|look\slike|pose\sas)"
    # "Y, which is supposed to be X in the story", "Y, which in the script is X",
    # "Y, which they used for X", "Y, which the film dresses up as X"
    r"|(?:which\s)?(?:is|was|are|were)\s(?:supposed|meant)\sto\sbe"
    r"|which\sin\sthe\s(?:script|story|film|movie|novel)\s(?:is|was|becomes|became)"
    r"(?:\s(?:supposed|meant)\sto\sbe|\s(?:called|named|renamed))?"
    # "X, in the film, is Y", "X, in the story, becomes Y"
    r"|(?<=,\s)in\s(?:the|this)\s(?:script|story|film|movie|novel),\s(?:is|was|becomes"
    r"|became)"
    # "X, which the film insists is Y", "X, which the script calls Y", "X, which the
    # film labels, with some confidence, Y", "which the film asks us to accept as Y"
    r"|which\s(?:the\s(?:script|story|film|movie|screenplay)|they)\s(?:very\s)?"
    r"(?:[a-z]+ly\s)?(?:(?:insists?|claims?|pretends?|says|said|swears?|would\shave"
    r"\syou\sbelieve|wants?\s(?:you|us)\sto\sbelieve|tells?\s(?:you|us))\s(?:(?:it"
    r"|this)\s)?(?:is|was)|(?:calls?|called|labels|names|bills|asks\s(?:us|you)\sto"
    r"\saccept\sas)(?:,\s[a-z][a-z\s]{0,30},)?)"
    r"|which\s(?:they|the\s(?:crew|production|film|filmmakers))\s(?:used\s(?:for|as)"
    r"|dress(?:es|ed)?\sup\sas|pass(?:es|ed)?\soff\sas)"
    # "X, doing its best Atlantic City impression"
    r"|(?:does|did|doing)\s(?:its|their)\s(?:very\s)?best(?=\s[A-Z])"
    # "X, which does a decent Philadelphia"
    r"|(?:does|did|doing)\san?\s(?:decent|passable|convincing|credible|fine|good"
    r"|serviceable|plausible)(?=\s[A-Z]))\s",
    re.IGNORECASE,
)
# The last word of a name that says it is a place: "Waimea Canyon", "the Exchange
# District" (no surname among them: "Hill", "Park", "Shore" may be a person's).
NAMED_PLACE_RE = re.compile(
    r"\b(?:Canyon|District|Quarter|Boardwalk|Pier|Harbou?r|Station|Airport|Airfield"
    r"|Cove|Bluffs|Cliffs|Desert|Gorge|Dunes|Flats|Estate|Square|Avenue|Boulevard"
    r"|Tunnel|Palace|Abbey|Cathedral|Stadium|Speedway|Studios?|Hotel|Motel|Docks"
    r"|Wharf|Waterfront|Plaza|Racetrack|Raceway|Base|Street|Road|Dock|Furnace"
    r"|Works|Mill|Capitol|Courthouse|Library|Museum|Tower|Viaduct|Lighthouse|Bridge"
    r"|Ballroom|Arena|Theat(?:re|er)|Chapel|Church|Prison|Fortress|Market|School"
    r"|College|University|Hospital|Alley)$"
)
# What a place played may also end with a word that is a surname elsewhere.
NAMED_TARGET_RE = re.compile(
    r"\b(?:Beach|Shore|Bay|Coast|Valley|Island|Lake|River|Creek|Falls|Hills|Mountains"
    r"|Peak|Port|Strip|Heights|Forest)$"
)

# A scene on the move, in a sentence about filming: "the getaway starts in X", "the bus
# chase goes straight through X"; then its further stops: "drops down through Y".
ROUTE_SUBJECT_RE = re.compile(
    r"\b(?:chase|getaway|pursuit|montage|sequence|parade|race|drive|ride|run)\s"
    r"(?:starts|begins|ends|goes|runs|passes|drops|heads|cuts|moves|winds|sweeps"
    r"|tears|races|opens|closes|finishes)\s",
    re.IGNORECASE,
)
ROUTE_RE = re.compile(
    r"\b(?:starts|begins|ends|goes|runs|passes|drops|heads|cuts|moves|winds|sweeps"
    r"|tears|races|opens|closes|finishes)\s(?:[a-z]{1,12}\s){0,2}?"
    r"(?:in|on|through|at|across|along|past|into|over|under|down|up)\s",
    re.IGNORECASE,
)

NEIGHBOURHOOD_WORDS = frozenset(
    {"neighbourhood", "neighborhood", "district", "quarter", "area", "suburb"}
)

# A heading that only asks where: "Where", "1. Where?" (a list of places follows).
WHERE_HEADING_RE = re.compile(r"(?:[0-9]{1,2}[.)]\s?)?where\W{0,3}", re.IGNORECASE)

# A sentence about filming itself, and one about where the story is set.
SHOT_RE = re.compile(
    r"\b(?:film(?:ed|ing)|shot|shoot(?:ing)?|location|locations|scenes?|sequences?"
    r"|exteriors?|(?:you|we)\s(?:actually\s|really\s)see"
    r"|(?:you|we)\s(?:can\s)?see(?=\s(?:in|on)\sthe\s(?:\w+\s)?(?:reel|scene|shot|film))"
    r"|interiors?|footage|photographed)\b",
    re.IGNORECASE,
)
SETTING_RE = re.compile(
    r"\b(?:set\s(?:in|on|at)|is\sset|takes\splace|fictional|made-up|imaginary)\b",
    re.IGNORECASE,
)


def about_shooting_last(text):
    """Whether ``text`` speaks of filming, and after any word about the story's
    setting."""
    shot = [match.end() for match in SHOT_RE.finditer(text)]
    setting = [match.end() for match in SETTING_RE.finditer(text)]
    return bool(shot) and (not setting or shot[-1] > setting[-1])


# A clause that says the film was NOT shot somewhere: "None of it was shot in X",
# "hardly a frame of it was filmed in X", "it wasn't shot there".
NEGATIONS = frozenset(
    """
    not never hardly barely scarcely none nothing no neither nor nowhere cannot nobody
    """.split()
)
# "no" that does not deny: "no doubt it was filmed in X".
NOT_DENYING_AFTER_NO = frozenset({"doubt", "wonder", "surprise", "one", "question"})
# Where the clause of a filming verb starts, looking back.
CLAUSE_BREAKS = frozenset(
    """
    , ; : ( ) - — – but though although while whereas yet
    """.split()
)

# What a stand-in's target ends before: "an unnamed American city with the help of".
PLACE_TARGET_STOPS = frozenset(
    """
    as for during while when until which but because and with thanks after before
    despite using without itself complete so though although whose where if unless
    that
    """.split()
)
# "the town of Iron Meadow": what it played is the name.
NAMED_PLACE_NOUNS = frozenset(
    """
    town city village county state island port kingdom hamlet
    """.split()
)
# Words between a place and its stand-in verb: "the salt even played".
PLACE_AUXILIARIES = frozenset(
    """
    also often once was were is are has had been even then later briefly here
    convincingly successfully cheerfully happily duly still itself
    """.split()
)
# "the arena played a rink in Lillehammer": a common noun for the place just filmed.
PLACE_ANAPHORA = frozenset(
    """
    arena stadium town city village lake island building house mansion hotel
    location station street harbour harbor port beach square ship bridge park desert
    valley church castle school college campus hospital prison farm ranch site place
    area neighbourhood neighborhood district quarter lot rink track yard mill
    factory plant base airport mall diner bar club theatre theater coast bay river
    canyon mountain mountains hills forest flats salt dunes alleys streets docks
    pier range ranges beaches boardwalk estate
    """.split()
)
# A described target that is a place: "a yard in Amarillo", "a Tennessee county seat".
TARGET_PLACE_NOUNS = PLACE_ANAPHORA | frozenset(
    """
    seat camp capital countryside suburb colony moon planet manor palace villa
    cottage monastery convent abbey fortress fort keep sanatorium airstrip outpost
    crossing checkpoint frontier courthouse library museum archive gallery cinema
    hall chapel cathedral temple mosque synagogue embassy barracks lighthouse
    dragstrip racetrack shipyard cannery warehouse tavern saloon inn pub motel
    casino sanitarium asylum orphanage jail penitentiary mast tower railway railroad
    outport ballroom lobby foyer courtyard garden gardens terrace ruins tunnel hamlet
    terminus rooftop cemetery graveyard churchyard
    """.split()
)

# "The junkyard is in X", "the drive-in is the Vineland Drive-In": the subject of such
# a sentence about filming must not be a person, a work or the story.
NOT_PLACE_SUBJECTS = frozenset(
    """
    story plot film movie picture action setting tale narrative premise director
    producer writer star lead leads actor actress cast hero heroine villain
    character characters family song songs single track tune theme album soundtrack
    record band singer composer score title name answer question winner result
    culprit problem reason point joke budget rest remake sequel original book novel
    play owner mayor poster release premiere
    """.split()
)
# What a list of filmed places names before each place: ", the naval scenes at Y".
SCENE_WORDS = frozenset(
    """
    scene scenes sequence sequences shots exteriors interiors footage chase finale
    opening ending climax montage wedding funeral race fight brawl game party dance
    dinner kiss argument duel picnic showdown robbery proposal reunion shoot filming
    shooting
    """.split()
)

# The subject of "The junkyard is in X", "the dining hall is the old lodge at X".
PLACE_SUBJECTS = (
    PLACE_ANAPHORA
    | SCENE_WORDS
    | frozenset(
        """
        hill ridge summit canyon junkyard pub tavern saloon inn shop store drive-in
        country hall lodge landscape landscapes backdrop coastline stretch road
        highway field fields farmhouse cabin cafe restaurant motel garage gym
        apartment skyline waterfront marina cliff cliffs cove estate palace
        courthouse cemetery graveyard fjord glacier lighthouse airfield racetrack
        rooftop warehouse cannery shipyard quarry gorge shots interior exterior café
        villa cottage bungalow chateau manor underpass tunnel alley alleyway subway
        chapel library museum gallery hangar boathouse tower getaway heist shootout
        session sessions walk stage segment
        """.split()
    )
)
# Place nouns said in the plural only: "the outskirts of X".
PLURAL_PLACE_NOUNS = frozenset(
    """
    outskirts environs backstreets suburbs slopes banks shores ruins grounds
    badlands lowlands highlands wetlands marshes lanes alleys
    """.split()
)
# A lowercase adjective between "is the" and a place: "is the old Royal Victoria".
PLACE_ADJECTIVES = frozenset(
    """
    old former real actual disused abandoned historic famous real-life derelict
    original same very restored
    """.split()
)
# Words that say a clause is about something else than filming: "and the director was
# born in X", "and the band was formed in X".
NOT_FILMING_WORDS = frozenset(
    """
    born raised grew grown lived lives died buried set released recorded premiered
    opened sold charted formed founded based educated married published printed
    pressed mixed written wrote studied worked works stayed bunked spent visited
    moved retired met played toured
    """.split()
)
# A list item's description after the place: "Madison, Georgia, for the town square",
# "Stone Mountain, seen from the highway", "Issaquah: the quarry itself".
ITEM_DESCRIPTIONS = frozenset(
    """
    for seen where the a an shot filmed used standing doubling in at on both all
    most some interiors exteriors scenes
    """.split()
)


# -- Reading words ----------------------------------------------------------------------


def negated(sentence, offset):
    """Whether the clause before ``offset`` denies it: "None of it was shot in X",
    "hardly a frame of it was filmed in X", "Mostly it wasn't shot there"."""
    tokens = sentence.tokens
    index = sentence.index_at(offset) - 1
    for back in range(index, max(-1, index - 10), -1):
        word = tokens[back].text.lower()
        if word in CLAUSE_BREAKS:
            return False
        if (
            word.endswith("n't")
            or word in NEGATIONS
            and not (
                word == "no"
                and back + 1 < len(tokens)
                and tokens[back + 1].text.lower() in NOT_DENYING_AFTER_NO
            )
        ):
            return True
    return False


def place_like(text):
    """Whether a name or a described place says it is a place: a state, a country,
    "Valley", "a yard in Amarillo", "a Tennessee county seat"."""
    words = text.split()
    return bool(
        text in US_STATES
        or text in COUNTRIES
        or text in CANADIAN_PROVINCES
        or PLACE_WORDS_RE.search(text)
        or any(word in US_STATES or word in COUNTRIES for word in words)
        or any(word in TARGET_PLACE_NOUNS for word in words)
    )


def item_described(tokens, end):
    """Whether what follows a list item's place is its region or a description."""
    rest = [token.text for token in tokens[end:] if token.text != "."]
    if rest[:1] and rest[0].lower() in NEIGHBOURHOOD_WORDS:
        rest = rest[1:]  # "Seattle's Georgetown neighbourhood: the band house"
    if not rest or rest[0] in (":", "-", "\u2014", "\u2013"):
        return True
    if rest[0] == "in" and len(rest) > 1 and rest[1][:1].isupper():
        rest = rest[1:]  # "The Varsity in Atlanta, for the diner scene"
        rest = rest[
            next((i for i, word in enumerate(rest) if word == ","), len(rest)) :
        ]
        return not rest or len(rest) > 1 and rest[1] in ITEM_DESCRIPTIONS
    if rest[0] != "," or len(rest) < 2:
        return False
    regions = US_STATES | COUNTRIES | CANADIAN_PROVINCES
    text = " ".join(rest[1:]) + " "
    region = next((name for name in regions if text.startswith(name + " ")), "")
    if not region and rest[1][:1].isupper() and "," in rest[2:4]:
        region = " ".join(rest[1 : rest.index(",", 2)])  # "Lyme, Dorset, for the quay"
    if region:
        rest = rest[1 + len(region.split()) :]
        if not rest or rest[0] in (":", "-"):
            return True
    return rest[0] == "," and len(rest) > 1 and rest[1] in ITEM_DESCRIPTIONS


def place_subject(tokens, verb):
    """What the words before ``tokens[verb]`` are: "place" for a definite subject that
    names a place or scenes ("the town at the far end of the montage"), "unsure" for
    another one ("the engine"), "" for a person, a work, the story or no subject."""
    for start in range(verb - 1, max(-1, verb - 16), -1):
        word = tokens[start].text
        if quote_mark(tokens[start]):
            continue  # "the ‘Redline’ plant itself is": the story's name
        if not tokens[start].word:
            return False
        if (
            word.lower() == "the"
            and (
                start == 0
                or tokens[start - 1].text.lower() in (",", ";", ":", "and", "but")
            )
            or (start == 0 and word in ("Those", "These"))
        ):  # "Those courtroom scenes"
            break
    else:
        return ""
    words = [
        token.text.lower().removesuffix("'s")
        for token in unmarked_words(tokens[start + 1 : verb])
    ]
    if not words or any(word in NOT_FILMING_WORDS for word in words):
        return ""
    head = []
    for word in words[:3]:
        if word in ("where", "of", "at", "in", "on", "for", "that", "which", "from"):
            break
        head.append(word)
    if not head or any(word in NOT_PLACE_SUBJECTS for word in head):
        return ""
    return "place" if any(word in PLACE_SUBJECTS for word in head) else "unsure"


TRULY = frozenset({"genuinely", "truly"})  # not "actually": a correction


def predicate_place(tokens, index):
    """Where the place after "is" starts: "is X", "is in X", "is the old X", "is the
    old lodge at X", "is a real mansion in X", "are from X", "are the mills of X"; or
    None."""
    index += index < len(tokens) and tokens[index].text in TRULY  # "is genuinely X"
    if index < len(tokens) and tokens[index].text in (
        "in",
        "at",
        "on",
        "from",
        "inside",
    ):
        index += 1  # "the courtroom scenes are inside the X"
    article = index < len(tokens) and tokens[index].text in ("the", "a", "an")
    index += article
    if index < len(tokens) and tokens[index].text in PLACE_ADJECTIVES:
        index += 1
    if index >= len(tokens) or not article and not tokens[index].cap:
        return None
    for ahead in range(index, min(len(tokens) - 1, index + 3)):
        token = tokens[ahead]
        if token.cap:
            return ahead if ahead == index else None
        if token.text in ("at", "in", "on") and tokens[ahead + 1].cap:
            return ahead + 1
        if token.text == "of" and ahead > index and ahead + 2 < len(tokens):
            name = ahead + 1 + (tokens[ahead + 1].text == "the")  # "of the X"
            noun = tokens[ahead - 1].text  # "the mills of X", not "the son of X"
            place = place_noun(noun) or noun.removesuffix("s") in TARGET_PLACE_NOUNS
            return name if place and tokens[name].cap else None
        if not token.text.isalpha():
            return None
    return None


def named_place(name):
    """Whether a name ends with a word that makes it a place: "the Exchange District",
    "Naval Air Station Fallon" (a place word and one more name), not "Sam Park"."""
    words = name.split()
    return len(words) > 1 and bool(
        NAMED_PLACE_RE.search(name)
        or any(NAMED_PLACE_RE.search(word) for word in words[1:-1])
    )


# A part of a place a filming phrase names before it: "at the foot of X", "on the
# lawn in front of X", "from the top of X".
POSITION_NOUNS = frozenset(
    """
    front foot top edge base bottom summit end side steps shadow middle heart centre
    center floor roof grounds lawn deck decks concrete cobbles tarmac sand boards
    """.split()
)


def place_noun(word):
    """Whether a lowercase noun names a kind of place or a part of one: "roads",
    "hills", "villa", "foot" (of X)."""
    return (
        word in POSITION_NOUNS
        or word in PLACE_SUBJECTS
        or word.endswith("s")
        and word[:-1] in PLACE_SUBJECTS
        or word in PLURAL_PLACE_NOUNS
        or word in TARGET_PLACE_NOUNS  # "the ballroom of X", "the lobby of X"
    )


def target_place_like(target):
    """Whether what a place played is a place: a name that says so ("Dust Bowl
    Oklahoma", "the Soviet Union") or a described place whose noun is one ("a yard in
    Amarillo", "a Tennessee county seat"; not "a nurse in Ohio")."""
    words = target.split()
    if not words or words[0].lower() not in ("a", "an", "the"):
        return bool(
            place_like(target)
            or named_place(target)
            or len(words) > 1
            and NAMED_TARGET_RE.search(target)  # "Bells Beach"
        )
    head = []
    for word in words[1:]:
        if word in ("in", "of", "on", "at", "near", "outside"):
            break
        head.append(word)
    return bool(
        PLACE_WORDS_RE.search(" ".join(head))
        or head
        and (NAMED_PLACE_RE.search(head[-1]) or NAMED_TARGET_RE.search(head[-1]))
        or any(place_suffixed(word, TARGET_PLACE_NOUNS) for word in head)
        or any(word.lower() in TARGET_PLACE_NOUNS for word in head)
    )
