"""Tracks: a quoted (or italic) title "set to", "using ... as", with its credits."""

import re

from django.utils.translation import gettext as _

from ..prose import (
    match_key,
)
from .context import track_value
from .credit_words import (
    CREDIT_RE,
    CREDIT_SIGNAL_RE,
    FOR_THE_FILM_RE,
    NOT_SONGS_RE,
    NOT_THIS_FILM_RE,
    SONG_NOUNS,
    STRONG_CREDITS,
    VERSION_WORDS,
    acting_credit,
    credit_roles,
)
from .credit_words import MORE_POST_CUE_RE as MORE_POST_CUES
from .credit_words import MORE_PRE_CUE_RE as MORE_PRE_CUES
from .lexicon import NAME_CONNECTORS, OPEN, STOP_STARTS, TITLE_CONNECTORS
from .patterns import (
    BACKGROUND_RE,
    CLAUSE_SPLIT_RE,
    END_CREDITS_RE,
    POST_CUE_RE,
    PRE_CUE_RE,
)
from .sentences import (
    add_unique,
    clean_title,
    names_after_with,
    names_at,
    names_span,
    run_backward,
    run_forward,
    skip_stop_starts,
)
from .track_cues import (
    collection_title,
    doer_before,
    from_own_film,
    heard_apposition,
    heard_around,
    hit_for,
    made_after,
    named_no_song,
    other_work,
    really_quoted,
    record_has,
    runs_to_length,
    single_of_film,
    song_called,
    song_identified,
    title_song,
)
from .track_denials import denied_later, denied_within
from .track_elsewhere import not_in_film
from .track_intro import INTRODUCED, introduced_tracks
from .track_kept_lists import kept_list
from .track_languages import foreign_song_before
from .track_lists import confirm_listed, denied_next, doubt, note_list, part_of_list
from .track_own_possessives import past_own
from .track_owners import named_owner, singer_named
from .track_pick_lists import picks_list
from .track_plain_mentions import plain_mention
from .track_ranked import ranked_entry
from .track_release_rows import release_row
from .track_second_songs import second_song
from .track_soundtrack_entries import soundtrack_entry
from .track_structure import full_stop_title, heading_song, title_then_called
from .track_translations import drop_translations
from .track_words import (
    BY_NAME_RE,
    DESCRIBED_HEARD_RE,
    MORE_SIGNAL_RE,
    SONG_CONTEXT_RE,
    SONG_SAID_RE,
    SUNG_SIGNAL_RE,
    TIME_WORDS,
    YEAR_BRACKET_RE,
)

BRACKET_RE = re.compile(r"\W{0,3}\(")
# "sung and co-written by her": the one performer named with the title.
OBJECT_PRONOUNS = frozenset({"her", "him", "them"})
PRONOUN = "\ue010"


# Just before "played by": the title's song, played ("“X” is the reel, played by A").
SONG_NOUN_BEFORE_RE = re.compile(
    r"\b(?:tune|song|number|ballad|theme|anthem|instrumental|waltz|reel|jig|march)"
    r"\W{0,3}$",
    re.IGNORECASE,
)

# Just before a quoted title: the song named after the film ("The title song,
# “X”, is by A", "the title track “X”").
TITLE_SONG_RE = re.compile(
    r"\btitle[- ](?:song|track|tune|theme|number|ballad)\W{0,3}(?:is\s|was\s)?\W{0,2}$",
    re.IGNORECASE,
)


PRONOUNS = frozenset(
    {"It", "That", "This", "There", "Here", "What", "Who", "He", "She"}
)
# A title after "from" is the film or record a song comes from.
FROM_WORK_RE = re.compile(
    r"\b(?:from|off)\s(?:the\s)?(?:(?:film|movie|picture)\s)?\W?$", re.IGNORECASE
)


