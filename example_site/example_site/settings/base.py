"""Settings shared by every environment of the example site.

``dev`` and ``production`` import everything from here and add what differs.

Environment variables read here:

- ``DATABASE_URL``: ``postgres://user:password@host:5432/name`` or
  ``sqlite:////absolute/path.sqlite3``; unset, the SQLite file ``example_site/db.sqlite3``.
- ``WAGTAILADMIN_BASE_URL``: the site's address in admin emails and links;
  unset, ``http://127.0.0.1:$PORT`` (``PORT`` is the port ``make demo`` serves on, 8000 unless set).
"""

import os
from importlib.util import find_spec
from pathlib import Path

from .database import database_from_env

# example_site/example_site/, holding settings and URLs.
PROJECT_DIR = Path(__file__).resolve().parent.parent
# example_site/, holding manage.py, the apps and the SQLite file.
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "home",
    "wagtail_montage",
    # Settings → Webhooks: signed events for front ends, delivered by
    # `manage.py db_worker --backend webhooks` (make demo runs one).
    "wagtail_montage.contrib.webhooks",
    "django_tasks_db",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.forms",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    # API v3 ships with Wagtail 8.x only (not 7.4 LTS).
    *(["wagtail.api.v3"] if find_spec("wagtail.api.v3") else []),
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "ninja",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "wagtail_montage.middleware.NulQueryMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "example_site.urls"
WSGI_APPLICATION = "example_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # The site's templates (base.html, 404.html, 500.html) live in the home app.
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": database_from_env(default_sqlite=BASE_DIR / "db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail's admin posts one field per block of a long StreamField.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail -----------------------------------------------------------------

WAGTAIL_SITE_NAME = "Montage demo"
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{os.environ.get('PORT') or 8000}"
)
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Admin avatars from Wagtail's own image, not Gravatar: the admin sends no
# editor's email hash to a third party and makes no outgoing request.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# YouTube and Vimeo players are built locally; with the oEmbed fallback off,
# saving or showing a page never makes an outgoing request.
WAGTAILEMBEDS_FINDERS = [{"class": "wagtail_montage.embeds"}]

# Rich text in Wagtail's page APIs as display HTML (internal links expanded),
# as the feature body's paragraphs are by default; ?rich_text_format= overrides.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"

# --- wagtail-montage ---------------------------------------------------------

WAGTAIL_MONTAGE_BASE_TEMPLATE = "base.html"
WAGTAIL_MONTAGE_EMBED_OEMBED_FALLBACK = False

# Webhook deliveries wait in the database for `manage.py db_worker --backend
# webhooks`, which also makes the retries when they fall due. Wagtail's own
# tasks (search index updates) keep running at once, as without TASKS.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
WAGTAIL_MONTAGE_WEBHOOK_TASK_BACKEND = "webhooks"

# The default cache counts comment attempts; renditions get a cache of their own,
# as Wagtail recommends. In production use a shared cache (Redis, Memcached) for both.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
