"""Cues around a filming phrase that say whether it gives a place: hearsay ("Legend
has it"), a photograph ("The album cover was shot in X"), the story's own place ("X in
the script"), a colon or ", where they shot" that names where."""

import re

from .place_claims import claimed_by_someone, untold

# A filming said only to be said: "It is often repeated that it was shot in X",
# "legend has it", "supposedly", "some sites claim", "Myth one: the pier is X".
# A claim another text made, which the post goes on to correct: "An earlier version
# stated", "A widely shared post says", "Your article said".
DOCUMENT_CLAIM = (
    r"(?:a|an|the|your|one|that)\s(?:[a-z-]{1,12}\s){0,2}?(?:post|article|tweet"
    r"|thread|version)(?:\sof\s(?:this|the|that|our|my)\s(?:post|article|piece|page))?"
    r"\s(?:says|said|claims|claimed|stated|states|reported)"
    # a newspaper's correction: "A Sunday story on the film incorrectly said", "The
    # same story said", "Our review wrongly stated"
    r"|(?:a|an|the|our|that)\s(?:[a-z-]{1,12}\s){0,2}?(?:story|article|piece|review"
    r"|report|column)(?:\s(?:on|about|of)\s[^.;:]{1,60}?)?\s(?:incorrectly|wrongly"
    r"|mistakenly|erroneously)\s(?:said|stated|reported|claimed|wrote)"
    r"|the\ssame\s(?:story|article|piece|review|report|column)\s(?:said|stated"
    r"|reported|claimed)"
)

HEARSAY_RE = re.compile(
    r"\b(?:(?:it|this)\s(?:is|was|has\sbeen|gets)\s(?:often\s|widely\s|commonly\s"
    r"|sometimes\s|long\s|frequently\s|still\s|also\s)?(?:said|repeated|claimed"
    r"|rumou?red|believed|assumed|thought|stated|written|suggested)"
    r"|(?:legend|rumou?r|folklore|trivia)\s(?:has\sit|says|claims)|supposedly|allegedly"
    r"|(?:myth|misconception)s?(?:\s\#?(?:\d{1,2}|one|two|three|four|five|six|seven"
    r"|eight|nine|ten))?(?=\s?:)|the\s(?:myth|misconception)\sthat"
    r"|(?:is|it's)\sa\smyth"
    # "many people say", "some fan sites claim", "every mountain-film forum says"
    r"|(?:many|some|most|several|all\sthe|every|each|any)\s(?:[a-z-]{1,20}\s)?"
    r"(?:people|sources?|sites?|fans?|websites?|books?|articles?|reviews?|forums?"
    r"|blogs?|guides?|guidebooks?|wikis?|listings?|posts?)\s(?:say|says|said|claim"
    r"|claims|claimed|think|thinks|believe|believes|insist|insists|state|states"
    r"|report|reports|repeat|repeats|will\stell\syou|tells\syou)"
    # "fan sites have claimed", "guidebooks have long said"
    r"|(?:people|sources|sites|fans|websites|books|articles|reviews|forums|blogs"
    r"|guides|guidebooks|wikis|listings|posts)\s(?:have|had)\s(?:long\s|always\s)?"
    r"(?:said|claimed|insisted|stated|reported|repeated|maintained)"
    # a correction: "I originally wrote that it was shot at X"
    r"|I\s(?:originally|first|previously|once|wrongly|mistakenly)\s(?:wrote|said"
    r"|claimed|stated|reported)"
    # a claim another text made: "An earlier version stated that it was filmed at X"
    rf"|{DOCUMENT_CLAIM}"
    # "a reader told me it was shot in X", "I was told", "I'd heard"
    r"|told\s(?:me|us)|I\s(?:was|were)\stold|I(?:'d|\shad|'ve|\shave)?\sheard)\b",
    re.IGNORECASE,
)

# A filming only meant, wanted or planned: "They wanted to shoot at X", "The director
# hoped to film the finale at X", "they had planned to shoot it in X".
INTENDED_RE = re.compile(
    r"\b(?:wanted|wants|want|hoped|hopes|hope|planned|plans|plan|intended|intends"
    r"|meant|tried|tries|wished|wishes|longed|was\sgoing|were\sgoing"
    r"|applied|applies|asked|sought|proposed|aimed|aims|offered|would\shave"
    r"\sliked|would\shave\sloved|'d\shave\sliked|dreamed\sof|dreamt\sof)"
    r"(?:\s(?:originally|initially|first|desperately|really|badly))?"
    r"(?:\sto)?(?:\sbe)?\s$",
    re.IGNORECASE,
)

# A still image, whose shoot is no filming: "The album cover was shot in X", "was
# photographed at X for the sleeve"; or another work's: "They shot the sequel in X".
STILL_IMAGE_RE = re.compile(
    r"\b(?:cover|covers|sleeve|sleeves|photo|photos|photograph|photographs|poster"
    r"|posters|artwork|portrait|portraits|stills|snapshot|press\sshot|publicity\sshot"
    r"|photo\sshoot|photoshoot|sequel|sequels|remake|prequel|spin-off"
    # "a 1976 television serial filmed at X" (the noun; not "the serial killer's")
    r"|serials?(?=[,;)]|\s{1,2}(?:was|were|filmed|shot|made)\b))\b",
    re.IGNORECASE,
)

