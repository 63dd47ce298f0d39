"""Whether a sentence that names what a scene's place is ("the harbour is X") speaks
of filming: said before it, in the heading over it, or by a stand-in after the name
("the old village is X, which played Y": only a filmed place plays another)."""

import re

from .place_cues import STAND_IN_AFTER_RE
from .place_story import story_scene_subject
from .place_words import SETTING_RE, about_shooting_last

# A stand-in said after the name: "is X, playing Y", "is X, standing in for Y", "is
# X, dulled down to pass for Y".
PLAYED_AFTER_RE = re.compile(
    r"^[^.;:]{0,100}?\b(?:playing\s(?=[a-zA-Z])|standing\sin\sfor|doubling\sfor|passing\sfor"
    r"|pretending\sto\sbe|to\spass\sfor)\b"
)


# The story's place said first and denied by "but": "The film is set in X, but the
# marsh is Y", "The film says X, but those streets are Y", "The town is meant to be in
# X, but the harbour is Y". What follows "but" is where it was filmed.
STORY_CONTRAST_RE = re.compile(
    r"\b(?:(?:is|was|are|were)\sset\s(?:in|on|at)|takes?\splace\s(?:in|on|at)"
    r"|(?:film|movie|story|script|credits?|caption|subtitles?)\s(?:says?|said|claims?"
    r"|insists?|tells?\syou)|(?:is|was|are|were)\s(?:meant|supposed)\sto\sbe)\b"
    r"[^.;:]{0,80}?,?\sbut\s[^,;:]{0,60}$"
)


def about_shooting(ctx, sentence, offset):
    """Whether the sentence up to ``offset``, or the heading right before it, is about
    filming, not about where the story is set ("The camp is fictional, but the race
    was shot on X, and the dining hall is Y": filming said last)."""
    if about_shooting_last(sentence.norm[:offset]):
        return True
    body, index = ctx.post.body, sentence.paragraph - 1
    kind, value = body[index] if 0 <= index < len(body) else ("", "")
    text = (
        value.get("text", "") if kind == "heading" and isinstance(value, dict) else ""
    )
    return about_shooting_last(text)


# The writer in a subject: "The hospital I work in", "the pub where I had my first
# pint", "the school my kids go to": the writer's own place, not the film's.
WRITER_WORDS = frozenset({"I", "my", "My", "me"})


def writers_own(tokens, verb):
    """Whether the subject of "is" at ``tokens[verb]``, back to its "the", says the
    writer: "The hospital I actually work in is in Leeds"; not one of the film's
    ("The one location I nearly skipped is X", "the scene I love is at X")."""
    writer = False
    for back in range(verb - 1, max(-1, verb - 12), -1):
        text = tokens[back].text
        if text.lower() in FILMING_NOUNS:
            return False
        writer = writer or text in WRITER_WORDS
        if text.lower() == "the" or not tokens[back].word:
            break
    return writer


FILMING_NOUNS = frozenset(
    "location locations scene scenes shot shots spot spots set sets montage".split()
)


def filming_said(ctx, sentence, verb):
    """Whether "the X is Y" at ``tokens[verb]`` ("is", "are") is about filming: the
    sentence before was, this one says so before the verb, or Y played another place
    after it ("the old village is Y, which played Z", "is Y, playing Z")."""
    end = sentence.tokens[verb].end
    if writers_own(sentence.tokens, verb):
        return False
    if filming_in_paragraph(ctx, sentence) or about_shooting(ctx, sentence, end):
        return True
    if STORY_CONTRAST_RE.search(sentence.norm[: sentence.tokens[verb].start]):
        return True
    after = sentence.norm[end:]
    if filmed_after(after) or (
        NAME_PLACED_RE.match(after) and story_scene_subject(sentence.tokens, verb)
    ):
        return True  # "The beach where they bury the ring is X, near Y": a real place
    played = STAND_IN_AFTER_RE.search(after)
    # not "..., instead": said of where the crew went, not of what the name is
    return bool(
        played
        and not played.group(0).endswith("instead")
        or PLAYED_AFTER_RE.search(after)
    )


