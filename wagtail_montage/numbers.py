"""Whole numbers read from request text: query strings, form fields, JSON,
headers, signed payloads and command options all go through ``parse_int``.

``str.isdigit()`` is true for ``"²"`` (which ``int()`` then refuses) and for
Arabic-Indic digits (which ``int()`` accepts), and ``int()`` raises on strings
past Python's 4300-digit limit: neither is a safe test of what a reader sends.
"""

import re

from django import forms

# The largest id of a (signed 32-bit) integer column, on every database.
MAX_ID = 2**31 - 1

# ASCII digits only (``\d`` matches every script's digits), and short: the
# longest number any caller allows has 19 digits, so 20 leave room for a zero.
_DIGITS = re.compile(r"[0-9]{1,20}")


def parse_int(value, *, minimum=0, maximum=MAX_ID):
    """``value`` as an int from ``minimum`` to ``maximum``, or None.

    ``value`` is an ``int`` or a string of ASCII digits, without sign or
    spaces. A ``bool`` is not a number here (``True`` is not the id 1), nor is a
    float, ``None`` or any other type.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _DIGITS.fullmatch(value):
        number = int(value)
    else:
        return None
    return number if minimum <= number <= maximum else None


class IdField(forms.IntegerField):
    """A form field for an id (1 to ``MAX_ID`` unless told otherwise): ASCII
    digits or an int, else a field error. Django's ``IntegerField`` reads
    Arabic-Indic digits and lets through numbers no database column holds."""

    def __init__(self, *, min_value=1, max_value=MAX_ID, **kwargs):
        super().__init__(min_value=min_value, max_value=max_value, **kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip()
        if value in self.empty_values:
            return None
        # Syntax here; the range is the min and max validators' message.
        number = parse_int(value, minimum=0, maximum=10**20)
        if number is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number


class IdChoiceMixin:
    """For a ``ModelChoiceField`` over rows with integer ids: anything but an id
    is "not one of the choices" before the database sees it (on SQLite, a
    number past 64 bits raises ``OverflowError`` from an ``id = ...`` query)."""

    def to_python(self, value):
        if value not in self.empty_values and not isinstance(
            value, self.queryset.model
        ):
            text = value.strip() if isinstance(value, str) else value
            if parse_int(text, minimum=1) is None:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice"
                )
        return super().to_python(value)


class IdModelChoiceField(IdChoiceMixin, forms.ModelChoiceField):
    pass


__all__ = ["MAX_ID", "IdChoiceMixin", "IdField", "IdModelChoiceField", "parse_int"]
