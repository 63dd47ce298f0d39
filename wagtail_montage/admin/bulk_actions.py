"""The moderation queue's bulk actions: approve, mark as spam and trash the
comments ticked in the snippet listing (unapprove is offered per comment only).

Each goes through the same moderation function as the per-comment buttons;
``wagtail_hooks.py`` registers them.
"""

from django.shortcuts import get_list_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from ..models import ReaderComment
from ..numbers import parse_int
from .actions import APPROVE, SPAM, TRASH
from .filters import listing_queryset
from .permissions import can_moderate


class ModerateCommentsBulkAction(SnippetBulkAction):
    """Apply ``moderation_action`` (an ``actions.ModerationAction``) to the
    comments ticked in the listing."""

    models = [ReaderComment]
    moderation_action = None
    template_name = "wagtail_montage/admin/bulk_actions/confirm_moderation.html"

    @classmethod
    def get_queryset(cls, model, object_ids):
        ids = [
            number
            for value in object_ids
            if (number := parse_int(value, minimum=1)) is not None
        ]
        return get_list_or_404(model.objects.select_related("page"), pk__in=ids)

    def check_perm(self, obj):
        return can_moderate(self.request.user)

    def get_all_objects_in_listing_query(self, parent_id):
        # "Select all in listing" sends the listing's own query string along:
        # honour its filters and search, never "every comment on the site".
        return listing_queryset(self.request).values_list("pk", flat=True)

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        return cls.moderation_action.function(objects, user), 0

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            moderation_action=self.moderation_action, **kwargs
        )

    def get_success_message(self, num_parent_objects, num_child_objects):
        return self.moderation_action.success_message(num_parent_objects)


class ApproveCommentsBulkAction(ModerateCommentsBulkAction):
    moderation_action = APPROVE
    display_name = APPROVE.label
    action_type = "montage_approve"
    aria_label = _("Approve the selected comments")
    action_priority = 11


class SpamCommentsBulkAction(ModerateCommentsBulkAction):
    moderation_action = SPAM
    display_name = SPAM.label
    action_type = "montage_spam"
    aria_label = _("Spam the selected comments")
    action_priority = 13


class TrashCommentsBulkAction(ModerateCommentsBulkAction):
    moderation_action = TRASH
    display_name = TRASH.label
    action_type = "montage_trash"
    aria_label = _("Trash the selected comments")
    action_priority = 14
