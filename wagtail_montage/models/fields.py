"""Model fields of the plugin."""

from wagtail.fields import StreamField


class VideoFeatureBodyField(StreamField):
    """The StreamField of a feature's body.

    A class of its own so that the API layers can recognise it and describe the
    body with typed block schemas instead of an untyped list.
    """


class VideoSegmentsField(StreamField):
    """The StreamField of a feature's video segments: a class of its own, as the
    body's, so that API v3 describes it as a list of typed ``video_segment``
    items (never null: a video without segments has an empty list)."""
