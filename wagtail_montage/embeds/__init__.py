"""Local YouTube/Vimeo embed finder; use it as ``{"class": "wagtail_montage.embeds"}``."""

from .finders import LocalVideoEmbedFinder, embed_finder_class
from .providers import (
    VideoRef,
    parse_start_time,
    parse_video_url,
    player_url,
    provider_name,
    thumbnail_url,
    url_at,
    watch_url,
)
from .rendering import embed_or_none

__all__ = [
    "LocalVideoEmbedFinder",
    "VideoRef",
    "embed_finder_class",
    "embed_or_none",
    "parse_start_time",
    "parse_video_url",
    "player_url",
    "provider_name",
    "thumbnail_url",
    "url_at",
    "watch_url",
]
