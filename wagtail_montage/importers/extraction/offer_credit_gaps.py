"""Credits a sentence gives with a word left out, for the broad credit reader
(offer_credits), when no cue of its own gives the name a role:

- a verb said once for two names: "A wrote the music and B the lyrics", "A wrote the
  words, B the tune" (B's verb is A's, before the part of the song they made);
- "of" for "by" after a copula, as a calque: "the music is of A", "the words were of
  A", "the voice is of A";
- a part of the song "of" its maker after a determiner: "the lyrics of A", "with the
  lead voice of A";
- a part of the song "by" a person the sentence describes by another trade: "words by
  the poet A", "the melody by the novelist A" (the part says the writing; the trade
  only says who A is).

And a sentence that opens on a part of the song or its singer as its subject ("Music
is by A", "The singer was B", "Words and music are by C") speaks of the song named
last, in the paragraph before too (``opens_on_part``)."""

import re

COMPOSER = "composers"
PERFORMER = "performers"

# The parts of a song a person makes: its writing, or its singing.
_WRITTEN = "music words lyrics lyric melody tune text poem riff"
_SUNG = "voice vocal vocals singing verses verse chorus"
PARTS = {
    **dict.fromkeys(_WRITTEN.split(), COMPOSER),
    **dict.fromkeys(_SUNG.split(), PERFORMER),
}
DETERMINERS = frozenset({"the", "its", "his", "her", "their", "a"})
COPULAS = frozenset({"is", "was", "are", "were"})
# Between a verb and the part it made: "wrote the music", "sang all the verses".
_OBJECT_GAP = frozenset({"the", "its", "his", "her", "their", "all", "most", "of"})
# How far back the left-out verb may be.
REACH = 12
# A sentence about a part of the song or its singer: "Music is by A", "The lyrics
# were written by B", "The singer was C", "Words and music of it are by D".
_OPENING_PARTS = (
    r"music|lyrics?|words|melody|tune|text|poem|singer|vocals?|voice|composer"
    r"|lyricist|songwriters?|writers?"
)
OPENING_RE = re.compile(
    rf"^\W{{0,2}}(?:(?:the|its|and)\s)?(?:{_OPENING_PARTS})"
    rf"(?:\s(?:and|&)\s(?:the\s)?(?:{_OPENING_PARTS}))?"
    r"\s(?:is|was|are|were|by|of|came|comes|belongs|belonged)\b",
    re.IGNORECASE,
)


def gap_role(tokens, start, end, verbs):
    """The role a cue with a word left out gives ``tokens[start:end]``, or None."""
    return (
        _gapped_verb(tokens, start, end, verbs)
        or _copula_of(tokens, start)
        or _part_by(tokens, start)
        or _part_of(tokens, start)
    )


def opens_on_part(norm):
    """Whether a sentence opens on a part of a song or its singer ("Music is by A")."""
    return OPENING_RE.search(norm) is not None


def _gapped_verb(tokens, start, end, verbs):
    """ "A wrote the music and B the lyrics": B, then a part of the song, after "and"
    or a comma, and a verb before with a part of the song as its object."""
    if start == 0 or tokens[start - 1].text.lower() not in ("and", ",", "&"):
        return None
    after = end
    if after < len(tokens) and tokens[after].text.lower() in DETERMINERS:
        after += 1
    if after >= len(tokens) or tokens[after].text.lower() not in PARTS:
        return None
    for index in range(start - 2, max(-1, start - REACH), -1):
        word = tokens[index].text.lower()
        if word not in verbs:
            continue
        for token in tokens[index + 1 : index + 4]:
            text = token.text.lower()
            if text in PARTS:
                return verbs[word]
            if text not in _OBJECT_GAP:
                return None
        return None
    return None


def _copula_of(tokens, start):
    """ "the music is of A", "the voice was of A": a part, a copula, "of"."""
    if start < 3 or tokens[start - 1].text.lower() != "of":
        return None
    if tokens[start - 2].text.lower() not in COPULAS:
        return None
    return PARTS.get(tokens[start - 3].text.lower())


def _part_by(tokens, start):
    """ "words by the poet A", "the lyrics were by the young poet A": a written part
    (and a copula), "by", a determiner and one or two lowercase words, the name."""
    for width in (1, 2):
        at = start - width - 2
        if at < 1:
            return None
        if tokens[at].text.lower() != "by":
            continue
        if tokens[at + 1].text.lower() not in DETERMINERS:
            continue
        if not all(token.text.islower() for token in tokens[at + 2 : start]):
            return None
        part = at - 1
        if tokens[part].text.lower() in COPULAS and part:
            part -= 1  # "the lyrics were by the poet A"
        role = PARTS.get(tokens[part].text.lower())
        return role if role == COMPOSER else None
    return None


def _part_of(tokens, start):
    """ "the lyrics of A", "with the lead voice of A": a determiner, at most one word,
    a part of the song, "of", the name."""
    if start < 3 or tokens[start - 1].text.lower() != "of":
        return None
    role = PARTS.get(tokens[start - 2].text.lower())
    if role is None:
        return None
    before = [token.text.lower() for token in tokens[max(0, start - 4) : start - 2]]
    if before[-1:] and before[-1] in DETERMINERS - {"a"}:
        return role
    if len(before) == 2 and before[0] in DETERMINERS - {"a"} and before[1].isalpha():
        return role
    return None
