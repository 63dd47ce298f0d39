"""Parsed posts -> draft feature pages with their images, comments and redirects."""

from .images import ImageLibrary
from .pages import BuildResult, add_held_comments, build_page, source_key

__all__ = [
    "BuildResult",
    "ImageLibrary",
    "add_held_comments",
    "build_page",
    "source_key",
]
