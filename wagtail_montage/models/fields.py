"""Model fields of the plugin."""

from django.db import models
from wagtail.fields import StreamField

from ..blocks.identifiers import MAX_INPUT_LENGTH, clean_identifier


class VideoFeatureBodyField(StreamField):
    """The StreamField of a feature's body.

    A class of its own so that the API layers can recognise it and describe the
    body with typed block schemas instead of an untyped list.
    """


class VideoSegmentsField(StreamField):
    """The StreamField of a feature's video segments: a class of its own, as the
    body's, so that API v3 describes it as a list of typed ``video_segment``
    items (never null: a video without segments has an empty list)."""


class IdentifierField(models.CharField):
    """An optional identifier of one kind (``blocks.identifiers.KINDS``): stored
    in its canonical spelling, a bad one reported beside the field."""

    def __init__(self, *args, kind, **kwargs):
        self.kind = kind
        kwargs.setdefault("max_length", MAX_INPUT_LENGTH)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["kind"] = self.kind
        return name, path, args, kwargs

    def to_python(self, value):
        value = super().to_python(value)
        return clean_identifier(self.kind, value) if value else ""
