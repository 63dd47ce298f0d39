"""Credits in a noun phrase: "it is a Ted Vale composition", "“X”, a Vale original",
"the song's writer, A", "The songwriter was A", "“X” is A singing a B song",
"That's the Slats playing", "The song is credited to A and B"."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key
from .context import track_value
from .credit_act_with import acts_with
from .credit_appositions import COMPANY_WORDS
from .credit_counted_lists import counted_lists
from .credit_epithets import epithet_credits
from .credit_name_hits import name_hits
from .credit_name_songs import name_songs
from .credit_own_songs import own_songs
from .credit_singing_titles import singing_titles
from .credit_song_from_acts import songs_from_acts
from .credit_subjects import PERFORMED, WROTE
from .credit_tracks import it_track
from .credit_words import NAME_BREAKS, SONG_NOUNS
from .credit_writing_credits import writing_credits
from .lexicon import NAME_CONNECTORS, STOP_STARTS
from .sentences import add_unique, clean_title, names_span, run_forward

# After "a <Name>": a song the name wrote ("a Ted Vale composition").
WORK_NOUNS = frozenset({"composition", "original", "co-write", "co-composition"})
# "its composer, A", "The writer was A": the role of the name.
WRITER_NOUNS = frozenset(
    {"composer", "writer", "songwriter", "lyricist", "co-writer", "co-composer"}
)
SINGER_NOUNS = frozenset({"singer", "vocalist"})
# Writers of a song alone, never of a film: "The songwriter was A".
SONG_WRITERS = frozenset({"songwriter", "lyricist", "co-writer"})
# Verbs whose "it" is a song: "sang it", "sing it", "wrote it".
SONG_VERBS = WROTE | PERFORMED | {"sing", "write", "record"}
SONG_OWNERS = frozenset({"song's", "track's", "tune's", "single's"})


# Words in "a ... song by A" that make it another song than the one named: "a cover
# of a song by A", "a remake of the number by A".
NOT_EPITHETS = NAME_BREAKS | {"a", "an", "the", "cover", "version", "remake", "rip-off"}
# What a performer is seen doing: "“X” is A singing", "That's the B playing".
DOING = frozenset({"singing", "playing", "performing"})
# A title's clause before such a performer: "“X” is", "That's", "It's".
BE_WORDS = frozenset({"is", "was", "that's", "it's", "that\u2019s", "it\u2019s"})
# "The song is credited to A and B": the writing credit.
CREDITED_RE = re.compile(
    r"(?:\b(?:the song|the track|the tune|the single)|[\u201d\"'\ue001],?)\s?(?:is|was)"
    r"\s(?:co-)?"
    r"credited\sto\s",
    re.IGNORECASE,
)


def noun_credits(ctx, sentence, known_track):
    """Credit the people these phrases name. ``known_track(ctx, text)``: the track
    named last in ``text``."""
    tokens = sentence.tokens
    for index, token in enumerate(tokens):
        word = token.text.lower()
        if word in ("a", "an"):
            _work_of(ctx, sentence, index, known_track)
            _song_by(ctx, sentence, index, known_track)
        elif word in WRITER_NOUNS or word in SINGER_NOUNS:
            _role_of(ctx, sentence, index, known_track)
        elif word in DOING and token.text.islower() and _no_part(tokens, index):
            _seen_doing(ctx, sentence, index, known_track)
    for match in CREDITED_RE.finditer(sentence.norm):
        _credited_to(ctx, sentence, match, known_track)
    for match in CREDITED_ACT_RE.finditer(sentence.norm):
        _credited_act(ctx, sentence, match, known_track)
    for match in CREDITED_AFTER_RE.finditer(sentence.norm):
        _credited_after(ctx, sentence, match, known_track)
    name_songs(ctx, sentence, _defer)  # "“X”, a A and B song", "another A tune"
    singing_titles(ctx, sentence)  # "A singing “X”"
    counted_lists(ctx, sentence)  # "written by three people: A; B; and C"
    own_songs(ctx, sentence)  # "A's own instrumental “X”", "“X”, A: her own song"
    epithet_credits(ctx, sentence, _defer)  # "“X”, a ragged, fiddly thing by A"
    writing_credits(ctx, sentence)  # "the writing credit is hers alone"
    songs_from_acts(ctx, sentence, known_track)  # "“X”, a single from the band A"
    acts_with(ctx, sentence)  # "First the Bs with “X”"
    name_hits(ctx, sentence, _defer)  # "“X”, the A hit"


# "played by the Bs and credited to A", "performed by B but credited to its
# guitarist, A": after the performer, the credit is the writing credit.
CREDITED_AFTER_RE = re.compile(
    r"\b(?:performed|played|sung|recorded)\sby\s[^.;:()\ue000\ue001]{2,60}?,?\s"
    r"(?:and|but)\s(?:(?:is|was)\s)?(?:co-)?credited\sto\s"
)


def _credited_after(ctx, sentence, match, known_track):
    """Credit the writers a title is credited to after its performer."""
    names, end = names_span(sentence, sentence.index_at(match.end()), limit=3)
    after = sentence.tokens[end].text if end < len(sentence.tokens) else ""
    if not names or after not in ("", ".", ",", ";", "(", "\u2014"):
        return
    if any(name.split()[-1] in COMPANY_WORDS for name in names):
        return  # "credited to Polar Records": the label
    track = known_track(ctx, sentence.norm[: match.start()])
    if track is not None:
        add_unique(track["composers"], names)


# "“X”, credited to A &amp; the Bs" (or "& The Bs"): a title's credit to a band is its
# performer.
ACT_NAME_RE = re.compile(r"\s(?:&|and)\s[Tt]he\s[A-Z]")
CREDITED_ACT_RE = re.compile(r"[\ue001\u201d\"'],?\s(?:is\s|was\s)?credited\sto\s")


# After the name credited: who wrote it, said apart ("credited to A and written by
# B"): the credit is the performer's.
WRITTEN_APART_RE = re.compile(
    r",?\s(?:and|but)\s(?:(?:was|is)\s)?(?:co-)?(?:written|composed|penned)\s"
    r"(?:[a-z]+\s){0,2}?by\s"
)


def _credited_act(ctx, sentence, match, known_track):
    """ "“X”, credited to Ann Ray &amp; the Rays", "“X”, credited to Ann Ray and
    written by Bo Lee": the act performs it (a credit to people is read as writing,
    by ``_credited_to``)."""
    names, end = names_span(sentence, sentence.index_at(match.end()), limit=1)
    if len(names) != 1:
        return
    after = sentence.norm[sentence.tokens[end - 1].end :] if end else ""
    if not (ACT_NAME_RE.search(names[0]) or WRITTEN_APART_RE.match(after)):
        return
    track = known_track(ctx, sentence.norm[: match.end()])
    if track is not None:
        add_unique(track["performers"], names)


def _no_part(tokens, index):
    """Whether "playing" at ``index`` plays no part ("A playing the sheriff") nor
    game: nothing after it but a song's place ("That's A playing, and ...")."""
    after = _at(tokens, index + 1)
    if tokens[index].text == "singing" or not after[:1].isalpha():
        return True
    return after in ("it", "over", "under", "on", "in", "at", "during", "behind")


