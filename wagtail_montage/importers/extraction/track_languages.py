"""A song said to be the title in another language: "La canción del montaje es “X”",
"La chanson du film s'appelle « X »", "Das Lied in der Montage heißt “X”", "A
canção que toca é “X”". The noun must be a song's (not "el tema", also a topic, nor
"la película", the film) and the verb must name the title right before it. The
pattern is bounded."""

import re

SONG_NOUN = (
    r"(?:[Ll]a\s(?:canción|canzone|chanson)|[Aa]\scanção|[Dd]as\sLied|[Dd]er\sSong"
    r"|[Ii]l\sbrano|[Ll]e\smorceau)"
)
SAYS_IT_IS = (
    r"(?:es|era|fue|se\sllama|se\stitula|est|était|s['\u2019]appelle|ist|war|heißt"
    r"|hieß|è|si\schiama|é|se\schama|chama-se)"
)
# Before a title: the song noun opens the clause, the verb ends it.
FOREIGN_SONG_BEFORE_RE = re.compile(
    rf"(?:^|[.;:!?]\s|\s)\W?{SONG_NOUN}\b[^.;,\u201c\ue000]{{0,50}}?\s{SAYS_IT_IS}\s"
    r"\W{0,3}$"
)


def foreign_song_before(before):
    """Whether the words before a title say, in another language, that the song is
    it."""
    return bool(FOREIGN_SONG_BEFORE_RE.search(before[-80:]))
