"""Words and patterns of the film rules beyond the shared ones: more kinds of film,
the year said after the title in more ways ("<i>X</i>, from 1987", "<i>X</i>, Ann
Roe's 1979 western", "<i>X</i> opened in the autumn of 1989"), and a year that
describes a film ("a 1982 skiing picture"). Every pattern is bounded."""

import re

from .film_genre_compounds import GENRE_COMPOUND
from .film_seen import SEEN_AFTER
from .patterns import FILM_GENRES, YEAR

# The shared kinds of film and a few more: "a 1982 motel noir", "the 1989 Rick
# Dorsey vehicle", "a 1990 co-production"; the trade papers' words for a film ("the
# 1983 coming-of-age pic", "a 1961 laffer", "the 1952 oater").
GENRES = (
    rf"(?:{FILM_GENRES}|noir|caper|melodrama|biopic|rom-com|romcom|weepie|farce"
    r"|satire|chiller|slasher|actioner|potboiler|vehicle|co-production|feature"
    r"|road movie|sequel|remake|tearjerker|two-hander|pic|laffer|oater|meller|sudser"
    rf"|{GENRE_COMPOUND})"  # "the 2004 neo-western"
)
SEASON = r"(?:spring|summer|autumn|fall|winter)"
# The year after a title, in more ways than the shared FILM_AFTER_RE:
#   ", a 1988 American spy film", ", Ann Roe's 1979 western", ", the 1989 Rick
#   Dorsey vehicle", ", from 1987", " is from 1986", " opened in the autumn of
#   1989", " came out in the fall of 1987", " came out in March 1991".
FILM_AFTER_MORE_RE = re.compile(
    r"(?:\s(?:is|was)|,)\s(?:a|an|the|(?:[A-Z][\w.-]{0,20}\s){0,2}[A-Z][\w.-]{0,20}'s)"
    rf"\s(?:[\w-]{{1,20}}\s){{0,2}}?{YEAR}\s(?:[\w-]{{1,20}}\s){{0,3}}?{GENRES}\b"
    rf"|(?:,|\s(?:is|was))\s(?:originally\s)?from\s{YEAR}\b(?!\s(?:to|until|on)\b)"
    r"|,?\s(?:was\s|first\s)?(?:released|came out|opened|premiered)\s"
    rf"(?:in\s(?:the\s{SEASON}\sof|early|late|[A-Z][a-z]{{2,8}})\s){YEAR}\b"
    # " hit cinemas in the summer of 1986", " was released by Gull Films in 1986"
    r"|\s(?:hit|reached|arrived in)\s(?:the\s)?(?:cinemas|theaters|theatres|screens)\s"
    rf"in\s(?:the\s{SEASON}\sof\s|[A-Z][a-z]{{2,8}}\s)?{YEAR}\b"
    r"|,?\s(?:was\s)?(?:released|distributed)\sby\s[A-Z][\w&.'-]{0,30}"
    rf"(?:\s[A-Z][\w&.'-]{{0,30}}){{0,3}}\sin\s(?:the\s{SEASON}\sof\s|[A-Z][a-z]{{2,8}}\s)?"
    rf"{YEAR}\b"
    # " again (1995; I first saw it at ...)": the year opens an aside in brackets
    rf"|(?:\s(?:again|once more))?\s?\(\s?{YEAR};\s"
    # " (<i>Das Glashaus am See</i>, 1976)": its title in another language, its year
    rf"|\s?\(\ue000[^\ue000\ue001]{{1,80}}\ue001,\s{YEAR}\)"
    # " came out in '82": the year in two figures (read as 1982 by full_year)
    r"|,?\s(?:was\s|first\s)?(?:released|came out|opened|premiered)\sin\s['\u2019]"
    r"([5-9][0-9])\b"
    # "<i>X</i>, 1989, the one where", "<i>X</i> — 1987 — holds up",
    # "<i>X</i> [1985]": the bare year set off in the sentence, not a span ("1985
    # to 1987", "1985-87") nor a label's closing date ("Jacket for 'X', 1992.")
    rf"|(?:,\s|\s[—–]\s|\s?\[){YEAR}(?=,\s|\]|\s[—–]\s)(?!,?\s?(?:to|and)\s)"
    # "“X,” a film he saw twice in 1977": seen in its first run (film_seen)
    rf"|{SEEN_AFTER}"
)


