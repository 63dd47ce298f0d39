"""An act pointed out playing the song in the film: "that's Los Tecolotes playing
“X”", "that's Tomás's own band, the Reeds, playing “X”", "it's Ida Marr singing
“X” in the bar". Pointing at the screen names who performs it.

Guards: only for a track with no performer yet; "that's", "that is", "it's",
"there's" or "you hear" must open the phrase, a description of up to sixty
characters ending in a comma may come before the name, and the name (one to four
words in capitals) must be followed by "playing", "singing" or "performing" and
the title; "that's me playing “X” on the piano" (no name) or "she loves Ida Marr
singing “X”" (no pointing) credit nothing. Every pattern is bounded, with no
nested quantifier."""

import re

from .sentences import add_unique


def shown_playing(ctx, text):
    """Give a track with no performer the act the post points out playing it."""
    for track in ctx.tracks.values():
        if track["performers"]:
            continue
        found = re.search(
            r"\b(?:[Tt]hat['\u2019]s|[Tt]hat\sis|[Ii]t['\u2019]s|[Tt]here['\u2019]s"
            r"|[Yy]ou\shear)\s(?:[^.;:\u201c\u201d]{1,60}?,\s)?((?:the\s)?[A-Z][\w'\u2019-]"
            r"{0,25}(?:\s[A-Z][\w'\u2019-]{0,25}){0,3}),?\s(?:playing|singing|performing)"
            r"\s[\"\u201c\u2018']" + re.escape(track["title"]),
            text,
        )
        if found and not found.group(1).endswith(("'s", "\u2019s")):
            add_unique(track["performers"], [found.group(1)])
