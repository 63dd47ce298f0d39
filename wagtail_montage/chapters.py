"""A feature's segments as chapters: a WebVTT chapters file, the text of
YouTube's description chapters, and the checks YouTube applies to them.

One reading of the segments for all three (and for the JSON-LD's ``Clip``
items): sorted by start; of two segments with one start, the first the editor
placed; a missing end is the next chapter's start, and an end after the next
start is cut to it (chapters do not overlap). The last chapter without an end
runs to the end of the video, whose length nothing here knows (no network):
its cue ends at ``OPEN_END`` seconds, which players clip to the video's own end,
and its ``Clip`` has no ``endOffset``.
"""

from dataclasses import dataclass

from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .blocks.values import format_timecode

# Where the cue of a last chapter without an end stops: 24 hours, past the end
# of any clip a feature is about.
OPEN_END = 24 * 60 * 60
# YouTube's rules for chapters in a description.
YOUTUBE_MIN_CHAPTERS = 3
YOUTUBE_MIN_SECONDS = 10


@dataclass(frozen=True)
class Chapter:
    start: int
    end: int | None  # None: runs to the end of the video
    title: str
    track_title: str = ""
    description: str = ""


def chapters_of(page):
    """The page's segments as ``Chapter`` items, by start (see the module's rules)."""
    by_start = {}
    for child in page.segments:
        segment = child.value
        by_start.setdefault(segment.start_seconds, segment)
    starts = sorted(by_start)
    chapters = []
    for index, start in enumerate(starts):
        segment = by_start[start]
        following = starts[index + 1] if index + 1 < len(starts) else None
        end = segment.end_seconds
        if following is not None and (end is None or end > following):
            end = following
        chapters.append(
            Chapter(
                start,
                end,
                " ".join(segment["label"].split()),
                segment.get("track_title") or "",
                segment.get("description") or "",
            )
        )
    return chapters


# -- WebVTT ---------------------------------------------------------------------


def vtt_timestamp(seconds):
    """``HH:MM:SS.mmm``."""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.000"


def _cue_text(text):
    # A cue's text may not hold "-->" or a blank line; & and < start markup.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text or "-"


def webvtt(chapters):
    """The WebVTT chapters file of ``chapters`` (text)."""
    lines = ["WEBVTT", ""]
    for number, chapter in enumerate(chapters, start=1):
        end = chapter.end if chapter.end is not None else OPEN_END
        lines += [
            str(number),
            f"{vtt_timestamp(chapter.start)} --> {vtt_timestamp(end)}",
            _cue_text(chapter.title),
            "",
        ]
    return "\n".join(lines)


def chapters_vtt_response(page, request):
    """``<feature URL>chapters.vtt``: the chapters file of the page's segments."""
    response = HttpResponse(
        webvtt(chapters_of(page)), content_type="text/vtt; charset=utf-8"
    )
    # Players on other sites (a front end's <track>) may read it.
    response["Access-Control-Allow-Origin"] = "*"
    return response


# -- YouTube description chapters -------------------------------------------------


def youtube_chapter_text(chapters):
    """``0:00 Title`` lines, one per chapter, for a YouTube description."""
    return "\n".join(f"{format_timecode(c.start)} {c.title}" for c in chapters)


def youtube_chapter_problems(page, chapters=None):
    """Why the segments cannot make YouTube chapters as they are (a list of
    messages; empty: they can). The last chapter's length is not known."""
    chapters = chapters_of(page) if chapters is None else chapters
    if not chapters:
        return []
    problems = []
    if chapters[0].start != 0:
        problems.append(_("The first chapter must start at 0:00."))
    if len(chapters) < YOUTUBE_MIN_CHAPTERS:
        problems.append(
            ngettext(
                "YouTube needs at least %(count)d chapters; there is %(found)d.",
                "YouTube needs at least %(count)d chapters; there are %(found)d.",
                len(chapters),
            )
            % {"count": YOUTUBE_MIN_CHAPTERS, "found": len(chapters)}
        )
    segment_starts = [child.value.start_seconds for child in page.segments]
    if len(set(segment_starts)) < len(segment_starts):
        problems.append(
            _("Two segments start at the same time: only the first is a chapter.")
        )
    for chapter, following in zip(chapters, chapters[1:], strict=False):
        if following.start - chapter.start < YOUTUBE_MIN_SECONDS:
            problems.append(
                _("“%(title)s” (%(start)s) is shorter than %(seconds)d seconds.")
                % {
                    "title": chapter.title,
                    "start": format_timecode(chapter.start),
                    "seconds": YOUTUBE_MIN_SECONDS,
                }
            )
    return problems


def chapters_url(page, request=None):
    """The absolute URL of the page's chapters file, or None (no URL)."""
    url = page.get_full_url(request)
    return f"{url}chapters.vtt" if url else None
