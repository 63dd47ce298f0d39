"""Moderation actions, shared by the snippet admin, the modeladmin integration and
commands: one place for the rules and the audit log."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from ..caching.generation import one_comments_generation
from ..models import ReaderComment
from ..signals import comments_moderated

PERMISSION = "wagtail_montage.moderate_readercomment"

# Log action names, registered in wagtail_hooks.register_log_actions.
ACTIONS = {
    ReaderComment.Status.APPROVED: "wagtail_montage.approve_comment",
    ReaderComment.Status.PENDING: "wagtail_montage.unapprove_comment",
    ReaderComment.Status.SPAM: "wagtail_montage.spam_comment",
    ReaderComment.Status.TRASH: "wagtail_montage.trash_comment",
}


def can_moderate(user):
    return bool(user and user.is_active and user.has_perm(PERMISSION))


def moderate(comments, status, user):
    """Set ``status`` on each comment (a queryset or list), log each change, and
    return how many changed. Raises ``PermissionDenied`` for users without the
    moderation permission."""
    if not can_moderate(user):
        raise PermissionDenied
    status = ReaderComment.Status(status)
    changed = 0
    previous_statuses = {}
    # One new comments token per page at the end, not one per comment saved.
    with transaction.atomic(), one_comments_generation():
        for comment in comments:
            if comment.status == status:
                continue
            previous = comment.status
            previous_statuses[comment.pk] = previous
            comment.status = status
            comment.moderated_at = timezone.now()
            comment.moderated_by = user
            comment.save(
                update_fields=["status", "moderated_at", "moderated_by", "updated_at"]
            )
            log(
                instance=comment,
                action=ACTIONS[status],
                user=user,
                data={
                    "previous_status": str(previous),
                    "status": str(status),
                    "page_id": comment.page_id,
                },
            )
            changed += 1
    if changed:
        comments_moderated.send(
            sender=ReaderComment,
            comments=list(comments),
            status=status,
            user=user,
            previous_statuses=previous_statuses,
        )
    return changed


def approve(comments, user):
    return moderate(comments, ReaderComment.Status.APPROVED, user)


def mark_spam(comments, user):
    return moderate(comments, ReaderComment.Status.SPAM, user)


def trash(comments, user):
    return moderate(comments, ReaderComment.Status.TRASH, user)


def unapprove(comments, user):
    return moderate(comments, ReaderComment.Status.PENDING, user)
