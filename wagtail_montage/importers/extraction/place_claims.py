"""Where someone habitually claimed a film was shot, and places too broad to be
where it was: "Mr Ames used to tell customers it was filmed in X", "she would tell
visitors it was shot at X" (a salesman's or a guide's line, not the writer's word);
"the production moved to Europe" (a continent is no filming place)."""

import re

# Someone's habitual or public claim before a filming phrase: "used to tell
# customers", "would always say", "liked to claim", "told the tourists", "tells
# anyone who asks".
CLAIMED_RE = re.compile(
    r"\b(?:(?:used|liked|loved)\sto|would(?:\salways)?|always)\s(?:tell|say|claim"
    r"|insist|swear|boast|brag)(?!\w)"
    r"|\b(?:tell|tells|told|telling)\s(?:the\s)?(?:customers|visitors|tourists"
    r"|punters|guests|passengers|audiences|everyone|everybody|anyone|people)\b",
    re.IGNORECASE,
)

# Before "told me": no one did, so what follows is the writer's own word ("Nobody
# told me that it was shot on a backlot in X").
UNTOLD_BEFORE_RE = re.compile(r"\b(?:nobody|no\sone|no-one|never)\s(?:ever\s)?$", re.I)

# Continents and the like: too broad for a place a film was shot.
CONTINENTS = frozenset(
    {
        "Europe",
        "Asia",
        "Africa",
        "Antarctica",
        "Oceania",
        "Eurasia",
        "North America",
        "South America",
        "Central America",
        "Latin America",
        "the Americas",
        "Americas",
        "the Continent",
    }
)


def claimed_by_someone(text):
    """Whether the words before a filming phrase give someone's habitual or public
    claim: "Mr Ames used to tell customers it was", "she'd tell visitors"."""
    return CLAIMED_RE.search(text) is not None


def untold(text, found):
    """Whether the hearsay ``found`` in ``text`` is "told me" that nobody did:
    "Nobody told me that", "no one ever told us"."""
    return found.group(0).lower().startswith("told") and bool(
        UNTOLD_BEFORE_RE.search(text[: found.start()])
    )


def continent(name):
    """Whether ``name`` is a continent: "Europe", "South America"."""
    return name.removeprefix("the ") in CONTINENTS or name in CONTINENTS
