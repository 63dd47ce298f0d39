"""The discourse memory at work: what "it", "the single", "the album", "its
soundtrack" and "she" point at, from the tracks and albums named before."""

import re

from ..prose import match_key
from .album_song_places import song_stays_topic
from .chart_genre_nouns import described_track
from .chart_it_on_albums import it_stays_on_song
from .chart_place_words import place_run
from .context import record_subject
from .lexicon import COUNTRIES, MONTH_NAMES
from .patterns import CERTIFIERS, CHARTS, COUNTRY_RE
from .sentences import OPEN, clean_title
from .track_flip_sides import single_after_flip_side
from .track_lead_labels import lead_label
from .track_translations import own_quotes

TRACK_NOUNS = frozenset(
    {
        "song",
        "single",
        "track",
        "tune",
        "theme",
        "ballad",
        "anthem",
        "hit",
        "recording",
        "7-inch",  # "The 7-inch reached #22"
        "seven-inch",
    }
)
ALBUM_NOUNS = frozenset({"album", "soundtrack", "lp"})
# A single is a record too: these point at whatever was named last.
EITHER_NOUNS = frozenset({"record", "disc", "release"})
IT = frozenset({"it", "it's"})  # "It's platinum in the US"
DETERMINERS = frozenset({"the", "this", "that", "its", "their"})
# Capitalised words that name no track or album: "It reached No. 4 ...; the RIAA
# certified it" still means the song named before.
NOT_NAMES = frozenset(
    {
        "No",
        "No.",
        "Number",
        "Top",
        "Gold",
        "Platinum",
        "Silver",
        "I",
        "I'm",
        "I've",
        "I'd",
    }
)
# Words opening a reply, alone: "JEN: And it went to No. 4", "A: Yes, it did" (not
# "Oh Pretty Woman", a title).
REPLY_WORDS = frozenset({"And", "But", "So", "Yes", "Well", "Oh", "Also", "Plus"})
# Verbs after a name that make it a speaker, not what "it" means after it.
SAYING_VERBS = frozenset(
    {"said", "says", "recalled", "recalls", "remembered", "remembers", "told"}
)


def anaphor_kind(sentence, index, start):
    """ "track", "album" or "any" when ``tokens[index]`` heads an anaphor ("it", "the
    song", "its soundtrack album", "the band's single"), else None."""
    tokens = sentence.tokens
    word = tokens[index].text.lower()
    if sentence.inside_quote(tokens[index].start):
        return None
    if word in IT:
        if _idiom(tokens, index):
            return None  # "The march, believe it or not, charted too"
        return "any" if pronoun_clear(sentence, index) else None
    if word not in TRACK_NOUNS and word not in ALBUM_NOUNS and word not in EITHER_NOUNS:
        return None
    for back in range(index - 1, max(start - 1, index - 4), -1):
        token = tokens[back]
        if token.text == "'" and back > start and tokens[back - 1].text.endswith("s"):
            return noun_kind(word)  # "The Lanterns' single"
        if token.text.lower() in DETERMINERS or token.possessive:
            return noun_kind(word)
        if token.cap and back > start and tokens[back - 1].text.lower() == "the":
            return noun_kind(word)  # "The Tallis single": whose, see by_owner()
        if not token.text.isalpha() or token.cap:
            return None
    return None


def by_owner(ctx, sentence, index):
    """The track of the performer named before ``tokens[index]``: "The Tallis single",
    "the Fenwicks' record", "Kodiak Fade's single"; None without one."""
    name = owner_name(sentence, index)
    if not name:
        return None
    for key, _paragraph in reversed(ctx.track_order):
        track = ctx.tracks[key]
        people = [
            person.casefold() for person in track["performers"] + track["composers"]
        ]
        if any(
            name in person or person.endswith(name.rstrip("s")) for person in people
        ):
            return (
                track["title"],
                "track",
                track["performers"][0] if track["performers"] else "",
            )
    return None