def _quoted_candidates(ctx, sentence):
    candidates = []
    for text, start, end in sentence.quotes:
        title = clean_title(text) or full_stop_title(sentence, text, start)
        if (
            not title
            or ctx.is_album_title(title)
            or other_work(sentence.norm, start, end)
        ):
            continue  # "the novel “X”", "the poster's slogan, “X”"
        if FROM_WORK_RE.search(sentence.norm[max(0, start - 20) : start]):
            continue  # "the duet from <i>Sweet Hollow Road</i>": the film, not the song
        if (
            match_key(title) != ctx.film_key
            or TITLE_SONG_RE.search(sentence.norm[max(0, start - 30) : start])
            or title_song(ctx, sentence, title, end)
        ):
            candidates.append((title, start, end, True))
    return candidates


def _credits_after(sentence, after, end):
    """``(composers, performers, strong)`` credited just after a title ending at
    ``end``; ``strong`` when a credit names the track for sure."""
    composers, performers, strong = [], [], False
    for match in CREDIT_RE.finditer(after):
        if match.start() > 100:
            break
        if match.start() > 3 and NOT_SONGS_RE.search(
            FOR_THE_FILM_RE.sub(" ", after[match.start() : match.end() + 60])
        ):
            continue  # "..., and it was written by the screenwriter A": no song's
        if acting_credit(match, sentence.norm) or (
            match.start() > 3
            and (match.group(2) or "").lower() == "played"
            and not SONG_NOUN_BEFORE_RE.search(after[: match.start()])
        ):
            continue  # "the sheriff, played by A": a part; not "the tune, played by A"
        index = sentence.index_at(end + match.end())
        names, stop = names_span(sentence, index)
        if not names:
            names, stop = pronoun_object(sentence, index), index + 1
        more = names_after_with(sentence, stop)  # "sung by A with B"
        roles = credit_roles(match)
        if "composers" in roles:
            composers += names + (more if not match.group(4) else [])
            strong = strong or (match.group(1) or "").lower() in STRONG_CREDITS
        if "performers" in roles:
            # "sung and co-written by A, with B": B only co-wrote it.
            performers += names + (more if not match.group(3) else [])
            strong = True
    return composers, performers, strong


def pronoun_object(sentence, index):
    """ "sung by her": a placeholder the track's one performer replaces."""
    tokens = sentence.tokens
    if index < len(tokens) and tokens[index].text.lower() in OBJECT_PRONOUNS:
        return [PRONOUN]
    return []


def _resolve_pronoun(names, performers):
    """The placeholder of "by her" as the one performer named with the title."""
    people = [name for name in performers if name != PRONOUN]
    names[:] = [
        person
        for name in names
        for person in (
            ([people[0]] if len(people) == 1 else []) if name == PRONOUN else [name]
        )
    ]


def _performers_by(sentence, end):
    """The names after "by" right after the title."""
    tokens = sentence.tokens
    index = sentence.index_at(end)
    if index < len(tokens) and tokens[index].text in ("playing", "plays"):
        index += 1  # "... “Stone to Sky” playing, by Marlow Finch"
    if index + 1 < len(tokens) and tokens[index].text == ",":
        index += 1
    if index + 1 < len(tokens) and tokens[index].text in ("is", "was", "also", "again"):
        index += 1  # "The second song, “X”, is by Y", "“X”, also by Y"
    if index < len(tokens) and tokens[index].text == "by":
        return names_at(sentence, index + 1, limit=3)
    if index and tokens[index - 1].text in ("is", "was"):
        return _owner(sentence, index) or singer_named(sentence, index)
    if index < len(tokens) and tokens[index].text == "(":
        return _names_in_brackets(sentence, index + 1)
    return _appositive_artist(sentence, index)


def _owner(sentence, index):
    """ "“X” is A's, ...", "“X” was A and B's.": the artist whose song the title
    is, a possessive that ends the clause."""
    tokens = sentence.tokens
    end = run_forward(tokens, index, NAME_CONNECTORS | {"and", "&"}, max_words=7)
    if (
        end is None
        or not tokens[end - 1].possessive
        or tokens[index].text in STOP_STARTS
        or (end < len(tokens) and tokens[end].word)
    ):
        return []
    owners = sentence.span(index, end)[:-2]
    return [name.strip() for name in re.split(r"\s(?:and|&)\s", owners) if name]


