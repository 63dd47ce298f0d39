"""Credits said apart from the title: "A wrote it with B", "A, B and C wrote the
song", "The song was written by A and sung by B", "Written by A, it ...", "B recorded
it", "B performs “Title”"."""

import re

from ..prose import match_key
from .credit_about import wrote_about
from .credit_acts import acts_doing
from .credit_also_by_acts import also_by
from .credit_apposed import apposed_song
from .credit_appositions import duet_partners
from .credit_asides import without_brackets
from .credit_called_bands import called_a_band
from .credit_claims import claimed_credits
from .credit_clauses import joined_by, named_after
from .credit_copula import copula_credits
from .credit_corrections import corrected_credits
from .credit_credited_to import credited_to
from .credit_doers import doers_described
from .credit_done import done_by
from .credit_entries import labelled_lines
from .credit_genders import gendered_performer
from .credit_gerunds import sung_songs
from .credit_later import later_credits
from .credit_names import resolve_people as resolve_names
from .credit_nouns import noun_credits
from .credit_objects import after_song_noun
from .credit_passive import credited_track
from .credit_played_by import played_after_title
from .credit_possessives import plural_possessive_acts
from .credit_protagonist import protagonist
from .credit_release_rows import release_credits
from .credit_setlist_bands import setlist_bands
from .credit_subjects import (
    PERFORMED,
    WROTE,
    first_verb,
    names_before,
    object_start,
    people_before,
    reporter_before,
    shared_pronoun,
    shared_subject,
    subject_names,
)
from .credit_tenses import credit_role
from .credit_tracks import (
    about_songs,
    is_title,
    it_track,
    known_track,
    new_track,
    this_song,
    word_at,
)
from .credit_untitled import no_credit
from .credit_untold import untold_credit, untold_song
from .credit_versions import recordings_of
from .credit_voices import voices_of
from .credit_with_doers import doer_after_with
from .credit_words import (
    ACT_NOUNS,
    CLAUSE_ENDS,
    CREDIT_ADVERBS,
    CREDIT_RE,
    NOT_THIS_FILM_RE,
    RELATIVES,
    ROLE_DETERMINERS,
    SONG_PARTS,
    TITLE_ASIDE_RE,
    acting_credit,
    credit_roles,
)
from .credit_writer_nouns import writer_nouns
from .discourse import anaphor
from .roles import is_role, skip_role
from .sentences import add_unique, clean_title, names_after_with, names_span
from .song_parts import (
    parts_of,
    parts_of_singer,
    recording_of,
    tune_after_words,
    voice_on,
)

# A credit that goes on with the subject of the credit before it in the sentence:
# "It was sung by A, and penned by B", "..., and it was written by B".
CHAIN_RE = re.compile(
    r"(?:,|\band|;|\bwith)\s(?:and\s)?(?:it\s(?:was|is)\s|it's\s|was\s|is\s)?(?:also\s)?$",
    re.IGNORECASE,
)


def resolve_people(ctx):
    """The credits of the whole post, once it is read: a release page's credit rows
    ("Written-By [A1] – A") and a setlist's act, then the names as the post
    finally gives them."""
    release_credits(ctx)  # "Written-By – A (tracks: A1, B2)" under a tracklist
    setlist_bands(ctx)  # "The Larks at Corn Exchange, Leeds — 1986": "1. X", "2. Y"
    resolve_names(ctx)


