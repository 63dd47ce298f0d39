"""A song written about something: "“X”, which A wrote about his grandfather's
boat", "which A penned about a winter in Hull" (A wrote the song; not "which
Rolling Stone wrote about": a review)."""

from .credit_subjects import WROTE

# What opens the subject of the song after "about".
ABOUT_OPENERS = frozenset({"his", "her", "their", "the", "a", "an", "my", "our"})


def wrote_about(tokens, verb):
    """Whether the writing verb at ``tokens[verb]`` is followed by "about" and what
    the song is about."""
    return (
        tokens[verb].text.lower() in WROTE
        and verb + 2 < len(tokens)
        and tokens[verb + 1].text.lower() == "about"
        and tokens[verb + 2].text.lower() in ABOUT_OPENERS
    )