def _names_in_brackets(sentence, index):
    """ "“X” (Ida Crane)", "“X” (Moth Lantern, 1979)": the brackets name only the
    artist, no version ("(Live)", "(Extended Mix)") nor anything else."""
    tokens = sentence.tokens
    names, stop = names_span(sentence, index, limit=2)
    if len(names) > 1 and names[-1].isdigit():
        names.pop()  # "(A, 1979)": the year ends the brackets
    if (
        not names
        or stop >= len(tokens)
        or tokens[stop].text not in (")", ";")  # "(A; written by B)"
        or not tokens[index].text[:1].isalpha()
        or any(word.lower() in VERSION_WORDS for word in " ".join(names).split())
    ):
        return []
    return names


def _appositive_artist(sentence, index):
    """The artist of an apposition after the title: "“X”, a country-rock song by A",
    "“X”, the 1979 single by A", "“X”, a cover of B's ballad by A"; else []."""
    tokens = sentence.tokens
    if index >= len(tokens) or tokens[index].text.lower() not in ("a", "an", "the"):
        return []
    index += 1
    if index < len(tokens) and tokens[index].text.lower() == "cover":
        # "a cover of B's song by A": A sings it.
        for ahead in range(index + 1, min(len(tokens), index + 9)):
            if tokens[ahead].text == "by":
                return names_at(sentence, ahead + 1, limit=3)
            if tokens[ahead].text in (",", ";", "(", ")"):
                break
        return []
    start = index
    owner = named_owner(sentence, start)
    if owner:
        return owner
    for ahead in range(start, min(len(tokens), start + 4)):
        word = tokens[ahead].text
        if word.lower() in SONG_NOUNS and (ahead == start or not word[:1].isupper()):
            following = tokens[ahead + 1].text if ahead + 1 < len(tokens) else "."
            if following == "by":
                return names_at(sentence, ahead + 1 + 1, limit=3)
            return []  # not "a Motown single", "a Cold War anthem": no artist
        if not (word.islower() or word.isdigit() or tokens[ahead].cap):
            return []
    return []


def _possessive_artist(sentence, start):
    """ "Marlow Finch's “Stone to Sky”", "A and B's ballad “X”": the artists named
    before the title, or []."""
    tokens = sentence.tokens
    opening = _before_song_noun(tokens, past_own(tokens, sentence.index_at(start) - 1))
    if opening < 0 or not (tokens[opening].possessive and tokens[opening].cap):
        return []
    begin = (
        run_backward(tokens, opening - 1, NAME_CONNECTORS, 4)
        if opening and tokens[opening - 1].cap
        else None
    )
    begin = skip_stop_starts(
        tokens, begin if begin is not None else opening, opening + 1
    )
    artist = sentence.span(begin, opening + 1)[:-2]
    if not artist or tokens[begin].text in STOP_STARTS or artist in PRONOUNS:
        return []  # "It's “X”": no one's song
    return _joint_owner(sentence, begin) + [artist]


def _joint_owner(sentence, begin):
    """ "A and B's ballad": A, who shares the possessive (not "X, A and B's")."""
    tokens = sentence.tokens
    if begin < 2 or tokens[begin - 1].text != "and" or not tokens[begin - 2].cap:
        return []
    first = run_backward(tokens, begin - 2, NAME_CONNECTORS, 4)
    first = skip_stop_starts(tokens, first, begin - 1)
    if first > 0 and tokens[first - 1].text.lower() in (",", "the"):
        return []  # "X, A and B's", "the Cold War and B's"
    if tokens[first].text in STOP_STARTS | {"The"} or tokens[first].possessive:
        return []
    return [sentence.span(first, begin - 1)]


