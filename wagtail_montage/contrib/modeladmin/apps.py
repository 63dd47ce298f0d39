from django.apps import AppConfig, apps
from django.core import checks
from django.utils.translation import gettext_lazy as _


def check_modeladmin_installed(app_configs, **kwargs):
    if apps.is_installed("wagtail_modeladmin"):
        return []
    return [
        checks.Error(
            "wagtail_montage.contrib.modeladmin needs wagtail-modeladmin.",
            hint='pip install "wagtail-montage[modeladmin]" and add '
            '"wagtail_modeladmin" to INSTALLED_APPS.',
            id="wagtail_montage_modeladmin.E001",
        )
    ]


class WagtailMontageModelAdminConfig(AppConfig):
    name = "wagtail_montage.contrib.modeladmin"
    label = "wagtail_montage_modeladmin"
    verbose_name = _("Wagtail Montage: modeladmin")

    def ready(self):
        checks.register(check_modeladmin_installed)
