"""A blog post's HTML -> ``ParsedPost``: decode, find the post, drop the chrome, convert."""

from .convert import Converter
from .decode import MAX_HTML_BYTES, decode_html
from .parse import parse_html, post_from_fragment
from .shortcodes import expand_shortcodes
from .stream import (
    body_text,
    content_key,
    default_features,
    first_paragraph_text,
    video_url_of,
)

__all__ = [
    "MAX_HTML_BYTES",
    "Converter",
    "body_text",
    "content_key",
    "decode_html",
    "default_features",
    "expand_shortcodes",
    "first_paragraph_text",
    "parse_html",
    "post_from_fragment",
    "video_url_of",
]