def credits_of(ctx, sentence):
    tokens = sentence.tokens
    anchors = []  # (where a credit ends, its track): a later credit may go on with it
    for index, token in enumerate(tokens):
        role = credit_role(tokens, index)
        if role is not None:
            role = role if role == "composers" else None
            track = _active_credit(ctx, sentence, index, role)
            if track is not None:
                anchors.append((token.end, track))
    # "the words are A's, the tune B's"
    anchors += parts_of(ctx, sentence, known_track, [track for _end, track in anchors])
    for match in CREDIT_RE.finditer(sentence.norm):
        previous_end, previous = max(
            (anchor for anchor in anchors if anchor[0] <= match.start()),
            default=(0, None),
            key=lambda anchor: anchor[0],
        )
        chained = previous is not None and CHAIN_RE.search(
            sentence.norm[max(previous_end, match.start() - 30) : match.start()]
        )
        if (match.group(2) or "").lower() == "played" and not (
            _it_was_before(sentence, match)
            or _title_was_before(ctx, sentence, match)
            or (chained and not acting_credit(match, sentence.norm))
        ):
            continue  # "played by A" credits a song as "it was played by A", or
            # after another credit of it ("music by A, played by B")
        clear = chained and not any(sentence.quotes_within(previous_end, match.start()))
        track = _passive_credit(
            ctx, sentence, match, previous if chained else None, clear
        )
        anchors.append((match.end(), track))
    recording_of(ctx, sentence, known_track)  # "the recording is by A"
    voice_on(ctx, sentence, known_track, it_track)  # "A's voice on that song"
    noun_credits(ctx, sentence, known_track)  # "a Ted Vale composition"
    tune_after_words(ctx, sentence, known_track)  # "words by A and a tune by B"
    parts_of_singer(ctx, sentence, known_track)  # "the words are hers"
    copula_credits(ctx, sentence)  # "“X”, the ballad over the titles, is by A"
    recordings_of(ctx, sentence)  # "A's recording of “X”"
    duet_partners(ctx, sentence)  # "a duet with A, “X”"
    claimed_credits(ctx, sentence)  # "A and B are credited with writing it"
    acts_doing(ctx, sentence)  # "The Gullies did “X”", "the band, A, doing “X”"
    plural_possessive_acts(ctx, sentence)  # "the Gullies' 1971 single “X”"
    done_by(ctx, sentence)  # "“X”, done by the Gullies"
    labelled_lines(ctx, sentence)  # "Words and music: A, B and C", "“X” — A"
    writer_nouns(ctx, sentence)  # "Its writers were A and B", "A is the sole writer"
    corrected_credits(ctx, sentence)  # "She didn't write it; her brother B did"
    sung_songs(ctx, sentence)  # "“X” is A singing a B song", "A playing B's tune"
    doers_described(ctx, sentence)  # "The band that plays it is A"
    later_credits(ctx, sentence)  # "A wrote it, and he plays the banjo on it"
    voices_of(ctx, sentence, known_track)  # "the voice is A", "A is the voice"
    also_by(ctx, sentence)  # "The B-side, “X”, also by the Rookeries"
    played_after_title(ctx, sentence)  # "“X”, by A, played by the B Strings"
    credited_to(ctx, sentence)  # "“X” is credited to A featuring B"


def _track_after(ctx, sentence, index):
    """The track the object after a credit verb names: "it", "the song", a title."""
    tokens = sentence.tokens
    if index >= len(tokens):
        return None, index
    if tokens[index].text.lower() == "it":
        if not about_songs(sentence, index):
            return None, index
        track = it_track(ctx, sentence, tokens[index].start) or untold_song(
            ctx, sentence, index
        )  # "*X* on the radio. A wrote it": X is a song
        return (None, index) if track is None else (track, index + 1)
    for end in range(index + 1, min(len(tokens), index + 4) + 1):
        subject = anaphor(ctx, sentence, index, end)
        if subject is not None:
            named = _quoted_track(ctx, sentence, end + (word_at(tokens, end) == ","))
            if named[0] is not None:
                return named  # "recorded the title song, “X”"
            if subject[1] != "track":
                return None, index
            return ctx.tracks[match_key(subject[0])], end
    found = _quoted_track(ctx, sentence, after_song_noun(tokens, index))
    return this_song(ctx, sentence, index) or found if found[0] is None else found


def _quoted_track(ctx, sentence, index):
    """The track of a title quoted from ``tokens[index]`` and the index after it."""
    if index >= len(sentence.tokens):
        return None, index
    start = sentence.tokens[index].start
    quoted = next((quote for quote in sentence.quotes if quote[1] == start), None)
    if quoted:
        known = ctx.tracks.get(match_key(clean_title(quoted[0])))
        track = known or new_track(ctx, sentence, *quoted)
        if track is not None:
            return track, sentence.index_at(quoted[2])
    return None, index


