"""Settings for running the demo on your own machine (``make demo``)."""

from .base import *  # noqa: F403

DEBUG = True

# Not a secret: this key only ever signs sessions of a local demo.
SECRET_KEY = "dev-only-insecure-key-for-the-wagtail-montage-demo"

ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# A webhook receiver on this machine (a front end's dev server) may be an endpoint.
WAGTAIL_MONTAGE_WEBHOOK_ALLOW_PRIVATE_TARGETS = True
