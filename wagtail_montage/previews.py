"""Draft previews for headless front ends.

An editor asks the admin for a preview link to a page's latest revision; the
link carries a short-lived signed token; the front end reads the draft as JSON
from ``features/preview/?token=...``. Without a valid token drafts stay
invisible.
"""

from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision

from .api.caching import NAMESPACE
from .conf import get_setting
from .numbers import parse_int

SALT = "wagtail_montage.headless_preview"


class PreviewTokenError(Exception):
    """The token is invalid, expired, or for a page that is not a feature; its
    text completes "The preview token is ..."."""


def is_feature(page):
    from .models import AbstractVideoFeaturePage

    return isinstance(page, AbstractVideoFeaturePage)


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
    if not is_feature(page):
        # Only features have a JSON representation to preview.
        raise PreviewTokenError("for a page that is not a feature")
    return page


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
    if not is_feature(page):
        # The headless API reads feature pages only: a link would show nothing.
        messages.error(
            request,
            _("“%(title)s” is not a video feature: it has no headless preview.")
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
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
