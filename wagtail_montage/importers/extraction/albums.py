"""Albums: a title with "Soundtrack" or "Album", its label and release date."""

import re

from django.utils.translation import gettext as _

from ..prose import (
    find_date,
    iso_partial_date,
    match_key,
)
from .album_bare_names import not_an_album
from .album_bracketed_names import bracketed_span
from .album_called_after import called_album_after
from .album_called_before import called_album_before
from .album_came_from import song_of_the_album
from .album_chart_subjects import charted_other
from .album_field_labels import soundtrack_field
from .album_generic import named_start
from .album_mentions import soundtrack_mentioned, titled_album_in
from .album_owned_nouns import owned_album_noun
from .album_relative_appositions import italic_then_words, relative_apposed
from .album_sentence_titles import sentence_cased_prose
from .album_soundtrack_charts import soundtrack_on_chart
from .album_spoken import spoken
from .album_word_positions import word_position
from .album_words import (
    ALBUM_AFTER_RE,
    ALBUMS_CHART_WORDS_RE,
    CALLED_RE,
    EDITION_TITLE_RE,
    FOREIGN_SOUNDTRACK_RE,
    LISTED_ON_RE,
    OWNED_ALBUM_RE,
    RECORD_OF_MUSIC_RE,
    RECORD_WORD_RE,
    SCORE_TITLE_RE,
    SONG_OF_ALBUM_BEFORE_RE,
    SOUNDTRACK_TO_RE,
    WENT_RE,
    apposed_record,
    song_of_album_before,
)
from .discourse import anaphor, untitled_soundtrack
from .elsewhere import title_elsewhere
from .lexicon import MONTH_NAMES, OPEN, STOP_STARTS, TITLE_CONNECTORS
from .patterns import (
    ALBUM_APPOSITION_RE,
    ALBUM_BEFORE_RE,
    ALBUM_CHARTS,
    ALBUM_TRACKS_RE,
    ALBUM_WORDS_RE,
    CHARTS,
    LABEL_WORDS,
    LEVEL_RE,
    ON_ALBUM_RE,
    POSITION_RE,
    RELEASED_YEAR_RE,
)
from .sentences import clean_title, run_backward, run_forward, skip_stop_starts
from .track_cues import really_quoted

RELEASE_VERB_RE = re.compile(
    r"\b(?:released|issued|came out|put out|appeared|sold|went|was certified)\b"
)
# "the soundtrack", "a soundtrack album", "the film's soundtrack LP"; not "the
# soundtrack to the montage", which is music, not a record.
SOUNDTRACK_RE = re.compile(
    r"(?:\b(?:the|a|its|their|the\sfilm's)|(?:\w|\ue001)'s)\s(?:original\s)?soundtrack"
    r"(?:\salbum|\sLP|\srecord)?\b(?!\s(?:to|of|for|is\sgreat)\b)",
    re.IGNORECASE,
)
# Before "the record, X,": a noun the record only qualifies, which X names. "The
# producer on the record, ", "the best song on the album, ".
# Not "Both are on the soundtrack, X,": no noun before the preposition.
APPOSITION_OF_OTHER_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s(?!only\b|also\b)[a-z-]{2,20}"
    r"\s(?:on|of|for|behind)\s$"
)
# "For the record, “X” ...": an aside, not a record named.
FOR_THE_RECORD_RE = re.compile(r"\b[Ff]or\sthe\srecord\W{0,3}$")
LP_ON_LABEL_RE = re.compile(r"^The\s(?:LP|album)\b(?!,)")
UNTITLED_RE = re.compile(
    r"\b(?:no\s(?:[a-z-]{2,15}\s)?title|untitled|never given a (?:proper )?title|without a title"
    r"|no name of its own|a title of its own)\b",
    re.IGNORECASE,
)


def albums_of(ctx, sentence):
    found = titled_albums(ctx, sentence)
    for title, start, end in found:
        ctx.offset = start
        album = ctx.album(sentence, title)
        album_details(ctx, sentence, album, end)
        album_tracks(ctx, sentence, album, start)
    if found or untitled_album(ctx, sentence):
        return
    norm = sentence.norm
    if re.search(r"\b(?:soundtrack|album)\b", norm, re.IGNORECASE):
        label = label_in(ctx, sentence, 0)
        if label and (find_date(norm) or RELEASED_YEAR_RE.search(norm)):
            ctx.suggest(
                _("An album on %(label)s, but its title is not named")
                % {"label": label},
                sentence,
            )


