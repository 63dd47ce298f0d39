from .body import AlternateTitlesBlock, VideoFeatureBodyBlock, VideoSegmentsBlock
from .charts import ChartFactBlock
from .editorial import (
    AlternateTitleBlock,
    DetailsBlock,
    HeadingBlock,
    QuoteBlock,
    RelatedLinkBlock,
    RelatedLinksBlock,
    VideoSegmentBlock,
)
from .fields import PartialDateBlock, TimecodeBlock
from .music import AlbumBlock, TrackBlock
from .places import LocationBlock
from .values import PartialDate

__all__ = [
    "AlbumBlock",
    "AlternateTitleBlock",
    "AlternateTitlesBlock",
    "ChartFactBlock",
    "DetailsBlock",
    "HeadingBlock",
    "LocationBlock",
    "PartialDate",
    "PartialDateBlock",
    "QuoteBlock",
    "RelatedLinkBlock",
    "RelatedLinksBlock",
    "TimecodeBlock",
    "TrackBlock",
    "VideoFeatureBodyBlock",
    "VideoSegmentBlock",
    "VideoSegmentsBlock",
]
