"""The "Comments" moderation queue as a snippet viewset, and which admin
(snippets or the modeladmin integration) serves the queue on this site."""

from django.apps import apps
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet

from ..compat import permission_policy_for
from ..models import ReaderComment
from .filters import ReaderCommentFilterSet
from .menus import PendingCountMenuItemMixin
from .views import CommentIndexView, CommentInspectView, ModerateCommentsView

MODELADMIN_APP = "wagtail_montage.contrib.modeladmin"


def snippet_admin_enabled():
    """False where the modeladmin integration is installed: then the snippet
    viewset steps aside, so the queue is not in the admin twice."""
    return not apps.is_installed(MODELADMIN_APP)


class ReaderCommentViewSet(SnippetViewSet):
    """Moderation of reader comments in the Wagtail admin, under "Comments"."""

    model = ReaderComment
    icon = "comment"

    @cached_property
    def permission_policy(self):
        # Registered in wagtail_hooks (Wagtail 8's registry, or compat's on 7.4).
        return permission_policy_for(self.model)

    menu_label = _("Comments")
    menu_name = "comments"
    add_to_admin_menu = True
    admin_url_namespace = "wagtail_montage_comments"
    base_url_path = "wagtail_montage/comments"
    index_view_class = CommentIndexView
    inspect_view_class = CommentInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    # Comments point at pages; they are not "usages" an editor needs to see.
    add_to_reference_index = False
    filterset_class = ReaderCommentFilterSet
    ordering = "-created_at"
    list_per_page = 50
    # Search runs in the database (filters.search_comments), never through a
    # search index: these fields turn the search box on, that function decides.
    search_backend_name = None
    search_fields = ["author_name", "body"]
    # Status changes go through the moderation actions, never through this form.
    panels = [FieldPanel("author_name"), FieldPanel("website"), FieldPanel("body")]

    # "Comments", not "snippets", in the bulk actions bar (admin/comments/index.html).
    index_template_name = "wagtail_montage/admin/comments/index.html"

    def get_queryset(self, request):
        # The parent too: replies say whom they answer ("Reply to <name>").
        return ReaderComment.objects.select_related("page", "parent")

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            moderate_url_name=self.get_url_name("moderate"), **kwargs
        )

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            moderate_url_name=self.get_url_name("moderate"), **kwargs
        )

    @cached_property
    def menu_item_class(self):
        # Wagtail's class decides who sees the item; ours adds the pending count.
        class CommentsMenuItem(PendingCountMenuItemMixin, super().menu_item_class):
            pass

        return CommentsMenuItem

    def get_permissions_to_register(self):
        # Nobody adds comments in the admin, so "add" is no use to a group.
        return (
            super()
            .get_permissions_to_register()
            .exclude(codename=f"add_{self.model_name}")
        )

    @property
    def moderate_view(self):
        return ModerateCommentsView.as_view(index_url_name=self.get_url_name("list"))

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("moderate/<slug:action>/", self.moderate_view, name="moderate"),
        ]


comment_viewset = ReaderCommentViewSet()


def comment_listing_url(page_id=None, status=None):
    """The moderation queue, filtered by page and status, in whichever admin
    (snippets or modeladmin) the site uses."""
    if not snippet_admin_enabled():
        # Only importable where wagtail-modeladmin is installed.
        from ..contrib.modeladmin.options import listing_url

        return listing_url(page_id=page_id, status=status)
    url = reverse(f"{ReaderCommentViewSet.admin_url_namespace}:list")
    query = {
        key: value
        for key, value in {"status": status, "page": page_id}.items()
        if value
    }
    return f"{url}?{urlencode(query)}" if query else url
