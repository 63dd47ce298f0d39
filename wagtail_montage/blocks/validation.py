"""Validation shared by the blocks: errors that name the field."""

from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError


def raise_field_errors(errors):
    """Raise the collected ``{field name: message}`` errors at once, if any."""
    if errors:
        raise StructBlockValidationError(
            block_errors={
                name: ValidationError(message) for name, message in errors.items()
            }
        )