def _before_song_noun(tokens, index):
    """ "A's 1979 single “X”", "A's lovely ballad “X”": the index before the words
    naming the song (one of them a song noun), else ``index``."""
    if index < 0 or tokens[index].text.lower() not in SONG_NOUNS:
        return index
    back = index - 1
    while back >= max(0, index - 3) and (
        tokens[back].text.islower() or tokens[back].text.isdigit()
    ):
        back -= 1
    return back


def _usage(before, after):
    # The words before the title, back to the previous clause only:
    # "... as BGM and the other set to X" says nothing about X's usage.
    own = CLAUSE_SPLIT_RE.split(before[-60:])[-1]
    window = own + " " + after[:80]
    if END_CREDITS_RE.search(window):
        return "end_credits"
    if BACKGROUND_RE.search(window):
        return "background"
    return None


def _cue(before, after):
    """Whether the words around a title say it is heard; a bare year in brackets
    after it is no cue ("the finale of “X” (1984)": a film)."""
    after = YEAR_BRACKET_RE.sub(" ", after, count=1)
    if runs_to_length(after):
        after = ""  # "<i>X</i> runs to three discs": its length, not its playing
    return bool(
        DESCRIBED_HEARD_RE.match(after[:90])
        or PRE_CUE_RE.search(before[-40:])
        or MORE_PRE_CUES.search(before[-40:])
        or POST_CUE_RE.search(after[:60])
        or MORE_POST_CUES.search(after[:60])
        or song_identified(before)
        or foreign_song_before(before)
        or heard_apposition(after)
    )


def _written_song(ctx, sentence, title, composers):
    """ "“X”, written by A, reached No. 18", "“X” was written by A for the film":
    a title in quotation marks (not italics), written by someone, in a sentence
    about songs."""
    return bool(
        composers
        and SONG_CONTEXT_RE.search(sentence.norm)
        and not NOT_SONGS_RE.search(FOR_THE_FILM_RE.sub(" ", sentence.norm))
        and really_quoted(ctx, sentence, title)
    )


def _promote_pending(ctx, sentence):
    pending, ctx.pending_title = ctx.pending_title, None
    if pending is None:
        return
    previous, title, start, quoted, last = pending
    if last + 1 != sentence.number or match_key(title) in ctx.tracks:
        return
    if _credited(ctx, sentence, 0, pending[:4]) or single_of_film(ctx, sentence):
        ctx.offset = start
        ctx.track(previous, title)
    elif (
        last == previous.number
        and not sentence.quotes
        and SONG_SAID_RE.search(sentence.norm)
    ):
        # "“X” for their first dance. That's a lot for a song from 1993. It's the
        # duet, sung by A and B.": the sentence between calls it a song.
        ctx.pending_title = (previous, title, start, quoted, sentence.number)


def _credited(ctx, sentence, offset, pending):
    """Whether ``sentence``, from ``offset`` on, credits someone with the pending
    title of ``pending``: "A wrote it", "It was sung by A", "that's A singing"."""
    previous, title, start, quoted = pending
    # the wordier signal first: "A, the duo who recorded it, ..." names its doer
    signal = MORE_SIGNAL_RE.search(sentence.norm, offset) or CREDIT_SIGNAL_RE.search(
        sentence.norm, offset
    )
    return not (
        signal is None
        or any(
            offset <= quote[1] < signal.start()
            and not FROM_WORK_RE.search(sentence.norm[max(0, quote[1] - 12) : quote[1]])
            for quote in sentence.quotes
        )  # another title credited, not "the duet from <i>Film</i>, sung by A"
        or NOT_THIS_FILM_RE.search(previous.norm)
        or named_no_song(previous.norm, start, _sung_signal(signal))
        or NOT_SONGS_RE.search(FOR_THE_FILM_RE.sub(" ", sentence.norm))
        or not (signal.re is MORE_SIGNAL_RE or _names_someone(sentence, signal))
        or not (quoted == INTRODUCED or really_quoted(ctx, previous, title))
    )


