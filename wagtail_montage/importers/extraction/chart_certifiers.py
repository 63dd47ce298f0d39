"""Certifiers not in the list: named by their initials ("went gold, certified by the
NVPI", "RIANZ certified it platinum", "RISA gave it a gold disc"), or a country whose
certifier is none of the listed ones ("went gold in the Netherlands", "In Ireland,
where my cousins bought it, it went gold")."""

import re

from .lexicon import COUNTRIES
from .patterns import CERTIFIERS, COUNTRIES_OF, COUNTRY_RE

# The countries whose certifier is none of the listed ones: not Britain's nations.
FOREIGN = (COUNTRIES - set(COUNTRIES_OF) | {"Holland"}) - {
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "United Kingdom",
    "United States",
}
_FOREIGN_NAMES = "|".join(sorted(FOREIGN, key=len, reverse=True))
# "gold in the Netherlands", "a platinum disc there in Sweden", "gold in Ireland, too",
# "double platinum, here in Brazil"
COUNTRY_AFTER_LEVEL_RE = re.compile(
    r"^,?\s(?:(?:disc|record|status|certification)\s)?"
    r"(?:(?:there|too|also|(?:(?:up|over|down)\s)?here)\s)?"
    rf"in\s(?:the\s)?({_FOREIGN_NAMES})\b"
)
# "In Ireland it went gold", "...; in Sweden, where ..., it went gold", "number one
# in New Zealand, where it went double gold": a country its clause is set in.
FOREIGN_SCENE_RE = re.compile(
    rf"(?:(?:^|[;:]\s|,\s|\b(?:and|but)\s)[Ii]n\s(?:the\s)?({_FOREIGN_NAMES})\b"
    rf"|\b[Ii]n\s(?:the\s)?({_FOREIGN_NAMES})(?:\s(?:too|also|as\swell))?,\swhere\b)"
)
SCENE_END_RE = re.compile(r"[;:]|(?<!\bNo)\.\s")
# "..., certified by the NVPI", "certified it by IFPI Norway" (listed: not here)
CERTIFIED_BY_RE = re.compile(r"\bcertified\s(?:it\s)?by\s(?:the\s)?([A-Z]{3,6})\b")
# "RIANZ certified it platinum", "the NVPI eventually gave the single a gold disc"
INITIALS_BEFORE_RE = re.compile(
    r"\b([A-Z]{3,6})\s(?:(?:later|eventually|duly|also|then|soon)\s)?"
    r"(certified|certifies|gave|gives|awarded|handed)\s"
    r"(?:it|them|the\s(?:single|song|record|track|album|LP|soundtrack))\s(?:an?\s)?$"
)
# What a given level must be to be a certification: "a gold disc", not "a gold star"
# nor "a gold award" (a broadcaster's prize).
RECORD_AFTER_RE = re.compile(
    r"^\s(?:disc|record|certification|plaque|status)\b", re.IGNORECASE
)
CLAUSE_CUT_RE = re.compile(r"[;:)]|\.\s|,\s(?:and|but|while|whereas)\s")


def _listed(initials):
    return any(pattern.match(initials) for pattern, _key in CERTIFIERS)


def other_certifier_near(after):
    """``("other", name)`` of a certifier not in the list that the level's own
    clause names after it: "gold in the Netherlands", "went gold, certified by the
    NVPI"; else ``("", "")``."""
    clause = CLAUSE_CUT_RE.split(after[:100], 1)[0]
    found = CERTIFIED_BY_RE.search(clause)
    if found and not _listed(found.group(1)):
        return "other", found.group(1)
    found = COUNTRY_AFTER_LEVEL_RE.match(after)
    if found:
        # "gold in Austria, where the certificate came from the IFPI": the listed
        # certifier the country's own clause names is the one.
        listed = [
            (named.start(), key)
            for pattern, key in CERTIFIERS
            for named in pattern.finditer(clause[found.end() :])
        ]
        if listed:
            return min(listed)[1], ""
        return "other", found.group(1)
    return "", ""


def other_certifier_before(before, after):
    """``("other", name)`` of a certifier not in the list that certified the level
    as the subject of its clause ("RIANZ certified it platinum", "RISA gave it a gold
    disc"), or of the country with no listed certifier the clause is set in ("In
    Ireland, where my cousins bought it, it went gold"); else ``("", "")``."""
    found = INITIALS_BEFORE_RE.search(before[-60:])
    if found and not _listed(found.group(1)):
        certified = found.group(2).startswith("certif")
        if certified or RECORD_AFTER_RE.match(after):
            return "other", found.group(1)
    scenes = list(FOREIGN_SCENE_RE.finditer(before))
    if not scenes:
        return "", ""
    scene = scenes[-1]
    rest = before[scene.end() :]
    if SCENE_END_RE.search(rest) or COUNTRY_RE.search(rest):
        return "", ""
    if any(pattern.search(rest) for pattern, _key in CERTIFIERS):
        return "", ""
    return "other", scene.group(1) or scene.group(2)


_LISTED_NAMES = "|".join(
    pattern.pattern.removeprefix(r"\b").removesuffix(r"\b")
    for pattern, _key in CERTIFIERS
)
# Two certifiers of one level: "The RIAA and the BVMI both certified it gold".
JOINT_RE = re.compile(
    rf"\b({_LISTED_NAMES})\sand\s(?:the\s)?({_LISTED_NAMES})\s(?:both\s|each\s)?"
    r"(?:certified|made|gave|awarded)\s(?:it|the\s(?:single|song|record|track|album"
    r"|LP|soundtrack))\s(?:an?\s)?$"
)


def joint_certifiers(before, certifier):
    """The other listed certifiers that certified the same level with
    ``certifier``: "The RIAA and the BVMI both certified it gold" gives the RIAA's
    gold and the BVMI's."""
    found = JOINT_RE.search(before[-80:])
    if not found:
        return []
    keys = [
        next(key for pattern, key in CERTIFIERS if pattern.fullmatch(name))
        for name in found.groups()
    ]
    return [key for key in keys if key != certifier] if certifier in keys else []
