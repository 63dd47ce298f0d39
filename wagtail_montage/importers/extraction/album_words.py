"""Patterns of the album rules beyond the shared ones: an album named by whose it is
or what it is ("Ann Roe's album <i>X</i>", "the band's second LP <i>X</i>", "<i>X</i>,
the soundtrack album,"), or by what it was called ("put out as <i>X</i>", "The album
of the film is called <i>X</i>"). Every pattern is bounded."""

import re

# A word between the owner and the album noun, but not one that makes the title a
# song of the album: "the band's second LP", not "the album's opening track".
ADJECTIVE = r"(?:(?!(?:single|track|song|cut|from|on|off|of|in)\b)[\w-]{1,20}\s)"
# After an album's noun: not one of its songs ("“X”, an album track", "the LP's
# opener").
NOT_ITS_SONG = (
    r"(?!\s(?:track|tracks|cut|cuts|song|songs|single|singles|opener|closer)\b)"
)
ALBUM_NOUN = r"(?:soundtrack album|soundtrack LP|soundtrack record|album|LP|EP)"
# Just before a title: "the brothers' album ", "Ann Roe's album ", "his album ",
# "the band's second LP ", "The accompanying album, ".
OWNED_ALBUM_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Oo]ur)|[\w.]'s|[a-z]s')\s"
    rf"{ADJECTIVE}{{0,2}}?{ALBUM_NOUN}(?:,\s|\s)$"
    # in apposition, maybe with a few words on when it was made: "There was an LP, ",
    # "Her album from that winter, ", "the 1990 best-of, "
    r"|\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s"
    rf"{ADJECTIVE}{{0,2}}?(?:{ALBUM_NOUN}|best-of|compilation)"
    r"(?:\s(?:from|of|released|recorded|out)\s[^,;:\ue000\ue001]{1,30})?,\s$"
)
# Just after a title: "<i>X</i>, the soundtrack album, climbed ...", "<i>X</i>,
# their second album,"; not "“X”, an album track".
ALBUM_AFTER_RE = re.compile(
    rf"^,\s(?:the|its|their|his|her|a|an)\s{ADJECTIVE}{{0,2}}?{ALBUM_NOUN}\b(?!')"
    # not "<i>X</i>, an album track from 1988": a song of an album
    + NOT_ITS_SONG
)
# Just after a title: the soundtrack of a titled film. "<i>X</i>, the soundtrack to
# <i>Y</i> (1995)", "<i>X</i>, the original soundtrack to the 1978 road movie
# <i>Y</i>"; not "“X”, the soundtrack to the montage".
SOUNDTRACK_TO_RE = re.compile(
    r"^,\s(?:the|its|their)\s(?:original\s)?(?:motion\spicture\s)?soundtrack"
    r"(?:\salbum|\sLP)?\s(?:to|of|from|for)\s(?:the\s(?:[\w-]{1,20}\s){0,4}?"
    r"(?:film|movie|picture)\s)?\ue000"
)
# Before a title, the album said to be called so: "The album of the film is called
# ", "which Gable Records put out as ", "the soundtrack, released as ".
CALLED_RE = re.compile(
    r"\b(?:is|was)\s(?:called|titled|named|entitled)\s$"
    r"|\b(?:put out|released|issued|sold)\sas\s$"
)
# The sentence says the title it calls so is a record: "album", "soundtrack", "LP".
RECORD_WORD_RE = re.compile(r"\b(?:album|soundtrack|LP|record)\b")
# "on the record: “X”", "On the album, “X” runs longer": a song on it, not the
# record.
LISTED_ON_RE = re.compile(
    r"\b(?:on|off)\s(?:the|this|that|its|their|his|her)\s(?:\w+\s)?"
    r"(?:album|record|LP|EP|soundtrack)\s?[:,]\s?\W?$",
    re.IGNORECASE,
)
# ... unless the title after the comma closes the clause, set beside the record as
# its name: "Both are on the soundtrack album, <i>X</i>.", "It is on the LP, “X”,
# which went gold", "It is also on their only album, <i>X</i>, but in a longer mix".
APPOSED_END_RE = re.compile(
    r"^(?:\s?[.!;)]|\s?$|,\s(?:which|that|released|issued|out|on\s[A-Z]|but|though"
    r"|although|albeit|where)\b)"
)


def apposed_record(before, after):
    """Whether a title after "on the album," is the album's name, not a song on it."""
    return bool(re.search(r",\s?\W?$", before) and APPOSED_END_RE.match(after))