def _seen_doing(ctx, sentence, index, known_track):
    """ "“X” is A singing", "That's the B playing", "... singing a C song"."""
    tokens = sentence.tokens
    start = index
    while (
        start > 0
        and tokens[start - 1].text.lower() not in BE_WORDS
        and (tokens[start - 1].cap or _at(tokens, start - 1) in ("the", "&", "and"))
    ):
        start -= 1
    if start == index or start == 0 or tokens[start - 1].text.lower() not in BE_WORDS:
        return
    names = names_span(sentence, start, limit=3)[0]
    if not names:
        return
    writers = []
    after = index + 1  # "singing a C song", "singing another C song": C wrote it
    if _at(tokens, after) in ("a", "an", "another"):
        end = run_forward(tokens, after + 1, NAME_CONNECTORS, max_words=4)
        if end is not None and _at(tokens, end) in ("song", "number", "tune"):
            writers = [sentence.span(after + 1, end)]
    offset = tokens[start - 1].start
    track = known_track(ctx, sentence.norm[:offset])
    if track is None and (start - 1 <= 1 or _at(tokens, start - 2) in (":", ";")):
        track = ctx.last_track()  # "That's A singing.", "For the record: that's A"
    if track is None:
        _defer(ctx, sentence, offset, writers, names)
        return
    add_unique(track["performers"], names)
    add_unique(track["composers"], writers)


