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

A name given one role by a cue before it may take the other from a relative clause
after it: "sung by A, who also wrote it", "written by B, who sings it herself"
(``relative_role``).

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
_CAME = frozenset({"came", "comes", "come"})
_BOTH = frozenset({"both", "all"})
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
    r"(?:\sboth)?\s(?:is|was|are|were|by|of|came|comes|belongs|belonged)\b",
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
        found = _first_of(tokens[index + 1 : index + 4], PARTS, _OBJECT_GAP)
        return verbs[word] if found else None
    return None


def _copula_of(tokens, start):
    """ "the music is of A", "the voice was of A", "words and music came from A",
    "music and words both are from A": a part, a copula or "came", "of" or "from";
    "the song was the work of A": a writer."""
    if start < 3 or tokens[start - 1].text.lower() not in ("of", "from"):
        return None
    at = start - 2
    if tokens[at].text.lower() == "work" and at > 1:
        if tokens[at - 1].text.lower() in DETERMINERS - {"a"}:
            verb = tokens[at - 2].text.lower()
            return COMPOSER if verb in COPULAS else None
        return None
    if tokens[at].text.lower() in _BOTH and at:
        at -= 1
    if tokens[at].text.lower() not in COPULAS | _CAME:
        return None
    if tokens[at].text.lower() in _CAME and tokens[start - 1].text.lower() != "from":
        return None
    at -= 1
    if at >= 0 and tokens[at].text.lower() in _BOTH:
        at -= 1
    role = PARTS.get(tokens[at].text.lower()) if at >= 0 else None
    if role and tokens[start - 1].text.lower() == "from":
        return COMPOSER  # "the chorus came from A": A wrote it
    return role


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


# Between "who" and its verb: "who also wrote it", "who'd written it".
_RELATIVE_GAP = frozenset(
    "also had has have 'd \u2019d herself himself themselves later then originally"
    " first both actually".split()
)


def relative_role(tokens, end, verbs):
    """The role of a verb in a relative clause right after a name: "A, who also wrote
    it", "A, who'd sung it"; not a clause of another verb ("A, who produced")."""
    if tokens[end : end + 1] and tokens[end].text == ",":
        end += 1
    if not tokens[end : end + 1]:
        return None
    word = tokens[end].text.lower()
    if word not in ("who", "who'd", "who\u2019d"):
        return None
    verb = _first_of(tokens[end + 1 : end + 5], verbs, _RELATIVE_GAP)
    return verbs[verb] if verb else None


def _first_of(tokens, wanted, allowed):
    """The first word of ``tokens`` that is in ``wanted``, past words in ``allowed``
    only; None at any other word."""
    for token in tokens:
        text = token.text.lower()
        if text in wanted:
            return text
        if text not in allowed:
            return None
    return None