# "We said on air that Maddox wrote it; she didn't", "rumour has it that A wrote it":
# a credit the post reports only to deny or doubt.
REPORTED_RE = re.compile(
    r"\b(?:said|claimed|thought|assumed|believed|rumou?r(?:ed|s)?|myth|legend|wrongly"
    r"|mistakenly)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
DENIED_RE = re.compile(
    r"^[^.]{0,30}?\b(?:didn't|did not|wasn't|was not|isn't|is not|never did|not true"
    r"|that's wrong|he didn't|she didn't|they didn't|but no|not so)\b",
    re.IGNORECASE,
)
# "You might assume A wrote it", "I always thought he wrote it": a guess the writer
# puts only to correct it.
GUESSED_RE = re.compile(
    r"\b(?:(?:might|may|would|could)\s(?:well\s)?(?:assume|think|guess|imagine|expect)"
    r"|I\s(?:always\s|had\s|once\s)?(?:thought|assumed|believed|figured))\b"
    r"[^.;,]{0,30}$",
    re.IGNORECASE,
)


def _active_credit(ctx, sentence, verb, role):
    token = sentence.tokens[verb]
    before = sentence.norm[: token.start]
    if (GUESSED_RE.search(before) or no_credit(ctx, sentence, verb)) or (
        REPORTED_RE.search(before) and DENIED_RE.search(sentence.norm[token.end :])
    ):
        return None  # a guess, "sang it forty times", "Pit Lamps by A, who wrote it"
    track, after = _track_after(ctx, sentence, object_start(sentence.tokens, verb))
    more = []
    if track is None and role:
        # "A wrote the music, B the words"; "A wrote the tune of “X”"
        track, after, more = _song_part(ctx, sentence, verb + 1)
        if track is None:
            track, after = _part_of_title(ctx, sentence, verb + 1)
    people = None
    if track is None:
        # "“X”, ..., which Reyes wrote with B", "..., that Harlan also wrote"
        track, people = _relative_track(ctx, sentence, verb)
    if track is None:
        track = apposed_song(ctx, sentence, verb, role)  # "“X”, a song he wrote"
    if track is None:
        return None
    if people is None:
        people = _relative_people(ctx, sentence, verb, track, after)
    if people is None:  # "A wrote it", "Two Swedes wrote it, A and B"
        people = subject_names(sentence, verb, after)
    if not people and verb > 0:
        people = shared_subject(sentence, verb) or _pronoun_people(
            ctx, sentence, shared_pronoun(sentence.tokens, verb) or verb - 1
        )  # "A wrote it", "she sings it and co-wrote it": who "she" is
    elif people:
        people = _pronoun_and(ctx, sentence, verb) + people
    if role:  # "wrote it with B", "co-wrote with B and the Cs recorded"
        also = names_after_with(sentence, _after_too(sentence, after))
        more += doer_after_with(sentence, _after_too(sentence, after), track, also)
    people = [name for name in people + more if not is_title(ctx, name)]
    if role:
        add_unique(track["composers"], people)
    else:
        add_unique(track["performers"], people)
    return track


def _after_too(sentence, after):
    """ "wrote it too, together with B": where "with" or "together" starts."""
    while word_at(sentence.tokens, after).lower() in ("too", "also"):
        after += 1
    if word_at(sentence.tokens, after) == "," and word_at(
        sentence.tokens, after + 1
    ).lower() in ("together", "along"):
        after += 1
    return after


def _pronoun_and(ctx, sentence, verb):
    """ "A sang it; she and B wrote it together": who "she" is, for a "he/she and"
    before the names of the verb at ``verb``."""
    tokens = sentence.tokens
    for back in range(verb - 1, max(1, verb - 8), -1):
        word = tokens[back].text.lower()
        if word == "and" and tokens[back - 1].text.lower() in ("he", "she"):
            if back - 2 >= 0 and tokens[back - 2].word:
                return []  # "... said she and B wrote it": not the clause's start
            return _pronoun_people(ctx, sentence, back - 1)
        if not (tokens[back].cap or word in CREDIT_ADVERBS or word == ","):
            return []
    return []


def _pronoun_people(ctx, sentence, pronoun):
    """Who "he", "she" or "they" at ``tokens[pronoun]`` is: the one person the
    sentence names before it ("A was a harpist when she wrote it"), no one when it
    names two, else the one performer of the track named last."""
    named = people_before(ctx, sentence, pronoun) or reporter_before(
        ctx, sentence, pronoun
    )
    word = sentence.tokens[pronoun].text
    if named and len(named) > 1 and word.lower() in ("he", "she"):
        # "“X” by A, the band B fronted, and he wrote it": not the band
        named = [name for name in named if not (name and called_a_band(ctx, name))]
    if named:
        return [name for name in named if name] if len(named) == 1 else []
    people = gendered_performer(ctx, word)  # not a "she" for "he"
    if word.lower() in ("he", "she"):
        people = [name for name in people if not _a_band(ctx, name)]
        people = people or protagonist(ctx)  # the one person the post is about
    return people


def _a_band(ctx, name):
    return _an_act(name) or called_a_band(ctx, name)


def _an_act(name):
    """ "the Creek Boys", "Tin Orchestra": a band, never "he" or "she"."""
    last = name.split()[-1]
    return (
        last.lower() in ACT_NOUNS
        or (last.endswith("s") and not last.endswith("ss") and len(name.split()) > 1)
        or name.startswith("The ")
    )


def _song_part(ctx, sentence, index):
    """ "wrote the music[, B the words]": the track named last, the index after the
    object and the writers of the other part."""
    tokens = sentence.tokens
    if index < len(tokens) and tokens[index].text.lower() in ("the", "its"):
        index += 1
    if index >= len(tokens) or tokens[index].text.lower() not in SONG_PARTS:
        return None, index, []
    subject = ctx.last()
    if subject is None or subject[1] != "track":
        return None, index, []
    track, index = ctx.tracks[match_key(subject[0])], index + 1
    more, start = [], index
    if start < len(tokens) and tokens[start].text == ",":
        start += 1
    if start < len(tokens) and tokens[start].text == "and":
        start += 1  # "A wrote the lyrics and guitarist B the music"
    if start > index:
        names, end = names_span(sentence, start, limit=3)
        if (
            names
            and end + 1 < len(tokens)
            and tokens[end].text.lower() in ("the", "its")
            and tokens[end + 1].text.lower() in SONG_PARTS
        ):
            more, index = names, end + 2
    return track, index, more


def _part_of_title(ctx, sentence, index):
    """ "wrote the tune of “X”", "wrote the score and the lyrics for “X”": the track
    of the title after the part, and the index after it."""
    tokens = sentence.tokens
    for ahead in range(index, min(len(tokens) - 2, index + 6)):
        token = tokens[ahead]
        if token.text in (",", ";") or sentence.inside_quote(token.start):
            break
        if token.text not in SONG_PARTS or tokens[ahead + 1].text not in ("of", "for"):
            continue
        quoted = next(
            (quote for quote in sentence.quotes if quote[1] == tokens[ahead + 2].start),
            None,
        )
        if quoted is not None:
            known = ctx.tracks.get(match_key(clean_title(quoted[0])))
            track = known or new_track(ctx, sentence, *quoted)
            if track is not None:
                return track, sentence.index_at(quoted[2])
        break
    return None, index


def _relative_start(tokens, verb):
    """The index of "which"/"that"/"who" opening the clause of the verb at ``verb``
    ("which Reyes wrote", "that Harlan also wrote", "who wrote it"), or None."""
    index = first_verb(tokens, verb)
    while index > 0 and tokens[index - 1].text.lower() in CREDIT_ADVERBS:
        index -= 1
    back = index - 1
    while back >= 0 and back > index - 12:
        word = tokens[back].text.lower()
        if tokens[back].cap or word in ("and", "&", ",", "the"):
            back -= 1  # "that Barry Stone and Al Fenn wrote", "which the Gullies cut"
        elif word in ROLE_DETERMINERS or _role_word(tokens, back):
            back -= 1  # "which their guitarist Ben Oye co-wrote"
        elif word in (WROTE | PERFORMED) and word_at(tokens, back + 1) == "and":
            back -= 1  # "which A sang and B wrote"
        elif word in ("he", "she") and back == index - 1:
            back -= 1  # "which he wrote"
        else:
            break
    if back >= 0 and tokens[back].text.lower() in RELATIVES:
        return back
    return None


def _role_word(tokens, index):
    """ "guitarist", or a word describing the role noun right after it ("the
    folk-rock group X", "the Welsh band X" are read back from the name)."""
    word = tokens[index].text
    if word.isalpha() and is_role(word.lower()):
        return True
    return (
        word.replace("-", "").isalpha()
        and index + 1 < len(tokens)
        and tokens[index + 1].text.islower()
        and is_role(tokens[index + 1].text)
    )


def _relative_track(ctx, sentence, verb):
    """ "“X” by A, which B wrote": the track of the title the clause follows."""
    tokens = sentence.tokens
    relative = _relative_start(tokens, verb)
    if relative is None or tokens[relative].text.lower() == "who":
        return None, None
    if (
        verb + 1 < len(tokens)
        and tokens[verb + 1].text.lower() not in CLAUSE_ENDS
        and not wrote_about(tokens, verb)
    ):
        return None, None  # "which Rolling Stone wrote about"
    people = names_before(sentence, verb) or _relative_pronoun(ctx, sentence, relative)
    if not people:
        return None, None
    offset = tokens[relative].start
    for text, start, end in sentence.quotes_within(0, offset):
        if sentence.index_at(end) < relative - 14:
            break
        track = ctx.tracks.get(match_key(clean_title(text)))
        if track is None and _sung_of_quote(sentence, verb, relative, (start, end)):
            track = new_track(ctx, sentence, text, start, end)
        if track is not None:
            return track, people
    return None, None


def _relative_pronoun(ctx, sentence, relative):
    """ "A's “X”, which he wrote and sings": who "he" or "she" right after the
    relative word is (the one person the sentence named before it)."""
    pronoun = relative + 1
    if word_at(sentence.tokens, pronoun).lower() not in ("he", "she"):
        return []
    named = people_before(ctx, sentence, pronoun)
    if not named:
        return protagonist(ctx)  # "“X”, which he composed": the post's subject
    return list(named) if len(named) == 1 and None not in named else []


def _sung_of_quote(sentence, verb, relative, quote):
    """ "“X”, which A wrote and sang": a clause right after a quoted title that says
    someone sang or recorded it (a title only written may be a poem)."""
    tokens = sentence.tokens
    between = tokens[sentence.index_at(quote[1]) : relative]
    if any(token.text != "," for token in between):
        return False
    first = first_verb(tokens, verb)
    verbs = {
        tokens[first].text.lower(),
        tokens[object_start(tokens, first) - 1].text.lower(),
    }
    return bool(verbs & PERFORMED) and not NOT_THIS_FILM_RE.search(sentence.norm)


def _relative_people(ctx, sentence, verb, track, after):
    """ "a duet by A and B, who wrote it together": the names the clause follows;
    all of the track's performers named in the sentence for "together"."""
    tokens = sentence.tokens
    relative = _relative_start(tokens, verb)
    if relative is None or tokens[relative].text.lower() != "who":
        return None
    if any(token.cap for token in tokens[relative + 1 : verb]):
        return None  # "who Rolling Stone praised": not the clause's subject
    if relative < 1 or tokens[relative - 1].text != ",":
        return named_after(sentence, relative, after)
    people = names_before(sentence, relative - 1)
    if len(people) < 2 and word_at(tokens, after).lower() == "together":
        before = sentence.norm[: tokens[relative].start].casefold()
        people = [
            name for name in track["performers"] if name.casefold() in before
        ] + people
    return people


def _passive_credit(ctx, sentence, match, previous=None, clear=False):
    """ "The song was written by A", "Written by A, it ...": credits after no title;
    the track credited, or None. ``clear``: the credit goes on with ``previous``,
    with no title between them ("“X”, music by A, lyrics by B")."""
    if clear:
        track = previous
    elif any(start < match.start() for _text, start, _end in sentence.quotes):
        # A quoted title before the credit: the track rule read it, but for a new
        # clause on it ("“X” was sung by A, a group from ..., and it was written by B").
        track = (
            _it_after_title(ctx, sentence, match)
            or _credit_clause(ctx, sentence, match)
            or _title_was_before(ctx, sentence, match)
            or _title_then_credit(ctx, sentence, match)
        )
    else:
        track = (
            previous
            or credited_track(ctx, sentence, match)
            or untold_credit(
                ctx, sentence, match, credit_roles(match)
            )  # "*X*. Sung by A, written by B"
        )
    if track is None:
        return None
    names, end = names_span(sentence, sentence.index_at(match.end()))
    names += _role_tail(sentence, end) if names else []
    names = [name for name in names if not is_title(ctx, name)]
    tokens = sentence.tokens
    if word_at(tokens, end) == "," and word_at(tokens, end + 1) in (
        "together",
        "along",
    ):
        end += 1  # "written by A, together with the lyricist B"
    more = [name for name in names_after_with(sentence, end) if not is_title(ctx, name)]
    if credit_roles(match) == ["performers"]:
        names += [name for name in joined_by(sentence, end) if not is_title(ctx, name)]
    for role in credit_roles(match):
        # "sung and co-written by A, with B": B only co-wrote it.
        second = match.group(3) if role == "performers" else match.group(4)
        add_unique(track[role], names + ([] if second else more))
    return track


def _role_tail(sentence, end):
    """ "written by A, and the producer B;": one more name after a role phrase that
    ends the clause (not "by A, and the producer B mixed it")."""
    tokens = sentence.tokens
    start = end + (word_at(tokens, end) == ",")
    if word_at(tokens, start) != "and":
        return []
    role = skip_role(tokens, start + 1)
    if role == start + 1:
        return []
    names, after = names_span(sentence, role, limit=1)
    if word_at(tokens, after) not in ("", ";", ".", ":", "\u2014", "-"):
        return []
    return names


def _credit_clause(ctx, sentence, match):
    """ "“X”, sung by A; music by B, lyrics by C": a clause of credits alone after
    the title, the track quoted last before it."""
    before = sentence.norm[: match.start()].rstrip()
    if not (
        (match.group(1) or "").lower()
        in ("music", "lyrics", "words", "words and music")
        and before.endswith((";", ":", "\u2014"))
    ):
        return None
    return known_track(ctx, before)


def _title_then_credit(ctx, sentence, match):
    """ "“X” — brackets and all — sung by A": the track quoted right before the
    credit, with at most an aside between dashes."""
    if acting_credit(match, sentence.norm):
        return None
    last = next(sentence.quotes_within(0, match.start()), None)
    if last is None:
        return None
    text, _start, end = last
    if not TITLE_ASIDE_RE.match(sentence.norm[end : match.start()]):
        return None
    return ctx.tracks.get(match_key(clean_title(text)))


def _it_was_before(sentence, match):
    before = sentence.norm[max(0, match.start() - 12) : match.start()].lower()
    return not acting_credit(match, sentence.norm) and before.endswith(
        ("it was ", "it is ", "it's ")
    )


def _title_was_before(ctx, sentence, match):
    """The track quoted just before "is"/"was" and the credit ("“X” is played by A
    over the titles"), or None."""
    if acting_credit(match, sentence.norm):
        return None
    before = sentence.norm[: match.start()]
    for be in (" is ", " was "):
        if before.endswith(be):
            for text, _start, end in sentence.quotes_within(0, len(before)):
                if without_brackets(before[end : -len(be)]).strip(", ") == "":
                    return ctx.tracks.get(match_key(clean_title(text)))
                break
    return None


def _it_after_title(ctx, sentence, match):
    """The track quoted last before "it was" just before the credit, or None."""
    tokens = sentence.tokens
    before = sentence.index_at(match.start())
    while before > 0 and tokens[before - 1].text.lower() in ("also", "originally"):
        before -= 1
    if before > 0 and tokens[before - 1].text.lower() == "it's":
        pronoun = before - 1
    elif (
        before > 1
        and tokens[before - 2].text.lower() == "it"
        and tokens[before - 1].text.lower() in ("was", "is")
    ):
        pronoun = before - 2
    else:
        return None
    if not about_songs(sentence, pronoun):
        return None
    return known_track(ctx, sentence.norm[: match.start()])
