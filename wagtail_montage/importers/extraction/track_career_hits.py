"""A song named as a landmark of its maker's career, not of the film: "Her first
hit, “X”, recorded by A, reached No. 6 in 1974", "his breakthrough single, “X”",
"their debut single, “X”". Unless the sentence puts it in the film, the montage
or a scene, it is one of the career's songs the post recalls, not a track."""

import re

# Just before the title: whose first, debut or breakthrough hit it was.
CAREER_HIT_BEFORE_RE = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[A-Z][\w-]{1,30}(?:'s|s'))\s(?:very\s)?"
    r"(?:first|debut|breakthrough|earliest)\s(?:real\s)?(?:hit|single|record|success"
    r"|chart\shit)\W{0,3}$"
)
# The sentence puts the song in the film after all.
IN_FILM_RE = re.compile(
    r"\b(?:film|movie|picture|montage|scene|sequence|soundtrack|credits|theme)\b",
    re.IGNORECASE,
)


def career_hit(sentence, start):
    """Whether the title quoted at ``start`` is named as its maker's first, debut or
    breakthrough hit, in a sentence that does not put it in the film."""
    norm = sentence.norm
    return bool(CAREER_HIT_BEFORE_RE.search(norm[max(0, start - 60) : start])) and not (
        IN_FILM_RE.search(norm)
    )
