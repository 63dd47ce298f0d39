"""Settings for the test suite: a real Wagtail site with the plugin and the example site's home app.

``DATABASE_URL`` switches from the default SQLite file to PostgreSQL (``.ci/run`` does).
"""

import sys
import tempfile
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The example site's apps (its home page and demo loader) are tested here too.
sys.path.insert(0, str(ROOT / "example_site"))

from example_site.settings.database import database_from_env  # noqa: E402

SECRET_KEY = "tests-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["*"]
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_CODE = "en"

INSTALLED_APPS = [
    "home",
    "wagtail_montage",
    # A site's own subclass of AbstractVideoFeaturePage.
    "tests.testapp",
    # Signed webhooks, delivered by django-tasks-db's worker (run in-process).
    "wagtail_montage.contrib.webhooks",
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
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
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "wagtail_montage.middleware.NulQueryMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "tests.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [ROOT / "tests" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]

DATABASES = {
    "default": database_from_env(default_sqlite=ROOT / "tests" / "test.sqlite3")
}

STATIC_URL = "/static/"
STATIC_ROOT = ROOT / "tests" / "static_collected"
MEDIA_URL = "/media/"
MEDIA_ROOT = ROOT / "tests" / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# A cache shared between processes, as production has (the comment attempt
# throttle needs one); conftest.py clears it around every test.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": tempfile.mkdtemp(prefix="montage-test-cache-"),
    },
    # Wagtail looks renditions up here first (its docs recommend a cache of their own).
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

WAGTAIL_SITE_NAME = "wagtail-montage tests"
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# The local finder only: no test touches the network.
WAGTAILEMBEDS_FINDERS = [{"class": "wagtail_montage.embeds"}]
WAGTAIL_MONTAGE_EMBED_OEMBED_FALLBACK = False

# Wagtail's own tasks run at once, as without TASKS; webhook deliveries go to
# the database backend, whose worker the webhook tests run in-process
# (`db_worker --batch`), moving the clock for retries.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
WAGTAIL_MONTAGE_WEBHOOK_TASK_BACKEND = "webhooks"
# The tests' receivers listen on 127.0.0.1.
WAGTAIL_MONTAGE_WEBHOOK_ALLOW_PRIVATE_TARGETS = True
