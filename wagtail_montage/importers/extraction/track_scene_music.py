"""A title the words just before it make a scene's music: a scene's cue or theme in
apposition ("The chase cue on side two, “X”", "the love theme, “X”"), the song a
clause says someone sings or plays ("the song Kenneth croons in the bath is ‘X’",
"the tune she hums at the window was “X”"), or the credits or titles rolling on it
("the end credits roll on “X”", "the opening titles run over “X”").

Guards: the scene word, the singing verb or the credits sit in the clause right
before the title, with no sentence break nor other title between; a relative
clause names who sings it (a name or a pronoun) and ends on "is" or "was". Every
pattern is bounded, with no nested quantifier."""

import re

SCENES = (
    r"(?:chase|love|dance|montage|training|fight|heist|escape|wedding|funeral|party"
    r"|finale|race|rooftop|kiss|pool|diner|battle|rescue|robbery|getaway|skating"
    r"|opening|closing|end-title|end-credits|main-title)"
)
SINGS = (
    r"(?:sings|sang|croons|crooned|hums|hummed|whistles|whistled|plays|played"
    r"|performs|performed|mimes|mimed|belts\sout|dances\sto|danced\sto|skates\sto)"
)
SCENE_MUSIC_BEFORE_RE = re.compile(
    # "The chase cue on side two, “X”", "the love theme from the LP, “X”"
    rf"\b(?:[Tt]he|[Ii]ts|[Aa])\s(?:[\w-]{{1,20}}\s)?{SCENES}\s(?:cue|theme|music)"
    r"(?:\s(?:on|from)\s(?:side\s[\w]{1,5}|the\s(?:LP|album|record|score)))?"
    r",\s(?:(?:is|was)\s)?\W{0,2}$"
    # "the song Kenneth croons in the bath is ‘X’", "the tune she hums was “X”"
    r"|\b[Tt]he\s(?:[\w-]{1,20}\s)?(?:song|tune|number|ballad)\s(?:(?:that|which)\s)?"
    r"(?:[A-Z][\w'-]{1,20}\s(?:[A-Z][\w'-]{1,20}\s)?|he\s|she\s|they\s)"
    rf"{SINGS}\b[^.;:!?\ue000\ue001\u201c\u201d]{{0,80}}\s(?:is|was)\s\W{{0,2}}$"
    # "the end credits roll on “X”", "the opening titles run over “X”"
    r"|\b(?:end|closing|opening|main)\s(?:credits|titles)\s(?:roll|rolls|rolled|run"
    r"|runs|ran|play|plays|played)\s(?:on|over|to)\s\W{0,2}$"
)


def scene_music_before(before):
    """Whether the words ``before`` a title make it a scene's music."""
    return bool(SCENE_MUSIC_BEFORE_RE.search(before[-160:]))
