from .cache_changes import MissedCacheChange
from .comments import CommentSettings, ReaderComment
from .facts import FeatureFact, normalise_fact
from .fields import VideoFeatureBodyField
from .imports import ImportedSource, ImportSuggestion
from .pages import (
    AbstractVideoFeaturePage,
    VideoFeatureIndexPage,
    VideoFeaturePage,
    VideoFeaturePageTag,
    feature_page_models,
    feature_page_tables,
    feature_pages,
    get_feature_page_model,
    tagged_feature_q,
)

__all__ = [
    "AbstractVideoFeaturePage",
    "CommentSettings",
    "FeatureFact",
    "ImportSuggestion",
    "ImportedSource",
    "MissedCacheChange",
    "ReaderComment",
    "VideoFeatureBodyField",
    "VideoFeatureIndexPage",
    "VideoFeaturePage",
    "VideoFeaturePageTag",
    "feature_page_models",
    "feature_page_tables",
    "feature_pages",
    "get_feature_page_model",
    "normalise_fact",
    "tagged_feature_q",
]