def full_year(text):
    """A year as said: "1982", or "82" of "in '82"."""
    return int(text) + 1900 if len(text) == 2 else int(text)


# After "film": the words of something else ("a 1995 film festival").
NOT_A_FILM = (
    r"(?:festival|festivals|season|retrospective|screening|screenings|print|prints"
    r"|reissue|restoration|club|school|course|society|night|nights|series|poster"
    r"|posters|crew|critic|critics|buff|buffs|magazine|fan|fans|studies|book|history)"
)
# A year that describes a film: "a 1982 skiing picture", "this 1990 Portuguese-
# American co-production", "Ann Roe's 1979 western"; not "the 1999 reissue".
YEAR_GENRE_RE = re.compile(
    rf"\b{YEAR}\s(?:[\w-]{{1,20}}\s){{0,2}}?{GENRES}s?\b(?!\s[A-Z])(?!\s{NOT_A_FILM})"
)
# "It's a 1985 road thriller", "It is a 1982 motel noir", "That's a decent ratio
# for a 1991 romantic comedy", "It holds up ... for a 1988 movie": what "it" is.
IT_IS_A_YEAR_RE = re.compile(
    r"^(?:It|It's|That|That's|This)\b[^.]{0,80}?\b(?:a|an)\s(?:[\w-]{1,20}\s){0,2}?"
    rf"{YEAR}\s(?:[\w-]{{1,20}}\s){{0,3}}?{GENRES}\b(?!\s[A-Z])"
)
# Before the year: a film "it" is compared with or comes from, not what it is
# ("It reminds me of a 1979 thriller", "a song from a 1993 movie").
LIKE_RE = re.compile(
    r"\b(?:like|than|reminds|remind|recalls|unlike|another|other|same|from|song"
    r"|songs|single|track|record|album|soundtrack|tune|ballad|remake|remade|version"
    r"|based|inspired|homage|tribute|copy|rip-off)\b",
    re.IGNORECASE,
)
# The film's own title opens a clause with the verb of its release: "<i>X</i>
# opened on 900 screens", "<i>X</i> came out the year the mill closed".
RELEASE_AFTER_RE = re.compile(
    r"^\s(?:first\s|finally\s)?(?:opened|came out|premiered|was released|hit)\b"
)
# Just before a quoted title, a song named as one: "the song over the last scene,
# 'X'", "her ballad 'X'"; just after it, its singer: "'X', sung by A".
SONG_BEFORE_RE = re.compile(
    r"\b(?:song|songs|single|ballad|tune|track|duet|anthem|theme song)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
# Just after a title in a sentence about a record: the act whose record it is. "The
# record is “X” by A", "the single, “X” by the Gulls".
RECORD_BY_RE = re.compile(r"^\W{0,3}\s?,?\s?by\s(?:the\s)?[A-Z]")
RECORD_BEFORE_RE = re.compile(
    r"\b(?:record|records|song|songs|single|singles|track|tune|45|B-side|jukebox)\b",
    re.IGNORECASE,
)
SUNG_AFTER_RE = re.compile(
    r"^\W{0,3}(?:(?:is|was|were)\s(?:\w+\s)?)?(?:sung|performed|recorded|sang|sings)\b"
    # an apposition that calls it a song: "“X”, the song that closes <i>Y</i>"
    r"|^\W{0,3}\s?(?:the|a|an|his|her|their)\s(?:[\w-]{1,20}\s)?(?:song|single|ballad"
    r"|tune|B-side)\b",
    re.IGNORECASE,
)
# Just before a year of a post's title, the writer's own year, not the film's: "my
# 2004 trip", "revisited in 2011", "since 1998", "a 2019 reunion".
OWN_YEAR_RE = re.compile(
    r"\b(?:my|our|in|since|until|till|by|from|visit|visited|trip|tour|revisited|back"
    r"|rewatched|again)$",
    re.IGNORECASE,
)
# Just before a title: one example of several films. "pictures such as ", "westerns
# like ", "early work including ", "among them ".
EXAMPLES_RE = re.compile(
    r"\b(?:such as|like|including|among them|among others|e\.g\.)\s\W{0,2}$"
    # "easy to compare the film with <i>X</i>", "likened to <i>X</i>": another film
    r"|\b(?:compare|compared|comparing|comparison|likened|liken|likens)\s"
    r"(?:(?:it|the\s(?:film|movie|picture)|this\s(?:film|movie|one))\s)?"
    r"(?:with|to)\s\W{0,2}$",
    re.IGNORECASE,
)
# Just before a title: another film than the post's. "The director's previous
# film, ", "her earlier movie ", "the sequel to ", "Its remake, ".
OTHER_FILM_BEFORE_RE = re.compile(
    r"\b(?:previous|earlier|later|next|last|former|debut|other|another|sequel|prequel"
    r"|remake|follow-up|followup|rival|competitor)\b(?:\s(?:film|movie|picture|feature"
    r"|one|to|of))?\W{0,3}$",
    re.IGNORECASE,
)
# The genre said with the year after a title that makes it a film: "<i>X</i>, Ida
# Marsh's 1986 drama", the trade's "a 1961 laffer"; not a musical or a romance,
# which may be a show or a book.
GENRE_CUE_RE = re.compile(
    r"\b(?:drama|thriller|western|comedy|noir|horror|chiller|slasher|caper|biopic"
    r"|rom-com|road movie|weepie|melodrama|pic|laffer|oater|meller|sudser)\b",
    re.IGNORECASE,
)
# Words only a film has, in a sentence that names a title with its year in brackets:
# "<i>X</i> (1986) has one great montage", "the finale of <i>X</i> (1984)".
SCENE_CUE_RE = re.compile(
    r"\b(?:montage|finale|opening credits|end credits|closing credits|starring"
    r"|screenplay|box office|cinemas|theaters|theatres)\b",
    re.IGNORECASE,
)
# In one of a post's first sentences, before a title with its year: a song is its
# theme. "the theme from <i>X</i> (1977)". Not "rewatched <i>X</i> (1979)": a
# series is rewatched too.
OPENING_FILM_CUE_RE = re.compile(
    r"\b(?:the|its|a)\s(?:love\s|main\s|title\s)?(?:theme|song|score|duet|ballad)\s"
    r"(?:from|of|to)\s\W{0,2}$",
    re.IGNORECASE,
)
# Before a title with its year, in the first three sentences: what a song closes
# or opens is a film. "the song that closes <i>X</i> (1977)".
CLOSES_CUE_RE = re.compile(
    r"\b(?:song|theme|tune|ballad)\s(?:that|which)\s(?:closes|opens|ends)\s\W{0,2}$",
    re.IGNORECASE,
)
# Just before a title: the sentence says it is the film. "The picture was <i>X</i>",
# "The movie they shot here is <i>X</i>". Not "the previous film was <i>X</i>"
# (OTHER_FILM_BEFORE_RE) nor "the film's song is “X”".
FILM_IS_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur)\s(?:film|movie|picture|feature)"
    r"(?:\sin question|\s(?:they|we|he|she)\s(?:were\s)?(?:made|making|shot|shooting)"
    r"(?:\shere|\sthere)?)?\s(?:was|is)\s\W?$"
)
# Just before capitalised words in a post's title: a place the words name, not a
# film. "when Hollywood came to Main Street", "a week in Lower Falls". Not before a
# title with its article: "Absence in The Glass Meridian".
PLACE_BEFORE_RUN_RE = re.compile(
    r"\b(?:(?:came|comes|come|went|goes|go|got|gets|back|moved|returned|rolled|drove"
    r"|drives|headed)\s(?:to|into|through)|visit|visited|visiting|in|at|on|near"
    r"|along|down|around|across)\s$",
    re.IGNORECASE,
)
# After a title and its year: what it is. "<i>X</i> (1989) is a forgettable
# car-theft caper", "<i>X</i> (1975) was a low-budget western", in apposition
# "<i>X</i> (2008), Ann Roe's quiet drama about", "<i>X</i> (1990), a slow
# western"; not "a romance novel", "a comedy single".
GENRE_AFTER_YEAR_RE = re.compile(
    r"^(?:\s(?:is|was)\s(?:a|an|the)|,\s(?:a|an|(?:[A-Z][\w.-]{1,20}\s){1,3}?"
    r"[A-Z][\w.-]{1,20}['\u2019]s))"
    rf"\s(?:[\w-]{{1,20}}\s){{0,3}}?{GENRES}\b"
    rf"(?!\s{NOT_A_FILM})(?!\s(?:song|songs|ballad|single|number|track|album|record"
    r"|LP|novel|book|series|show|play|comic|game)\b)(?!-)"
)
# A year then what it was for the film: "at a screening of <i>X</i> in 1994, the
# year it came out", "saw <i>X</i> in 1987, when it opened".
YEAR_IT_CAME_OUT_RE = re.compile(
    rf"\b{YEAR},?\s(?:the year (?:it|the film|the movie|the picture)|(?:just\s)?(?:when"
    r"|as) it)\s(?:came out|was released|opened|premiered|hit (?:cinemas|theaters"
    r"|theatres))\b"
)
# A record's year said to be the film's: "released on Halcyon Records in 1979
# alongside the teen film of the same name", "issued in 1985 with the film".
ALONGSIDE_FILM_RE = re.compile(
    rf"\bin\s{YEAR}\s(?:alongside|along with|with|to accompany)\s(?:the|its)\s"
    r"(?:[\w-]{1,20}\s){0,2}?(?:film|movie|picture)\b(?!\s(?:festival|season|club))"
)


