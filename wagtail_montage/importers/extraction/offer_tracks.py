"""A broad reader of tracks, run once the precise rules are done: a quoted or italic
title that no block holds (not the film, an album, a place, a chart, a song the post
says is not in the film) is offered as a possible track when a word of the song
family ("song", "tune", "theme", "cue", "sang", "plays", "heard", "B-side"...) stands
near it, or when the paragraph already names one of the post's tracks and a song word
is in the sentence. An editor accepts it or not."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key
from .context import track_value
from .elsewhere import title_elsewhere
from .lexicon import CLOSE, COUNTRIES, MONTH_NAMES, OPEN
from .patterns import CHARTS
from .sentences import clean_title


def alternatives(*texts):
    """The words of ``texts`` as a pattern's alternatives ("_" is a space)."""
    return "|".join(word.replace("_", r"\s") for text in texts for word in text.split())


def words_re(*texts, head=r"\b", tail=r"\b"):
    return re.compile(rf"{head}(?:{alternatives(*texts)}){tail}", re.IGNORECASE)


# The song family: nouns of a piece of music, verbs of singing, playing, hearing.
SONG_NOUNS = (
    "songs? tracks? singles? tunes? ballads? anthems? numbers? themes? cues? b-sides?"
    " a-sides? flip_side chorus instrumental reprise melody piece lullaby waltz reel"
    " hymn duet vocals? lyrics? jukebox karaoke encore main_title end_titles?"
)
SONG_VERBS = (
    "recorded recording sang sung sings? singing played plays playing heard hears?"
    " over_the_credits over_the_montage over_the_titles"
)
SONG_WORD_RE = words_re(SONG_NOUNS, SONG_VERBS)
# How far (in characters) a song word may be from the title it makes a song.
REACH = 60
# Just before the title: a thing that is no song ("the film “X”", "the novel X"),
# a film a song is from ("the ballad from “X”"), a record it is on ("the first
# track on “X”"), words spoken ("he said, “X”"), a song denied ("not “X”").
NO_SONG_NOUNS = (
    "films? movies? picture documentary series show sitcom novel books? play musical"
    " programm?e? episode magazine newspaper column blog podcast playlist festival"
    " label band group albums? LP EP soundtrack score compilation records? CD vinyl"
)
NO_SONG_PLACES = (
    "reissue box_set restaurant bar pub hotel club cafe café ship boat trawler yacht"
    " bus train poem painting game trilogy sequel remake opera ballet chapter issue"
)
NO_SONG_WORDS = (
    "headline nicknamed dubbed from in on off of compare_with confuse_it_with said"
    " says say asked shouted replied aloud as not film_is film_was movie_is movie_was"
)
NOT_SONG_BEFORE_RE = words_re(
    NO_SONG_NOUNS,
    NO_SONG_PLACES,
    NO_SONG_WORDS,
    tail=r"(?:\W{1,3}(?:the|a|an))?\W{0,4}$",
)
# "(in English, “X”)": another name of a title just given.
TRANSLATED_RE = re.compile(r"\((?:in\s\w+,?\s|literally\s)?\W{0,3}$")
# Just after the title: a film's year "(1976)", an album word ("“X” LP"), a film's
# song ("“X”, whose theme").
YEAR_AFTER_RE = re.compile(r"^\W{0,3}(?:19|20)\d\d\b")
NOT_SONG_AFTER_RE = words_re(
    "LP EP album soundtrack score OST whose spot jingle", head="^\\W{0,3}"
)
FILM_SONG_RE = re.compile(
    r"^[^.;]{0,30}\b(?:its|whose|their)\s(?:theme|title\ssong|score)\b"
)
# "a song with “X” in the title": words of a title, not the title.
IN_TITLE_RE = re.compile(
    r"^\W{0,3}in\s(?:the|its|their)\s(?:title|chorus|lyrics?|refrain)\b"
)
AFTER_PATTERNS = (YEAR_AFTER_RE, NOT_SONG_AFTER_RE, FILM_SONG_RE, IN_TITLE_RE)
# "credited on some copies to “X”", "credit the song to a “X”": a person.
CREDITED_TO_RE = re.compile(
    r"\b(?:credit(?:ed|s)?|attributed)\b[^.;\ue000]{0,30}\bto\s(?:an?\s)?\W{0,3}$",
    re.IGNORECASE,
)
# "Earl “X” Dufresne": a name between a person's two.
NAME_AFTER_RE = re.compile(r"^\s[A-Z][a-z]+\b")
# In the sentence: the song is denied a place in the film ...
NOT_IN_FILM_RE = re.compile(
    r"(?:\bnot|n't|\bnever|\bno)\s[\w\s']{0,40}?\b(?:in|from|of)\s(?:the|this|any|a)\s"
    r"[\w\s]{0,12}?\b(?:film|movie|picture)\b",
    re.IGNORECASE,
)
# ... is from another film, a version, a translation, the writer's own, or a song
# the writer only considered, lost or kept out.
ELSEWHERE_WORDS = (
    "in_no_film from_another_film in_a_different_film from_a_different_film"
    " previous_film previous_movie won't_hear is_not_in never_had_another"
    " English_version French_version German_version renders? rendered translat\\w+"
    " went_out_as no_song not_the_soundtrack not_on_the_soundtrack not_the_film"
)
DOUBT_WORDS = (
    "a_cover_of my_own our_own my_band our_band my_\\w+_band our_\\w+_band"
    " considered rejected unused demos?"
    " temp shortlist shortlisted instead_of wanted could_have would_have almost nearly"
    " planned working_title binned half_a_point I_want_to_say provisional\\w{0,2}"
    " abandoned unreleased never_released never_been_released temped earmarked"
)
ELSEWHERE_RE = words_re(ELSEWHERE_WORDS, DOUBT_WORDS)
# A heading over a list of songs: "The songs", "Tracklist", "The music".
SONG_HEADING_RE = words_re("songs tracks tunes music soundtrack track_?list(?:ing)?")
# Just before a title the sentence before made a song: "One was called “X”".
CALLED_RE = re.compile(r"\b(?:called|titled|named|was|is)\W{0,3}$", re.IGNORECASE)