def untitled_album(ctx, sentence):
    """The album named before ("It was released by ..."), or the film's untitled
    soundtrack described or mentioned."""
    return (
        released_album(ctx, sentence)
        or untitled_soundtrack_described(ctx, sentence)
        or soundtrack_mentioned(ctx, sentence, _album_of_film)
        # "the album climbed to No. 4 on Billboard's Soundtracks chart"
        or soundtrack_on_chart(ctx, sentence, _album_of_film)
    )


def titled_albums(ctx, sentence):
    """``(title, start, end)`` of the albums the sentence names with a title."""
    norm, tokens = sentence.norm, sentence.tokens
    found = []
    for text, start, end in sentence.quotes:
        title = clean_title(text)
        if (
            title
            and not spoken(title)
            and not sentence_cased_prose(title)  # a quoted question, not a title
            and (
                _album_of_film(sentence, title, start, end)
                or _on_albums_chart(ctx, sentence, title, start, end)
                or _edition_of_film(ctx, title)
                # "<i>X</i>, the record was called"
                or called_album_after(norm, end, really_quoted(ctx, sentence, title))
                # "on an album called <i>X</i>"
                or called_album_before(norm, start, really_quoted(ctx, sentence, title))
            )
        ):
            found.append((title, start, end))
    found += owned_unquoted(ctx, sentence)
    found += relative_apposed(sentence)  # "The LP that followed, X, reached"
    for index, token in enumerate(tokens):
        if token.text != "Soundtrack" or sentence.inside_quote(token.start):
            continue
        begin = run_backward(tokens, index, TITLE_CONNECTORS, max_words=10)
        if begin is None:
            continue
        begin = skip_stop_starts(tokens, begin, index + 1)
        if tokens[begin].text == ":":
            begin += 1
        if soundtrack_field(ctx, tokens, begin, index):
            continue  # "Style: Soundtrack, Soft Rock", "Best Soundtrack Album: X"
        bracketed = bracketed_span(tokens, begin, index, TITLE_CONNECTORS)
        if bracketed:  # "X (Original Soundtrack)"
            found.append((sentence.span(*bracketed), token.start, token.end))
            continue
        begin = named_start(tokens, begin, index, TITLE_CONNECTORS)  # "X - Original"
        if begin is not None and index + 1 - begin >= 2:
            found.append((sentence.span(begin, index + 1), token.start, token.end))
    for match in ALBUM_APPOSITION_RE.finditer(norm):
        # "The soundtrack album, River Kings, was released ...": a title between commas.
        close = norm.find(",", match.end(), match.end() + 160)
        title = clean_title(sentence.orig[match.end() : close]) if close > 0 else ""
        if APPOSITION_OF_OTHER_RE.search(
            norm[max(0, match.start() - 40) : match.start()]
        ) or FOR_THE_RECORD_RE.search(norm[: match.end()]):
            continue  # "The producer on the record, A B,": the producer's name
        if SONG_OF_ALBUM_BEFORE_RE.search(
            norm[max(0, match.start() - 50) : match.start()]
        ):
            continue  # "Another single from the album, “X”,": the single's title
        title, close = _whole_quote(sentence, match.end(), title, close)
        if title and not sentence.inside_quote(match.end()):
            found.append((title, match.end(), close))
    return found


def _whole_quote(sentence, offset, title, close):
    """The apposition's ``(title, close)``: the quote opening at ``offset`` when the
    comma falls inside it ("the album, <i>X, Y</i>,") or only lowercase words follow
    it ("called <i>X</i> after the film,"); else ``title`` and ``close``."""
    whole = _quote_at(sentence, offset)
    if whole and (
        0 < close < whole[2] or italic_then_words(sentence.norm, whole[2], close)
    ):
        return clean_title(whole[0]), whole[2]
    return title, close


def _quote_at(sentence, offset):
    """The quote ``(text, start, end)`` that opens at ``offset``, or None."""
    return next((quote for quote in sentence.quotes if quote[1] == offset), None)


def _edition_of_film(ctx, title):
    """ "<i>X (Original Score)</i>", "<i>X: The Complete Recordings</i>" when X is
    the post's film."""
    if SCORE_TITLE_RE.search(title):
        return True
    edition = EDITION_TITLE_RE.match(title)
    return bool(edition) and match_key(edition.group(1)) == ctx.film_key