def _sung_signal(signal):
    """Whether a credit says the title is sung or played: "that's A singing"."""
    return signal is not None and (
        signal.re is MORE_SIGNAL_RE or bool(SUNG_SIGNAL_RE.search(signal.group(0)))
    )


def _more_cues(ctx, sentence, title, span, before, after, credits):
    """Whether a quoted title is said to be a song in more ways: "“X”, which the
    Gulls play at the dance" (whose credits join ``credits``), "The song at the end
    is called “X”", "with “X” blasting"."""
    made = made_after(after)
    if (
        made
        and really_quoted(ctx, sentence, title)
        and not NOT_SONGS_RE.search(before[-40:] + " " + after[:80])
    ):
        credits[0].extend(made[0])
        credits[1].extend(made[1])
        return True
    if song_called(sentence, span[0], ctx.tracks):
        return True  # "The song at the end is called “X”"
    if from_own_film(ctx, sentence, span[1]):
        return really_quoted(ctx, sentence, title)  # "It's “X”, from <i>Film</i>"
    if named_no_song(sentence.norm, span[0], False):
        return False  # "The line “X” closes the film"
    hit = hit_for(after)
    if (
        hit >= 0
        and SONG_CONTEXT_RE.search(sentence.norm)
        and really_quoted(ctx, sentence, title)
    ):  # "“X” was a No. 3 hit for A"; not "<i>X</i> was a big hit for the studio"
        index = sentence.index_at(span[1] + hit)
        credits[1].extend(names_at(sentence, index, limit=2))
        return True
    return (
        heard_around(before, after)
        or record_has(sentence.norm, span[0])
        or second_song(ctx, sentence, span[0])  # "a second song, at the end, “X”"
    )


def _names_someone(sentence, signal):
    """Whether the credit names a person: "by A" after it, or "A wrote the music"."""
    tokens = sentence.tokens
    first, last = sentence.index_at(signal.start()), sentence.index_at(signal.end())
    for index in range(first, min(len(tokens) - 1, last + 4)):
        if tokens[index].text.lower() == "by":
            return bool(names_at(sentence, index + 1))
    return first > 0 and (
        tokens[first - 1].cap or tokens[first - 1].text.lower() in ("she", "he", "they")
    )


def tracks_of(ctx, sentence):
    part_of_list(ctx, sentence)
    denied_next(ctx, sentence)  # "“X” is the B-side. It isn't in the film."
    denied_later(ctx, sentence)  # "“X” by A. ... It's great, but it isn't in the film"
    note_list(ctx, sentence)
    if release_row(ctx, sentence):  # "A2 – The Quills – Low Gate – 3:48"
        return
    if soundtrack_entry(ctx, sentence):  # "Soundtracks" / "X" / "Written by A"
        return
    kept_list(ctx, sentence)  # "In the film, in order: “X”, “Y” and “Z”."
    before = set(ctx.tracks)
    _tracks_of(ctx, sentence)
    denied_within(ctx, sentence, before)
    confirm_listed(ctx, before)
    picks_list(ctx, sentence, before)  # "Here are twelve we've loved:"
    plain_mention(ctx, sentence)  # "Here is how X did:" X, known, unquoted