def a_record(norm, start, end):
    """Whether the title quoted from ``start`` to ``end`` is a record by an act, in
    a sentence about records: "The record is “X” by A", "the single “X” by the Gulls"."""
    return bool(
        RECORD_BY_RE.match(norm[end : end + 20])
        and RECORD_BEFORE_RE.search(norm[max(0, start - 40) : start])
    )


# A year, then the time of the film's release: "it was everywhere in 1985, the
# summer the film came out", "1988, the year that the movie opened".
# The year a film was released, said of it: "released in 1984", "arrived in
# British cinemas in May 1990", "came out the following year, in 1991", "came out
# the next year, 1985", "opened in the autumn of 1991".
RELEASE_YEAR_RE = re.compile(
    r"\b(?:[Rr]eleased|came out|opened|premiered|arrived in (?:[A-Z]\w{1,15}\s)?"
    r"(?:cinemas|theaters|theatres))\s"
    r"(?:the\s(?:following|next)\syear,?\s|the\syear\safter,?\s|a\syear\slater,?\s)?"
    r"(?:in\s)?(?:the\s(?:spring|summer|autumn|fall|winter)\sof\s)?"
    rf"(?:[A-Z][a-z]{{2,8}}\s)?{YEAR}\b"
)
YEAR_THE_FILM_CAME_OUT_RE = re.compile(
    rf"\b{YEAR},\s(?:the\s)?(?:year|summer|spring|autumn|fall|winter)\s(?:that\s)?"
    r"the\s(?:film|movie|picture)\s(?:came\sout|opened|was\sreleased|premiered)\b"
)
# A sentence that reports what was said of the film, not what is so: "We said the
# film was released in 1992.", "It is often claimed it came out in 1979."
REPORTED_RE = re.compile(
    r"^(?:We|I|They|You|Some|Many|People|Everyone|Everybody|Most\s\w+|Several\s\w+)"
    r"\s(?:had\s|have\s|once\s|wrongly\s|originally\s|always\s)?(?:said|wrote|claimed"
    r"|stated|reported|printed|listed|gave|say|claim|think|thought|believe|assume)\b"
    r"|^It\s(?:is|was|has\sbeen)\s(?:often\s|widely\s|commonly\s|sometimes\s)?(?:said"
    r"|claimed|reported|believed|repeated|assumed)\b"
)
