"""Facts that point at other blocks of the same page, by title: a segment's
track, a track's album, a chart fact's track or album.

The editor picks the title from the page's own tracks and albums (the input
offers them, ``static/wagtail_montage/js/editor.js``); whatever is typed, a
title that matches no block on the page is refused when the page is cleaned
(``AbstractVideoFeaturePage.clean``, so the admin and ``full_clean()`` alike),
beside the field, with the closest title offered.
"""

import difflib
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

WORD_RE = re.compile(r"\w+")
# difflib's own default: "Danger Zones" and "Danger Zone (single)" are near
# "Danger Zone"; "Heart's on Fire" is not near "Burning Heart".
SUGGESTION_CUTOFF = 0.6

TRACK = "track"
ALBUM = "album"
TRACK_OR_ALBUM = "track_or_album"


class ReferenceBlock(blocks.CharBlock):
    """The title of a track or an album block of the same page.

    ``to`` is ``"track"``, ``"album"`` or ``"track_or_album"``; the input says
    so in ``data-montage-reference`` for the editor's script, which offers the
    page's titles of that kind as the editor types.
    """

    def __init__(self, to, required=False, **kwargs):
        self.to = to
        super().__init__(required=required, max_length=255, **kwargs)
        self.field.widget.attrs.update(
            {"data-montage-reference": to, "autocomplete": "off"}
        )


def normalise_title(title):
    """How titles are compared: case and runs of spaces do not matter."""
    return " ".join(str(title or "").split()).casefold()


def titles_of(stream, block_type):
    """``{normalised title: title as written}`` of the stream's blocks of that type."""
    titles = {}
    for child in stream or ():
        if child.block_type == block_type:
            title = str(child.value.get("title") or "").strip()
            if title:
                titles.setdefault(normalise_title(title), title)
    return titles


def similarity(typed, known):
    """How alike two normalised titles are, 0 to 1: as spelled (difflib), or by
    the share of the typed words the known title holds ("Top Gun soundtrack" is
    near "Top Gun: Original Motion Picture Soundtrack")."""
    spelled = difflib.SequenceMatcher(None, typed, known).ratio()
    typed_words = set(WORD_RE.findall(typed))
    if not typed_words:
        return spelled
    shared = len(typed_words & set(WORD_RE.findall(known))) / len(typed_words)
    return max(spelled, shared)


def closest(title, titles):
    """The title of ``titles`` (normalised -> written) nearest to ``title``, or None."""
    typed = normalise_title(title)
    scored = [(similarity(typed, known), known) for known in titles]
    if not scored:
        return None
    score, known = max(scored)
    return titles[known] if score >= SUGGESTION_CUTOFF else None


NOT_FOUND = {
    TRACK: _("No track on this page is called “%(title)s”."),
    ALBUM: _("No album on this page is called “%(title)s”."),
}
NONE_YET = {
    TRACK: _("Add a track block with this title to the body first, or leave it blank."),
    ALBUM: _(
        "Add an album block with this title to the body first, or leave it blank."
    ),
}
CHOOSE_OTHER_KIND = {
    TRACK: _(
        "“%(title)s” is an album on this page: choose “Album” under “Track or album”."
    ),
    ALBUM: _(
        "“%(title)s” is a track on this page: choose “Track” under “Track or album”."
    ),
}


def missing_message(title, kind, titles, other_titles=None):
    """Why ``title`` (of a ``kind``) is refused, with the closest title offered."""
    if other_titles and normalise_title(title) in other_titles:
        return CHOOSE_OTHER_KIND[kind] % {"title": title}
    message = NOT_FOUND[kind] % {"title": title}
    suggestion = closest(title, titles)
    if suggestion:
        return f"{message} " + _("Did you mean “%(title)s”?") % {"title": suggestion}
    if titles:
        listed = ", ".join(f"“{name}”" for name in list(titles.values())[:5])
        return f"{message} " + _("This page has: %(titles)s.") % {"titles": listed}
    return f"{message} {NONE_YET[kind]}"


def check(title, kind, titles, other_titles=None):
    """The error message for a title that matches nothing, or None."""
    title = str(title or "").strip()
    if not title or normalise_title(title) in titles:
        return None
    return missing_message(title, kind, titles, other_titles)


def body_reference_errors(body, tracks, albums):
    """``{index: {field: message}}`` of the body's references that match nothing."""
    errors = {}
    for index, child in enumerate(body or ()):
        value = child.value
        if child.block_type == "track":
            message = check(value.get("album_title"), ALBUM, albums)
            if message:
                errors[index] = {"album_title": message}
        elif child.block_type == "chart_fact":
            if value.get("subject_kind") == ALBUM:
                message = check(value.get("subject_title"), ALBUM, albums, tracks)
            else:
                message = check(value.get("subject_title"), TRACK, tracks, albums)
            if message:
                errors[index] = {"subject_title": message}
    return errors


def segment_reference_errors(segments, tracks):
    errors = {}
    for index, child in enumerate(segments or ()):
        if child.block_type == "video_segment":
            message = check(child.value.get("track_title"), TRACK, tracks)
            if message:
                errors[index] = {"track_title": message}
    return errors


class ReferenceValidationError(StreamBlockValidationError):
    """A stream's references that match nothing: beside each field in the admin,
    and readable as one message (``"3, album_title: No album ..."``) in code."""

    def __init__(self, errors):
        super().__init__(
            block_errors={
                index: StructBlockValidationError(
                    block_errors={
                        name: ValidationError(message, code="no_such_block")
                        for name, message in fields.items()
                    }
                )
                for index, fields in errors.items()
            }
        )
        self.message = "; ".join(
            f"{index}, {name}: {message}"
            for index, fields in errors.items()
            for name, message in fields.items()
        )


def reference_errors(body, segments=None, check_body=True, check_segments=True):
    """``{"body": error, "segments": error}`` for the references of a page's
    ``body`` and ``segments`` (StreamValues) that match no block of its body;
    empty when every one matches. Each error is a ``StreamBlockValidationError``
    that puts the message beside the field in the admin."""
    tracks, albums = titles_of(body, "track"), titles_of(body, "album")
    found = {}
    if check_body:
        found["body"] = body_reference_errors(body, tracks, albums)
    if check_segments:
        found["segments"] = segment_reference_errors(segments, tracks)
    return {
        name: ReferenceValidationError(errors)
        for name, errors in found.items()
        if errors
    }


def reference_messages(error):
    """``{index: {field: message}}`` of one ``reference_errors`` value: what code
    that calls ``full_clean()`` reads."""
    return {
        index: {
            name: " ".join(field_error.messages)
            for name, field_error in block_error.block_errors.items()
        }
        for index, block_error in error.block_errors.items()
    }
