"""A scene of the film said to be a place, with no filming verb anywhere near: "The
quarry bit everyone remembers is Dunmoor Quarry in Fife", "The next shots, the jetty
where the twins part, are Kelso pier", "The diner near the close of the montage — where
he asks for coffee — is the Starlite Diner in Barstow", "The beach scene where Ann
sulks, that is Crosskeys Strand". A scene, a shot, a sequence or a montage is filmed
somewhere: the place it is, is where it was filmed. A name that says it is a place
("the X Bridge", "X station", "X in Y"; "Lake X" when no scene heads the subject) is
a block; another one is offered when a scene heads the subject."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key
from .context import location_value
from .lexicon import PLACE_CONNECTORS
from .place_cues import HEARSAY_RE, IN_THE_STORY_RE, RETRACTED_RE
from .place_doers import person_after
from .place_lines import performing
from .place_names import is_work_or_person, place_ok
from .place_shots import PLACE_FIRST_WORDS, THING_WORDS
from .place_words import named_place, place_noun, predicate_place
from .sentences import run_forward

# The nouns that make a subject a scene of the film.
SCENE_NOUNS = frozenset(
    """
    scene scenes shot shots sequence sequences montage bit bits moment aerials
    """.split()
)
# A subject that is heard, sung or performed, or a person: "the song over the last
# scene", "the band in the dance scene", "the voice in the montage".
HEARD_NOUNS = frozenset(
    """
    song songs track tracks music tune band singer singers voice voices score cover
    person man woman girl boy actor actress dancer dancers number record
    """.split()
)
# Words that judge a scene rather than name one: "the best bit is ...".
JUDGING = frozenset(
    "best worst funniest favourite favorite saddest only main silliest".split()
)
DETERMINERS = frozenset("the that this those these".split())
VERBS = frozenset("is are was were".split())
# What may stand between the verb and the name: "is the X", "is in X", "are all X".
LEAD_INS = frozenset("the in at on really all".split())
DASHES = frozenset("\u2014 \u2013 --".split())
# A name taken back right after it: "is the X... no wait, that came later".
TAKEN_BACK_RE = re.compile(
    r"^\s?(?:\.\.\.|\u2026|\u2014|\u2013|,)\s?no,?\s(?:wait|sorry|actually)\b",
    re.IGNORECASE,
)
# A place inside the name, right after it: "were at X, in the old Y": Y is the place.
INSIDE_AFTER_RE = re.compile(r"^,?\s(?:in|at|inside)\sthe\s")
# Prepositions that may follow a subject's "the": "the end of the montage".
PREPOSITIONS = frozenset("of at in on from with by near over under along".split())
# Where a clause starts, before its subject.
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")"}) | DASHES


def scene_subject_places(ctx, sentence, place_at):
    """Each "<a scene of the film> is <Name>" of the sentence, a place (added with
    ``place_at``): a block when the name says it is one, else an offer."""
    tokens = sentence.tokens
    for verb in range(2, len(tokens) - 1):
        word = tokens[verb].text.lower()
        if (
            word in RESUMING
            or word in VERBS
            and tokens[verb - 1].text.lower() == "that"
        ):
            # "The beach scene where Ann sulks, that is X" / "that's X"
            comma = verb - (word in VERBS) - 1
            subject = tokens[comma].text == "," and scene_subject(tokens, comma)
        elif word in VERBS:
            subject = scene_subject(tokens, verb, aside=True)
        else:
            continue
        start = predicate_place(tokens, verb + 1)
        if subject and start is not None:
            scene_place(ctx, sentence, verb, start, subject, place_at)


RESUMING = frozenset({"that's", "that\u2019s"})


def scene_place(ctx, sentence, verb, start, head, place_at):
    """The place named at ``tokens[start]`` after the verb at ``tokens[verb]``, when
    nothing says it is the story's, a person or a work, or that it is not the place."""
    tokens = sentence.tokens
    between = [token.text.lower() for token in tokens[verb + 1 : start]]
    if (
        not lead_in(between)  # "are the towers of X": a part of X, maybe
        or tokens[verb + 1].text.isupper()  # "is NOT X"
        or sentence.inside_quote(tokens[start].start)
        or is_work_or_person(ctx, sentence, start)
        or IN_THE_STORY_RE.search(sentence.norm[tokens[start].start :])
        or HEARSAY_RE.search(sentence.norm[: tokens[verb].start])
    ):
        return
    end = run_forward(tokens, start, PLACE_CONNECTORS, max_words=6, gap=2)
    if end is None or person_after(sentence, end) or performing(sentence, end):
        return
    name = sentence.span(start, end)
    if "'" in name or "\u2019" in name:
        return  # "Mabel's Towers": where the place's own name starts is unsure
    if match_key(name) in ctx.locations or not place_ok(ctx, name, tokens[start]):
        return
    after = sentence.norm[tokens[end - 1].end :]
    if TAKEN_BACK_RE.match(after) or RETRACTED_RE.search(after):
        return  # "is the X... no wait, that came later"
    if says_place(tokens, start, end, name, head) or head == "place":
        place_at(ctx, sentence, start)
        return
    if head != "scene" or INSIDE_AFTER_RE.match(after):
        return  # "The hero of the chase scene is X": a person, likely
    ctx.suggest(
        _("Possible filming place: %(name)s") % {"name": name},
        sentence,
        "location",
        location_value(name),
    )


