"""Moderator emails for comments that wait, sent after the comment is saved."""

import logging

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


def notify_moderators(comment, settings):
    """Email each moderator about ``comment``. A mail failure is logged, never raised:
    the comment is already saved and the reader has their answer."""
    recipients = settings.moderator_email_list if settings else []
    if not recipients:
        return
    try:
        from wagtail.admin.admin_url_finder import AdminURLFinder

        edit_url = AdminURLFinder().get_edit_url(comment) or ""
        from django.conf import settings as django_settings

        base = getattr(django_settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
        context = {
            "comment": comment,
            "page": comment.page,
            "admin_url": base + edit_url,
        }
        # Plain text only: a name or body full of markup stays inert text.
        message = render_to_string(
            "wagtail_montage/comments/moderator_email.txt", context
        )
        subject = _("New comment awaiting moderation on “%(title)s”") % {
            "title": comment.page.title
        }
        send_mail(" ".join(subject.split()), message, None, recipients)
    except Exception:
        logger.exception("Could not email moderators about comment %s", comment.pk)