def offer_tracks(ctx, sentences):
    """Offer the quoted titles a song word, a heading of songs or a paragraph of
    tracks makes songs."""
    drop_held_offers(ctx)
    held = with_beginnings(held_keys(ctx))
    paragraphs = {paragraph for _key, paragraph in ctx.track_order}
    under_songs, before = False, None  # a heading of songs; the sentence before
    for sentence in sentences:
        if sentence.heading:
            under_songs = bool(SONG_HEADING_RE.search(sentence.norm))
            before = None
            continue
        cues = (
            sentence.paragraph in paragraphs,
            under_songs,
            before is not None
            and before.paragraph == sentence.paragraph
            and bool(SONG_WORD_RE.search(unquoted(before.norm))),
        )
        before = sentence
        if ELSEWHERE_RE.search(sentence.norm) or NOT_IN_FILM_RE.search(sentence.norm):
            continue
        for text, start, end, foreign in _quotations(sentence):
            title = clean_title(text)
            key = title_key(title)
            if not title or key in held or not _usable(ctx, title, foreign):
                continue
            if not _song(sentence, start, end, cues):
                continue
            offer_title(ctx, sentence, title, held)


# Quotation marks of other languages the importer leaves unmarked: „X“ or „X”
# (German, Polish), 「X」 and 『X』 (Japanese).
FOREIGN_QUOTE_RE = re.compile(
    "\u201e([^\u201c\u201d\u201e\n]{1,80})[\u201c\u201d]"
    "|\u300c([^\u300d\n]{1,80})\u300d|\u300e([^\u300f\n]{1,80})\u300f"
)


def _quotations(sentence):
    """The sentence's quotations, and those in another language's marks (then
    ``foreign``)."""
    for text, start, end in sentence.quotes:
        yield text, start, end, False
    for match in FOREIGN_QUOTE_RE.finditer(sentence.norm):
        text = next(group for group in match.groups() if group)
        yield text, match.start(), match.end(), True


def _usable(ctx, title, foreign):
    """``usable_title``; a title in another language's marks may keep its words in
    lower case ("„Mewy nad morzem”"): its capitalised words are tested."""
    if usable_title(ctx, title):
        return True
    capitalised = " ".join(word for word in title.split() if word[:1].isupper())
    return foreign and bool(capitalised) and usable_title(ctx, capitalised)


def offer_title(ctx, sentence, title, held):
    """Offer ``title`` as a possible track; ``held`` gains it and its short forms."""
    held |= with_beginnings({title_key(title)})
    ctx.suggest(
        _("Possible track “%(title)s”") % {"title": title},
        sentence,
        "track",
        track_value(title),
    )


def drop_held_offers(ctx):
    """Take back a track offer an earlier sentence made that a later one made a
    block of, when it names no composer or performer the block lacks."""
    blocks = {}
    for group in ctx.slots.values():
        for slot in group:
            if slot.kind == "track" and slot.keep:
                blocks[match_key(slot.value["title"])] = slot.value

    def held(item):
        value = item["value"] if item["kind"] == "track" else None
        block = value and blocks.get(match_key(value.get("title") or ""))
        return block is not None and not _adds_people(value, block)

    ctx.withdraw(held)


def _adds_people(value, block):
    """Whether a track offer names a composer or a performer its block lacks."""
    for role in ("composers", "performers"):
        known = {match_key(name) for name in block.get(role) or ()}
        if any(match_key(name) not in known for name in value.get(role) or ()):
            return True
    return False