def _on_albums_chart(ctx, sentence, title, start, end):
    """ "<i>X</i>, the comp that came out, scraped in at No. 88 on the Billboard
    200": a title in italics (not in quotation marks, a song's) the post has not
    made a track, placed in its own clause on a chart of albums only."""
    key = match_key(title)
    if key in ctx.tracks or key == ctx.film_key or really_quoted(ctx, sentence, title):
        return False
    clause = re.split(r"[;\u201c\ue000]", sentence.norm[end : end + 120])[0]
    charts = {chart for pattern, chart in CHARTS if pattern.search(clause)}
    return bool(
        (POSITION_RE.search(clause) or word_position(clause))  # "to twenty-seven"
        and (charts & ALBUM_CHARTS or ALBUMS_CHART_WORDS_RE.search(clause))
        and not charts - ALBUM_CHARTS
        and not title_elsewhere(sentence.norm, start, end)
        # not "the closing number, <i>X</i>, and the album got to No. 4"
        and not charted_other(sentence.norm[max(0, start - 40) : start], clause)
    )


def _album_of_film(sentence, title, start, end):
    """An album named, unless the sentence says it is not in the film: "Ann Roe's
    own album <i>X</i> charted, but it isn't in the film"."""
    return _named_album(sentence, title, start, end) and not title_elsewhere(
        sentence.norm, start, end
    )


# Just before a title: the album a song comes from. "The album it comes from, “X”",
# "the LP that the single was on: “X”", "The album it's on, <i>X</i>", "the record
# the song appears on, “X”", "the LP it was taken from: <i>X</i>".
ALBUM_IT_IS_ON_RE = re.compile(
    r"\b(?:the|its|their|his|her)\s(?:soundtrack\salbum|soundtrack|album|LP|record)\s"
    r"(?:(?:that|which)\s)?(?:it|they|the\s(?:song|single|track|theme))"
    r"(?:['\u2019]s\s|['\u2019]re\s|\s(?:comes|come|came|is|was|are|were"
    r"|appears|appeared|sits|sat|features|featured|turns\sup|turned\sup"
    r"|(?:is|was)\s(?:taken|lifted|pulled))\s)(?:from|on)\W{0,3}$",
    re.IGNORECASE,
)


def _named_album(sentence, title, start, end):
    """Whether the quoted title is an album's: "Soundtrack" in it, "the album “X”",
    "Ann Roe's album <i>X</i>", "<i>X</i>, the soundtrack album,", "which B
    Records put out as <i>X</i>"; not "on the record: “X”", a song on it."""
    norm = sentence.norm
    before = norm[max(0, start - 40) : start]
    if (
        LISTED_ON_RE.search(before) and not apposed_record(before, norm[end : end + 20])
    ) or FOR_THE_RECORD_RE.search(before):
        return False
    if song_of_album_before(norm[max(0, start - 80) : start]):
        return False  # "Another single from the album, “X”,": the single
    if song_of_the_album(norm, end):
        return False  # "the album “X” came from, “Y”": X is the song
    return bool(
        ALBUM_WORDS_RE.search(title)
        or FOREIGN_SOUNDTRACK_RE.search(title)
        or RECORD_OF_MUSIC_RE.search(norm[max(0, start - 90) : start])
        or ALBUM_BEFORE_RE.search(before)
        or ALBUM_IT_IS_ON_RE.search(norm[max(0, start - 60) : start])
        or OWNED_ALBUM_RE.search(before)
        or ALBUM_AFTER_RE.match(norm[end : end + 50])
        or SOUNDTRACK_TO_RE.match(norm[end : end + 80])
        or (CALLED_RE.search(before) and RECORD_WORD_RE.search(norm[:start]))
        or owned_album_noun(norm, start, end)  # "“X”, the band's second LP"
    )


def owned_unquoted(ctx, sentence):
    """An album's title in capitals after whose album it is: "It's on Jet Roe's
    album Boulevard Beats", "his album Whiskey and Gasoline"."""
    tokens, found = sentence.tokens, []
    for index, token in enumerate(tokens[:-1]):
        if token.text not in ("album", "LP") or sentence.inside_quote(token.start):
            continue
        start = index + 1
        if not OWNED_ALBUM_RE.search(sentence.norm[: tokens[start].start]):
            continue
        if sentence.inside_quote(tokens[start].start) or tokens[start].text == OPEN:
            continue
        end = run_forward(tokens, start, TITLE_CONNECTORS - {":"}, max_words=8)
        title = clean_title(sentence.span(start, end)) if end else ""
        if (
            title
            and tokens[start].text[:1].isupper()  # not "certified the album 3x"
            and tokens[start].text not in STOP_STARTS
            and not LEVEL_RE.match(title)  # "the album Platinum"
            and not not_an_album(tokens, start, end)  # "the album A Records put out"
        ):
            found.append((title, tokens[start].start, tokens[end - 1].end))
    return found


