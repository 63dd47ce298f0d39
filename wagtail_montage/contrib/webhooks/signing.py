"""Standard Webhooks secrets and signatures, through the ``standardwebhooks``
library, so any Standard Webhooks library verifies what is sent."""

import base64
import binascii
import json
import secrets
from datetime import timedelta

from django.utils.translation import gettext_lazy as _
from standardwebhooks import Webhook

from ...conf import get_setting

PREFIX = "whsec_"
# Standard Webhooks asks for secrets of 24 to 64 random bytes.
MIN_BYTES, MAX_BYTES = 24, 64


def new_secret():
    return PREFIX + base64.b64encode(secrets.token_bytes(32)).decode("ascii")


def secret_problem(secret):
    """Why ``secret`` is no Standard Webhooks secret, or ``None``."""
    if not secret.startswith(PREFIX):
        return _("A secret starts with whsec_ (leave it blank to have one made).")
    try:
        raw = base64.b64decode(secret[len(PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        return _("After whsec_, a secret is base64.")
    if not MIN_BYTES <= len(raw) <= MAX_BYTES:
        return _("A secret holds 24 to 64 bytes.")
    return None


def body_of(payload):
    """The bytes posted for a payload: the same for every attempt."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


def signed_headers(signing_secrets, message_id, body, when):
    """Standard Webhooks headers; with two secrets (a rotation's overlap) the
    signature header holds one signature per secret, space-separated, and a
    receiver with either secret verifies it."""
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(when.timestamp())),
        "webhook-signature": " ".join(
            Webhook(secret).sign(message_id, when, body) for secret in signing_secrets
        ),
    }


def rotate_secret(endpoint, now):
    """A new secret for ``endpoint``; the one it replaces signs too for
    ``WAGTAIL_MONTAGE_WEBHOOK_SECRET_OVERLAP`` seconds (0: not at all)."""
    overlap = get_setting("WEBHOOK_SECRET_OVERLAP")
    endpoint.previous_secret = endpoint.secret if overlap else ""
    endpoint.previous_secret_expires_at = (
        now + timedelta(seconds=overlap) if overlap else None
    )
    endpoint.secret = new_secret()
    endpoint.save(
        update_fields=[
            "secret",
            "previous_secret",
            "previous_secret_expires_at",
            "updated_at",
        ]
    )
    return endpoint
