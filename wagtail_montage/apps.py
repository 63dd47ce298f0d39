from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailMontageAppConfig(AppConfig):
    name = "wagtail_montage"
    label = "wagtail_montage"
    verbose_name = _("Wagtail Montage")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Where the rooms above the models are connected to them, once the
        # models are loaded. First: API v3 builds its page schemas when its
        # registry is first imported (the ready() of wagtail.images does), and
        # the feature pages' API fields and typed body must be in place by then.
        from .api.wagtail import attach_serializers, register_v3_schemas

        attach_serializers()
        register_v3_schemas()

        from .admin.panels import add_chapter_text, add_comment_counts

        add_comment_counts()
        add_chapter_text()

        # checks registers the system checks; importers.redirects its receivers.
        from . import checks, handlers  # noqa: F401
        from .importers import redirects  # noqa: F401

        handlers.register_signal_handlers()
