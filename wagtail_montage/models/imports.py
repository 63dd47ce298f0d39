"""Remembering imported sources, so that ``--update`` finds a post's page again."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedSource(models.Model):
    """One imported post: its key at the source (guid, URL or content hash) and its page."""

    key = models.CharField(_("source key"), max_length=255, unique=True)
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="montage_import_sources",
    )
    source = models.CharField(_("source"), max_length=500)
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)
    # Source ids of the comments already imported, so an update adds only new ones.
    comment_ids = models.JSONField(_("imported comment ids"), default=list, blank=True)
    # The post's path at the source: redirected to the page while it is live.
    old_path = models.CharField(_("old path"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("imported source")
        verbose_name_plural = _("imported sources")

    def __str__(self):
        return self.source


class ImportSuggestion(models.Model):
    """A fact the importer was not sure of, kept with the sentence it came from until
    an editor accepts it (it becomes a block of the page) or rejects it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="montage_import_suggestions",
    )
    message = models.TextField(_("suggestion"))
    sentence = models.TextField(_("source sentence"))
    # The block it would add ("track", "album", "chart_fact", "location") and its
    # value, or "film" and the page's film and year it would set; empty when the
    # suggestion names neither (only a rejection is possible).
    block_type = models.CharField(_("block type"), max_length=50, blank=True)
    value = models.JSONField(_("block value"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.PENDING,
        db_index=True,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("import suggestion")
        verbose_name_plural = _("import suggestions")

    def __str__(self):
        return self.message

    @property
    def can_accept(self):
        return bool(self.block_type) and self.value is not None
