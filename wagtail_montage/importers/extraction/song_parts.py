"""Writers named by the part of the song they wrote, after a verb of being: "the
lyrics are by A", "the words are A's and the tune is B's", "its music was by A,
the words B's", "the melody was composed by A". Every pattern is bounded, with no nested quantifier."""

import re

from ..prose import match_key
from .credit_belongs import belonging_parts
from .credit_words import FOR_THE_FILM_RE, NOT_SONGS_RE
from .lexicon import NAME_CONNECTORS, STOP_STARTS
from .sentences import add_unique, names_span, run_forward

# A part of a song a writer wrote, and two of them: "the words and the tune".
PART = r"(?:music|lyrics|lyric|words|tune|melody)"
PARTS = rf"{PART}(?:,?\s(?:and|&)\s(?:the\s)?{PART})?"
# "the words are", "its music was by", "whose lyrics were", "the English lyric is",
# "the words and tune are by"; group 1: the part.
PART_IS_RE = re.compile(
    r"(?:\b(?:the|its|whose|their)\s|^)(?:(?:english|french|german|italian|spanish"
    rf"|portuguese|original|new|final|actual)\s)?({PARTS})\s(?:is|are|was|were)\s"
    r"(?:both\s)?(by\s|the\swork\sof\s|(?:co-)?(?:written|composed|penned)\sby\s)?",
    re.IGNORECASE,
)
# Both parts opening the sentence or a clause of it: "Words and music were both the
# work of A", "Words and tune are by A", "A sings it; words and music are B's".
PAIR_IS_RE = re.compile(
    r"(?:^|(?<=;\s)|(?<=:\s)|(?<=,\sand\s)|(?<=,\sbut\s)|(?<=\u2014\s))"
    rf"({PART}\s(?:and|&)\s(?:the\s)?{PART})"
    r"\s(?:is|are|was|were)\s(?:both\s)?(by\s|the\swork\sof\s)?",
    re.IGNORECASE,
)
# The same with the verb left out, after a first part: ", the tune B's".
PART_ELIDED_RE = re.compile(
    r"(?:,|\sand|;)\s(?:and\s)?(?:the|its)\s(music|lyrics|lyric|words|tune|melody)"
    r"\s(by\s)?(?=[A-Z])"
)
# Parts that also name a film's score ("the music is by A" after a film).
SCORE_PARTS = frozenset({"music", "tune", "melody"})


def parts_of(ctx, sentence, known_track, earlier=()):
    """Credit the writers of the parts of the song the sentence names; ``(end,
    track)`` of each credit, where it ends ("the words are by A, and it is sung by B"
    goes on with it). ``known_track(ctx, text)`` is the track named last in
    ``text``, or None; ``earlier`` the tracks the sentence credits before ("A, who
    scored the film, wrote the melody, and the lyric is B's")."""
    norm, first, credited = sentence.norm, True, []
    matches = [*PAIR_IS_RE.finditer(norm), *PART_IS_RE.finditer(norm)]
    for match in matches:
        track = _track(ctx, sentence, match, known_track, first)
        if track is None and earlier:
            track = _earlier_track(ctx, earlier)
        if track is None:
            continue
        index = sentence.index_at(match.end())
        if match.group(2):
            names, end = names_span(sentence, index, limit=3)
        else:
            names, end = _possessive_names(sentence, index)
        add_unique(track["composers"], names)
        first = False
        if not names:
            continue
        credited.append((sentence.tokens[end - 1].end, track))
        # ", the tune B's" right after
        elided = PART_ELIDED_RE.match(norm, sentence.tokens[end - 1].end)
        if elided:
            start = sentence.index_at(elided.end())
            if elided.group(2):
                more = names_span(sentence, start, limit=3)[0]
            else:
                more = _possessive_names(sentence, start)[0]
            add_unique(track["composers"], more)
    return credited


