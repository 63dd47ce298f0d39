"""Songs a sentence says are on the film's record, named in a run of titles after a
plural noun of its contents ("The CD reissue adds two bonus cues, <i>X</i> and
<i>Y</i>", "the reissue adds eleven unheard takes, including two versions of
<i>X</i> and the unfinished <i>Y</i>"), or one title in apposition with a song on
the soundtrack ("<i>X</i>, the other song she had on the soundtrack", "a second
song on the LP, “X”"). Not in a
sentence that says they are not in the film ("demos cut from the film"), nor a
title that is the film's or an album's."""

import re

from ..prose import match_key
from .elsewhere import NOT_HERE_RE
from .sentences import clean_title

# Before the first title: a verb of containing and a plural noun of the record's
# contents, then (after up to a few words) the titles. "adds two bonus cues, ",
# "including two versions of ", "features three instrumentals: ".
CONTENTS_RE = re.compile(
    r"\b(?:adds?|added|includes?|included|including|features?|featured|gathers"
    r"|collects)\s(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|several|[0-9]{1,2})\s)?(?:[\w-]{1,20}\s){0,3}?(?:cues|tracks|songs|takes"
    r"|instrumentals|versions|numbers|pieces|recordings)\b"
    r"[^.;\ue000\ue001\u201c\u201d]{0,60}?[\s,:]\s?$",
    re.IGNORECASE,
)
# A record the sentence is about: "the CD reissue", "the LP", "the soundtrack".
RECORD_RE = re.compile(
    r"\b(?:reissue|re-issue|CD|LP|album|soundtrack|record|pressing|edition|disc|vinyl"
    r"|cassette|box\sset)\b",
    re.IGNORECASE,
)
# Between two titles of the run: ", ", " and ", ", and the unfinished ".
BETWEEN_RE = re.compile(
    r"^\W{0,2}\s?(?:,\s(?:and\s)?|and\s)(?:the\s)?(?:[a-z-]{1,20}\s)?\W?$"
)
# After a title: a song of the film's record. "<i>X</i>, the other song she had on
# the soundtrack", ", a track on the album".
ON_RECORD_AFTER_RE = re.compile(
    r"^\W{0,3},\s(?:the|a|an|her|his|their)\s(?:[\w-]{1,20}\s){0,2}?(?:song|track"
    r"|number|tune|cue|instrumental)\s(?:(?:she|he|they|we|I)\s(?:had|sang|wrote"
    r"|recorded|did|got|placed)\s)?(?:on|in)\s(?:the|this)\s(?:film's\s)?"
    r"(?:soundtrack|film|movie|picture)\b(?!')",
    re.IGNORECASE,
)


# Before a title: a further song of the film's record. "There was a second song on
# the LP, ", "the third track on the soundtrack, ".
ON_RECORD_BEFORE_RE = re.compile(
    r"\b(?:a|the)\s(?:second|third|fourth|fifth)\s(?:song|track|number|single)\son"
    r"\s(?:the|its)\s(?:soundtrack\s)?(?:LP|album|soundtrack|record)\W{0,3}$",
    re.IGNORECASE,
)


def song_on_record_before(before):
    """Whether the words before a title name it a further song of the record."""
    found = ON_RECORD_BEFORE_RE.search(before[-70:])
    return found is not None


def song_on_record_after(after):
    """Whether the words after a title set it in apposition with a song of the film
    or its soundtrack."""
    return bool(ON_RECORD_AFTER_RE.match(after[:90]))


def record_contents(ctx, sentence):
    """Make the titles of a run of the record's contents tracks."""
    quotes = sentence.quotes
    norm = sentence.norm
    if len(quotes) < 1 or not RECORD_RE.search(norm) or NOT_HERE_RE.search(norm):
        return
    first = next(
        (
            index
            for index, (_text, start, _end) in enumerate(quotes)
            if CONTENTS_RE.search(norm[max(0, start - 140) : start])
        ),
        None,
    )
    if first is None:
        return
    run = [quotes[first]]
    for text, start, end in quotes[first + 1 :]:
        if not BETWEEN_RE.match(norm[run[-1][2] : start]):
            break
        run.append((text, start, end))
    for text, start, _end in run:
        title = clean_title(text)
        if not title or match_key(title) == ctx.film_key or ctx.is_album_title(title):
            continue
        ctx.offset = start
        ctx.track(sentence, title)
