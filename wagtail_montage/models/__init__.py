from .comments import CommentSettings, ReaderComment
from .facts import FeatureFact, normalise_fact
from .fields import VideoFeatureBodyField
from .imports import ImportedSource
from .pages import (
    AbstractVideoFeaturePage,
    VideoFeatureIndexPage,
    VideoFeaturePage,
    VideoFeaturePageTag,
)

__all__ = [
    "AbstractVideoFeaturePage",
    "CommentSettings",
    "FeatureFact",
    "ImportedSource",
    "ReaderComment",
    "VideoFeatureBodyField",
    "VideoFeatureIndexPage",
    "VideoFeaturePage",
    "VideoFeaturePageTag",
    "normalise_fact",
]
