from django.db import models
from django.utils.translation import gettext_lazy as _


class MissedCacheChange(models.Model):
    """A token of the shared cache that a change could not replace because the
    cache was away: kept in the database, so that the first process to see the
    cache answer again replaces it (``caching.missed``), even when the process
    that made the change (a command, a worker since stopped) is gone."""

    key = models.CharField(_("cache key"), max_length=255, unique=True)
    missed_at = models.DateTimeField(_("missed at"), auto_now=True)

    class Meta:
        verbose_name = _("missed cache change")
        verbose_name_plural = _("missed cache changes")

    def __str__(self):
        return self.key