# "with words by A and a tune by B": B wrote the music (not "a tune by B" alone,
# which may name the band playing it).
TUNE_AFTER_WORDS_RE = re.compile(
    r"\b(?:words|lyrics)\sby\s[^;:.\u201c\u201d]{1,50}?\sand\s(?:a|the)\s"
    r"(?:tune|melody)\sby\s"
)


def tune_after_words(ctx, sentence, known_track):
    """Credit the writer of "a tune by B" after "words by A and"."""
    for match in TUNE_AFTER_WORDS_RE.finditer(sentence.norm):
        track = known_track(ctx, sentence.norm[: match.start()])
        if track is not None:
            names = names_span(sentence, sentence.index_at(match.end()), limit=3)[0]
            add_unique(track["composers"], names)


# What names a performance of the song: "the recording we hear is by A".
RECORDING_NOUNS = frozenset(
    {"recording", "version", "performance", "vocal", "vocals", "voice"}
)
DETERMINERS = frozenset({"the", "this", "that", "its", "their"})


def recording_of(ctx, sentence, known_track):
    """ "The recording is by their band, A", "the version in the film is by A",
    "the recording we hear is by A", "The vocal is A's", "the voice on the record
    belongs to A": A performs the song named last."""
    belonging_parts(ctx, sentence, known_track)  # "The tune belonged to A"
    tokens = sentence.tokens
    for index, token in enumerate(tokens[1:], 1):
        if token.text.lower() not in RECORDING_NOUNS:
            continue
        if tokens[index - 1].text.lower() not in DETERMINERS:
            continue
        ahead = index + 1
        while ahead < min(len(tokens) - 1, index + 5) and tokens[ahead].text.islower():
            if tokens[ahead].text in ("belongs", "belonged"):
                # "the voice on the record belongs to A"
                if tokens[ahead + 1].text == "to":
                    names = names_span(sentence, ahead + 2, limit=3)[0]
                    _credit_recording(
                        ctx, sentence, tokens[index].start, names, known_track
                    )
                break
            if tokens[ahead].text in ("is", "was"):
                # "the recording is by A", "the vocal is A's"
                by = tokens[ahead + 1].text == "by"
                names = _recording_names(sentence, ahead + 1 + by, by)
                _credit_recording(
                    ctx, sentence, tokens[index].start, names, known_track
                )
                break
            ahead += 1


def _recording_names(sentence, index, by):
    """The names after "is by" or, without "by", a possessive alone ("is A's.")."""
    if by:
        return names_span(sentence, index, limit=3)[0]
    names, end = _possessive_names(sentence, index)
    tokens = sentence.tokens
    if end < len(tokens) and tokens[end].word:
        return []  # "the vocal is A's own idea": no credit
    return names


def _credit_recording(ctx, sentence, offset, names, known_track):
    if not names:
        return
    track = known_track(ctx, sentence.norm[:offset])
    if track is None:
        track = ctx.last_track()
        if track is None:
            return
    add_unique(track["performers"], names)


def _track(ctx, sentence, match, known_track, first):
    """The song whose part ``match`` names: a title named before in the sentence,
    else the track named last, but for a part that may be a score's alone."""
    track = known_track(ctx, sentence.norm[: match.start()])
    if track is not None:
        return track
    part = match.group(1).lower()
    before = sentence.norm[: match.start()]
    if NOT_SONGS_RE.search(FOR_THE_FILM_RE.sub(" ", before)):
        return None  # "The film is long and its music is by A"
    if (
        first
        and part in SCORE_PARTS
        and match.group().split()[0].lower() in ("the", part)
        and not _other_part_later(sentence, match)
    ):
        return None  # "The music is by A": the film's score, maybe
    return ctx.last_track()


def _earlier_track(ctx, earlier):
    """The track named last, when the sentence credited it before."""
    track = ctx.last_track()
    return track if any(track is other for other in earlier) else None


# ", with lyrics by B", "and words by B": a song's other part after its music.
WITH_WORDS_RE = re.compile(
    r"(?:,\s|\s)(?:with|and)\s(?:the\s|its\s)?(?:lyrics|lyric|words)\s(?:by|from)\s"
    r"(?=[A-Z])"
)


