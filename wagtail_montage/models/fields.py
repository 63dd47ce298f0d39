"""Model fields of the plugin."""

from wagtail.fields import StreamField


class VideoFeatureBodyField(StreamField):
    """The StreamField of a feature's body.

    A class of its own so that the API layers can recognise it and describe the
    body with typed block schemas instead of an untyped list.
    """
