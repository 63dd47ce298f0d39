from .fields import VideoFeatureBodyField
from .pages import (
    AbstractVideoFeaturePage,
    VideoFeatureIndexPage,
    VideoFeaturePage,
    VideoFeaturePageTag,
)

__all__ = [
    "AbstractVideoFeaturePage",
    "VideoFeatureBodyField",
    "VideoFeatureIndexPage",
    "VideoFeaturePage",
    "VideoFeaturePageTag",
]
