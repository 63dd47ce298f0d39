"""The signed form token: which page it is for and when it was issued."""

from django.core import signing
from django.utils import timezone

from ..conf import get_setting

SALT = "wagtail_montage.comment_token"


class TokenError(Exception):
    """The token is missing, tampered with, for another page, too young or too old."""


def make_token(page_id, issued_at=None):
    issued_at = issued_at or timezone.now()
    return signing.dumps(
        {"p": int(page_id), "t": int(issued_at.timestamp())}, salt=SALT, compress=False
    )


def check_token(token, page_id, now=None):
    """Raise ``TokenError`` unless ``token`` was issued for ``page_id`` within the allowed ages."""
    if not token or not isinstance(token, str) or len(token) > 500:
        raise TokenError("missing")
    try:
        data = signing.loads(token, salt=SALT)
        token_page, issued = int(data["p"]), int(data["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise TokenError("invalid") from None
    if token_page != int(page_id):
        raise TokenError("other_page")
    age = (now or timezone.now()).timestamp() - issued
    if age < get_setting("COMMENT_TOKEN_MIN_AGE"):
        raise TokenError("too_young")
    if age > get_setting("COMMENT_TOKEN_MAX_AGE"):
        raise TokenError("expired")
