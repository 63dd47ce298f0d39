"""Plain value types used by the blocks: time codes and dates with a precision."""

import datetime
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import gettext_lazy as _

# Anchored, no nested quantifiers: linear time whatever the input length.
TIMECODE_RE = re.compile(r"^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)$")
PARTIAL_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_timecode(text):
    """Return the seconds of ``mm:ss`` or ``h:mm:ss``, or raise ``ValidationError``."""
    match = TIMECODE_RE.match((text or "").strip())
    if not match:
        raise ValidationError(
            _("Enter a time as mm:ss or h:mm:ss, for example 1:05 or 1:02:30."),
            code="invalid_timecode",
        )
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def format_timecode(seconds):
    """Format seconds as ``m:ss`` or ``h:mm:ss``."""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


@dataclass(frozen=True)
class PartialDate:
    """A date known to the day, the month or only the year (``1985-11-27``, ``1985-11``, ``1985``)."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text):
        match = PARTIAL_DATE_RE.match((text or "").strip())
        if not match:
            raise ValidationError(
                _(
                    "Enter a date as YYYY-MM-DD, YYYY-MM or YYYY, for example 1985-11-27."
                ),
                code="invalid_partial_date",
            )
        year, month, day = (int(part) if part else None for part in match.groups())
        try:
            datetime.date(year, month or 1, day or 1)
        except ValueError:
            raise ValidationError(
                _("%(value)s is not a real date.") % {"value": text},
                code="invalid_partial_date",
            ) from None
        if year < 1000:
            raise ValidationError(
                _("Enter a four-digit year."), code="invalid_partial_date"
            )
        return cls(year, month, day)

    @property
    def precision(self):
        if self.day:
            return "day"
        if self.month:
            return "month"
        return "year"

    def isoformat(self):
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def display(self):
        """A human form in the active locale: 27 November 1985, November 1985, 1985."""
        if self.day:
            return formats.date_format(
                datetime.date(self.year, self.month, self.day), "j F Y"
            )
        if self.month:
            return formats.date_format(datetime.date(self.year, self.month, 1), "F Y")
        return str(self.year)

    def __str__(self):
        return self.isoformat()
