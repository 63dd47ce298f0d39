"""Draft previews for headless front ends: the signed token.

An editor asks the admin for a preview link to a page's latest revision
(``admin.views.preview_link_view``); the link carries a short-lived signed token;
the front end reads the draft as JSON from ``features/preview/?token=...``.
Without a valid token drafts stay invisible. Nothing here is admin code: the
API reads tokens with ``read_preview_token``.
"""

from django.core import signing
from wagtail.models import Revision

from .conf import get_setting
from .models import AbstractVideoFeaturePage
from .numbers import parse_int

SALT = "wagtail_montage.headless_preview"


class PreviewTokenError(Exception):
    """The token is invalid, expired, or for a page that is not a feature; its
    text completes "The preview token is ..."."""


def make_preview_token(revision):
    return signing.dumps(
        {"r": revision.pk, "p": int(revision.object_id)}, salt=SALT, compress=True
    )


def read_preview_token(token):
    """The feature page (as of the token's revision) a valid token grants, or
    ``PreviewTokenError``."""
    try:
        data = signing.loads(
            token or "", salt=SALT, max_age=get_setting("API_PREVIEW_TOKEN_MAX_AGE")
        )
        revision_id, page_id = parse_int(data["r"]), parse_int(data["p"])
        if revision_id is None or page_id is None:
            raise ValueError
        revision = Revision.page_revisions.get(pk=revision_id, object_id=str(page_id))
    except signing.SignatureExpired:
        raise PreviewTokenError("expired") from None
    except (
        signing.BadSignature,
        KeyError,
        TypeError,
        ValueError,
        Revision.DoesNotExist,
    ):
        raise PreviewTokenError("invalid") from None
    page = revision.as_object()
    if not isinstance(page, AbstractVideoFeaturePage):
        # Only features have a JSON representation to preview.
        raise PreviewTokenError("for a page that is not a feature")
    return page