def owner_name(sentence, index):
    """The performer named before ``tokens[index]``, casefolded: "the fenwicks" of
    "The Fenwicks' record"; "" without one."""
    tokens, owner = sentence.tokens, []
    back = index - 1
    while back >= 0 and (tokens[back].cap or tokens[back].text == "'"):
        owner.insert(0, tokens[back].text)
        back -= 1
    name = " ".join(word for word in owner if word != "'").removesuffix("'s").strip()
    if not name or name in ("The", "Its", "This", "That"):
        return ""
    return name.casefold().removeprefix("the ")


def someone_elses(ctx, sentence, index):
    """Whether "X's record" at ``tokens[index]`` is by a performer the last track is
    not by: "The Fenwicks' record" after a song sung by Alf Turpin. Then "it"
    afterwards means nothing the post knows."""
    before = sentence.tokens[index - 1] if index else None
    if before is None or not (before.possessive or before.text == "'"):
        return False  # not "it", nor "The Tallis single" (whose, see by_owner())
    if not owner_name(sentence, index) or by_owner(ctx, sentence, index):
        return False
    last = ctx.last("track")
    return last is not None and bool(ctx.tracks[match_key(last[0])]["performers"])


def noun_kind(word):
    if word in EITHER_NOUNS:
        return "any"
    return "album" if word in ALBUM_NOUNS else "track"


AS_SINGLE_RE = re.compile(r"\bas\sa\s(?:[\w-]+\s)?single\b", re.IGNORECASE)


def anaphor(ctx, sentence, start, end):
    """The track or album the last anaphor between tokens ``start`` and ``end`` points
    at, as ``(title, kind, artist)``, or None."""
    tokens = sentence.tokens
    for index in range(min(end, len(sentence.tokens)) - 1, start - 1, -1):
        kind = anaphor_kind(sentence, index, start)
        if kind is None:
            continue
        if kind == "any" and AS_SINGLE_RE.search(sentence.norm[: tokens[index].start]):
            kind = "track"  # "Released as a single, the record climbed to ..."
        owned = by_owner(ctx, sentence, index) if kind != "album" else None
        if owned is not None:
            return owned
        if kind != "album" and someone_elses(ctx, sentence, index):
            return None
        subject = last_before(ctx, sentence, index, None if kind == "any" else kind)
        if subject is None and kind == "album" and not ctx.albums:
            # "The LP peaked at No. 15" with no album named: the film's soundtrack.
            if _names_soundtrack(sentence, index) or _plainly_the(sentence, index):
                return untitled_soundtrack(ctx, sentence)
        return subject
    return None


def last_before(ctx, sentence, index, kind):
    """What ``ctx.last(kind)`` meant before "it" at ``tokens[index]``: not a title
    this sentence names only after it ("It got to No. 3 and appeared on her album
    “X”": "it" is not X). A noun may be named after it: "The album, simply titled
    “X”, ..."."""
    if sentence.tokens[index].text.lower() not in IT:  # "the ballad": told one?
        return described_track(ctx, sentence, index) or _last_without(
            ctx, kind, {AMBIGUOUS}
        )
    at = sentence.tokens[index].start
    if kind is None and _album_noun_before(sentence, index):
        kind = "album"  # "The LP sold for years, and the RIAA certified it"
    later = {
        match_key(clean_title(text) or text.strip(" ,;:"))
        for text, start, _end in sentence.quotes
        if start > at
    }
    earlier = {
        match_key(clean_title(text) or text.strip(" ,;:"))
        for text, start, _end in sentence.quotes
        if start <= at
    }
    if kind is None and _album_noun_after(sentence, index):
        album = ctx.last("album")  # "It went gold, and the soundtrack LP went gold"
        later |= {match_key(album[0])} if album else set()
    return _last_without(ctx, kind, later - earlier)


def _album_noun_after(sentence, index):
    """Whether an album noun ("the soundtrack LP") follows "it" at ``tokens[index]``
    in its sentence: "it" is then not that album."""
    return any(
        sentence.tokens[after].text.lower() in ALBUM_NOUNS
        and anaphor_kind(sentence, after, index + 1) == "album"
        for after in range(index + 1, len(sentence.tokens))
    )


