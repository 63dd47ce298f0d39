"""What extraction knows of one post so far: the blocks found, by paragraph, and the
tracks, albums and places already named."""

from dataclasses import dataclass

from ...blocks.charts import chart_fact_data
from ..prose import match_key
from .patterns import ALBUM_WORDS_RE

# -- Blocks ---------------------------------------------------------------------------


def track_value(title):
    return {
        "title": title,
        "composers": [],
        "performers": [],
        "usage": "featured",
        "album_title": "",
        "notes": "",
    }


def album_value(title):
    return {
        "title": title,
        "artist": "",
        "record_label": "",
        "release_date": "",
        "notes": "",
    }


def chart_fact_value(subject, kind, artist):
    return chart_fact_data(subject_title=subject, subject_kind=kind, artist=artist)


def location_value(name):
    return {
        "name": name,
        "kind": "filming_location",
        "region": "",
        "country": "",
        "stood_in_for": "",
        "latitude": None,
        "longitude": None,
        "note": "",
    }


# -- Text -----------------------------------------------------------------------------


def suggestion_line(text, display):
    """A suggestion as the command's report lists it: what, then its sentence."""
    return f"{text} — “{display}”"


@dataclass
class Slot:
    kind: str
    value: dict
    sentence: str
    order: tuple
    keep: bool | None = True


@dataclass
class Pending:
    slot: Slot
    kind: str  # subject kind
    sentence_charts: set
    label: str


def record_subject(kind, value):
    """``(title, kind, artist)``, a chart fact's subject, of a track's or an album's
    block value: a track's artist is its first performer."""
    if kind == "album":
        return (value["title"], "album", value["artist"])
    return (value["title"], "track", ", ".join(value["performers"][:1]))


class FactContext:
    def __init__(self, post):
        self.post = post
        self.slots = {}  # paragraph index -> [Slot]
        self.tracks = {}  # normalised title -> value
        self.track_order = []
        self.albums = {}
        self.last_album = None
        # The discourse memory: what "it", "the single", "the album", "there" and
        # "she" point at, the most recent last.
        self.recent = []  # ("track" | "album", key)
        self.last_place = ""  # a capitalised place after "in", filmed or not
        self.sentence_places = []  # the locations of the sentence being read
        self.filming_recent = False  # whether the last sentence was about filming
        self.locations = {}
        self.pending = []
        # The quoted title of the sentence before when nothing said it was a song:
        # the next sentence may ("That would be “X”. It is sung by A.").
        self.pending_title = None
        # The list of songs being read: (first item, last item, tracks before it).
        self.list_run = None
        self.doubted = set()  # keys of the tracks of such a list, until confirmed
        # The italic title the post's title names, seen without its year.
        self.film_candidate = None
        self.post_charts = set()
        self.suggestions = []
        self.suggested = []  # the same, as {message, sentence, kind, value}
        self.film_sentence = ""
        self.film_key = match_key(post.film_title)
        self.offset = 0  # where in the sentence the fact being added was found
        self.previous = None  # the sentence read before the one being read
        # Each quoted title as written, by its key: what an "other" of the memory is.
        self.quoted_titles = {}
        self.quoted_paragraph = -1  # the paragraph that quoted a title last
        self.heading = None  # the heading read last
        self.table = None  # the table of songs being read (track_tables)
        self.quiz_questions = {}  # a quiz's song questions (track_quiz_answers)
        # Each track's people (key -> names) as known before the sentence being read
        # and once its credits are read: "X recorded it too" is no credit of before.
        self.credited = ({}, {})
        # State of single readers, kept for the post: the record whose chart table is
        # being read, as (paragraph, header) (chart_table_columns); the paragraph of a
        # countdown's entry (track_countdown); the pronoun the post gives each name and
        # its sentences read once (credit_genders); its text read once
        # (credit_name_songs); each paragraph's casefolded text (chart_named_owners).
        self.record_table = None
        self.countdown_paragraph = None
        self.name_pronouns = None
        self.gender_sentences = None
        self.name_songs_text = None
        self.paragraph_texts = {}
        self.described_films = None  # titles called films (track_film_titles)
        self.flip_sides = set()  # keys of the B-sides named (track_flip_sides)
        self.deferred_credits = {}  # key of an "other" title -> its credits
        self.picks_run = None  # a list of picks: first item, keys (track_pick_lists)

    # Bookkeeping

    def add(self, sentence, kind, value, keep=True, offset=None):
        """A block after the sentence's paragraph, in the order of the text."""
        if offset is None:
            offset = self.offset
        order = (sentence.number, offset, len(self.slots.get(sentence.paragraph, ())))
        slot = Slot(kind, value, sentence.display, order, keep)
        self.slots.setdefault(sentence.paragraph, []).append(slot)
        return slot

    def suggest(self, text, sentence, kind="", value=None):
        """A finding too unsure for a block: a line of the report, and for the review
        the sentence and (when it would make one) the block an editor may accept."""
        self.suggest_line(text, sentence.display, kind, value)

    def suggest_line(self, text, display, kind="", value=None):
        line = suggestion_line(text, display)
        if line not in self.suggestions:
            self.suggestions.append(line)
            self.suggested.append(
                {
                    "message": text,
                    "sentence": display,
                    "kind": kind if value is not None else "",
                    "value": value,
                    # the kind of fact it is about, with a block or not
                    # (suggestion_superseded)
                    "about": kind,
                }
            )

    def withdraw(self, drop):
        """Take back the suggestions ``drop(item)`` picks, from the review's list and
        the report's lines alike."""
        kept, lines = [], set()
        for item in self.suggested:
            if drop(item):
                lines.add(suggestion_line(item["message"], item["sentence"]))
            else:
                kept.append(item)
        if lines:
            self.suggested[:] = kept
            self.suggestions[:] = [
                line for line in self.suggestions if line not in lines
            ]

    def track(self, sentence, title):
        key = match_key(title)
        if key not in self.tracks:
            value = track_value(title)
            self.tracks[key] = value
            self.track_order.append((key, sentence.paragraph))
            self.add(sentence, "track", value)
        self.remember("track", key)
        return self.tracks[key]

    def album(self, sentence, title):
        key = match_key(title)
        if key not in self.albums:
            value = album_value(title)
            self.albums[key] = value
            self.add(sentence, "album", value)
        self.last_album = key
        self.remember("album", key)
        return self.albums[key]

    def remember(self, kind, key):
        self.recent = [item for item in self.recent if item != (kind, key)][-4:]
        self.recent.append((kind, key))

    def last(self, kind=None):
        """(title, kind, artist) of the track or album named last, or None."""
        for found, key in reversed(self.recent):
            if found == "other":
                if kind in (None, "track"):
                    return None  # "it" after another song: not one of the post's
                continue
            if kind in (None, found):
                records = self.albums if found == "album" else self.tracks
                return record_subject(found, records[key])
        return None

    def last_track(self):
        """The track (its block value) named last, or None when the last record
        named is an album or a song that is not the post's."""
        subject = self.last()
        if subject is None or subject[1] != "track":
            return None
        return self.tracks.get(match_key(subject[0]))

    def is_album_title(self, title):
        return match_key(title) in self.albums or bool(ALBUM_WORDS_RE.search(title))

    # Places

    def location(self, sentence, name):
        key = match_key(name)
        if key not in self.locations:
            value = location_value(name)
            self.locations[key] = value
            self.add(sentence, "location", value)
        return self.locations[key]
