from django.apps import AppConfig
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from ...conf import get_setting
from .backends import task_backends


def check_task_backend(app_configs, **kwargs):
    alias = get_setting("WEBHOOK_TASK_BACKEND")
    try:
        backend = task_backends[alias]
    # An unknown alias, or a backend that cannot be loaded.
    except ImproperlyConfigured as error:
        return [
            checks.Error(
                f"WAGTAIL_MONTAGE_WEBHOOK_TASK_BACKEND is {alias!r}, which TASKS "
                f"cannot give: {error}",
                hint="Name an alias of TASKS (django-tasks-db's DatabaseBackend "
                "delivers and retries in `manage.py db_worker`).",
                id="wagtail_montage_webhooks.E001",
            )
        ]
    if not backend.supports_defer:
        return [
            checks.Warning(
                f"The {alias!r} task backend cannot wait for a time: webhook "
                "retries wait for `manage.py montage_webhooks deliver`.",
                hint="Run that command from cron, or deliver with django-tasks-db's "
                "DatabaseBackend and `manage.py db_worker`.",
                id="wagtail_montage_webhooks.W001",
            )
        ]
    return []


class WagtailMontageWebhooksConfig(AppConfig):
    name = "wagtail_montage.contrib.webhooks"
    label = "wagtail_montage_webhooks"
    verbose_name = _("Wagtail Montage: webhooks")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        checks.register(check_task_backend)
