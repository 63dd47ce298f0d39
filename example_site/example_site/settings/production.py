"""Settings for serving the example site for real.

Environment variables, on top of those of ``base``:

- ``DJANGO_SECRET_KEY`` (required): a long random string.
- ``DJANGO_ALLOWED_HOSTS``: comma-separated host names (default: none, so set it).
- ``DJANGO_CSRF_TRUSTED_ORIGINS``: comma-separated origins such as ``https://demo.example.com``.
- ``DJANGO_SECURE_COOKIES``: ``false`` to allow session and CSRF cookies over plain
  HTTP (a local trial of these settings); HTTPS-only otherwise.

Run ``manage.py collectstatic`` before serving: static files use hashed names.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def _env_list(name):
    return [
        item.strip() for item in os.environ.get(name, "").split(",") if item.strip()
    ]


DEBUG = False

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set. The production settings need a secret key from the "
        "environment; for a local demo use example_site.settings.dev instead."
    )

ALLOWED_HOSTS = _env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = _env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

_secure_cookies = os.environ.get("DJANGO_SECURE_COOKIES", "true").lower() != "false"
SESSION_COOKIE_SECURE = _secure_cookies
CSRF_COOKIE_SECURE = _secure_cookies
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Hashed file names, so browsers never keep a stale stylesheet after an upgrade.
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
)

# Shared by every worker process on the machine, so the comment attempt throttle
# counts across them (use Redis or Memcached when there are several machines).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("DJANGO_CACHE_DIR", str(BASE_DIR / "cache")),  # noqa: F405
    },
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
