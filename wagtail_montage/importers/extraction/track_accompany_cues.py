"""A title said to accompany a part of the film: "“X” accompanies the closing
credits", "“X”, which underscores the rowing scenes,", "“X” soundtracked the
wedding". A verb of going along with the pictures says the song is heard in them,
as "plays over" does.

Guards: the verb must follow the title in its own clause (a comma, "which" or
"that" at most between them) and be followed by a part of the film ("the closing
credits", "the montage", "every scene", "the chase") within a few words; "“X”
accompanies the CD as a bonus" or "“X” underscores her point" name no part of the
film. Every pattern is bounded, with no nested quantifier."""

import re

# After the title: "accompanies the closing credits", ", which underscores the
# rowing scenes", " soundtracked the whole wedding sequence".
ACCOMPANY_AFTER_RE = re.compile(
    r"^\W{0,3}\s?(?:(?:which|that)\s)?(?:accompanies|accompanied|underscores"
    r"|underscored|soundtracks|soundtracked|underpins|underpinned)\s(?:the|a|an|this"
    r"|that|every|each|its|her|his|their)\s(?:[\w'\u2019-]{1,20}\s){0,3}?(?:credits"
    r"|montage|scene|scenes|sequence|sequences|titles|chase|finale|opening|ending"
    r"|shots|dance|wedding|film|movie|picture)\b(?!['\u2019])",
    re.IGNORECASE,
)


def accompanies(after):
    """Whether the words ``after`` a title say it goes along with a part of the
    film."""
    return bool(ACCOMPANY_AFTER_RE.match(after[:110]))
