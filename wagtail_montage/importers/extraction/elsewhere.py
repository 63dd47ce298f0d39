"""Songs a post names that are not in its film: the singer's next single, the
follow-up, a B-side, a song "which is not in this movie" or "from another film".
Once the whole post is read, such a track (made by any rule, a chart fact's too)
and the chart facts about it become a suggestion. Every pattern is bounded, with
no nested quantifier."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key
from .track_film_named import film_named
from .track_temps import temp_title
from .track_unused import unused_title

# Just before the title: a release of the artist's other than the film's song.
# "Her next single, “X”", "The follow-up, “X”", "his earlier hit “X”". Not "the
# next song" nor "the other song": songs of the film too.
OTHER_RELEASE_RE = re.compile(
    r"\b(?:(?:next|previous|earlier|later|subsequent|other|follow-up)\s"
    r"(?:single|singles|hit|hits|45|release|record)"
    # (not "the B-side, “X”": a B-side is the single's too, in the film unless
    # the post says it is not)
    r"|follow-up|followup"
    # "his own hit the following year, “X”", "one more hit afterwards, “X”": a
    # later release
    r"|(?:single|hit|record|release)\s(?:the\sfollowing\syear|the\snext\syear"
    r"|the\syear\safter|a\syear\slater|years\slater|afterwards|after\sthat)"
    # "She followed it with “X”", "A year later she released “X”", "the next
    # year's “X”"
    r"|followed\s(?:it|that|this)\s(?:up\s)?with"
    r"|(?:a\syear|two\syears|years|months)\slater,?\s(?:she|he|they|[A-Z][a-z]+)\s"
    r"(?:released|recorded|put\sout|had)"
    r"|(?:next|following)\syear's)"
    r"\W{0,3}(?:was\s|is\s|being\s)?$",
    re.IGNORECASE,
)
# After the title: it is not in the film. "which is not in this movie", "isn't in
# the film", "which is not from the film", "was never used in the film", "isn't
# actually in the film", "isn't heard anywhere in the finished film", "has nothing
# to do with this film", "sang it in another film", "was cut from the film", "was
# left out of the film", "didn't make the final cut", "but never used".
NOT_HERE_RE = re.compile(
    r"(?:\bnot|n't|\bnever)\s(?:(?:actually|really|even|ever|once)\s)?"
    r"(?:(?:used|heard|featured|included|played|appear|appears|appeared|feature"
    r"|features|made it|make it|makes it|part of)\s)?(?:anywhere\s)?"
    r"(?:in|into|on|of|from)\s(?:the|this)\s(?:(?:final|finished|actual|released)\s)?"
    r"(?:film|movie|picture)\b(?!')"
    r"|(?:\bnot|n't|\bnever)\smake\s(?:the|its)\s(?:final\s)?cut\b"
    # "which has never been in a film": in none, this one neither (not "never been
    # in a film before")
    r"|(?:\bnot|n't|\bnever)\s(?:ever\s)?been\s(?:(?:used|heard|featured)\s)?in\s"
    r"(?:a|any)\s(?:film|movie|picture)\b(?!\s(?:before|until|till|since|of))"
    r"|\bbut\s(?:was\s|were\s)?(?:not|never)\s(?:used|included)\b"
    r"|\bleft\sout\sof\s(?:the|this)\s(?:final\s)?(?:film|movie|picture)\b(?!')"
    # "is not in the montage, nor anywhere else in the film"
    r"|\b(?:nor|or)\sanywhere\s(?:else\s)?in\s(?:the|this)\s(?:film|movie|picture)\b"
    r"|\bnothing to do with (?:the|this) (?:film|movie|picture)\b"
    r"|\bno (?:connection|link) (?:to|with) (?:the|this) (?:film|movie|picture)\b"
    r"|\bunrelated to (?:the|this) (?:film|movie|picture)\b"
    # Not "written for a different film", "first heard in another film": reused.
    r"|(?<!appeared )(?<!heard )(?<!used )(?<!featured )\bin (?:another|a different)"
    r" (?:film|movie|picture)\b"
    r"|\bcut from (?:the|this) (?:final |finished )?(?:film|movie|picture)\b(?!')"
    # "is only in the trailer", "plays in the remake, not the original"
    r"|\b(?:only|just) (?:used |heard )?in (?:the|a) (?:trailer|teaser|sequel|remake)\b"
    r"|\b(?:plays|played|is|was|appears|appeared) in (?:the|a) (?:sequel|remake)\b"
    r"(?! (?:too|as well|also)\b)",
    re.IGNORECASE,
)
# Between the title and that negation: a clause with a subject of its own ("“X”
# plays over the credits, but the band is not in the film").
NEW_SUBJECT_RE = re.compile(
    r"(?:\b(?:but|though|although|while|whereas|and|because|since)|[;:])\s"
    r"(?:the|a|an|his|her|their|he|she|they|we|I|you|[A-Z])\b"
)

# A clause after a semicolon about the title before it: "; it has", "; that one".
# Not "; the single mix is not in the film": a thing of its own.
PRONOUN_CLAUSE_RE = re.compile(
    r"^;\s(?:it|that one|this one|the song|the single)\s(?:has|had|is|was|isn't"
    r"|wasn't|does|did|doesn't|didn't|never|appears|appeared)\b"
)


def title_elsewhere(norm, start, end):
    """Whether the title quoted from ``norm[start]`` to ``norm[end]`` is a song the
    sentence says is not in the film."""
    if OTHER_RELEASE_RE.search(norm[max(0, start - 40) : start]):
        return True
    after = norm[end : end + 140]
    for mark in (";", "\u201c", "\ue000"):
        found = after.find(mark)
        if found >= 0:
            after = after[:found]
    negation = NOT_HERE_RE.search(after)
    if negation:
        return not NEW_SUBJECT_RE.search(after[: negation.start()])
    # "“X” spent six weeks at No. 1; it has no connection to the film"
    rest = norm[end + len(after) : end + 140]
    return bool(
        PRONOUN_CLAUSE_RE.match(rest)
        and "\u201c" not in rest
        and NOT_HERE_RE.search(rest[:80])
    )


def _mention(display, title):
    """``(norm, start, end)`` of the quoted title in a fact's sentence, or None."""
    norm = display.translate({0x2019: "'", 0x2018: "'", 0x2013: "-"})
    title = title.translate({0x2019: "'", 0x2018: "'", 0x2013: "-"})
    start = norm.find("\u201c" + title)
    if start < 0:
        return None
    end = norm.find("\u201d", start + len(title))
    return norm, start, (end + 1 if end >= 0 else start + len(title) + 1)


def drop_songs_elsewhere(ctx):
    """Make a suggestion of each track the sentence naming it first says is not in
    the film, with its chart facts."""
    slots = [slot for group in ctx.slots.values() for slot in group]
    for key, track in list(ctx.tracks.items()):
        made = next(
            (slot for slot in slots if slot.kind == "track" and slot.value is track),
            None,
        )
        mention = made and _mention(made.sentence, track["title"])
        if not (made and made.keep and mention):
            continue
        if not (title_elsewhere(*mention) or temp_title(*mention)):  # "a temp track"
            if not (unused_title(*mention) or film_named(*mention)):  # "unused"
                continue
        made.keep = False
        for slot in slots:
            value = slot.value
            if (
                slot.kind == "chart_fact"
                and value.get("subject_kind") == "track"
                and match_key(value.get("subject_title") or "") == key
            ):
                slot.keep = False
        ctx.suggest_line(
            _("“%(title)s” seems to be a song that is not in the film")
            % {"title": track["title"]},
            made.sentence,
        )
