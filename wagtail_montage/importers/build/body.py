"""A parsed post's body -> the page's StreamField data, each block cleaned by its own block;
a block that does not clean is left out with a warning naming it."""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext
from wagtail.blocks import (
    ListBlockValidationError,
    RichTextBlock,
    StreamBlockValidationError,
    StructBlock,
    StructBlockValidationError,
)
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from ...blocks.fields import PartialDateBlock
from ...models import get_feature_page_model
from ..types import ParsedImage
from .fields import plain
from .images import image_value


def error_messages(error, prefix=""):
    """Flat "field: message" lines of a (nested) block validation error."""
    if isinstance(
        error,
        StructBlockValidationError
        | ListBlockValidationError
        | StreamBlockValidationError,
    ):
        lines = [
            message
            for item in error.non_block_errors.as_data()
            for message in error_messages(item, prefix)
        ]
        for name, child in error.block_errors.items():
            label = (
                f"{prefix}{name}" if isinstance(name, str) else f"{prefix}#{name + 1}"
            )
            lines += error_messages(child, f"{label}: ")
        return lines
    return [f"{prefix}{message}" for message in error.messages]


def describe(name, raw):
    if isinstance(raw, dict):
        for key in ("title", "subject_title", "name", "text"):
            if raw.get(key):
                return gettext("%(block)s block “%(title)s”") % {
                    "block": name,
                    "title": raw[key],
                }
    return gettext("%(block)s block") % {"block": name}


def native_for_clean(block, raw):
    value = block.to_python(raw)
    # A partial date that does not parse becomes None in to_python; keep the text so
    # that clean() reports it instead of the fact silently losing its date.
    if isinstance(block, StructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            if (
                isinstance(child, PartialDateBlock)
                and raw.get(name)
                and value.get(name) is None
            ):
                value[name] = str(raw[name])
    return value


def build_body(post, images, warnings):
    """The body's (block name, native value) pairs, and how many images it holds."""
    stream_block = get_feature_page_model()._meta.get_field("body").stream_block
    body, image_count = [], 0
    url_validator = URLValidator()
    for name, raw in post.body:
        block = stream_block.child_blocks.get(name)
        if block is None:
            warnings.append(
                gettext("a “%(block)s” block left out: the body has no such block")
                % {"block": name}
            )
            continue
        if isinstance(block, ImageBlock):
            parsed = raw if isinstance(raw, ParsedImage) else ParsedImage(str(raw))
            image = images.image_for(parsed, warnings)
            if image is not None:
                body.append((name, image_value(image, parsed)))
                image_count += 1
            continue
        if isinstance(block, EmbedBlock):
            url = str(raw or "").strip()
            try:
                url_validator(url)
            except ValidationError:
                warnings.append(
                    gettext("embed “%(url)s” left out: not a URL") % {"url": url}
                )
                continue
            body.append((name, block.to_python(url)))
            continue
        if isinstance(block, RichTextBlock):
            if plain(raw) or "<img" in str(raw or ""):
                body.append((name, block.to_python(str(raw))))
            continue
        try:
            value = block.clean(native_for_clean(block, raw))
        except ValidationError as error:
            warnings.append(
                gettext("%(block)s left out: %(error)s")
                % {
                    "block": describe(name, raw),
                    "error": "; ".join(error_messages(error)),
                }
            )
            continue
        except (TypeError, ValueError, AttributeError) as error:
            warnings.append(
                gettext("%(block)s left out: %(error)s")
                % {"block": describe(name, raw), "error": error}
            )
            continue
        body.append((name, value))
    return body, image_count
