"""System checks: a misconfiguration is an error at start-up, not a 500 later."""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.template import TemplateDoesNotExist
from django.template.loader import get_template

from .conf import get_setting


@register(Tags.compatibility)
def check_required_apps(app_configs, **kwargs):
    errors = []
    for app in ("wagtail.embeds", "wagtail.images", "taggit"):
        if not apps.is_installed(app):
            errors.append(
                Error(
                    f"wagtail_montage needs '{app}' in INSTALLED_APPS.",
                    id="wagtail_montage.E001",
                )
            )
    return errors


@register(Tags.templates)
def check_base_template(app_configs, **kwargs):
    name = get_setting("BASE_TEMPLATE")
    try:
        get_template(name)
    except TemplateDoesNotExist:
        return [
            Error(
                f"WAGTAIL_MONTAGE_BASE_TEMPLATE is '{name}', but no such template exists.",
                hint="Point it at your site's base template, or remove it to use the plugin's own.",
                id="wagtail_montage.E002",
            )
        ]
    return []


@register(Tags.compatibility)
def check_embed_finders(app_configs, **kwargs):
    finders = getattr(settings, "WAGTAILEMBEDS_FINDERS", None)
    classes = [finder.get("class", "") for finder in finders or []]
    if not any(name.startswith("wagtail_montage.embeds") for name in classes):
        return [
            Warning(
                "Video embeds go through oEmbed over the network: saving a page can wait on "
                "the provider and fail when it cannot be reached.",
                hint='Add {"class": "wagtail_montage.embeds"} to WAGTAILEMBEDS_FINDERS.',
                id="wagtail_montage.W001",
            )
        ]
    return []
