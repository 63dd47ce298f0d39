"""The JSON APIs: fields for Wagtail's page APIs (v2, v3), the typed block
schemas, and the plugin's own API (mounted from ``wagtail_montage.api.urls``)."""

from .wagtail import (
    AlternateTitlesField,
    CommentCountField,
    CommentsOpenField,
    HeroImageField,
    TagNamesField,
    VideoField,
    register_v3_schemas,
)

__all__ = [
    "AlternateTitlesField",
    "CommentCountField",
    "CommentsOpenField",
    "HeroImageField",
    "TagNamesField",
    "VideoField",
    "register_v3_schemas",
]
