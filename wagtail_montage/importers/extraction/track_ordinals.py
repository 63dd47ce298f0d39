"""A song named as the next of the post's songs by an ordinal at the head of its
sentence: "The second, “X”, is Linus Pell's alone", "The other, slower one, “X”,
closes the film", "The third, sillier number, “X”, is by the Spotted Tiles". Once
the post has named a song, "the second" is the second song; "The first, “X”" only
with a song noun said ("The first tune, “X”") or a song's making after it ("The
first, “X”, the pair wrote together"). In a sentence that opens on the first of a
run ("First comes “X”, ...; then “Y”"), the title after "then" is the next song."""

import re

# At the head of the sentence (an opening word or two at most): "The second, ",
# "Then the third, a waltz, ", "The other, slower number, ".
LATER_ORDINAL_RE = re.compile(
    r"^(?:[A-Z][a-z]{1,10},?\s)?(?:[Tt]he|[Aa])\s(?:second|third|fourth|fifth|other"
    r"|next|last|final)(?:\sone)?"
    r"(?:,\s(?:an?\s)?(?:[\w'-]{1,20}\s){0,3}?(?:one|number|song|tune|track|piece"
    r"|ballad|waltz|cue|instrumental))?,\s\W?$"
)
FIRST_ORDINAL_RE = re.compile(
    r"^(?:[A-Z][a-z]{1,10},?\s)?[Tt]he\s(?:first|opening)"
    r"(?:(?:,\s(?:[\w'-]{1,20}\s){0,3}?|\s)(?P<noun>number|song|tune|track|ballad|cue))?"
    r",\s\W?$"
)
# A sentence that opens on the first of a run of songs, then "then" before the next:
# "First comes “X”, ...; then “Y”, ...", "First up is “X”, and then “Y”".
FIRST_THEN_RE = re.compile(
    r"^(?:First|The\sfirst\sone|First\sup)\s(?:comes|is|we\shear|you\shear|came|was)\s"
    r"\W?[^;]{0,200}[;,]\s(?:and\s)?then\s(?:comes\s|came\s)?\W?$"
)
# After a bare "The first, “X”,": what makes it a song, its writing or its tune.
SONG_WORDS_RE = re.compile(
    r"\b(?:wrote|written|co-wrote|co-written|sang|sung|sings|tune|words|music|lyrics?"
    r"|melody|song|recorded)\b"
)


def ordinal_song(sentence, start, tracks):
    """Whether an ordinal at the head of the sentence names the title quoted at
    ``start`` as the next of the post's songs (``tracks`` so far)."""
    head = sentence.norm[:start]
    if tracks and FIRST_THEN_RE.match(sentence.norm[: start + 1]):
        return True  # "First comes “X” ...; then “Y”"
    if len(head) > 80:
        return False
    first = FIRST_ORDINAL_RE.match(head)
    if first:  # "The first tune, “X”", or "The first, “X”, the pair wrote"
        return bool(first.group("noun")) or bool(
            SONG_WORDS_RE.search(sentence.norm[start : start + 160])
        )
    return bool(tracks and LATER_ORDINAL_RE.match(head))
