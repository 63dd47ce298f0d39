"""Field blocks for values Wagtail has no block for: time codes and partial dates."""

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .values import PartialDate, parse_timecode


def validate_timecode(value):
    parse_timecode(value)


def validate_partial_date(value):
    PartialDate.parse(value)


class TimecodeBlock(blocks.CharBlock):
    """A time in a video as ``mm:ss`` or ``h:mm:ss``, stored as that text."""

    def __init__(self, required=True, **kwargs):
        kwargs.setdefault("max_length", 8)
        kwargs.setdefault("validators", [validate_timecode])
        super().__init__(required=required, **kwargs)

    class Meta:
        icon = "time"


class PartialDateBlock(blocks.FieldBlock):
    """A date with its precision: ``1985-11-27``, ``1985-11`` or ``1985``.

    The stored JSON is the ISO text; the Python value is a ``PartialDate``.
    """

    def __init__(self, required=True, help_text=None, **kwargs):
        self.field_options = {
            "required": required,
            "help_text": help_text
            or _(
                "YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known."
            ),
            "max_length": 10,
            "validators": [validate_partial_date],
        }
        super().__init__(**kwargs)

    @cached_property
    def field(self):
        return forms.CharField(
            widget=forms.TextInput(attrs={"placeholder": "1985-11-27"}),
            **self.field_options,
        )

    def to_python(self, value):
        if not value:
            return None
        if isinstance(value, PartialDate):
            return value
        try:
            return PartialDate.parse(str(value))
        except Exception:
            return None

    def get_prep_value(self, value):
        if isinstance(value, PartialDate):
            return value.isoformat()
        return value or ""

    def value_for_form(self, value):
        return self.get_prep_value(value)

    def value_from_form(self, value):
        # Keep the editor's text as typed: clean() reports a bad date beside the
        # field instead of it silently becoming empty.
        return (value or "").strip()

    def clean(self, value):
        cleaned = self.field.clean(self.get_prep_value(value))
        return PartialDate.parse(cleaned) if cleaned else None

    def get_searchable_content(self, value):
        return []

    def get_api_representation(self, value, context=None):
        return value.isoformat() if isinstance(value, PartialDate) else None

    class Meta:
        icon = "date"
