from .comments import CommentSettings, ReaderComment
from .fields import VideoFeatureBodyField
from .pages import (
    AbstractVideoFeaturePage,
    VideoFeatureIndexPage,
    VideoFeaturePage,
    VideoFeaturePageTag,
)

__all__ = [
    "AbstractVideoFeaturePage",
    "CommentSettings",
    "ReaderComment",
    "VideoFeatureBodyField",
    "VideoFeatureIndexPage",
    "VideoFeaturePage",
    "VideoFeaturePageTag",
]