def with_beginnings(keys):
    """The keys and their first words: "“Headlights”" after "“Headlights on
    Halsted”" is the same song's short form."""
    found = set(keys)
    for key in keys:
        words = key.split()
        found.update(" ".join(words[:size]) for size in range(1, len(words)))
    return found


def _song(sentence, start, end, cues):
    """Whether the quotation from ``start`` to ``end`` reads as a song's title."""
    among_tracks, under_songs, after_songs = cues
    norm = sentence.norm
    before, after = norm[max(0, start - 40) : start], norm[end : end + 60]
    if NOT_SONG_BEFORE_RE.search(before) or TRANSLATED_RE.search(before):
        return False
    if CREDITED_TO_RE.search(before):
        return False
    if any(pattern.search(after) for pattern in AFTER_PATTERNS):
        return False
    if NAME_AFTER_RE.match(after) and before[-2:-1].isalpha():
        return False  # "Earl “Skip” Dufresne": a nickname
    if title_elsewhere(norm, start, end):
        return False
    low, high = max(0, start - REACH), min(len(norm), end + REACH)
    near = unquoted(norm[low:start]) + " " + unquoted(norm[end:high])
    if SONG_WORD_RE.search(near):
        return True
    if under_songs and (start <= 3 or sentence.listed) and len(_words(after)) > 2:
        return True  # "The songs" / "“X” came from A": an entry of the list
    if after_songs and CALLED_RE.search(before):
        return True  # "I wrote songs at night. One was called “X”."
    return among_tracks and bool(SONG_WORD_RE.search(unquoted(norm)))


def _words(text):
    return re.findall(r"\w+", unquoted(text))


def unquoted(text):
    """The text without its quotations: a song word inside a title is none."""
    out, inside = [], False
    for char in text:
        if char == OPEN:
            inside = True
        elif char == CLOSE:
            inside = False
        elif not inside:
            out.append(char)
    return "".join(out)


# Words a record's title drops when it is compared: "X (Original Soundtrack)" is X.
RECORD_NOISE_RE = re.compile(
    r"\b(?:the|a|an|original|motion|picture|soundtrack|score|music|songs|from|film"
    r"|movie|album|ost)\b"
)


def title_key(title):
    """A title for comparisons: its words in lower case, no article first."""
    words = re.sub(r"[^\w']+", " ", match_key(title)).split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def record_key(title):
    return " ".join(RECORD_NOISE_RE.sub(" ", title_key(title)).split())


def held_keys(ctx):
    """The keys of every title and name a block or a suggestion already holds."""
    titles = [*ctx.tracks, *ctx.albums, *ctx.locations, ctx.film_key]
    titles += [*ctx.flip_sides, *ctx.doubted]
    for value in [*ctx.tracks.values(), *ctx.albums.values()]:
        titles += [value.get("artist") or "", *value.get("composers", ())]
        titles += value.get("performers", ())
    for item in ctx.suggested:
        value = item["value"] or {}
        titles += [value.get(name) or "" for name in ("title", "name")]
    held = {title_key(title) for title in titles}
    held |= {record_key(title) for title in [*ctx.albums, ctx.film_key]}
    held.discard("")
    return held


# Titles of what writes about songs, never a song the post names.
NOT_TITLES = frozenset(
    {"Billboard", "Disc", "Rolling Stone", "Variety", "Melody Maker"}
)
# A song's kind or a vehicle's number, never its title: "B-side", "RM 1872".
NOT_A_TITLE_RE = re.compile(
    r"^(?:[AB]-side|Reprise|Instrumental|Intro|Outro|[A-Z]{1,3}\s\d{2,5})$",
    re.IGNORECASE,
)
MINOR_WORDS = frozenset(
    "a an the of in on at to by for and or but with from as into".split()
)


def usable_title(ctx, title, film=True):
    """Whether a quoted title may be a record's: not a chart, a country or a month."""
    if title in COUNTRIES or title in MONTH_NAMES or len(title.split()) > 10:
        return False
    if any(pattern.search(title) for pattern, _key in CHARTS) or title in NOT_TITLES:
        return False
    if title.split()[-1] in ("Montage", "Scene", "Sequence"):
        return False  # "“Skate Montage”": a scene's name
    if ". " in title or title.isupper() and " " in title:
        return False  # "“THEY LEAVE. DAYS PASS”": a script's line
    words = [word for word in title.split() if word.lower() not in MINOR_WORDS]
    if len(words) > 2 and sum(word[:1].islower() for word in words) * 2 >= len(words):
        return False  # "“I still can't believe it”": words said, not a title
    if record_key(title) == "" or NOT_A_TITLE_RE.match(title):
        return False
    return not film or record_key(title) != record_key(ctx.film_key)