def _defer(ctx, sentence, offset, composers, performers):
    """A credit of a title quoted before ``offset`` that is no track yet: a
    suggestion, whose credits go with the track if a later rule makes one."""
    quoted = next(iter(sentence.quotes_within(0, offset)), None)
    if quoted is None:
        return
    title = clean_title(quoted[0])
    if not title or ctx.is_album_title(title) or match_key(title) == ctx.film_key:
        return
    ctx.suggest(
        _("Possible track “%(title)s”") % {"title": title},
        sentence,
        "track",
        {**track_value(title), "composers": composers, "performers": performers},
    )


def _credited_to(ctx, sentence, match, known_track):
    """ "The song is credited to A and B", "It is credited to both halves of the
    act, A and B"."""
    tokens = sentence.tokens
    index = sentence.index_at(match.end())
    names, stop = names_span(sentence, index, limit=4)
    after = sentence.norm[tokens[stop - 1].end :] if names and stop else ""
    role = "performers" if ACT_APPOSITION_RE.match(after) else "composers"
    if not names:
        comma = next(
            (
                ahead
                for ahead in range(index, min(len(tokens), index + 8))
                if tokens[ahead].text == ","
            ),
            None,
        )
        if comma is None:
            return
        names = names_span(sentence, comma + 1, limit=4)[0]
    # "credited to A & the Bs": a band, its performer (see _credited_act)
    names = [name for name in names if not ACT_NAME_RE.search(name)]
    if role == "composers" and not _writers_credited(sentence, match, names):
        return
    track = known_track(ctx, sentence.norm[: match.end()])
    if track is None and sentence.index_at(match.start()) <= 1:
        track = ctx.last_track()
    if track is not None:
        add_unique(track[role], names)


WRITING_RE = re.compile(r"\b(?:co-)?(?:wrote|written|writing|writers?|songwriters?)\b")


def _writers_credited(sentence, match, names):
    """Whether a credit is the writers': "The song is credited to A", a title
    credited to two or more names, or to one in a sentence that speaks of writing
    ("“X” was credited to A, who co-wrote it with B"); a title credited to one name
    alone may be the artist on the label."""
    if not match.group().startswith(("\ue001", "\u201d", '"', "'")):
        return True
    return len(names) > 1 or bool(WRITING_RE.search(sentence.norm))


# After a name credited: it is an act. "credited to Oblique Engine, the Leeds duo of
# A and B": the act performs it, and who wrote it is said apart.
ACT_APPOSITION_RE = re.compile(
    r"^,\s(?:the|a|an)\s(?:[\w'-]{1,20}\s){0,3}?(?:duo|band|group|trio|quartet|outfit"
    r"|combo|act)\b"
)


def _at(tokens, index):
    return tokens[index].text.lower() if index < len(tokens) else ""


