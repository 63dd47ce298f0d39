"""A site's own subclass of AbstractVideoFeaturePage, as the README describes one:
its own tags, one field of its own, and no template (the plugin's is used)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.search import index

from wagtail_montage.api.wagtail import TagNamesField
from wagtail_montage.models import AbstractVideoFeaturePage


class ReviewFeaturePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "testapp.ReviewFeaturePage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )


class ReviewFeaturePage(AbstractVideoFeaturePage):
    tags = ClusterTaggableManager(through=ReviewFeaturePageTag, blank=True)
    rating = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )

    content_panels = [*AbstractVideoFeaturePage.content_panels, FieldPanel("rating")]
    search_fields = [
        *AbstractVideoFeaturePage.search_fields,
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    api_fields = [
        *AbstractVideoFeaturePage.api_fields,
        APIField("tags", serializer=TagNamesField()),
        APIField("rating"),
    ]