def untitled_soundtrack_described(ctx, sentence):
    """ "The soundtrack album came out on Blue Fern Records", "the soundtrack had no
    title beyond the film's name, and it sold ...": the film's soundtrack, when the post
    names no album and says what became of this one (a label, a release, a chart, a
    certification or its want of a title)."""
    norm = sentence.norm
    match = SOUNDTRACK_RE.search(norm)
    if not match and LP_ON_LABEL_RE.match(norm) and label_in(ctx, sentence, 0):
        match = LP_ON_LABEL_RE.match(norm)  # "The LP is on Lochside Records (LSR 7)."
    if not match or ctx.albums or sentence.inside_quote(match.end() - 1):
        return False  # not "<i>The Soundtrack</i>"; "<i>X</i>'s soundtrack" is
    if titled_album_in(ctx, _album_of_film):
        return False  # "its soundtrack did not", then "<i>X</i>, the soundtrack album"
    if not (
        UNTITLED_RE.search(norm)
        or _released(norm)
        or label_in(ctx, sentence, match.end())
        or LEVEL_RE.search(norm)
        or POSITION_RE.search(norm)
    ):
        return False
    subject = untitled_soundtrack(ctx, sentence)
    if subject is None:
        return False
    ctx.offset = match.start()
    album_details(ctx, sentence, ctx.albums[match_key(subject[0])], match.end())
    return True


def _released(norm):
    """A verb of release, but not "went faster than most"."""
    return any(
        not (match.group(0) == "went" and WENT_RE.match(norm, match.start()))
        for match in RELEASE_VERB_RE.finditer(norm)
    )


def released_album(ctx, sentence):
    """ "It was released by Big Top Records on the fourteenth of June, 1984": the
    label and date of the album named before."""
    match = RELEASE_VERB_RE.search(sentence.norm)
    if not match:
        return False
    verb = sentence.index_at(match.start())
    subject = anaphor(ctx, sentence, max(0, verb - 6), verb)
    if subject is None or subject[1] != "album":
        return False
    album_details(ctx, sentence, ctx.albums[match_key(subject[0])], match.start())
    return True


def label_in(ctx, sentence, offset):
    tokens = sentence.tokens
    first = sentence.index_at(offset)
    for index in range(first, min(len(tokens) - 1, first + 80)):
        if tokens[index].text.lower() not in ("by", "on", "through", "via", "from"):
            continue
        start = index + 1
        if tokens[start].text[:1].isdigit() or tokens[start].text in MONTH_NAMES:
            continue
        end = run_forward(tokens, start, {"&", "of", "the"}, max_words=6)
        if end is None:
            continue
        words = [token.text for token in tokens[start:end]]
        released = (
            "released"
            in sentence.norm[
                max(0, tokens[index].start - 60) : tokens[index].start
            ].lower()
        )
        if words[-1] in LABEL_WORDS or (released and tokens[index].text == "by"):
            return sentence.span(start, end)
    return ""


def album_details(ctx, sentence, album, offset):
    rest = sentence.norm[offset : offset + 200]
    if not album["release_date"]:
        found = find_date(rest)
        if found:
            album["release_date"] = iso_partial_date(*found)
        else:
            match = RELEASED_YEAR_RE.search(rest)
            if match:
                album["release_date"] = match.group(1)
    if not album["record_label"]:
        album["record_label"] = label_in(ctx, sentence, offset)


def album_tracks(ctx, sentence, album, offset):
    before = sentence.norm[max(0, offset - 120) : offset]
    match = ALBUM_TRACKS_RE.search(before)
    if not match or not ON_ALBUM_RE.search(before[match.end() :]):
        return
    counts = {"both": 2, "the two": 2, "the three": 3, "the four": 4}
    count = counts.get(match.group(1).lower(), 10)
    for key, _paragraph in ctx.track_order[-count:]:
        if not ctx.tracks[key]["album_title"]:
            ctx.tracks[key]["album_title"] = album["title"]
