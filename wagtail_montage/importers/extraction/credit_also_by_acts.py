"""A second song said to be by the act of a song the post has credited already, in
an aside after its title: "The B-side, “X”, turns up too, also by the Rookeries",
"The next single, “X”, also by the brothers, did less", "Over the credits we hear
“X”, a slow instrumental by the same group". The credits the act has on the other
song go to this one: a performer stays a performer, a composer a composer. An act
named with its article that no other song credits ("also by the Larks") plays the
song, under the fullest name the post gives it ("the Tin Larks").

Not read: "also by" with no comma or closing quote right before it ("written by A
and also by B"), a name without an article no other song of the post credits
("also by Brand"), a name that runs on in lower case ("also by the Hale band": the
act is not "Hale"), a title with a clause mark or a denial between it and the
words ("which is not by the same band"), "by the same writer" (a writer is no act).
Every pattern is bounded, with no nested quantifier."""

import html
import re

from ..prose import match_key
from .sentences import add_unique

# ", also by the Rookeries", ", also by the brothers", ", also by Marr".
ALSO_RE = re.compile(
    r"[,\u201d\"\u2019]\salso\sby\s((?:the\s)?[A-Z][\w'\u2019&-]{0,25}"
    r"(?:\s[A-Z][\w'\u2019&-]{0,25}){0,3}|the\s(?:brothers|sisters|band|group|trio"
    r"|duo|quartet|twins|family))(?=[,.;:!?)\u2014]|$)"
)
# "by the same group", "by the same band".
SAME_RE = re.compile(
    r"\bby\sthe\ssame\s(?:group|band|trio|duo|quartet|quintet|act|outfit|orchestra"
    r"|singer|artist|combo)\b"
)
# Act nouns that mean "the act named before".
ACT_NOUNS = {"band", "group", "trio", "duo", "quartet"}
KIN = {"brothers", "sisters", "twins", "family"}
# Between the title and the words: no clause mark, no denial, no other title.
DENIAL_RE = re.compile(r"\b(?:not|never|nor|unlike)\b|[;:()]", re.IGNORECASE)
GAP = 120


def also_by(ctx, sentence):
    """Give a song whose aside says it is also by an act that act's credits on the
    post's other song."""
    text = sentence.norm
    for pattern in (ALSO_RE, SAME_RE):
        for found in pattern.finditer(text):
            track = _title_before(ctx, sentence, found.start())
            if track is None:
                continue
            said = found.group(1) if pattern is ALSO_RE else None
            _copy(ctx, track, said)


def _title_before(ctx, sentence, offset):
    """The known track quoted last before ``offset``, close, with nothing between
    that would make the words another clause's."""
    before = [quote for quote in sentence.quotes if quote[2] <= offset + 1]
    if not before:
        return None
    title, _start, end = before[-1]
    between = sentence.norm[end:offset]
    if len(between) > GAP or DENIAL_RE.search(between):
        return None
    return ctx.tracks.get(match_key(title))


def _copy(ctx, track, said):
    """Copy onto ``track`` the credits of the act ``said`` (the act credited last
    on another track when None) from the nearest other track that has it."""
    others = [
        other
        for other in ctx.tracks.values()
        if other is not track and (other["performers"] or other["composers"])
    ]
    word = said.split()[-1].lower() if said else None
    for other in reversed(others):
        if said is None or word in ACT_NOUNS:
            acts = other["performers"][:1]
            if acts:
                add_unique(track["performers"], acts)
                return
            continue
        found = False
        for role in ("performers", "composers"):
            names = [name for name in other[role] if _same(name, said, word)]
            if names:
                add_unique(track[role], names)
                found = True
        if found:
            return
    if said and said.startswith("the ") and word not in ACT_NOUNS | KIN:
        # "also by the Larks": an act with its article, credited on no other
        # track; the post's fullest form of it ("the Tin Larks") plays it.
        add_unique(track["performers"], [_fullest(ctx, said[4:])])


def _fullest(ctx, act):
    """The longest form of ``act`` the post gives after "the", up to three more
    capitalised words before it ("Tin Larks" for "Larks")."""
    fullest = act
    pattern = re.compile(
        r"\b[Tt]he\s((?:[A-Z][\w'\u2019&-]{0,25}\s){0,3}" + re.escape(act) + r")\b"
    )
    for _kind, value in ctx.post.body:
        text = value.get("text", "") if isinstance(value, dict) else value
        if not isinstance(text, str):
            continue
        plain = html.unescape(re.sub(r"<[^<>]{0,200}>", "", text))
        for found in pattern.finditer(plain):
            if len(found.group(1)) > len(fullest):
                fullest = found.group(1)
    return fullest


def _same(name, said, word):
    """Whether a credited ``name`` is the act ``said`` or the end of it ("the
    brothers" of "The Marram Brothers", "Larks" of "Tin Larks")."""
    key = match_key(name)
    if word in KIN:
        return key.endswith(" " + word)
    said_key = match_key(re.sub(r"^the\s", "", said, flags=re.IGNORECASE))
    key = re.sub(r"^the\s", "", key)
    return key == said_key or key.endswith(" " + said_key)
