"""An act named by a plural possessive right before a quoted title: "The Lonesome
Pines' “X”", "the Gannet Sisters' 1971 single “X”", "the Tin Fiddles' ballad “X”".
The act performs the title when it is already taken for a track (a singular
possessive, "A's “X”", is read where the track is)."""

import re

from ..prose import match_key
from .credit_appositions import COMPANY_WORDS
from .credit_tracks import is_title
from .lexicon import NAME_CONNECTORS, STOP_STARTS
from .sentences import add_unique, clean_title, run_backward

# Between the possessive and the title: a year, a song noun ("1971 single").
RECORD_NOUNS = frozenset(
    {"single", "song", "ballad", "hit", "record", "recording", "anthem", "number"}
)
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
# Plural possessives that are no act: "the Sixties' “X”".
NO_ACTS = frozenset(
    {"Twenties", "Thirties", "Forties", "Fifties", "Sixties", "Seventies"}
    | {"Eighties", "Nineties", "Olympics", "Games", "Awards", "Times", "News"}
)


def plural_possessive_acts(ctx, sentence):
    """Credit the act whose plural possessive names a known track."""
    tokens = sentence.tokens
    for text, start, _end in sentence.quotes:
        track = ctx.tracks.get(match_key(clean_title(text)))
        if track is None:
            continue
        mark = _possessive_mark(tokens, sentence.index_at(start) - 1)
        if mark is None:
            continue
        act = _act_before(ctx, sentence, mark)
        if act:
            add_unique(track["performers"], [act])
    owned_records(ctx, sentence)


def _possessive_mark(tokens, index):
    """The index of the "'" of "the Gannets' [1971] [single]" ending at ``index``."""
    back = index
    if back >= 0 and tokens[back].text.lower() in RECORD_NOUNS:
        back -= 1
    if back >= 0 and tokens[back].text.isdigit() and len(tokens[back].text) == 4:
        back -= 1
    if back < 1 or tokens[back].text != "'":
        return None
    last = tokens[back - 1].text
    if not (tokens[back - 1].cap and last.endswith("s") and not last.endswith("ss")):
        return None
    return back


def _act_before(ctx, sentence, mark):
    """The act's name, capitalised words before ``tokens[mark]``, or ""."""
    tokens = sentence.tokens
    begin = run_backward(tokens, mark - 1, NAME_CONNECTORS, 5)
    if begin is None:
        return ""
    if tokens[begin].text == "The" and mark - begin < 2:
        return ""
    name = sentence.span(begin, mark)
    words = name.split()
    if words[-1] in NO_ACTS | COMPANY_WORDS:
        return ""
    return "" if is_title(ctx, name) else name


# A record a singular possessive owns, as a sentence's subject: "Lowland Radio's
# single got to No. 23", "Ada Vale's recording, written by B, reached No. 3",
# "Vale's version is the one in the film".
OWNED_RECORDS = frozenset({"single", "recording", "version", "original"})
# Words before the name that still open its sentence: "But Vale's single ...".
OPENERS = frozenset({"But", "And", "So", "Then", "Still"})
# After the record: another record than the song's ("Vale's single before that").
OTHER_RECORD = frozenset({"of", "before", "after", "from", "with", "that", "which"})


def owned_records(ctx, sentence):
    """The song named last is performed by the one whose record of it the sentence
    opens on: "Ada Vale's single climbed to No. 9" (no other title in between)."""
    tokens = sentence.tokens
    if sentence.quotes or len(tokens) < 3:
        return
    begin = 1 if tokens[0].text in OPENERS else 0
    owner = next(
        (
            index
            for index in range(begin, min(len(tokens), begin + 5))
            if tokens[index].possessive
        ),
        None,
    )
    if owner is None or not all(token.cap for token in tokens[begin : owner + 1]):
        return
    record = owner + 1
    if record < len(tokens) and YEAR_RE.match(tokens[record].text):
        record += 1  # "Vale's 1983 single"
    if record >= len(tokens) or tokens[record].text.lower() not in OWNED_RECORDS:
        return
    if record + 1 < len(tokens) and tokens[record + 1].text.lower() in OTHER_RECORD:
        return
    name = sentence.span(begin, owner + 1)[:-2]
    if tokens[begin].text in STOP_STARTS - {"The"} or is_title(ctx, name):
        return
    track = ctx.last_track()
    if track is not None and not _credited_elsewhere(ctx, track, name):
        add_unique(track["performers"], [name])


def _credited_elsewhere(ctx, track, name):
    """Whether another song credits the owner, if only in an act's name: "Ella
    Tallis's single" after “Y” by Ella Tallis &amp; the Bs is theirs."""
    last = name.split()[-1].casefold()
    return any(
        other is not track
        and any(
            last in person.casefold().split()
            for person in other["performers"] + other["composers"]
        )
        for other in ctx.tracks.values()
    )
