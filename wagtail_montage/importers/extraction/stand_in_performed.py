"""Stand-ins said as a performance, with "do": "X does the heavy lifting as Y", "X
doing duty as Y", "X did a perfectly fine Y", "X does Y surprisingly well". The bare
forms ("did a fine Y", "does Y well") are read only when the post says its story is set
in Y, or Y says it is a place: "Leeds does Christmas well" is not a stand-in."""

import re

from .patterns import DOUBLED_RE
from .place_words import MORE_DOUBLED_RE, target_place_like
from .stand_in_dash_asides import dashed_matches
from .stand_in_targets import stand_in_target, story_setting
from .stand_in_verbs import with_more_stand_ins

# The empty group stands for "played" of the other verbs: none of these is one.
DO = r"()(?:does|did|do|doing)\s"
# "does the heavy lifting as", "doing duty as", "did sterling service as", "does
# double duty as", "does a turn as": a role taken on, then what it was.
DUTY_AS_RE = re.compile(
    rf"\b{DO}(?:(?:the|its|their|a|an)\s)?(?:[a-z-]{{1,12}}\s)?"
    r"(?:duty|lifting|service|turn|work)\sas\s",
    re.IGNORECASE,
)
# "did a perfectly fine Y", "does a convincing Y": a judged performance of a name.
FINE_RE = re.compile(
    rf"\b{DO}an?\s(?:(?:perfectly|very|really|pretty|quite|more\sthan)\s)?"
    r"(?:fine|good|great|decent|convincing|passable|credible|plausible|serviceable"
    r"|creditable|lovely)\s(?=[A-Z])"
)
# "does Y surprisingly well", "did Y convincingly": a name, then how well.
WELL_RE = re.compile(
    rf"\b{DO}(?=[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){{0,3}}\s(?:(?:surprisingly|remarkably"
    r"|very|really|pretty|rather|quite|perfectly|more\sthan)\s)?(?:well|convincingly"
    r"|nicely|justice)\b)"
)


def doubled_matches(ctx, sentence):
    """The stand-in verbs of a sentence, in order: "doubled for", "which plays", and
    the performances said with "do" whose Y is a place."""
    norm = sentence.norm
    matches = [*DOUBLED_RE.finditer(norm), *MORE_DOUBLED_RE.finditer(norm)]
    matches += DUTY_AS_RE.finditer(norm)
    matches = dashed_matches(norm, matches)  # "stood in - an aside - for Y"
    matches += [
        match
        for match in [*FINE_RE.finditer(norm), *WELL_RE.finditer(norm)]
        if performed_place(ctx, sentence, match)
    ]
    matches = with_more_stand_ins(sentence, matches)  # "passed off as", "cast as"
    return sorted(matches, key=lambda match: match.start())


def performed_place(ctx, sentence, match):
    """Whether what a bare "did a fine Y", "does Y well" performed is a place: the
    story is set in Y, or Y's words say it is a place."""
    target = stand_in_target(ctx, sentence, sentence.index_at(match.end()))
    return bool(target) and (
        story_setting(ctx, sentence, target) or target_place_like(target)
    )
