"""Every reach into Wagtail's, Django REST framework's or CPython's internals.

Each is a private name or an undocumented behaviour that a release may change;
``tests/test_compat.py`` checks every one of them against the installed
versions, so that an upgrade that moves one fails there, loudly, rather than
somewhere downstream.
"""

import sys
from importlib.util import find_spec

from django.template.loader import render_to_string

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
