"""Every reach into Wagtail's, DRF's or CPython's internals (compat.py), checked
against the installed versions: an upgrade that moves one fails here."""

import codecs
import importlib
import inspect
import typing

import pytest
from django.utils.functional import cached_property
from rest_framework import serializers
from wagtail.embeds.blocks import EmbedValue
from wagtail.embeds.models import Embed
from wagtail.images.api.fields import ImageRenditionField

from wagtail_montage import compat
from wagtail_montage.api.wagtail import HeroImageField
from wagtail_montage.models.fields import VideoFeatureBodyField


@pytest.mark.v3
def test_v3_registry_is_the_module_that_builds_the_schemas():
    registry = importlib.import_module(compat.V3_REGISTRY_MODULE)
    assert compat.v3_schemas_built()
    # It builds the page schemas when imported, not later.
    assert "registry.register_defaults()" in inspect.getsource(registry)


@pytest.mark.v3
def test_the_read_generator_takes_field_schemas():
    from wagtail.api.v3.schemas.generators.read import read_generator

    # Registered by AppConfig.ready() through compat.register_v3_field_schema.
    schema = read_generator.field_schemas[VideoFeatureBodyField]
    assert schema.__qualname__.startswith("stream_schema")


def test_serializer_context_is_the_shared_dict():
    class Parent(serializers.Serializer):
        value = serializers.CharField()

    serializer = Parent(context={"request": None})
    field = serializer.fields["value"]
    assert compat.serializer_context(field) is serializer._context
    compat.serializer_context(field)["kept"] = 1
    assert serializer.context["kept"] == 1


def test_serializer_context_of_an_unbound_field_is_none():
    assert compat.serializer_context(serializers.CharField()) is None


def test_rendition_field_reads_filter_spec_from_the_instance(settings):
    # Wagtail keeps the spec as an attribute and reads self.filter_spec.
    assert "self.filter_spec" in inspect.getsource(ImageRenditionField)
    assert ImageRenditionField("width-10").filter_spec == "width-10"
    settings.WAGTAIL_MONTAGE_API_FEATURE_IMAGE_RENDITION = "width-123"
    assert HeroImageField().filter_spec == "width-123"
    assert HeroImageField("fill-10x10").filter_spec == "fill-10x10"


def test_embed_value_html_is_a_cached_property(db):
    assert isinstance(EmbedValue.__dict__["html"], cached_property)
    value = EmbedValue("https://www.youtube.com/watch?v=UbEhCQqqHJA")
    assert not compat.embed_html_loaded(value)
    embed = Embed(url=value.url, html="<iframe></iframe>", type="video")
    compat.set_embed_html(value, embed)
    assert compat.embed_html_loaded(value)
    # Read without a look-up: no query, the stored embed's HTML.
    assert "<iframe></iframe>" in value.html


def test_wagtails_embed_template_exists():
    from django.template.loader import get_template

    assert get_template(compat.EMBED_TEMPLATE)


def test_codec_info_says_which_codecs_are_text():
    assert hasattr(codecs.lookup("rot13"), "_is_text_encoding")
    assert compat.is_text_encoding(codecs.lookup("utf-8"))
    assert not compat.is_text_encoding(codecs.lookup("rot13"))
    assert not compat.is_text_encoding(codecs.lookup("base64"))


def test_api_v3_is_detected_by_its_package(monkeypatch):
    """API v3 is the package ``wagtail.api.v3`` (Wagtail 8.x); 7.4 LTS has none."""
    assert compat.V3_PACKAGE == "wagtail.api.v3"
    assert compat.api_v3_available() is (
        importlib.util.find_spec("wagtail.api.v3") is not None
    )
    monkeypatch.setattr(compat, "find_spec", lambda name: None)
    assert compat.api_v3_available() is False


def test_legacy_rich_text_writes_database_or_display_html(settings, db):
    """Wagtail 7.4's stand-in for Wagtail 8's APIRichText: the two HTML formats."""
    legacy = compat.LegacyAPIRichText
    settings.WAGTAILAPI_RICH_TEXT_FORMAT = "html"
    assert legacy.resolve_format() == "html"
    assert legacy.resolve_format("db_html") == "db_html"
    with pytest.raises(compat.RichTextFormatError, match="markdown"):
        legacy.resolve_format("markdown")
    source = '<p>See <a linktype="page" id="999999">a gone page</a></p>'
    assert legacy.serialize(source, format="db_html") == source
    assert "linktype" not in legacy.serialize(source, format="html")
    assert legacy.serialize(None, format="html") is None


def test_rich_text_of_the_installed_wagtail():
    if compat.api_v3_available():  # Wagtail 8.x has its own, with Markdown
        from wagtail.api.rich_text import APIRichText

        assert compat.APIRichText is APIRichText
        assert "markdown" in typing.get_args(compat.RichTextOutputFormat)
    else:
        assert compat.APIRichText is compat.LegacyAPIRichText
        assert typing.get_args(compat.RichTextOutputFormat) == ("db_html", "html")


def test_rendition_dicts_have_the_shape_of_the_field():
    assert set(compat.ImageRenditionDict.__annotations__) == {
        "url",
        "full_url",
        "width",
        "height",
        "alt",
    }
    assert set(compat.ImageRenditionErrorDict.__annotations__) == {"error"}


def test_permission_policies_of_comments_and_images(db):
    from wagtail.images import get_image_model

    from wagtail_montage.admin.permissions import ReaderCommentPermissionPolicy
    from wagtail_montage.admin.viewsets import comment_viewset
    from wagtail_montage.models import ReaderComment

    policy = compat.permission_policy_for(ReaderComment)
    assert isinstance(policy, ReaderCommentPermissionPolicy)
    assert comment_viewset.permission_policy is policy
    images = compat.permission_policy_for(get_image_model())
    assert images.model is get_image_model()


def test_an_unknown_rich_text_format_is_a_bad_request_in_api_v2():
    from wagtail.api.v2.utils import BadRequestError

    error = compat.rich_text_format_error("rich_text_format must be ...")
    assert isinstance(error, BadRequestError)
    assert isinstance(error, compat.RichTextFormatError)
