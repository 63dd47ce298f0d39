"""Every registration of wagtail-montage with Wagtail: what the ``admin``
package (and the importer's views) define is registered here and nowhere else.

``wagtail_montage.contrib.modeladmin`` registers its own ModelAdmin, built on
the same permissions, actions, filters and menu items.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.telepath import register as register_telepath_adapter
from wagtail.contrib.settings.registry import register_setting
from wagtail.snippets.models import register_snippet

from .admin.bulk_actions import (
    ApproveCommentsBulkAction,
    SpamCommentsBulkAction,
    TrashCommentsBulkAction,
)
from .admin.menus import HeadlessPreviewMenuItem
from .admin.permissions import ReaderCommentPermissionPolicy
from .admin.views import preview_link_view
from .admin.viewsets import comment_viewset, snippet_admin_enabled
from .blocks.charts import ChartFactBlock, ChartFactBlockAdapter
from .caching.fragments import page_fragments
from .chapters import chapters_vtt_response
from .comments.views import comment_context, personalise_headers, post_comment
from .compat import register_permission_policy
from .feeds import comments_feed, features_feed
from .importers.review import ImportSuggestionsMenuItem, review_view
from .importers.views import import_menu_item, import_view
from .models import CommentSettings, ReaderComment
from .models.pages import (
    FEATURE_CONTEXT_HOOK,
    FEATURE_RESPONSE_HOOK,
    FEATURE_ROUTE_HOOK,
    INDEX_ROUTE_HOOK,
    PAGE_CONTEXT_HOOK,
    POST_COMMENT_HOOK,
)
from .structured_data import lazy_head_meta

# Before anything asks Wagtail for the policy (registering the viewset does).
register_permission_policy(ReaderComment, ReaderCommentPermissionPolicy(ReaderComment))

register_setting(CommentSettings, icon="comment")

# The chart fact's form shows only the fields of the kind of fact chosen.
register_telepath_adapter(ChartFactBlockAdapter(), ChartFactBlock)

# Sites on wagtail-modeladmin get the queue from wagtail_montage.contrib.modeladmin
# instead: the snippet admin steps aside so it is not in the menu twice.
if snippet_admin_enabled():
    register_snippet(comment_viewset)
    hooks.register("register_bulk_action", ApproveCommentsBulkAction)
    hooks.register("register_bulk_action", SpamCommentsBulkAction)
    hooks.register("register_bulk_action", TrashCommentsBulkAction)


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


@hooks.register("register_page_header_buttons")
def register_page_header_buttons(page, user, view_name, next_url=None):
    yield HeadlessPreviewMenuItem(page=page)
    yield ImportSuggestionsMenuItem(page=page)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "montage/preview-link/<int:page_id>/",
            preview_link_view,
            name="wagtail_montage_preview_link",
        ),
        path("montage/import/", import_view, name="wagtail_montage_import"),
        path(
            "montage/import/review/<int:page_id>/",
            review_view,
            name="wagtail_montage_import_review",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_admin_menu_item():
    return import_menu_item()


# -- The plugin's own hooks: what the pages show of the rooms above the models --


@hooks.register(PAGE_CONTEXT_HOOK)
def wagtail_montage_page_context(page, request, context):
    # Canonical link, Open Graph and JSON-LD, worked out only if a template reads them.
    context["montage_head"] = lazy_head_meta(page, request)


@hooks.register(FEATURE_CONTEXT_HOOK)
def wagtail_montage_feature_context(page, request, context):
    context["montage_fragments"] = page_fragments(request)
    # Not when the comment POST renders the page again with its own form.
    if "comment_form" not in context:
        context.update(comment_context(page, request))


@hooks.register(FEATURE_RESPONSE_HOOK)
def wagtail_montage_feature_response(page, request, response):
    return personalise_headers(request, response)


@hooks.register(POST_COMMENT_HOOK)
def wagtail_montage_post_comment(page, request):
    return post_comment(page, request)


@hooks.register(FEATURE_ROUTE_HOOK)
def wagtail_montage_feature_route(page, request, route):
    if route == "chapters":
        return chapters_vtt_response(page, request)
    if route == "comments_feed":
        return comments_feed(page, request)
    return None


@hooks.register(INDEX_ROUTE_HOOK)
def wagtail_montage_index_route(page, request, route):
    return features_feed(page, request, route)
