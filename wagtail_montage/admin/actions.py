"""The moderation actions as the admin offers them: label, icon and order of
each, the address they post to, and the per-comment buttons.

The actions themselves (permission, status change, audit log) are the functions
of ``wagtail_montage.comments.moderation``; nothing here sets a status.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.widgets import Button

from ..comments import moderation
from ..models import ReaderComment
from .permissions import can_moderate


@dataclass(frozen=True)
class ModerationAction:
    name: str
    status: str
    label: str
    icon: str
    function: object
    priority: int

    def applies_to(self, comment):
        return comment.status != self.status

    def success_message(self, changed):
        status = ReaderComment.Status(self.status).label
        if not changed:
            return _("No comment changed: the selection was already “%(status)s”.") % {
                "status": status
            }
        return ngettext(
            "%(count)d comment set to “%(status)s”.",
            "%(count)d comments set to “%(status)s”.",
            changed,
        ) % {"count": changed, "status": status}


APPROVE = ModerationAction(
    "approve",
    ReaderComment.Status.APPROVED,
    _("Approve"),
    "check",
    moderation.approve,
    1,
)
UNAPPROVE = ModerationAction(
    "unapprove",
    ReaderComment.Status.PENDING,
    _("Unapprove"),
    "clock",
    moderation.unapprove,
    2,
)
SPAM = ModerationAction(
    "spam",
    ReaderComment.Status.SPAM,
    _("Spam"),
    "warning",
    moderation.mark_spam,
    3,
)
TRASH = ModerationAction(
    "trash",
    ReaderComment.Status.TRASH,
    _("Trash"),
    "bin",
    moderation.trash,
    4,
)

ACTIONS = {action.name: action for action in (APPROVE, UNAPPROVE, SPAM, TRASH)}
# Unapprove is offered per comment; in bulk, the three a moderator needs.
BULK_ACTIONS = (APPROVE.name, SPAM.name, TRASH.name)


def moderate_url(url_name, action, comments=(), **query):
    ids = [("id", comment.pk) for comment in comments]
    return f"{reverse(url_name, args=[action])}?{urlencode([*ids, *query.items()])}"


def moderation_buttons(comment, moderate_url_name, user):
    """The per-comment moderation buttons: each POSTs (with the CSRF token and the
    current address as ``next``, via Wagtail's ``w-action`` controller) to the
    moderation view. Opened without a POST, the same URL asks for confirmation."""
    if not can_moderate(user):
        return []
    return [
        Button(
            action.label,
            icon_name=action.icon,
            priority=action.priority,
            attrs={
                "data-controller": "w-action",
                "data-action": "w-action#post",
                "data-w-action-url-value": moderate_url(
                    moderate_url_name, action.name, [comment]
                ),
                "aria-label": _("%(action)s comment by %(name)s")
                % {"action": action.label, "name": comment.author_name},
            },
        )
        for action in ACTIONS.values()
        if action.applies_to(comment)
    ]
