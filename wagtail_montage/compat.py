"""Every reach into Wagtail's, Django REST framework's or CPython's internals.

Each is a private name or an undocumented behaviour that a release may change;
``tests/test_compat.py`` checks every one of them against the installed
versions, so that an upgrade that moves one fails there, loudly, rather than
somewhere downstream.
"""

import sys
from importlib.util import find_spec
from typing import Literal, TypedDict

from django.conf import settings
from django.template.loader import render_to_string
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.rich_text import expand_db_html

# -- Wagtail API v3 -------------------------------------------------------------

# API v3 ships with Wagtail 8.x only (a preview that may change in any release):
# Wagtail 7.4 LTS has no such package, and the plugin's v3 parts switch off.
V3_PACKAGE = "wagtail.api.v3"
V3_REGISTRY_MODULE = "wagtail.api.v3.registry"


def api_v3_available():
    """Whether the installed Wagtail has API v3 (Wagtail 8.x; not 7.4 LTS)."""
    return find_spec(V3_PACKAGE) is not None


def v3_schemas_built():
    """Whether API v3 has built its page schemas: it does so when its registry
    module is first imported, and reads the field schemas registered by then."""
    return V3_REGISTRY_MODULE in sys.modules


def register_v3_field_schema(field_class, schema):
    """Describe a model field class in API v3's read schemas (Wagtail's read
    generator, not yet a documented extension point)."""
    from wagtail.api.v3.schemas.generators.read import read_generator

    read_generator.register_field_schema(field_class, schema)


# -- Rich text formats of the APIs -------------------------------------------------


class RichTextFormatError(ValueError):
    """A ``rich_text_format`` this Wagtail cannot write."""


def rich_text_format_error(message):
    """The ``RichTextFormatError`` to raise: also API v2's ``BadRequestError``, so
    that v2 answers 400 (its module needs the models: imported when needed)."""
    from wagtail.api.v2.utils import BadRequestError

    class BadRichTextFormat(BadRequestError, RichTextFormatError):
        pass

    return BadRichTextFormat(message)


class LegacyAPIRichText:
    """Wagtail 7.4's rich text in the APIs, in the shape of Wagtail 8's
    ``wagtail.api.rich_text.APIRichText`` (``resolve_format``, ``serialize``):
    database HTML or display HTML; the Markdown formats came with Wagtail 8."""

    FORMATS = ("db_html", "html")

    @classmethod
    def resolve_format(cls, rich_text_format=None):
        if rich_text_format is None:
            rich_text_format = getattr(
                settings, "WAGTAILAPI_RICH_TEXT_FORMAT", "db_html"
            )
        if rich_text_format not in cls.FORMATS:
            raise rich_text_format_error(
                f"rich_text_format must be one of {', '.join(cls.FORMATS)}, "
                f"got '{rich_text_format}'"
            )
        return rich_text_format

    @classmethod
    def serialize(cls, value, *, format, features=None):
        if value is None:
            return None
        return expand_db_html(value) if format == "html" else value


try:  # Wagtail 8.x
    from wagtail.api.rich_text import APIRichText, RichTextOutputFormat
except ImportError:  # Wagtail 7.4 LTS
    APIRichText = LegacyAPIRichText
    RichTextOutputFormat = Literal["db_html", "html"]


# -- Image renditions in the APIs -------------------------------------------------

try:  # Wagtail 8.x: the types API v3 reads from ImageRenditionField's annotation
    from wagtail.images.api.fields import ImageRenditionDict, ImageRenditionErrorDict
except ImportError:  # Wagtail 7.4 LTS: the same shapes, for the annotation alone

    class ImageRenditionDict(TypedDict):
        url: str
        full_url: str
        width: int
        height: int
        alt: str

    class ImageRenditionErrorDict(TypedDict):
        error: Literal["SourceImageIOError"]


# -- Permission policies ------------------------------------------------------------

try:  # Wagtail 8.x: a registry of policies by model
    from wagtail.permissions import policy_registry, register_permission_policy
except ImportError:  # Wagtail 7.4 LTS: each viewset makes its own policy
    policy_registry = None
    _policies = {}

    def register_permission_policy(model, policy=None, exact_class=False):
        _policies[model] = policy or ModelPermissionPolicy(model)


def permission_policy_for(model):
    """The permission policy of ``model``: Wagtail 8's registry, else (7.4) the
    one registered here, the image library's own, or a plain model policy."""
    if policy_registry is not None:
        return policy_registry.get_by_type(model)
    if model in _policies:
        return _policies[model]
    from wagtail.images import get_image_model

    if model is get_image_model():
        from wagtail.images.permissions import permission_policy

        return permission_policy
    return ModelPermissionPolicy(model)


# -- Django REST framework -------------------------------------------------------


def serializer_context(field):
    """The context of the serializer ``field`` belongs to, shared by every field
    of a listing, or None (API v3's compat shim binds fields to no serializer).

    DRF's ``Field.context`` copies nothing but builds nothing either; its
    ``_context`` is the dict itself, where values can be kept for the other
    fields and pages of the same response."""
    return getattr(field.root, "_context", None)


class DefaultFilterSpecMixin:
    """For a subclass of Wagtail's ``ImageRenditionField``: when no filter spec
    is given, it is read at call time (``default_filter_spec()``), so that a
    setting changed with ``override_settings`` applies. Wagtail stores the spec
    in the instance attribute ``filter_spec`` and reads it when serialising:
    this property shadows that attribute."""

    def __init__(self, filter_spec=None, **kwargs):
        super().__init__(filter_spec, **kwargs)

    def default_filter_spec(self):
        raise NotImplementedError

    @property
    def filter_spec(self):
        return self._filter_spec or self.default_filter_spec()

    @filter_spec.setter
    def filter_spec(self, value):
        self._filter_spec = value


# -- Wagtail embeds ---------------------------------------------------------------

# The template Wagtail's EmbedValue renders an embed with (not public API).
EMBED_TEMPLATE = "wagtailembeds/embed_frontend.html"


def embed_html_loaded(value):
    """Whether the ``EmbedValue`` ``value`` has its HTML already: ``html`` is a
    ``cached_property`` that looks the embed up when first read."""
    return "html" in value.__dict__


def set_embed_html(value, embed):
    """Give the ``EmbedValue`` ``value`` the HTML of ``embed`` (a stored
    ``Embed``), as its own look-up would, without that look-up."""
    value.__dict__["html"] = render_to_string(EMBED_TEMPLATE, {"embed": embed})


# -- CPython ------------------------------------------------------------------------


def is_text_encoding(codec_info):
    """Whether a ``codecs.CodecInfo`` is a text encoding (not ``rot13``,
    ``base64`` and the other bytes-to-bytes codecs): the private flag
    ``str.encode`` itself checks; codecs without it count as text."""
    return getattr(codec_info, "_is_text_encoding", True)