# A place said to be the story's: "The town is X in the story", "X in the script".
IN_THE_STORY_RE = re.compile(
    r"^[^.;:,]{0,60}?\bin\s(?:the|this)\s(?:story|script|novel|book|screenplay|plot"
    r"|fiction|original)\b",
    re.IGNORECASE,
)

# A stand-in said of the place just named: "went to X, which played Y".
STAND_IN_AFTER_RE = re.compile(
    r"^[^.;:]{0,100}?\b(?:(?:played|plays)(?!\s(?:to|at|in|on|for|with)\b)|stood\sin"
    r"|stands\sin|doubled|doubles"
    r"|passed\sfor|passes\sfor|was\sdressed|is\sdressed)\b"
    # "The crew went to X (in Y) instead": not where the story is set, so where it
    # was shot
    r"|^[^.;:,]{1,60}?\sinstead\b"
)

# A colon after words that say where it was filmed: "Where it was shot: X, plus Y".
WHERE_COLON_RE = re.compile(
    r"\b(?:where\s(?:it\s(?:was|were)|they|we|the\s(?:crew|production))\s"
    r"(?:shot|filmed)(?:\sit)?|(?:filming|shooting)\slocations?)\s?:\s",
    re.IGNORECASE,
)

# ", where they shot the market", ", where the mine scenes were filmed": the place is
# the name before the comma.
# An aside that says what the story claims a place is, not hearsay about filming:
# "the finale, supposedly the Moroccan coast, was shot at X".
STORY_ASIDE_RE = re.compile(
    r",\s(?:supposedly|allegedly|ostensibly|nominally)\s(?:the|a|an)\s[^,;:]{1,60},"
    r"(?:\s[a-z]{1,12})?\s?$",
    re.IGNORECASE,
)


def hearsay(text):
    """Whether the words before a filming phrase report it as hearsay ("It is often
    said that it was shot in X", "a reader told me") or a wish ("They wanted to shoot
    at X"); not "X, supposedly the Y, was shot in Z"."""
    if INTENDED_RE.search(text) or claimed_by_someone(text):
        return True  # "They wanted to shoot at X"; "He used to tell customers"
    found = HEARSAY_RE.search(text)
    return bool(found) and not (
        found.group(0).lower() in ("supposedly", "allegedly")
        and STORY_ASIDE_RE.search(text[found.start() - 2 :])
        or untold(text, found)  # "Nobody told me that it was shot in X"
    )


WHERE_SHOT_RE = re.compile(
    r"(?:,\s|\s)where\s(?:(?:they|we|you|the\s(?:second\s|main\s|film\s)?"
    r"(?:crew|production|unit))\s"
    r"(?:also\s|later\s)?"
    r"(?:shot|filmed)(?!\s(?:him|her|them|me|us|you|dead|himself|herself)\b)"
    # "where they staged the big tanker chase"
    r"|(?:they|we|the\screw|the\sproduction)\sstaged(?=\s(?:the|a|an|its|their)\s"
    r"(?:[a-z-]{1,20}\s){0,2}(?:scenes?|sequences?|chase|fight|finale|climax|crash|race"
    r"|battle|shootout|montage|stunts?)\b)"
    # "where the song's first verse was filmed", "where the boat montage was shot"
    r"|(?:the\s|most\sof\s|all\sof\s)?(?:[a-z'-]{1,20}\s){0,2}"
    r"(?:scenes?|sequences?|shots|footage|exteriors|interiors|montage|verse|chorus"
    r"|video|finale|opening|climax)"
    # "where the harbour scenes in the second half of the montage were filmed"
    r"(?:\s(?:in|of|from|for)\s(?:[a-z-]{1,20}\s){1,7}?)?\s?(?:was|were)"
    r"\s(?:also\s)?(?:shot|filmed))\b",
    re.IGNORECASE,
)

# The writer taking back what the sentence just said: "filmed at X — no, I must be
# honest, X was not built until 1996", "shot in Y, or so I thought; scratch that".
RETRACTED_RE = re.compile(
    r"(?:—|–|--|,|\.\.\.)\s?no,\s(?:wait|sorry|I\s|that|actually|scratch)"
    r"|\b(?:scratch|strike)\sthat\b|\b(?:this|that)\s(?:is|was)\s(?:impossible"
    r"|not\strue|wrong)\b|\bthat\scan't\sbe\sright\b|\bI\sstand\scorrected\b",
    re.IGNORECASE,
)


AUXILIARIES = frozenset("was were is are has have had be been being".split())


def clause_before(text, phrase):
    """The clause a filming ``phrase`` after ``text`` belongs to: the words back to its
    comma, or, when a bare participle opens an aside right after a comma, the words
    the aside describes ("the 2008 remake, filmed in X": the remake's place; not "the
    one on the poster, was filmed on X")."""
    chunks = re.split(r"[,;(]|\band\b|\bbut\b", text)
    bare = phrase.split()[0].lower() not in AUXILIARIES
    if (
        bare
        and len(chunks) > 1
        and not chunks[-1].strip()
        and text.rstrip()[-1:] == ","
    ):
        return chunks[-2]
    if (
        not bare
        and len(chunks) > 2
        and not chunks[-1].strip()
        and text.rstrip()[-1:] == ","
    ):
        return chunks[
            -3
        ]  # "The remake, as far as I can tell, was shot in X": its subject
    return chunks[-1]