def _work_of(ctx, sentence, index, known_track):
    """ "a Ted Vale composition": Ted Vale wrote the track named before it."""
    tokens = sentence.tokens
    start = index + 1
    if (
        start + 1 < len(tokens)
        and tokens[start].text.isalpha()
        and tokens[start].text.islower()
        and tokens[start + 1].cap
    ):
        start += 1  # "a breezier Vale original"
    if start >= len(tokens) or tokens[start].text in STOP_STARTS:
        return
    end = run_forward(tokens, start, NAME_CONNECTORS, max_words=4)
    if end is None or end >= len(tokens) or tokens[end].text.lower() not in WORK_NOUNS:
        return
    if any(not token.cap or token.possessive for token in tokens[start:end]):
        return
    track = known_track(ctx, sentence.norm[: tokens[index].start])
    if track is not None:
        add_unique(track["composers"], [sentence.span(start, end)])
    else:
        _defer(ctx, sentence, tokens[index].start, [sentence.span(start, end)], [])


def _song_by(ctx, sentence, index, known_track):
    """ "“X” is the other song, a slower electro number by A": A performs the track
    named before the apposition."""
    tokens = sentence.tokens
    if index == 0 or tokens[index - 1].text != ",":
        return
    for ahead in range(index + 1, min(len(tokens) - 2, index + 5)):
        token = tokens[ahead]
        if token.text in SONG_NOUNS and tokens[ahead + 1].text == "by":
            names = names_span(sentence, ahead + 2, limit=3)[0]
            track = known_track(ctx, sentence.norm[: tokens[index].start])
            if track is not None and names:
                add_unique(track["performers"], names)
            return
        if not token.text.islower() or not token.word or token.text in NOT_EPITHETS:
            return  # "a cover of a song by A": not the track's performer


def _role_of(ctx, sentence, index, known_track):
    """ "the song's composer, A", "the track's singer A", "The songwriter was A" (not
    "its composer", "The composer was A": maybe the film's)."""
    tokens = sentence.tokens
    word = tokens[index].text.lower()
    role = "performers" if word in SINGER_NOUNS else "composers"
    after = index + 1
    if (
        index > 1
        and tokens[index - 1].text.lower() in SONG_OWNERS
        and tokens[index - 2].text.lower() == "the"
    ):
        track = known_track(ctx, sentence.norm[: tokens[index].start])
        track = track or ctx.last_track()
        if after < len(tokens) and tokens[after].text == ",":
            after += 1
    elif _its_song(tokens, index):
        # "A sings it in the club scene, and its composer, B, plays the barman"
        track = it_track(ctx, sentence, tokens[_its_song(tokens, index)].start)
        if after < len(tokens) and tokens[after].text == ",":
            after += 1
    elif (
        index == 1
        and tokens[0].text == "The"
        and word in SONG_WRITERS
        and after < len(tokens)
        and tokens[after].text in ("is", "was")
    ):
        track, after = ctx.last_track(), after + 1
    elif _writer_of_song(tokens, index):
        track, after = ctx.last_track(), after + 1
    else:
        return
    names = names_span(sentence, after, limit=3)[0]
    if track is not None and names:
        add_unique(track[role], names)


def _writer_of_song(tokens, index):
    """ "That's A singing, and the writer is B", "The writer was B, who never sang
    it": "the writer is" opening a clause of a sentence that sings or writes "it"
    (a writer alone may be the film's)."""
    if not (
        tokens[index].text.lower() == "writer"
        and index > 0
        and tokens[index - 1].text.lower() == "the"
        and _at(tokens, index + 1) in ("is", "was")
        and (index == 1 or _at(tokens, index - 2) in ("and", ";", ":"))
    ):
        return False
    return any(
        token.text.lower() == "singing"
        or (token.text.lower() == "it" and _at(tokens, back - 1) in SONG_VERBS)
        for back, token in enumerate(tokens)
        if back > 0
    )


def _its_song(tokens, index):
    """The index of "it" when "its <role>" at ``index`` follows "sings it", "wrote
    it" in the same sentence (the song, not the film); else 0."""
    if index < 3 or tokens[index - 1].text.lower() != "its":
        return 0
    for back in range(index - 2, 0, -1):
        if tokens[back].text.lower() == "it" and tokens[back - 1].text.lower() in (
            WROTE | PERFORMED
        ):
            return back
        if tokens[back].text in (";", ":"):
            return 0
    return 0
