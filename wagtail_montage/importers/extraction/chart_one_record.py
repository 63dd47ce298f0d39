"""The post's one record for a chart fact no rule could give a subject.

A position or a certification is often written with no subject at all, or with one
the discourse memory cannot place: a verbless list after a lead line ("What the
single did: / No. 5 on the Hot 100 / Gold from the RIAA"), a line of a fact file
("Single: gold in Germany (BVMI)"), a clause after a magazine quoted in between
("... or so they told “Smash Hits”. // UK Singles Chart: No. 7"), a speaker's answer
("MK: Ninth place on the UK chart"). When the post has named exactly one record of
the kind the fact is about (a track for a singles chart or "the single", an album
for an albums chart or "the LP"; either, when the post has only one), and the track
has credits, that record is the subject; unless the sentence could be about another
one: it quotes another title, names another record ("their next single", "the
drummer's single", "X covered it"), denies or asks ("nothing went gold", "How high
did it get?"), reports a claim, has an "it" the discourse turned down ("Ann Vale
loved it, and it ..."), or this paragraph or the one just read quoted another title.
"""

from ..prose import match_key
from .chart_clauses import another_between
from .chart_names import chart_fits, chart_in
from .chart_own_names import harmless_names
from .chart_speech import spoken
from .context import record_subject
from .discourse import ALBUM_NOUNS, AMBIGUOUS, IT, TRACK_NOUNS, pronoun_clear

# Words that make a sentence about no record, or another one, or a claim.
DENIALS = frozenset(
    {"no", "not", "never", "nothing", "nowhere", "without", "neither", "nor", "none"}
)
OTHERS = frozenset(
    {
        "another",
        "other",
        "next",
        "later",
        "earlier",
        "previous",
        "follow-up",
        "b-side",
        "flip",
        "theme",
        "both",
        "each",
        "cover",
        "covered",
        "version",
        "remix",
        "recorded",
        "too",
        "solo",
        "flip-side",
    }
)
CLAIMS = frozenset(
    {"said", "says", "say", "claim", "claims", "claimed", "rumour", "rumor", "wrong"}
)
RECORD_WORDS = TRACK_NOUNS | ALBUM_NOUNS
# Nouns of an album that the discourse module's lists leave out.
MORE_ALBUM_NOUNS = frozenset({"cd", "lp", "albums", "soundtracks"})


def one_record(ctx, sentence, after=""):
    """(title, kind, artist) of the post's one record that a subjectless chart fact
    in ``sentence`` (its chart named in ``after``, if at all) must be about; else
    None."""
    words = [token.text.lower() for token in sentence.tokens]
    if not words or sentence.norm.rstrip().endswith("?"):
        return None
    if _other_record(ctx, sentence, words) or _it_past_a_name(ctx, sentence):
        return None
    kind = _kind(words, after)
    if kind is None:  # no noun, no chart: the post's one record of either kind
        kind = "track" if not ctx.albums else "album" if not ctx.tracks else ""
    if kind == "track" and len(ctx.tracks) == 1:
        track = next(iter(ctx.tracks.values()))
        if not (track["performers"] or track["composers"]):
            return None  # a title nothing credits: maybe not a song at all
        subject = record_subject("track", track)
    elif kind == "album" and len(ctx.albums) == 1:
        album = next(iter(ctx.albums.values()))
        subject = record_subject("album", album)
    else:
        return None
    key = match_key(subject[0])
    if any(
        match_key(text) != key and not spoken(text)
        for text, _start, _end in sentence.quotes
    ):
        return None  # "Their follow-up, “X”, hit number five": that one
    if _last_other(ctx, key) and (
        ctx.quoted_paragraph == sentence.paragraph or _just_quoted(ctx)
    ):
        return None  # "Her next single was “X”. It reached No. 9": maybe X
    return subject


def _other_record(ctx, sentence, words):
    """Whether the sentence denies, asks, reports a claim or names another record."""
    return bool(
        DENIALS & set(words)
        or OTHERS & set(words)
        or CLAIMS & set(words)
        or any(word.endswith("n't") for word in words)
        or another_between(sentence, 0, len(words))
        or _owned_record(sentence)
    )


def _owned_record(sentence):
    """Whether a record noun has an owner of its own: "the drummer's single"."""
    tokens = sentence.tokens
    return any(
        token.text.lower() in RECORD_WORDS
        and any(before.possessive for before in tokens[max(0, at - 2) : at])
        for at, token in enumerate(tokens)
    )


def _kind(words, after):
    """ "track" or "album": what the chart named can hold, else what the sentence's
    nouns say; None when both kinds are named ("the LP ..., the single ...")."""
    chart = chart_in(after[:100].split(";")[0]) if after else None
    if chart:
        track, album = chart_fits("track", *chart), chart_fits("album", *chart)
        if track != album:
            return "track" if track else "album"
    albums = (ALBUM_NOUNS | MORE_ALBUM_NOUNS) & set(words)
    tracks = TRACK_NOUNS & set(words)
    if albums and tracks:
        return ""
    if albums or tracks:
        return "album" if albums else "track"
    return None


def _just_quoted(ctx):
    """Whether the paragraph read last quoted a title, with no heading since."""
    previous, heading = ctx.previous, ctx.heading
    if previous is None or ctx.quoted_paragraph != previous.paragraph:
        return False
    return heading is None or heading.paragraph < previous.paragraph


def _last_other(ctx, key):
    """Whether the title the memory holds last is another record's."""
    return (
        bool(ctx.recent) and ctx.recent[-1][0] == "other" and ctx.recent[-1][1] != key
    )


def _it_past_a_name(ctx, sentence):
    """Whether an "it" of the sentence may mean something else: it comes after a
    name that may be another singer's or record's ("Ann Vale loved it, and it got to
    No. 14"), or the memory holds two things it may mean ("The movie was a hit. It
    ..."). The discourse turned it down, and so does this."""
    people = [
        name.casefold()
        for track in ctx.tracks.values()
        for name in track["performers"] + track["composers"]
    ]
    its = [
        at
        for at, token in enumerate(sentence.tokens)
        if token.text.lower() in IT and not sentence.inside_quote(token.start)
    ]
    if its and ctx.recent and ctx.recent[-1] == ("other", AMBIGUOUS):
        return True  # "The movie was a hit. It reached No. 1": the film, maybe
    return any(
        not pronoun_clear(sentence, at) and not harmless_names(sentence, at, people)
        for at in its
    )