def _album_noun_before(sentence, index):
    """Whether the last title word before "it" at ``tokens[index]`` in its sentence is
    an album noun with no quoted title after it: "The LP sold for years, and the RIAA
    certified it" (the album, not the song named before the sentence)."""
    tokens = sentence.tokens
    for back in range(index - 1, -1, -1):
        word = tokens[back].text.lower()
        if word in IT or word in TRACK_NOUNS or word in EITHER_NOUNS:
            return False
        if word in ALBUM_NOUNS and anaphor_kind(sentence, back, 0) == "album":
            return not any(
                tokens[back].start < start < tokens[index].start
                for _text, start, _end in sentence.quotes
            )
    return False


def _last_without(ctx, kind, keys):
    """``ctx.last(kind)`` as if the titles ``keys`` had not been named."""
    if not keys:
        return ctx.last(kind)
    recent = ctx.recent
    ctx.recent = [item for item in recent if item[1] not in keys]
    try:
        return ctx.last(kind)
    finally:
        ctx.recent = recent


def untitled_soundtrack(ctx, sentence):
    """The film's soundtrack album when the post describes it without a title."""
    film = ctx.post.film_title
    if not film:
        return None
    album = ctx.album(sentence, f"{film} (soundtrack)")
    if not album["notes"]:
        album["notes"] = "Untitled in the source post: the film's soundtrack album."
    return record_subject("album", album)


def person_pronoun(ctx, word):
    """The one performer of the track named last, for "she", "he" or "they"."""
    if word.lower() not in ("she", "he", "they"):
        return []
    subject = ctx.last("track")
    if subject is None:
        return []
    performers = ctx.tracks[match_key(subject[0])]["performers"]
    return performers[:1] if len(performers) == 1 else []


def _plainly_the(sentence, index):
    """ "The LP peaked at ...": a sentence about no one's album in particular (not
    "the band's LP", not what "fans claim the album" did)."""
    return index == 1 and sentence.tokens[0].text == "The"


def _names_soundtrack(sentence, index):
    """ "the soundtrack", "its soundtrack album": a soundtrack, not any album."""
    words = {
        token.text.lower() for token in sentence.tokens[max(0, index - 1) : index + 1]
    }
    return "soundtrack" in words


SCENE_OPENERS = frozenset({"In", "Across", "Over", "Back", "Down", "Out"})
CREDIT_VERBS = frozenset({"wrote", "co-wrote", "composed", "sang", "produced"})


def _idiom(tokens, index):
    """Whether "it" at ``tokens[index]`` is part of an idiom and points at nothing:
    "believe it or not", "as it happens", "as it turns out", "as it were"."""
    before = tokens[index - 1].text.lower() if index else ""
    after = [token.text.lower() for token in tokens[index + 1 : index + 3]]
    return (before == "believe" and after[:2] == ["or", "not"]) or (
        before == "as" and after[:1] in (["happens"], ["turns"], ["were"], ["happened"])
    )


