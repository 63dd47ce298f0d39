from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailMontageWebhooksConfig(AppConfig):
    name = "wagtail_montage.contrib.webhooks"
    label = "wagtail_montage_webhooks"
    verbose_name = _("Wagtail Montage: webhooks")
    default_auto_field = "django.db.models.BigAutoField"
