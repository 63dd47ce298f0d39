"""Settings for serving the example site for real (``make prod-demo``, gunicorn).

Environment variables, on top of those of ``base`` (``DATABASE_URL``):

- ``DJANGO_SECRET_KEY`` (required): a long random string.
- ``DJANGO_ALLOWED_HOSTS``: comma-separated host names (default: none, so set it).
- ``DJANGO_CSRF_TRUSTED_ORIGINS``: comma-separated origins such as ``https://demo.example.com``.
- ``DJANGO_SECURE_COOKIES``: ``false`` to allow session and CSRF cookies over plain
  HTTP (a local trial of these settings); HTTPS-only otherwise.
- ``REDIS_URL``: ``redis://127.0.0.1:6379/0``, the cache every worker shares (the
  comment throttle, the kept API values, the page fragments, renditions). Unset: a
  file cache, shared by the workers of one machine only.
- ``EMAIL_HOST``, ``EMAIL_PORT``, ``DEFAULT_FROM_EMAIL``: the SMTP server for the
  moderators' notices (unset: printed to the log).

Static files are served by WhiteNoise with hashed, compressed names: run
``manage.py collectstatic`` before serving (``make prod-demo`` does).
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

# WhiteNoise serves the collected static files from each worker, right after
# SecurityMiddleware, with hashed names (a browser never keeps a stale stylesheet
# after an upgrade) and gzip/brotli copies made by collectstatic.
MIDDLEWARE = [*MIDDLEWARE]  # noqa: F405
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
# A database that is restarting answers 503 with Retry-After, not 500.
MIDDLEWARE.insert(
    MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1,
    "wagtail_montage.middleware.DatabaseUnavailableMiddleware",
)
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "whitenoise.storage.CompressedManifestStaticFilesStorage"
)

# Each worker keeps its connection between requests, and checks it before
# reusing it, so that a restarted PostgreSQL costs one failed request at most.
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

REDIS_URL = os.environ.get("REDIS_URL", "").strip()


def redis_cache(prefix, ignore_exceptions):
    """A django-redis cache. With ``ignore_exceptions`` an unreachable Redis is a
    miss (logged), so pages and APIs keep answering; without it the error
    reaches the caller (the comment throttle answers 503 rather than count
    nothing)."""
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": prefix,
        "OPTIONS": {
            # Fail fast: a stopped Redis must not hold a worker for long.
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
            "IGNORE_EXCEPTIONS": ignore_exceptions,
        },
    }


if REDIS_URL:
    CACHES = {
        # Kept API values and page fragments: a miss while Redis is away.
        "default": redis_cache("montage", ignore_exceptions=True),
        # The comment attempt throttle: refuses (503) while Redis is away.
        "comments": redis_cache("montage-comments", ignore_exceptions=False),
        "renditions": redis_cache("montage-renditions", ignore_exceptions=True),
    }
    WAGTAIL_MONTAGE_COMMENT_CACHE = "comments"
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    # Shared by every worker process on the machine, so the comment attempt
    # throttle counts across them (use Redis when there are several machines).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("DJANGO_CACHE_DIR", str(BASE_DIR / "cache")),  # noqa: F405
        },
        "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }

if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT") or 25)
    # An unreachable mail server fails the notice (logged), not the comment.
    EMAIL_TIMEOUT = 5
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "montage@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