# A release verb that is no figure of speech: "went gold", not "went faster".
WENT_RE = re.compile(
    r"\bwent\s(?!(?:gold|platinum|silver|diamond|double|triple|quadruple|multi"
    r"|to\s(?:number|No\.|#|the top)|top|straight)\b)"
)
# In a title: "soundtrack" in another language. "X – Bande originale du film", "X
# – Colonna sonora originale", "Musik aus dem Film X", "Trilha sonora original".
FOREIGN_SOUNDTRACK_RE = re.compile(
    r"\b(?:Bande originale|Colonna sonora|Banda sonora|Trilha sonora|Filmmusik"
    r"|Musik aus dem Film|Original-Soundtrack|Originalmusik)\b",
    re.IGNORECASE,
)
# Just before a title: a record said to hold the film's music. "a long-playing
# record with all the music of the film, ", "an LP of the songs from the film, ".
RECORD_OF_MUSIC_RE = re.compile(
    r"\b(?:a|an|the)\s(?:[\w-]{1,20}\s)?(?:record|LP|album|disc|CD)\s(?:with|of)\s"
    r"(?:all\s)?(?:the\s)?(?:music|songs|score)\s(?:of|from)\s(?:the|this)\s"
    r"(?:film|movie|picture),\s\W?$"
)
# After a title, in its clause: a place on a chart of albums only. "<i>X</i> scraped
# in at No. 88 on the Billboard 200", "<i>X</i> peaked at number 9 on the albums
# chart". Not when a chart of singles is named too.
ALBUMS_CHART_WORDS_RE = re.compile(
    r"\b(?:albums?|LPs?)\s(?:chart|charts|list|survey)\b", re.IGNORECASE
)
# In a title: a record of the film's score or an edition of its music. "X (Original
# Score)", "X: Original Motion Picture Score", "X: The Complete Recordings", "X
# (Deluxe Edition)"; the edition only when X is the film.
SCORE_TITLE_RE = re.compile(
    r"\b(?:Original\s(?:Motion\sPicture\s|Film\s)?Score|Motion\sPicture\sScore)\b"
    r"|\(Score\)",
    re.IGNORECASE,
)
EDITION_TITLE_RE = re.compile(
    r"^(.{2,60}?)(?::\s|\s\(|\s[\u2013\u2014-]\s)(?:The\s)?(?:Complete\s(?:Recordings"
    r"|Sessions|Soundtrack|Score)|Deluxe\sEdition|Expanded\sEdition|Anniversary"
    r"\sEdition)\b",
    re.IGNORECASE,
)
# Just before "the album, <i>X</i>,": a song of that album is the head of the
# phrase, so the title between commas is the song's. "Another single from the album,
# “X”, did better", "The second track off that LP, “X”,", "A different song on the
# record, <i>X</i>,"; not "The song is from the album, <i>X</i>," nor "the title
# track from the album, <i>X</i>,".
SONG_OF_ALBUM_BEFORE_RE = re.compile(
    r"\b(?:[Aa]nother|[Tt]he|[Aa]n?|[Oo]ne|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s"
    r"(?:(?!title\b)[a-z-]{2,20}\s){0,2}?(?:single|song|track|cut|tune|number|ballad)s?"
    r"\s(?:from|off|on)\s$"
    # "a second duet on the album, X", "my favourite solo off the LP, X": a new one
    r"|\b(?:[Aa]nother|[Aa]n?|[Oo]ne|[Mm]y|[Oo]ur)\s(?:[a-z-]{2,20}\s){0,2}?"
    r"(?:duet|solo|instrumental|anthem|single|song|track|tune|number|ballad)s?"
    r"\s(?:from|off|on)\s$"
)
# Just before a title: the album noun and a comma, "... the album, “X”".
ALBUM_COMMA_BEFORE_RE = re.compile(
    r"\b(?:the|that|this|its|their|his|her)\s(?:soundtrack\salbum|soundtrack|album|LP|EP"
    r"|record),\s?\W{0,2}$",
    re.IGNORECASE,
)


def song_of_album_before(before):
    """Whether the words before a title are "<a song> from the album, ": the title
    between commas is that song's."""
    found = ALBUM_COMMA_BEFORE_RE.search(before)
    return bool(found) and bool(SONG_OF_ALBUM_BEFORE_RE.search(before[: found.start()]))


# Opening its clause, just before a title: the album it is, said with a clause of
# its own. "The album that houses it, ", "the album “Y” came from, ", "Her second
# LP, recorded in a week, "; not "the album's best song, " nor "On the album, ".
ALBUM_SUBJECT_RE = re.compile(
    r"(?:^|[:;]\s)(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s(?:[\w-]{1,20}\s){0,2}?"
    r"(?:album|LP|record)(?:\s[^,;:.'\ue001\u201d]{1,50}|\s[^,;:.]{1,60}\scame\sfrom)?"
    r",\s\W?$"
)


def album_apposed(norm, title):
    """Whether the title is named as the album just before it ("The album that
    houses it, X, went gold")."""
    start = norm.find(title)
    return start > 0 and bool(
        ALBUM_SUBJECT_RE.search(norm[max(0, start - 110) : start])
    )
