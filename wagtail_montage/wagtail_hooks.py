"""Every registration of wagtail-montage with Wagtail."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.contrib.settings.registry import register_setting

from .models import CommentSettings

register_setting(CommentSettings, icon="comment")


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "wagtail_montage.approve_comment", _("Approve comment"), _("Comment approved")
    )
    actions.register_action(
        "wagtail_montage.unapprove_comment",
        _("Unapprove comment"),
        _("Comment sent back to pending"),
    )
    actions.register_action(
        "wagtail_montage.spam_comment",
        _("Mark comment as spam"),
        _("Comment marked as spam"),
    )
    actions.register_action(
        "wagtail_montage.trash_comment", _("Trash comment"), _("Comment moved to trash")
    )