def pronoun_clear(sentence, index):
    """Whether "it" at ``tokens[index]`` can only mean what the post named before: no
    other name comes before it in the sentence, but for credits ("Written by A and B,
    it ..."), a chart or a certifier ("The RIAA certified it gold")."""
    tokens = sentence.tokens
    in_credit, position = False, 0
    # "A and B wrote it, and it ...": the names before a credit's "it" are its credits
    credited = max(
        (
            at
            for at in range(1, index)
            if tokens[at].text.lower() == "it"
            and tokens[at - 1].text.lower() in CREDIT_VERBS
        ),
        default=0,
    )
    known_spans = [
        found.span()
        for pattern in (*(pattern for pattern, _key in CERTIFIERS + CHARTS), COUNTRY_RE)
        for found in pattern.finditer(sentence.norm[: tokens[index].start])
    ]
    while position < index:
        token = tokens[position]
        if token.text.lower() == "by":
            in_credit = True
        elif token.cap:
            end = position + 1
            while end < index and tokens[end].cap:
                end += 1
            name = sentence.span(position, end)
            lone_first = position == 0 and end == 1
            # "In Austria it ...", "Across the Tasman it ...": a place opening it
            scene = tokens[0].text in SCENE_OPENERS and end <= 4
            known = (
                any(pattern.search(name) for pattern, _key in CERTIFIERS + CHARTS)
                or any(a <= token.start < b for a, b in known_spans)
                or token.text in NOT_NAMES
                or (token.text in REPLY_WORDS and end == position + 1)
                or token.text in MONTH_NAMES
                or token.text[0].isdigit()  # "#12", "1987"
                or place_run(name)  # "Australian surfers adopted it, and it ..."
                # who says it: "Mr. Hale recalled that it reached No. 23"
                or (end < index and tokens[end].text.lower() in SAYING_VERBS)
            )
            if not (in_credit or lone_first or known or scene or end < credited):
                return False
            position = end
            continue
        elif token.text.isalpha() and token.text.lower() not in ("and", "with"):
            in_credit = False
        position += 1
    return True


def predicate(sentence, index):
    """Whether the noun at ``tokens[index]`` says what the subject was ("X's record
    was the real hit"): it names nothing new."""
    words = [token.text.lower() for token in sentence.tokens[max(0, index - 3) : index]]
    return any(word in ("is", "was", "were", "became") for word in words)


def after_sentence(ctx, sentence):
    """What the next sentence's "it" means, once this one is read: the last title or
    described title ("The LP did what the film could not.") this sentence names. A
    quoted title that is none of the post's tracks or albums is something else ("his
    earlier hit “X”"): after it, "it" means nothing the post knows."""
    named = []
    for text, start, _end in own_quotes(sentence):  # not "(“its English”)"
        key = match_key(clean_title(text) or text.strip(" ,;:"))
        if key in ctx.tracks:
            named.append((start, "track", key))
        elif key in ctx.albums:
            named.append((start, "album", key))
        elif key and not _not_a_title(ctx, sentence, key, text, start, _end):
            named.append((start, "other", key))
    for index, token in enumerate(sentence.tokens):
        kind = anaphor_kind(sentence, index, max(0, index - 3))
        if kind is None or token.text.lower() in IT or predicate(sentence, index):
            continue
        subject = by_owner(ctx, sentence, index)
        if subject is None and kind != "album" and someone_elses(ctx, sentence, index):
            named.append((token.start, "other", owner_name(sentence, index)))
            continue
        if subject is None and kind != "any":
            subject = described_track(ctx, sentence, index) or ctx.last(kind)
            if subject is None and kind == "album" and index < 4:
                # "The soundtrack LP, which came in a plain sleeve, ...": no album the
                # post names, so the next "it" is not the song named before.
                named.append((token.start, "other", AMBIGUOUS))
                continue
        elif subject is None and index < 2:  # "The record outlived the movie."
            subject = _last_without(ctx, None, {AMBIGUOUS})
        if subject is not None:
            named.append((token.start, subject[1], match_key(subject[0])))
    if film_subject(sentence):  # "The movie was a hit. It ...": the film, maybe
        named.append((-1, "other", AMBIGUOUS))
    song = song_then_album(ctx, sentence, named)
    for _start, kind, key in sorted(named):
        ctx.remember(kind, key)
    if song:
        ctx.remember("other", AMBIGUOUS)  # the next "it": the song or its album?
    song_stays_topic(ctx, sentence)  # "“X” ... turned up on their album, Y"
    it_stays_on_song(ctx, sentence)  # "It was the first track on her album Y"
    single_after_flip_side(ctx, sentence)  # "The B-side, “Y”, ... It reached No. 8"


# "the film X", "the 1982 movie X"; "X (1982)": a title named as a film's.
FILM_BEFORE_RE = re.compile(r"\b(?:film|movie|picture|documentary)\s\W?$", re.I)
YEAR_AFTER_RE = re.compile(r"^\W?\s?\((?:19|20)[0-9]{2}\)")


