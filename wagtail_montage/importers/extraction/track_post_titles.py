"""A song the post's own title names, written bare in the text where the text says
it is the song: a shop's or a tab site's page is titled by the record it sells
("The Gulls – Salt Kiss (10th anniversary edition)", "Salt Kiss — Ada Moon |
Catalogue AM-012", "Salt Kiss chords & tab — Ada Moon (from Gull Point)") and its
text names the song with no quotes ("Salt Kiss is the one that plays as the ferry
pulls out", "so Salt Kiss is THE song from the montage"). The title's part next to
the song's, when it is a name the text also writes, is its performer.

Guards: the post's title is cut at its dashes and bars, a bracket and the lowercase
words after the capitals ("chords & tab") dropped; a part of two to six words, not
the film's title nor an album's, must stand in the text outside quotes and be
followed by "is" or "was" and a noun of a song ("the one", "the song", "our
track") or a verb of being heard ("plays", "kicks in"). A part the text names
otherwise ("Salt Kiss was their second album", "Salt Kiss, the film") makes
nothing, and a performer's part holds no digit and at most five words. Every
pattern is bounded, with no nested quantifier."""

import re

from ..prose import match_key
from .credit_words import MORE_POST_CUE_RE
from .sentences import add_unique

# After the song's name in the text: it is the song, or it is heard.
SONG_AFTER_RE = re.compile(
    r"^\s(?:is|was)\s(?:(?:the|our|their|his|her|a)\s)(?:[a-z-]{1,15}\s){0,2}?"
    r"(?:one|song|track|tune|single|theme|number)\b(?!\s(?:of|on|from)\s(?:the|their"
    r"|our|his|her)\s(?:album|record|LP|EP)\b)",
    re.IGNORECASE,
)
# Where the post's title is cut (" – ", " — ", " - ", " | "); a part's bracket and
# the lowercase words after its capitals ("(10th anniversary edition)", " chords &
# tab"); a part that is a title or a name, capitalised words with small words
# between them.
PARTS_RE, TAIL_RE, PART_RE = (
    re.compile(r"\s[\u2013\u2014|-]\s"),
    re.compile(r"\s?\([^()]{0,80}\)|(?:\s(?:[a-z]{1,12}|&)){1,4}$"),
    re.compile(
        r"^[A-Z][\w'\u2019-]{0,25}(?:\s(?:[A-Z][\w'\u2019-]{0,25}|of|the|a|an|and|in"
        r"|on|to|for|at|over|under|&)){0,5}$"
    ),
)


def _parts(ctx):
    """The post title's parts that may be a song's title or a name."""
    found = []
    for part in PARTS_RE.split(ctx.post.title or ""):
        part = TAIL_RE.sub("", part.strip()).strip()
        if PART_RE.match(part):
            found.append(part)
    return found


def post_title_song(ctx, sentence):
    """Make the song the post's title names a track where the sentence says, bare,
    that it is the song; its performer from the title's part beside it."""
    parts = _parts(ctx)
    for position, part in enumerate(parts):
        if len(part.split()) < 2 or match_key(part) == ctx.film_key:
            continue
        if ctx.is_album_title(part):
            continue
        start = _said_as_song(sentence, part)
        if start is None:
            continue
        ctx.offset = start
        track = ctx.track(sentence, part)
        add_unique(track["performers"], _artist(ctx, parts, position))
        return


def _said_as_song(sentence, part):
    """Where the sentence writes the part bare and says it is the song, or None."""
    norm = sentence.norm
    for found in re.finditer(
        rf"(?<![\w'\u2019]){re.escape(part)}(?![\w'\u2019])", norm
    ):
        if sentence.inside_quote(found.start()):
            continue
        after = norm[found.end() : found.end() + 70]
        if SONG_AFTER_RE.match(after) or MORE_POST_CUE_RE.match(after):
            return found.start()
    return None


def _artist(ctx, parts, position):
    """The part beside the song's, as its performer, when it is a name of at most
    five words the post's text writes too."""
    text = " ".join(
        value
        for kind, value in ctx.post.body
        if kind == "paragraph" and isinstance(value, str)
    )
    for other in parts[position - 1 : position] + parts[position + 1 : position + 2]:
        if (
            len(other.split()) <= 5
            and not any(char.isdigit() for char in other)
            and match_key(other) != ctx.film_key
            and (other in text or other.replace("&", "&amp;") in text)
        ):
            return [other]
    return []