def _tracks_of(ctx, sentence):
    norm = sentence.norm
    title_then_called(ctx, sentence) or _promote_pending(ctx, sentence)
    candidates = (
        _quoted_candidates(ctx, sentence)
        + unquoted_tracks(ctx, sentence)
        + introduced_tracks(ctx, sentence)
    )
    ranked = ranked_entry(ctx, sentence) or heading_song(ctx, sentence)
    if ranked and not any(candidate[1] == ranked[0] for candidate in candidates):
        text = sentence.norm[ranked[0] : ranked[1]]
        candidates.append((clean_title(text), ranked[0], ranked[1], True))
    candidates.sort(key=lambda candidate: candidate[1])
    candidates = drop_translations(norm, candidates)  # "“X” (“its English”)"
    for position, (title, start, end, quoted) in enumerate(candidates):
        previous_end = candidates[position - 1][2] if position else 0
        next_start = (
            candidates[position + 1][1] if position + 1 < len(candidates) else len(norm)
        )
        before = norm[previous_end:start]
        after = norm[end:next_start]
        composers, performers, strong = _credits_after(sentence, after, end)
        if collection_title(title):
            continue  # "<i>X: The Complete Recordings</i>": a box set
        if quoted and not_in_film(ctx, sentence, start, end, after):
            doubt(ctx, title, norm[max(0, start - 50) : start])
            # A note, not an offer: such a song is almost never the film's.
            ctx.suggest(
                _("“%(title)s” seems to be a song that is not in the film")
                % {"title": title},
                sentence,
            )
            continue
        if BRACKET_RE.match(after) and not really_quoted(ctx, sentence, title):
            # "<i>Deep Water</i> (Tom Spiel, 1975)": a film and its director.
            after = BRACKET_RE.sub(" ", after, count=1)
        else:
            performers = _performers_by(sentence, end) + performers
        performers = (
            _possessive_artist(sentence, start)
            + doer_before(sentence, start, end)
            + performers
        )
        _resolve_pronoun(composers, performers)
        _resolve_pronoun(performers, performers)
        cue = _cue(before, after)
        if quoted is True and not cue:
            cue = _more_cues(
                ctx,
                sentence,
                title,
                (start, end),
                before,
                after,
                (composers, performers),
            )
        if ranked and start == ranked[0]:  # "3. “X” – Ada Moon: the dance scene"
            performers, cue = ranked[2] + performers, True
        if not (composers or performers or cue):
            if match_key(title) in ctx.tracks:
                ctx.remember("track", match_key(title))  # named again: "it" is this
            elif quoted and _credited(
                ctx, sentence, end, (sentence, *candidates[position][:2], quoted)
            ):
                ctx.offset = start  # "“X” is the theme: A sings it"
                ctx.track(sentence, title)
            elif quoted:
                ctx.pending_title = (sentence, title, start, quoted, sentence.number)
            continue
        if not quoted and not (strong or (cue and (composers or performers))):
            ctx.suggest(
                _("Possible track “%(title)s”") % {"title": title},
                sentence,
                "track",
                {
                    **track_value(title),
                    "composers": composers,
                    "performers": performers,
                },
            )
            continue
        if quoted and not (
            strong
            or performers
            or cue
            or _written_song(ctx, sentence, title, composers)
        ):
            ctx.suggest(
                _("Possible track “%(title)s” (written by %(composers)s)")
                % {"title": title, "composers": ", ".join(composers)},
                sentence,
                "track",
                {**track_value(title), "composers": composers},
            )
            continue
        ctx.offset = start
        track = ctx.track(sentence, title)
        add_unique(track["composers"], composers)
        add_unique(track["performers"], performers)
        usage = _usage(before, after)
        if usage:
            track["usage"] = usage


def unquoted_tracks(ctx, sentence):
    """Titles without quotes: "set to Heart's on Fire (composed by ...)"."""
    norm, tokens = sentence.norm, sentence.tokens
    found = []
    for match in re.finditer(r"\b(?:set to|using|uses|used|cut to)\s", norm):
        start = sentence.index_at(match.end())
        if (
            start >= len(tokens)
            or sentence.inside_quote(tokens[start].start)
            or tokens[start].text == OPEN
        ):
            continue
        end = run_forward(tokens, start, TITLE_CONNECTORS - {":"}, max_words=8)
        if end is None:
            continue
        title = clean_title(sentence.span(start, end))
        following = norm[tokens[end - 1].end : tokens[end - 1].end + 40]
        if (
            title
            and match_key(title) != ctx.film_key
            and not ctx.is_album_title(title)
            and (
                following.lstrip().startswith("(")
                or POST_CUE_RE.search(following)
                or (BY_NAME_RE.match(following) and title not in TIME_WORDS)
            )  # "set to X by the Gulls", not "set to June by the studio"
        ):
            found.append((title, tokens[start].start, tokens[end - 1].end, False))
    return found
