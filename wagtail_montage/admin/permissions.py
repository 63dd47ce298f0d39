"""Who may do what in the moderation admin, in one place for both admins
(snippets and modeladmin).

``can_moderate`` lives with the moderation functions, which enforce it on every
status change (the importer and commands call it there too); it is re-exported
here so the admin asks one module.
"""

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy

from ..comments.moderation import can_moderate

__all__ = [
    "PRIVATE_FIELDS",
    "PUBLIC_FIELDS",
    "ReaderCommentPermissionPolicy",
    "can_moderate",
    "user_can_list_comments",
    "visible_fields",
]

# Shown to everyone who may open the queue; the rest only to moderators.
PUBLIC_FIELDS = [
    "author_name",
    "website",
    "body",
    "page",
    "parent",
    "status",
    "created_at",
    "updated_at",
    "moderated_at",
    "moderated_by",
]
PRIVATE_FIELDS = ["email", "ip_address", "user_agent", "user"]


def user_can_list_comments(user):
    """Whether ``user`` may open the moderation queue (in either admin)."""
    return can_moderate(user) or any(
        user.has_perm(f"wagtail_montage.{action}_readercomment")
        for action in ("view", "change", "delete")
    )


def visible_fields(user):
    """The comment fields ``user`` may read on the inspect view."""
    if can_moderate(user):
        return PUBLIC_FIELDS + PRIVATE_FIELDS
    return list(PUBLIC_FIELDS)


class ReaderCommentPermissionPolicy(ModelPermissionPolicy):
    """Readers write comments, editors never add one in the admin; moderating
    includes seeing the queue."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        if action == "view" and super().user_has_permission(user, "moderate"):
            return True
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = set(actions) - {"add"}
        if "view" in actions:
            actions.add("moderate")
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)