# A name placed in a town or region right after it: "X in Norfolk", "X, outside
# Stellenbosch", "X near Y", "X, Kent".
LOCATED_AFTER_RE = re.compile(
    r"^,?\s(?:in|at|outside|near|on\sthe\sedge\sof)\s[A-Z]|^,\s[A-Z]"
)
# Only the town or region after the name, then the clause ends: "X at Blaenavon,",
# "X, near Kenora;", not "X in Leeds pretending to be Y" (a person may pretend).
LOCATED_ONLY_RE = re.compile(
    r"^,?\s(?:(?:in|at|outside|near)\s)?[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,3}"
    r"\s?(?:[,;:.()]|$)"
)
# Another named place it plays, right after: "X in Z, passing for Burgundy".
PLAYS_NAMED_RE = re.compile(
    r"^[^.;:]{0,60}?,\s(?:passing\sfor|playing|standing\sin\sfor|doubling\sfor)"
    r"\s(?:the\s)?[A-Z]"
)


def located_and_contrasted(ctx, sentence, verb, end):
    """Whether "the N is X" at ``tokens[verb]``, its name ending before
    ``tokens[end]``, names a filmed place though N is no place word: the story's
    place is denied before it ("The film is set in Y, but the marsh is X") or X plays
    a named place after it ("the rows are at X, passing for Burgundy"); and X is
    placed in a town or region ("X in Norfolk", "X, outside Z"): a place, not a
    thing, nor a person pretending to be one."""
    tokens, norm = sentence.tokens, sentence.norm
    after = norm[tokens[end - 1].end :]
    if not LOCATED_AFTER_RE.match(after):
        return False
    return bool(
        STORY_CONTRAST_RE.search(norm[: tokens[verb].start])
        or PLAYS_NAMED_RE.search(after)
        or plain_name(tokens, verb, end)
        and LOCATED_ONLY_RE.match(after)
        and (
            filming_in_paragraph(ctx, sentence)
            or about_shooting(ctx, sentence, tokens[verb].end)
        )
    )


def plain_name(tokens, verb, end):
    """Whether the name after "is" at ``tokens[verb]`` is said plainly, up to
    ``tokens[end]``: "is X", "is the X", not "is on the old X" nor "is the Bob's X"
    (where the place's own name starts is not sure)."""
    start = verb + 1 + (tokens[verb + 1].text == "the")
    return (
        start < end
        and tokens[start].cap
        and not any(
            "'" in token.text or "\u2019" in token.text for token in tokens[start:end]
        )
    )


# Filming said after the name, in the same sentence: "The lighthouse is X, and the
# harbour scenes were filmed in Y", "The aerial shots are X in Utah, filmed by a
# second unit", "the pier is X, where they shot the finale".
FILMED_AFTER_RE = re.compile(r",\s(?:[^.;:]{0,80}?\s)?(?:filmed|shot|photographed)\b")
DENIED_RE = re.compile(r"\b(?:not|never|none|nothing|no)\b|n't\b", re.IGNORECASE)


# A name placed in a town or region right after it: "X, near Lagoa", "X in Kent".
NAME_PLACED_RE = re.compile(
    r"^\s(?:the\s)?[A-Z][\w'\u2019-]*(?:\s(?:[A-Z][\w'\u2019-]*|d[aeiou]|del|la|of)){0,4}"
    r",?\s"
    r"(?:in|near|outside)\s[A-Z]"
)


def filmed_after(after):
    """Whether ``after``, the sentence after "is", goes on to say that something was
    filmed, with no denial between ("X, though none of it was filmed there": no)."""
    match = FILMED_AFTER_RE.search(after)
    return bool(match) and not DENIED_RE.search(after[: match.end()])


def filming_noted(ctx, sentence, shot):
    """What ``ctx.filming_recent`` becomes after ``sentence`` ("shot" when it spoke of
    filming), keeping the paragraph where filming was said last until a sentence
    speaks of the story's setting or another paragraph starts."""
    if shot:
        ctx.filming_paragraph = sentence.paragraph
    elif getattr(
        ctx, "filming_paragraph", None
    ) != sentence.paragraph or SETTING_RE.search(sentence.norm):
        ctx.filming_paragraph = None
    return "shot" if shot else sentence.filming_context


def filming_in_paragraph(ctx, sentence):
    """Whether the sentence before spoke of filming, or one earlier in the same
    paragraph did with nothing said of the story's setting since ("It was shot around
    X. Wrong again. Those cliffs are Y": the subject two sentences back)."""
    return ctx.filming_recent == "shot" or (
        getattr(ctx, "filming_paragraph", None) == sentence.paragraph
    )
