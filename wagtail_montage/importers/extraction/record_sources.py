"""The words that name a record as where a song comes from: "on her album", "off
their second LP", "from the band's only record", "the single taken from". One
vocabulary for every rule that keeps the song, not the album named as its source,
what the next "it" means (``album_song_places``, ``chart_it_on_albums``,
``credit_song_sources``, ``chart_source_objects``), so the four read the same
phrases."""

# A record that holds songs.
RECORD_NOUNS = r"(?:album|LP|record|soundtrack|EP|CD)"
# The prepositions that put a song on a record.
SOURCE_PREPOSITIONS = r"(?:on|off|from)"
# Whose or which record: "her album", "the LP", "that record".
OWNER_WORDS = r"(?:the|an?|its|their|his|her|that)"
# A named owner: "Ada Moon's", "the Bs'".
NAMED_OWNER = r"(?:[A-Z][\w-]{0,30}\s){0,3}[\w-]{1,30}(?:'s|s')"
# A song's noun before the preposition: "the second single from", "a cut off".
SONG_NOUNS = r"(?:single|track|song|cut|number|b-side|tune|opener|closer)s?"


def record_ahead(words):
    """A source phrase whose record noun comes up to ``words`` words after its
    owner: "from their only record", "off Ada Moon's second LP"."""
    return (
        rf"\b{SOURCE_PREPOSITIONS}\s(?:{OWNER_WORDS}|{NAMED_OWNER})"
        rf"\s(?:[\w-]{{1,20}}\s){{0,{words}}}?{RECORD_NOUNS}\b"
    )


def record_before_title(words):
    """A source phrase that ends right before a record's title: "on her album ",
    "from the band's only LP, "."""
    return (
        rf"\b{SOURCE_PREPOSITIONS}\s(?:{OWNER_WORDS}\s)?(?:[\w-]{{1,30}}\s){{0,{words}}}?"
        rf"{RECORD_NOUNS}\W{{0,3}}$"
    )


def song_from_title(title):
    """A song's noun, then the record ``title`` (a regular expression, escaped) it
    comes from: "the second single from “X”", "a track lifted off X"."""
    return (
        rf"\b{SONG_NOUNS}\s(?:taken\s|lifted\s)?{SOURCE_PREPOSITIONS}"
        rf"\s(?:[\w'\u2019-]{{1,20}}\s){{0,4}}?[\ue000\u201c\"']?{title}"
    )
