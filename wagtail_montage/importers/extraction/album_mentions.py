"""The film's soundtrack album mentioned, never titled: "There is a soundtrack LP,
with the song and a side of score", "the soundtrack album, on the tiny Peach label,
is rare", "he had the Boardwalk Nights soundtrack on cassette", "The soundtrack
album never had a proper title". Taken only when the post titles no album anywhere
(a later "<i>X</i>, the soundtrack album," is the same record)."""

import re

from ..prose import match_key
from .album_soundtrack_of import soundtrack_of_film, track_of_soundtrack
from .album_topics import soundtrack_as_topic
from .discourse import untitled_soundtrack
from .sentences import clean_title, paragraph_text, split_sentences

# A soundtrack that is a record, not the music: "soundtrack album", "soundtrack LP".
RECORD_RE = re.compile(
    r"\bsoundtrack\s(?:album|LP|record|cassette|CD)\b(?!s)"
    r"|\b(?:never had|never got|never given) a (?:proper |real )?(?:title|name)\b",
    re.IGNORECASE,
)
# "the Boardwalk Nights soundtrack on cassette", "the X soundtrack has a shorter
# edit": the film's name, then "soundtrack", and a word of the thing itself.
MEDIA_RE = re.compile(
    r"\b(?:cassette|tape|vinyl|CD|LP|sleeve|copy|copies|pressing|record|shelf|edit"
    r"|version)\b",
    re.IGNORECASE,
)
# Not one the post wishes for, denies or says was never issued: "there was no
# soundtrack album", "announced, then shelved", "Is there a soundtrack album?".
NO_ALBUM_RE = re.compile(
    r"\b(?:no|never a|wasn't a|was not a|without a|there wasn't)\s(?:proper\s)?"
    r"soundtrack\b|\bnever (?:released|issued|put out|came out)\b"
    # not "back-announced": a word of its own
    r"|(?<![\w-])(?:shelved|scrapped|cancelled|canceled|planned|announced"
    r"|unreleased)\b"
    r"|\?\W{0,3}$"
    # "never on a proper soundtrack album (the film didn't get one)", "There was
    # talk of a soundtrack album but it never happened"
    r"|\bnever (?:on|in) (?:a|the)\s(?:proper\s|real\s)?soundtrack\b"
    r"|\b(?:didn't|did not|doesn't|does not|never) (?:get|got|have|had) one\b"
    r"|\bnever (?:happened|materiali[sz]ed|saw the light)\b"
    r"|\btalk of (?:a|an)\s(?:proper\s)?soundtrack\b"
    # a doubt: "I never learned whether there was a soundtrack album"
    r"|\b(?:if|whether)\sthere\s(?:was|is|were|had\sbeen|ever\swas)\s(?:a|an|any)\s"
    r"(?:proper\s)?soundtrack\b"
    # another film's: "it outsold every other soundtrack album that year"
    r"|\b(?:like|unlike|than|another|other|every)\s[^.]{0,30}\bsoundtrack\b",
    re.IGNORECASE,
)


def soundtrack_mentioned(ctx, sentence, names_album):
    """Whether the sentence mentions the film's untitled soundtrack album; if so it is
    made (once). ``names_album(sentence, title, start, end)`` says whether a quoted
    title of the post is an album's."""
    norm = sentence.norm
    if ctx.albums or not ctx.post.film_title or NO_ALBUM_RE.search(norm):
        return False
    if soundtrack_as_topic(norm):
        return False  # "an essay on the soundtrack album as a marketing tool"
    film = re.escape(ctx.post.film_title)
    named = re.search(rf"\b{film}\ssoundtrack\b", norm, re.IGNORECASE)
    named = named or soundtrack_of_film(ctx.post.film_title, norm)  # "to “X”,"
    if not (
        RECORD_RE.search(norm)
        or (named and MEDIA_RE.search(norm))
        or track_of_soundtrack(ctx.post.film_title, norm)  # "the 4th track on the X"
    ):
        return False
    if titled_album_in(ctx, names_album):
        return False
    return untitled_soundtrack(ctx, sentence) is not None


def titled_album_in(ctx, names_album):
    """Whether any sentence of the post names an album with its title."""
    for index, (kind, value) in enumerate(ctx.post.body):
        if kind != "paragraph" or not isinstance(value, str):
            continue
        for sentence in split_sentences(paragraph_text(value), index):
            for text, start, end in sentence.quotes:
                title = clean_title(text)
                if (
                    title
                    and match_key(title) != ctx.film_key
                    and names_album(sentence, title, start, end)
                ):
                    return True
    return False