def a_film(sentence, start, end):
    """Whether a quoted title is named as a film's, not a song's: "from the film
    “Harbour Lights”", "the finale of “Harbour Lights” (1984)". The next "it" may
    still mean the song named before it."""
    return bool(
        FILM_BEFORE_RE.search(sentence.norm[max(0, start - 30) : start + 1])
        or YEAR_AFTER_RE.match(sentence.norm[end : end + 10])
    )


# What stands before words quoted from a sign or a page: "a sign reading ‘X’".
READING_BEFORE_RE = re.compile(
    r"\b(?:reading|reads|read|slogan|tagline|caption|headline|graffiti"
    # an answer given: "a team guessed ‘Morocco’"
    r"|answered|guessed|replied)\W{0,3}$",
    re.IGNORECASE,
)


def _not_a_title(ctx, sentence, key, text, start, end):
    """Whether a quote names no record: the film's title, a film, words quoted."""
    return (
        key == ctx.film_key
        or a_film(sentence, start, end)
        or words_quoted(sentence, text, start)
        or a_place_quoted(ctx, sentence, text)
        or lead_label(sentence, text, start)  # "<i>Answer:</i> the Terns"
    )


def a_place_quoted(ctx, sentence, text):
    """Whether a quote is a country's name, or a name the sentence before used
    unquoted: an answer given ("a team said ‘Morocco’", "Half a point for ‘Paris’"
    after "... stood in for a Paris hotel"), not a record."""
    text = text.strip(" ,;:.")
    if text in COUNTRIES:
        return True
    previous = ctx.previous
    if previous is None or len(text.split()) > 2 or not text[:1].isupper():
        return False
    found = re.search(rf"(?<![\w{OPEN}]){re.escape(text)}\b", previous.norm)
    return found is not None


def words_quoted(sentence, text, start):
    """Whether a quote is words someone said or wrote, not a title: a sentence of
    speech ("‘they broke more than they bought,’ she said"), a long one or what a
    sign reads ("a sign reading ‘Last Exit’"). The next "it" still means the record
    named before it."""
    text = text.strip(" ,;:")
    return (
        text[:1].islower()
        or text[:1] in ("[", "(")  # a stage direction: "[plays the chorus]"
        or len(text.split()) > 9
        or (len(text.split()) > 2 and not title_cased(text))  # "Do you sign it?"
        or bool(READING_BEFORE_RE.search(sentence.norm[max(0, start - 24) : start]))
    )


def title_cased(text):
    """Whether quoted words are written as a title is ("Lanterns on the Scheldt"),
    each long word capitalised, not as words someone said ("I would die for this")."""
    words = [word for word in text.split() if len(word) > 3 and word[0].isalpha()]
    return all(word[0].isupper() for word in words)


def film_subject(sentence):
    """Whether the sentence is about the film: "The movie opened in March." The next
    "it" may mean the film (its box office), not the song named before."""
    tokens = sentence.tokens
    return (
        len(tokens) > 2
        and tokens[0].text.lower() in ("the", "this", "that")
        and tokens[1].text.lower() in ("film", "movie", "picture")
        and not tokens[1].possessive
        and tokens[2].text not in ("'", "'s", ",")
    )


# What the discourse memory holds when the next "it" may be either of two things;
# "that record", "the album" still mean the one named last.
AMBIGUOUS = ""


def song_then_album(ctx, sentence, named):
    """Whether "it", meaning a song, puts it on an album named after it: "it later
    anchored her album “X”", or "Her song survived on the album “X”". The next "it"
    may then be either."""
    ordered = sorted(named)
    if ordered and ordered[0][1] == "track":
        if any(kind == "album" for _start, kind, _key in ordered[1:]):
            return True
    for index, token in enumerate(sentence.tokens):
        if token.text.lower() in IT and not sentence.inside_quote(token.start):
            subject = last_before(ctx, sentence, index, None)
            return (
                subject is not None
                and subject[1] == "track"
                and any(
                    kind == "album" and start > token.start
                    for start, kind, _key in named
                )
            )
    return False
