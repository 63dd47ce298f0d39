"""System checks: a misconfiguration is an error at start-up, not a 500 later."""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from wagtail import __version__ as wagtail_version

from .api.wagtail import v3_schemas_registered_in_time
from .compat import api_v3_available
from .conf import get_setting
from .models import feature_page_models, get_feature_page_model


@register(Tags.compatibility)
def check_required_apps(app_configs, **kwargs):
    errors = []
    for app in (
        "wagtail.embeds",
        "wagtail.images",
        "wagtail.contrib.settings",
        "taggit",
    ):
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


PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register(Tags.caches)
def check_comment_cache(app_configs, **kwargs):
    alias = get_setting("COMMENT_CACHE")
    backend = settings.CACHES.get(alias, {}).get("BACKEND", "")
    if backend in PER_PROCESS_CACHES and not settings.DEBUG:
        return [
            Warning(
                f"The comment attempt throttle uses the '{alias}' cache ({backend}), which is "
                "per-process: each worker counts on its own.",
                hint="Use a shared cache (Redis, Memcached, database) for WAGTAIL_MONTAGE_COMMENT_CACHE.",
                id="wagtail_montage.W002",
            )
        ]
    return []


@register(Tags.caches)
def check_representation_cache(app_configs, **kwargs):
    alias = get_setting("API_REPRESENTATION_CACHE")
    if not alias:
        return []
    backend = settings.CACHES.get(alias, {}).get("BACKEND", "")
    if (
        backend == "django.core.cache.backends.locmem.LocMemCache"
        and not settings.DEBUG
    ):
        return [
            Warning(
                f"The APIs keep representations in the '{alias}' cache ({backend}), which "
                "is per-process: a page published through one worker leaves what the "
                "others keep stale until it expires.",
                hint="Use a shared cache (Redis, Memcached, database) for "
                "WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE, or set it to None.",
                id="wagtail_montage.W005",
            )
        ]
    return []


@register(Tags.database)
def check_sqlite_transactions(app_configs, **kwargs):
    from django.db import connections

    warnings = []
    for alias in connections:
        config = connections.settings[alias] if hasattr(connections, "settings") else {}
        if config.get("ENGINE") == "django.db.backends.sqlite3":
            mode = (config.get("OPTIONS") or {}).get("transaction_mode")
            if mode != "IMMEDIATE":
                warnings.append(
                    Warning(
                        f"Database '{alias}' is SQLite without transaction_mode IMMEDIATE: "
                        "simultaneous comments can fail with 'database is locked'.",
                        hint='Set OPTIONS = {"transaction_mode": "IMMEDIATE"} on the database.',
                        id="wagtail_montage.W003",
                    )
                )
    return warnings


@register(Tags.compatibility)
def check_app_order(app_configs, **kwargs):
    """API v3 builds its page schemas while apps load; the typed body must be registered first."""
    if not apps.is_installed("wagtail.api.v3"):
        return []

    if v3_schemas_registered_in_time():
        return []
    return [
        Error(
            "API v3 built its page schemas before wagtail_montage registered the typed body.",
            hint="Put 'wagtail_montage' above the wagtail.* apps in INSTALLED_APPS.",
            id="wagtail_montage.E003",
        )
    ]


@register(Tags.compatibility)
def check_api_v3(app_configs, **kwargs):
    """A site that says it needs API v3 (``WAGTAIL_MONTAGE_API_V3 = True``) on a
    Wagtail without it (7.4 LTS) would serve no typed v3 bodies: say so."""
    if get_setting("API_V3") is not True or api_v3_available():
        return []
    return [
        Error(
            f"WAGTAIL_MONTAGE_API_V3 is True, but Wagtail {wagtail_version} has no "
            "API v3 (wagtail.api.v3 ships with Wagtail 8.x).",
            hint="Upgrade to Wagtail 8, or set WAGTAIL_MONTAGE_API_V3 to 'auto' to "
            "serve API v2 and the plugin API without v3.",
            id="wagtail_montage.E006",
        )
    ]


@register(Tags.compatibility)
def check_ninja_docs(app_configs, **kwargs):
    if apps.is_installed("ninja"):
        return []
    return [
        Warning(
            "The plugin API's interactive docs load Swagger UI from a CDN unless 'ninja' is installed.",
            hint="Add 'ninja' to INSTALLED_APPS so the docs use local static files.",
            id="wagtail_montage.W004",
        )
    ]


@register(Tags.models)
def check_feature_page_model(app_configs, **kwargs):
    from django.core.exceptions import ImproperlyConfigured

    try:
        get_feature_page_model()
    except ImproperlyConfigured as error:
        return [
            Error(
                str(error),
                hint="Name VideoFeaturePage or your own concrete subclass of "
                "AbstractVideoFeaturePage, as 'app_label.ModelName'.",
                id="wagtail_montage.E004",
            )
        ]
    return []


@register(Tags.models)
def check_feature_page_tags(app_configs, **kwargs):
    from django.core.exceptions import FieldDoesNotExist
    from modelcluster.contrib.taggit import ClusterTaggableManager

    errors = []
    for model in feature_page_models():
        try:
            tags = model._meta.get_field("tags")
        except FieldDoesNotExist:
            tags = None
        if not isinstance(tags, ClusterTaggableManager):
            errors.append(
                Error(
                    f"{model._meta.label} has no 'tags' ClusterTaggableManager.",
                    hint="A concrete subclass of AbstractVideoFeaturePage defines its "
                    "own tags through a TaggedItemBase, as VideoFeaturePage does.",
                    obj=model,
                    id="wagtail_montage.E005",
                )
            )
    return errors
