"""The converted body as a stream of ``(kind, value)`` blocks: its video, its text, its key."""

import hashlib
from urllib.parse import urlsplit

from ...blocks.body import PARAGRAPH_FEATURES
from ...embeds.providers import parse_start_time, parse_video_url, watch_url
from ..prose import (
    fragment_text,
    match_key,
)


def default_features():
    """The paragraph block's rich text features."""
    return PARAGRAPH_FEATURES


def video_url_of(url):
    """The watch URL of a YouTube or Vimeo embed, player or page URL, else ``""``."""
    url = (url or "").strip()
    if url.startswith("//"):
        url = "https:" + url
    ref = parse_video_url(url)
    if ref is None:
        # Old Flash embeds: youtube.com/v/ID.
        try:
            parts = urlsplit(url)
        except ValueError:
            return ""
        host = (parts.hostname or "").removeprefix("www.")
        if host == "youtube.com" and parts.path.startswith("/v/"):
            video_id = parts.path[3:].split("&")[0]
            ref = parse_video_url(f"https://www.youtube.com/embed/{video_id}")
        if ref is None:
            return ""
    return watch_url(ref, parse_start_time(url) or None)


def finish_videos(blocks):
    """The first video becomes the post's video; later ones embed blocks."""
    video_url, body, seen = "", [], set()
    for kind, value in blocks:
        if kind in ("video", "embed"):
            if value in seen:
                continue
            seen.add(value)
            if kind == "video" and not video_url:
                video_url = value
                continue
            body.append(("embed", value))
        else:
            body.append((kind, value))
    return video_url, body


def body_text(blocks):
    """The plain text of a body's paragraphs, headings and quotes."""
    parts = []
    for kind, value in blocks:
        if kind == "paragraph":
            parts.append(fragment_text(value))
        elif kind == "heading":
            parts.append(value["text"])
        elif kind == "quote":
            parts.append(value["text"])
    return "\n\n".join(part for part in parts if part)


def first_paragraph_text(blocks):
    for kind, value in blocks:
        if kind == "paragraph" and not value.startswith(("<ul", "<ol")):
            text = fragment_text(value)
            if text:
                return text
    return ""


def content_key(title, blocks):
    """A key for a post without a URL: the hash of its normalised title and text."""
    text = match_key(title) + "\n" + match_key(body_text(blocks))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
