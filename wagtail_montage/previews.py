"""Draft previews for headless front ends.

An editor asks the admin for a preview link to a page's latest revision; the
link carries a short-lived signed token; the front end reads the draft as JSON
from ``features/preview/?token=...``. Without a valid token drafts stay
invisible.
"""

from django.core import signing
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision

from .api.caching import NAMESPACE
from .conf import get_setting

SALT = "wagtail_montage.headless_preview"


class PreviewTokenError(Exception):
    pass


def make_preview_token(revision):
    return signing.dumps(
        {"r": revision.pk, "p": int(revision.object_id)}, salt=SALT, compress=True
    )


def read_preview_token(token):
    """The page (as of the token's revision) a valid token grants, or ``PreviewTokenError``."""
    try:
        data = signing.loads(
            token or "", salt=SALT, max_age=get_setting("API_PREVIEW_TOKEN_MAX_AGE")
        )
        revision = Revision.page_revisions.get(
            pk=int(data["r"]), object_id=str(int(data["p"]))
        )
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
    return revision.as_object()


def preview_urls(request, revision):
    token = make_preview_token(revision)
    try:
        api_url = (
            request.build_absolute_uri(reverse(f"{NAMESPACE}:feature_preview"))
            + f"?token={token}"
        )
    except NoReverseMatch:
        api_url = ""
    template = get_setting("HEADLESS_PREVIEW_URL")
    return token, api_url, template.format(token=token) if template else ""


def preview_link_view(request, page_id):
    """Admin view: a preview link to the page's latest revision, for editors who can edit it."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    revision = page.latest_revision or page.save_revision(user=request.user)
    token, api_url, front_end_url = preview_urls(request, revision)
    return TemplateResponse(
        request,
        "wagtail_montage/admin/preview_link.html",
        {
            "page": page,
            "revision": revision,
            "token": token,
            "api_url": api_url,
            "front_end_url": front_end_url,
            "max_age_minutes": get_setting("API_PREVIEW_TOKEN_MAX_AGE") // 60,
            "title": _("Headless preview link"),
        },
    )