def lead_in(between):
    """Whether the words between the verb and the name let the name be the scene's
    place: none, "the", "in", "really", or a noun with "at" or "in" ("is the canal
    at X", "is the promenade in X"); not "the towers of X", "the singer in X"."""
    if set(between) <= LEAD_INS and len(between) <= 2:
        return True
    return (
        len(between) == 3
        and between[0] == "the"
        and between[1].isalpha()
        and between[1] not in HEARD_NOUNS | THING_WORDS
        and between[2] in ("at", "in")
    )


def says_place(tokens, start, end, name, head):
    """Whether the name at ``tokens[start:end]`` says it is a place: a building's or
    a site's word in it ("the X Bridge", "X station"), a town or region right after
    it ("X in Fife", "X, Ohio"), or, when no scene heads the subject, a word of
    nature ("Lake X", "X Castle"): "the lake shots are Loch X" stays an offer."""
    words = name.split()
    if named_place(name):
        return True
    if head != "scene" and (
        tokens[start].text in PLACE_FIRST_WORDS
        or len(words) > 1
        and place_noun(words[-1].lower())
    ):
        return True  # "Crosskeys Strand", "Dunluce Castle"
    if (
        end < len(tokens)
        and tokens[end].text.islower()
        and place_noun(tokens[end].text)
    ):
        return True  # "Kelso station": the place's own word, not capitalised
    return (
        end + 1 < len(tokens)
        and tokens[end].text in ("in", ",")
        and tokens[end + 1].cap
        and tokens[end + 1].text not in ("I", "But", "And")
    )


def scene_subject(tokens, verb, aside=False):
    """Whether the subject before ``tokens[verb]`` names a scene of the film: "the
    ... bit/scene/shot/sequence/montage ...", said from the start of its clause, with
    one aside between commas or dashes allowed right before the verb; None when it
    does not; else what heads it: "scene" ("the harbour scene where ..."), "place"
    ("the diner near the close of the montage") or "other" ("the exchange at the end of
    the sequence")."""
    end = verb
    if aside and tokens[end - 1].text in {","} | DASHES:
        opening = aside_start(tokens, end - 1)
        if opening is None:
            return None
        end = opening
    start = end
    while start > 0 and tokens[start - 1].text not in CLAUSE_BREAKS:
        start -= 1
    if start > 0 and tokens[start - 1].text == ",":
        return None  # "X, the harbour scene is ...": a list or an aside before
    words = [token.text.lower() for token in tokens[start:end]]
    if words[:1] in (["and"], ["but"]):
        words = words[1:]
    if len(words) < 2 or words[0] not in DETERMINERS:
        return None
    scene = next((at for at, word in enumerate(words) if word in SCENE_NOUNS), None)
    if scene is None or not all(word.replace("-", "").isalpha() for word in words):
        return None
    if set(words) & (HEARD_NOUNS | THING_WORDS | JUDGING | {"i", "my", "we", "our"}):
        return None
    if any(
        word == "the" and words[at - 1] not in PREPOSITIONS
        for at, word in enumerate(words[1:], 1)
    ):
        return None  # "The script claims the montage is X": a claim, no subject
    head = next((word for word in words[1:] if word in HEAD_ENDS), words[-1])
    head = words[words.index(head) - 1] if head in HEAD_ENDS else head
    if head in SCENE_NOUNS:
        return "scene"
    return "place" if place_noun(head) else "other"


# The words that end a subject's head noun: "the diner near the close of it".
HEAD_ENDS = frozenset(
    "of at in near on from where that which with everyone everybody".split()
)


def aside_start(tokens, close):
    """Where an aside that closes with the comma or dash at ``tokens[close]`` opens
    (the index of its opening mark), or None: "The next shots, the jetty where the
    twins part, are", "The diner — he asks for coffee there — is"."""
    dash = tokens[close].text in DASHES
    for back in range(close - 1, max(0, close - 25), -1):
        text = tokens[back].text
        if text in DASHES if dash else text == ",":
            return back
        if text in (";", ":", "(", ")"):
            return None
    return None
