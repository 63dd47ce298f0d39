"""What a place played, when it is a place on a map: a weak stand-in cue ("X plays
Y", "which played Y") is said of actors and bands too, so a name no block holds is
read before it only when the sentence speaks of filming; when what was played is
plainly geography, the cue is as good as "stood in for": a country, a state or a
province named in it ("the Ohio riverfront", "a port in Norway"), or a name with its
time or age before it ("1920s Halifax", "old Kyoto", "pre-war Danzig"). Not in a
sentence of gigs ("the band played Ohio")."""

import re

from .lexicon import CANADIAN_PROVINCES, COUNTRIES, COUNTRY_ADJECTIVES, US_STATES
from .stand_in_targets import GIG_RE

REGIONS = US_STATES | CANADIAN_PROVINCES | COUNTRIES | COUNTRY_ADJECTIVES
# A name's time or age before it: "1950s Oklahoma", "old Seoul", "post-war Vienna".
AGED_NAME_RE = re.compile(
    r"(?:^|\s)(?:(?:1[0-9])?[0-9]0s|old|pre-war|prewar|post-war|postwar|wartime"
    r"|interwar|medieval|Victorian|Edwardian|Georgian|ancient|Soviet-era|colonial"
    r"|imperial|Prohibition-era|present-day|future|modern-day)\s[A-Z]"
)


def geographic_target(sentence, target):
    """Whether ``target``, what a place played after a weak cue, is geography."""
    if not target or GIG_RE.search(sentence.norm):
        return False
    words = re.findall(r"[\w'-]+", target)
    if any(
        word in REGIONS or f"{word} {after}" in REGIONS
        for word, after in zip(words, [*words[1:], ""], strict=True)
    ):
        return True
    return bool(AGED_NAME_RE.search(target))
