"""A track the post has named, said again without quotation marks or italics: "Here
is how Tin Roof Blues did on the charts:", "Pier Lights was the bigger hit". The
sentence is then about that track, as if its title were quoted: what comes next
("it", a table of its charts) is that track's, not the song named last.

Only a title of two words or more, found with its own capitals, the one track of
the post the sentence names so, in a sentence that quotes nothing."""

import re

from ..prose import match_key
from .track_post_titles import post_title_song
from .track_record_contents import record_contents


def plain_mention(ctx, sentence):
    """Remember the one known track the sentence names with its capitals alone."""
    # first the songs of a record's contents: "adds two bonus cues, <i>X</i>, <i>Y</i>"
    record_contents(ctx, sentence)
    post_title_song(ctx, sentence)  # the post's title's song, bare: "X is the one"
    if sentence.quotes or sentence.speech or len(ctx.tracks) < 2:
        return
    found = set()
    for key, track in ctx.tracks.items():
        title = track["title"]
        if len(title.split()) < 2 or not title[:1].isupper():
            continue
        if title not in sentence.orig:
            continue  # the pattern below needs the title as written
        match = re.search(
            r"(?<![\w'])" + re.escape(title) + r"(?![\w'])", sentence.orig
        )
        if match and match_key(title) == key:
            found.add(key)
    if len(found) == 1:
        ctx.remember("track", found.pop())
