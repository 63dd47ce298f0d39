"""The facts index: a queryable table of the people, tracks, charts, places and
films in each live feature's body, rebuilt when the page is published."""

import unicodedata

from django.db import models
from django.db.models import Count, Exists, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _


def normalise_fact(text):
    """Case- and accent-insensitive form used for matching: 'Göteborg' -> 'goteborg'."""
    # NUL bytes can't reach PostgreSQL text; they never match a fact anyway.
    decomposed = unicodedata.normalize("NFKD", str(text or "").replace("\x00", ""))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())[:255]


class FeatureFact(models.Model):
    """One fact of one page: ``(page, kind, value)``."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        TRACK = "track", _("Track")
        CHART = "chart", _("Chart")
        PLACE = "place", _("Place")
        FILM = "film", _("Film")
        TAG = "tag", _("Tag")
        # Identifiers, in their canonical spelling (blocks.identifiers).
        WIKIDATA = "wikidata", _("Wikidata item")
        MUSICBRAINZ = "mbid", _("MusicBrainz id")
        IMDB = "imdb", _("IMDb title")
        ISRC = "isrc", _("ISRC")

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="montage_facts"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    value = models.CharField(max_length=255)
    normalised = models.CharField(max_length=255)

    class Meta:
        verbose_name = _("feature fact")
        verbose_name_plural = _("feature facts")
        indexes = [
            models.Index(fields=["kind", "normalised"], name="montage_fact_lookup")
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "kind", "normalised"], name="montage_fact_unique"
            )
        ]

    def __str__(self):
        return f"{self.kind}: {self.value}"


def related_features(page, pages, limit=3):
    """Pages of ``pages`` sharing a person, track or place with ``page``, most shared
    first: one query (plus what ``pages`` prefetches)."""
    sharing = FeatureFact.objects.filter(
        Exists(
            FeatureFact.objects.filter(
                page_id=page.pk,
                kind=OuterRef("kind"),
                normalised=OuterRef("normalised"),
            )
        ),
        kind__in=[
            FeatureFact.Kind.PERSON,
            FeatureFact.Kind.TRACK,
            FeatureFact.Kind.PLACE,
        ],
    )
    ranked = (
        sharing.exclude(page_id=page.pk)
        .filter(page_id__in=pages.values("pk"))
        .values("page_id")
        .annotate(shared=Count("pk"))
        .order_by("-shared", "-page_id")
        .values("page_id")[:limit]
    )
    shared = (
        sharing.filter(page_id=OuterRef("pk"))
        .order_by()
        .values("page_id")
        .annotate(shared=Count("pk"))
        .values("shared")
    )
    return list(
        pages.filter(pk__in=ranked)
        .annotate(montage_shared=Subquery(shared))
        .order_by("-montage_shared", "-pk")
    )
