"""Writers or performers counted, then listed after a colon: "written by three
people: the band's singer, A; their producer, B; and a session guitarist named C",
"sung by two brothers: A and B". The names the list gives, one an item, are
credited when there are as many as the count says; else none."""

import re

from .credit_tracks import known_track
from .lexicon import NUMBER_WORDS
from .sentences import add_unique, names_span

# The credit, the count and a plural noun, up to the colon.
COUNTED_RE = re.compile(
    r"\b(written|co-written|composed|penned|sung|performed|recorded)\sby\s"
    r"(two|three|four|five)\s(?:[a-z-]{1,20}\s){0,2}?[a-z-]{2,20}s?\s?:\s",
    re.IGNORECASE,
)
WRITING = frozenset({"written", "co-written", "composed", "penned"})


def counted_lists(ctx, sentence):
    """Credit the names of each counted list to the track named before it."""
    for match in COUNTED_RE.finditer(sentence.norm):
        count = NUMBER_WORDS.get(match.group(2).lower())
        names = _listed(sentence, match.end(), count)
        if not names:
            continue
        track = known_track(ctx, sentence.norm[: match.start()])
        if track is None and re.match(r"^\s?(?:It|The song)\s", sentence.norm):
            track = ctx.last_track()  # "It was written by three people: ..."
        if track is None:
            continue
        role = "composers" if match.group(1).lower() in WRITING else "performers"
        add_unique(track[role], names)


def _listed(sentence, offset, count):
    """The names the list from ``offset`` gives when there are ``count``: one an
    item when semicolons split it (the first name after its role), else the one
    run of names ("A, B and C")."""
    tokens = sentence.tokens
    index = sentence.index_at(offset)
    if ";" not in sentence.norm[offset:]:
        names = names_span(sentence, _first_name(tokens, index), limit=count + 1)[0]
        return names if len(names) == count else []
    names = []
    while len(names) <= count:
        index = _first_name(tokens, index)
        found, index = names_span(sentence, index, limit=1)
        if not found:
            break
        names += found
        while index < len(tokens) and tokens[index].text not in (";", ".", "!", "?"):
            index += 1  # the rest of the item: ", who has never been photographed"
        if index >= len(tokens) or tokens[index].text != ";":
            break
        index += 1
    return names if len(names) == count else []


def _first_name(tokens, index):
    """The index of the first capitalised word from ``tokens[index]`` in the
    item (its role's words before it), or the item's end."""
    while index < len(tokens) and not tokens[index].cap:
        if tokens[index].text in (";", ".", "!", "?"):
            return index
        index += 1
    return index
