"""Remembering imported sources, so that ``--update`` finds a post's page again."""

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
