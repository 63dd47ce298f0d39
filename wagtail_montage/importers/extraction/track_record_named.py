"""False blocks: a quoted title the post gives as a record, not a song.

"Her second LP, A's “X”", "a cast album nobody wanted ... a label pressed one
regardless, called “X”", "we never have A's “X” in stock": the title is the album (or
the record) a song of the film is on. A track block made of it, when its sentence
names a record in the title's clause (or says "issued one" after a sentence naming
an album) or a shop's word just after it, and no word of a song, becomes a
suggestion with the same value, and the album is offered beside it: the editor
takes either. Every pattern is bounded, with no nested quantifier; each track's
sentence and the one before it are read once.
"""

import re

from django.utils.translation import gettext as _

from .context import album_value

# A record's word before the title, in its clause: "the LP it is on, A's “X”"
# (not "from their album": the title before it is the song).
RECORD_RE = re.compile(
    r"(?<!from\s)(?<!from\stheir\s)(?<!from\sher\s)(?<!from\shis\s)"
    r"(?<!from\sthe\s)(?<!on\sthe\s)\b(?:albums?|LPs?|EPs?|long-?players?)\b",
    re.IGNORECASE,
)
# A shop's word for a record just after it: "A's “X” in the bins", "in stock".
SHOP_RE = re.compile(
    r"^\W{0,3}(?:in\sthe\s(?:racks|bins)|in\sstock|on\sthe\sshelves)\b",
    re.IGNORECASE,
)
# A song's word: the title is then (also) a song.
SONG_RE = re.compile(
    r"\b(?:songs?|singles?|tracks?|tunes?|themes?|ballads?|numbers?(?!\s\d)|sung|sang|sings?"
    r"|sing|lyrics|chorus|cover|version|montage|scene|sequence|opener|closer"
    r"|instrumentals?|pieces?|cues?|plays|played|playing|heard|wrote|written|composed"
    r"|performed|performs|recorded"
    r"|title\s(?:song|track|cut))\b",
    re.IGNORECASE,
)
# What a record holds, between its word and the title: "the album also has A's “X”",
# "the LP adds “X”": the title is a song on it.
HOLDS_RE = re.compile(
    r"\b(?:has|have|had|includes?|included|adds?|added|features?|featured"
    r"|contains?|gave\sus|gives\sus|opens\swith|closes\swith)\b",
    re.IGNORECASE,
)
# What points back at a record named in the sentence before.
BACK_RE = re.compile(r"\b(?:released|issued|put\sout|pressed)\sone\b", re.IGNORECASE)


def _record_named(sentence, before, title):
    text = sentence.orig.replace(title, " ")
    if SONG_RE.search(text):
        return False
    spans = [(start, end) for said, start, end in sentence.quotes if said == title]
    if not spans:
        return False
    quoted, end = spans[0]
    # from the last title or semicolon before it: "the album, “Y”, also gave us “X”"
    # is Y's
    cut = max(
        [close for _text, _open, close in sentence.quotes if close <= quoted] + [0]
    )
    clause = sentence.orig[max(cut, sentence.orig.rfind(";", 0, quoted) + 1) : quoted]
    record = RECORD_RE.search(clause)
    if record and not HOLDS_RE.search(clause, record.end()):
        return True
    if SHOP_RE.search(sentence.orig[end : end + 30]):
        return True
    return bool(
        before is not None
        and before.paragraph == sentence.paragraph
        and BACK_RE.search(sentence.orig[:quoted])
        and RECORD_RE.search(before.orig)
        and not SONG_RE.search(before.orig)
    )


def demote_record_tracks(ctx, sentences):
    """Make a suggestion of each track block its sentence gives as a record."""
    said = [sentence for sentence in sentences if not sentence.heading]
    by_number = {sentence.number: sentence for sentence in said}
    for slots in ctx.slots.values():
        for slot in slots:
            if not (slot.keep and slot.kind == "track"):
                continue
            sentence = by_number.get(slot.order[0])
            if sentence is None or sentence.display != slot.sentence:
                continue
            title = slot.value["title"]
            if not _record_named(sentence, by_number.get(slot.order[0] - 1), title):
                continue
            slot.keep = False
            ctx.suggest_line(
                _("Possible song of the film, or the record it is on: “%(title)s”")
                % {"title": title},
                slot.sentence,
                "track",
                slot.value,
            )
            if not ctx.is_album_title(title):
                ctx.suggest_line(
                    _("Possible album “%(title)s”") % {"title": title},
                    slot.sentence,
                    "album",
                    album_value(title),
                )