def _other_part_later(sentence, match):
    """Whether a song's other part follows: "the music is by A, the words B's",
    "Music is by A, with lyrics by B" (no score has lyrics)."""
    rest = sentence.norm[match.end() :]
    return bool(
        PART_ELIDED_RE.search(rest)
        or PART_IS_RE.search(rest)
        or WITH_WORDS_RE.search(rest)
    )


# "the words and music are both hers": the one singer of the song.
POSSESSIVE_PRONOUNS = frozenset({"hers", "his", "theirs"})


def parts_of_singer(ctx, sentence, known_track):
    """ "It is sung by A, and the words and music are both hers": the one performer
    of the song, named before in the sentence, wrote the part (once the sentence's
    other credits are read)."""
    for match in PART_IS_RE.finditer(sentence.norm):
        if match.group(2):
            continue
        tokens, index = sentence.tokens, sentence.index_at(match.end())
        index += _at(tokens, index) in ("both", "all")
        if _at(tokens, index) not in POSSESSIVE_PRONOUNS:
            continue
        track = _track(ctx, sentence, match, known_track, False)
        if (
            track is not None
            and len(track["performers"]) == 1
            and track["performers"][0] in sentence.norm[: match.start()]
        ):
            add_unique(track["composers"], track["performers"])


def _possessive_names(sentence, index):
    """ "A's", "A's and B's": the names of a possessive run from ``tokens[index]``
    and the index after it."""
    tokens, names = sentence.tokens, []
    while index < len(tokens) and len(names) < 3:
        end = run_forward(tokens, index, NAME_CONNECTORS, max_words=6, gap=2)
        if end is None or not tokens[end - 1].possessive:
            break
        names.append(sentence.span(index, end)[:-2])
        index = end
        if not (
            index + 1 < len(tokens)
            and tokens[index].text in ("and", "&")
            and tokens[index + 1].cap
        ):
            break
        index += 1
    return names, index


def _at(tokens, index):
    return tokens[index].text.lower() if index < len(tokens) else ""


# "A's voice on that song", "B's vocal on “X”": A sings it.
VOICE_NOUNS = frozenset({"voice", "vocal", "vocals", "singing"})
SONG_WORDS = frozenset({"song", "track", "record", "single", "recording", "tune"})


def voice_on(ctx, sentence, known_track, it_track):
    """ "A's voice on that song", "A's vocal on it", "A's singing on “X”": A performs
    the song. ``it_track(ctx, sentence, offset)``: the track "it" there points at."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens[1:-2], 1):
        if token.text.lower() not in VOICE_NOUNS or tokens[index + 1].text != "on":
            continue
        if not tokens[index - 1].possessive:
            continue
        start = index - 1
        while start > 0 and tokens[start - 1].cap and not tokens[start - 1].possessive:
            start -= 1
        while start < index - 1 and tokens[start].text in STOP_STARTS:
            start += 1
        names, end = _possessive_names(sentence, start)
        track = _song_on(ctx, sentence, index + 2, known_track, it_track)
        if names and end == index and track is not None:
            add_unique(track["performers"], names)


def _song_on(ctx, sentence, index, known_track, it_track):
    tokens = sentence.tokens
    word = _at(tokens, index)
    if word == "it":
        return it_track(ctx, sentence, tokens[index].start)
    if word in ("that", "the", "this") and _at(tokens, index + 1) in SONG_WORDS:
        track = known_track(ctx, sentence.norm[: tokens[index].start])
        if track is not None:
            return track
        subject = ctx.last()
        return (
            ctx.tracks[match_key(subject[0])]
            if subject and subject[1] == "track"
            else None
        )
    quoted = next(
        (quote for quote in sentence.quotes if quote[1] == tokens[index].start), None
    )
    return known_track(ctx, quoted[0]) if quoted else None
