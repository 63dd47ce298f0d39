"""Someone singing a song in everyday life, not on the record: "Marcus sang it the
whole way up, forty times", "my dad sings it in the shower"."""

import re

# After "sang"/"sings" in its clause: a count of renditions or an everyday place.
EVERYDAY_RE = re.compile(
    r"\b(?:(?:\w+|a\shundred|a\sthousand)\stimes\b|twice\sa\s"
    r"|all\sthe\sway\b|the\swhole\sway\b|in\sthe\s(?:shower|bath|car|kitchen)\b"
    r"|at\s(?:karaoke|the\spub|the\swedding|my\swedding|school)\b"
    r"|to\s(?:me|us|the\sbaby|the\skids)\b)",
    re.IGNORECASE,
)
# What ends the singing verb's clause: a new clause about something else.
CLAUSE_END_RE = re.compile(
    r"[.;:!?]|\s(?:while|which|who|as|and|but|when|where|whereas)\s", re.IGNORECASE
)
SUNG = frozenset({"sang", "sings", "sing"})


def everyday_rendition(sentence, verb):
    """Whether the singing verb at ``tokens[verb]`` is of an everyday rendition:
    "sang along", "sang it forty times", "sings it in the shower"."""
    token = sentence.tokens[verb]
    if token.text.lower() not in SUNG:
        return False
    after = sentence.norm[token.end : token.end + 120]
    if after.lower().lstrip().startswith("along"):
        return True
    end = CLAUSE_END_RE.search(after)
    return bool(EVERYDAY_RE.search(after[: end.start()] if end else after))
