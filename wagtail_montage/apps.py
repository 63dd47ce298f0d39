from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailMontageAppConfig(AppConfig):
    name = "wagtail_montage"
    label = "wagtail_montage"
    verbose_name = _("Wagtail Montage")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # First: API v3 builds its page schemas when its registry is first
        # imported (the ready() of wagtail.images does), and the typed body
        # schema must be registered by then.
        from .api.wagtail import register_v3_schemas

        register_v3_schemas()

        from . import checks  # noqa: F401  (registers the system checks)
        from .handlers import register_signal_handlers

        register_signal_handlers()
        from .importers import redirects  # noqa: F401  (imported redirects follow publication)
