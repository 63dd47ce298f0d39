"""A quoted title in apposition with a noun for a piece of music, after it or before
it: "“X”, a spare acoustic piece", "‘X’, a Ada Moon piano piece she wrote", "“X”,
the B-side", "the slow air “X”", "a Welsh lullaby, ‘X’". The noun says the title is a
song (or a cue) as "the song" does; a piece "of" or "in" something is not one ("“X”,
a piece of pure nonsense", "“X”, a piece in the Sunday paper"), nor an opinion piece."""

import re

# Nouns for a piece of music that ", a song" does not already cover; a song, a
# track or a single with words before it ("a camp song", "an album track") may be
# any song, not the film's.
_WORKS = (
    r"(?:piece|instrumental|air|cue|B-side|b-side|demo|ballad|waltz|lullaby|hymn"
    r"|lament|march|jig|reel|duet|anthem|nocturne|carol|shanty)"
)
# Up to three words before the noun: "a spare acoustic", "a Kimiko Aoyama piano",
# "the little"; never a verb's object ("a song she wrote" is the noun's clause).
_MODIFIERS = r"(?:(?:[A-Z][\w'.-]{0,30}|[a-z][\w-]{0,20})\s){0,3}?"
# A name's instead of an article: "“X”, Esme Tallow's self-penned ballad".
_OWNER = r"(?:[A-Z][\w-]{1,20}\s){0,2}[A-Z][\w-]{1,20}['\u2019]s"
# Words that make the noun something else: "an opinion piece", "a museum piece".
_NOT_MUSIC = r"(?<!opinion\s)(?<!museum\s)(?<!think\s)(?<!puff\s)(?<!period\s)"
APPOSED_AFTER_RE = re.compile(
    rf"^\W{{0,3}},?\s(?:the|a|an|its|his|her|their|{_OWNER})\s{_MODIFIERS}{_NOT_MUSIC}"
    rf"{_WORKS}"
    r"(?!\s(?:of|in|on|about|for\s(?:the\s)?[A-Z])\b)(?![\w-])"
)
# Before a title: "the slow air ", "the B-side, ", "a Welsh lullaby ", "whose cue "
# (the composer's, named before).
WORK_BEFORE_RE = re.compile(
    rf"\b(?:the|a|an|its|his|her|their|whose)\s{_MODIFIERS}{_NOT_MUSIC}"
    r"(?:air|cue|B-side|b-side|lullaby|hymn|lament|waltz|demo|nocturne|carol|shanty"
    r"|jig|reel)\W{0,3}$"
)


# Before a title: the song is it, an aside between. "The record's best-known song,
# though, is ", "The big single, for most people, was ", "The best track on the
# album, in my view, is ".
ASIDE_IS_RE = re.compile(
    r"\b(?:song|single|track|tune|number|theme|ballad|duet)\b[^,;:.\ue000\u201c]{0,40}"
    r",\s[^,;:.\ue000\u201c]{1,60},\s(?:is|was)\W{0,3}$"
)
# Words that make it another record's or nobody's: "the band's other ballad", "a
# bonus instrumental", "an album duet".
OTHER_RE = re.compile(r"\b(?:other|another|album|bonus|unused|unreleased)\b")


# Where a piece is heard, anywhere in the sentence: what a set or a record "adds"
# ("The set adds “X”, the short piano cue") may be in no film.
HEARD_RE = re.compile(
    r"\b(?:over|under|during|behind|beneath)\s(?:the|a|an|its|his|her|their|that)\s"
    r"|\b(?:montage|scene|sequence|shot|needle-drop|film|picture|movie|credits|opens"
    r"|closes|ends|hands\sover|brings\sin|cuts\sto|plays|playing|heard|comes\sin"
    r"|sings|sang|sung)\b",
    re.IGNORECASE,
)


def apposed(before, after):
    """Whether a title stands beside a noun for a piece of music ("“X”, a spare
    acoustic piece", "the slow air “X”") in a sentence that says where it is heard,
    or is named by "the song" across an aside."""
    if HEARD_RE.search(before[-160:]) or HEARD_RE.search(after[:160]):
        if apposed_after(after) or work_before(before) or described_before(before):
            return True
    return aside_is(before)


def apposed_after(after):
    """ "“X”, a spare acoustic piece ...", "“X”, the B-side"."""
    found = APPOSED_AFTER_RE.match(after[:90])
    return bool(found) and not OTHER_RE.search(found.group(0))


def work_before(before):
    """ "the slow air “X”", "a Welsh lullaby, “X”"."""
    found = WORK_BEFORE_RE.search(before[-70:])
    return bool(found) and not OTHER_RE.search(found.group(0))


# Before a title: a song described by a clause, then the title in apposition or
# after "is". "the song that Ida Roe sings over the opening titles, ", "the little
# piece the choir sings at the wedding, ", "The song that plays over the dance is ".
DESCRIBED_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]|[Aa]n|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s(?:[\w'-]{1,20}\s){0,2}?"
    r"(?:song|piece|tune|number|ballad|track|instrumental|air|lullaby|hymn|waltz)"
    r"\s(?:that|which|the|[A-Z][\w'-]*|he|she|they|over|during|under|at|in)\b"
    r"[^;:.\ue000\ue001\u201c\u201d]{1,90}?(?:,|\s(?:is|was))\s\W{0,2}$"
)


def described_before(before):
    """ "the song that Ida Roe sings over the titles, “X”"; not "the band's other
    ballad that ..."."""
    found = DESCRIBED_BEFORE_RE.search(before[-140:])
    return bool(found) and not OTHER_RE.search(found.group(0))


def aside_is(before):
    """ "The big single, for most people, was “X”"; not "the band's other single"."""
    found = ASIDE_IS_RE.search(before[-120:])
    return bool(found) and not OTHER_RE.search(before[-120:])
