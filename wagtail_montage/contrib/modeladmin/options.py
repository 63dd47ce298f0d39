"""A thin ModelAdmin over reader comments.

Everything that decides something lives in ``wagtail_montage.admin`` and below:
the moderation functions (permission and audit log), the moderation view and its
confirmation page, the action labels, the search, who may see the queue and
which fields are private. This module only arranges them in modeladmin's listing.
"""

from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import unquote
from django.http import Http404, HttpResponseRedirect
from django.urls import re_path, reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.menus import ModelAdminMenuItem
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import IndexView, InspectView

from ...admin.actions import ACTIONS, BULK_ACTIONS, moderate_url
from ...admin.filters import search_comments
from ...admin.menus import PendingCountMenuItemMixin
from ...admin.permissions import can_moderate, user_can_list_comments, visible_fields
from ...admin.views import ModerateCommentsView
from ...models import ReaderComment
from ...numbers import parse_int
from .filters import StatusFilter

BASE_URL_PATH = "wagtail_montage/comments"
URL_NAME_PREFIX = BASE_URL_PATH.replace("/", "_") + "_modeladmin_"

# The snippet listing's query parameters, and modeladmin's names for them.
PARAMETERS = {"status": "status__exact", "page": "page__id__exact"}
# Only these lookups reach the queryset: modeladmin would otherwise apply any
# ?field__lookup= from the address, email and IP address included.
ALLOWED_LOOKUPS = {
    "status__exact",
    "page__id__exact",
    "created_at__gte",
    "created_at__lt",
}


def listing_url(page_id=None, status=None):
    """The modeladmin queue, filtered by page and status."""
    query = {
        PARAMETERS["status"]: status,
        PARAMETERS["page"]: page_id,
    }
    query = {key: value for key, value in query.items() if value}
    url = reverse(URL_NAME_PREFIX + "index")
    return f"{url}?{urlencode(query)}" if query else url


class CommentPermissionHelper(PermissionHelper):
    def user_can_list(self, user):
        return user_can_list_comments(user)

    def user_can_create(self, user):
        return False

    def user_can_inspect_obj(self, user, obj):
        return self.inspect_view_enabled and user_can_list_comments(user)


class CommentButtonHelper(ButtonHelper):
    def moderation_buttons(self, obj):
        if not can_moderate(self.request.user):
            return []
        next_url = self.request.get_full_path()
        return [
            {
                "url": moderate_url(
                    URL_NAME_PREFIX + "moderate", action.name, [obj], next=next_url
                ),
                "label": action.label,
                "icon": action.icon,
                "classname": self.finalise_classname(["button-secondary"]),
                "title": _("%(action)s the comment by %(name)s")
                % {"action": action.label, "name": obj.author_name},
            }
            for action in ACTIONS.values()
            if action.applies_to(obj)
        ]

    def get_buttons_for_obj(self, obj, exclude=None, **kwargs):
        return [
            *self.moderation_buttons(obj),
            *super().get_buttons_for_obj(obj, exclude=exclude, **kwargs),
        ]


class CommentIndexView(IndexView):
    def dispatch(self, request, *args, **kwargs):
        # Links written for the snippet listing (?status=pending&page=3) work here too.
        if any(name in request.GET for name in PARAMETERS):
            query = request.GET.copy()
            for name, lookup in PARAMETERS.items():
                if name in query:
                    query[lookup] = query.pop(name)[-1]
            return HttpResponseRedirect(f"{request.path}?{query.urlencode()}")
        try:
            return super().dispatch(request, *args, **kwargs)
        except IncorrectLookupParameters:
            # A filter value its column cannot hold (?page__id__exact=², a date
            # that is not one): modeladmin leaves it to answer 500.
            messages.error(
                request, _("Those filters are not valid: showing every comment.")
            )
            return HttpResponseRedirect(request.path)

    def get_filters_params(self, params=None):
        return {
            key: value
            for key, value in super().get_filters_params(params).items()
            if key in ALLOWED_LOOKUPS
        }

    def bulk_moderation_actions(self):
        if not can_moderate(self.request.user):
            return []
        return [
            {
                "label": ACTIONS[name].label,
                "url": reverse(URL_NAME_PREFIX + "moderate", args=[name]),
            }
            for name in BULK_ACTIONS
        ]

    def get_search_results(self, request, queryset, search_term):
        # The snippet listing's search: one rule for who may look up emails.
        return search_comments(queryset, search_term, request.user)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            bulk_actions=self.bulk_moderation_actions(),
            next_url=self.request.get_full_path(),
            **kwargs,
        )


class CommentInspectView(InspectView):
    def get_fields_dict(self):
        return [
            self.get_dict_for_field(name) for name in visible_fields(self.request.user)
        ]


class ReaderCommentAdmin(ModelAdmin):
    """Reader comments under "Comments", moderated with the plugin's own actions."""

    model = ReaderComment
    menu_label = _("Comments")
    menu_icon = "comment"
    menu_item_name = "comments"
    base_url_path = BASE_URL_PATH
    list_display = (
        "select",
        "author_name",
        "excerpt",
        "page_title",
        "status",
        "created_at",
    )
    list_display_add_buttons = "author_name"
    list_filter = (StatusFilter, "created_at")
    list_select_related = ("page",)
    list_per_page = 50
    search_fields = ("author_name", "body", "email")
    ordering = ("-created_at", "-pk")
    inspect_view_enabled = True
    index_view_class = CommentIndexView
    inspect_view_class = CommentInspectView
    permission_helper_class = CommentPermissionHelper
    button_helper_class = CommentButtonHelper
    index_template_name = "wagtail_montage/admin/modeladmin/index.html"
    # Status changes go through the moderation actions, never through this form.
    form_fields_exclude = [
        "page",
        "parent",
        "email",
        "status",
        "created_at",
        "moderated_at",
        "moderated_by",
        "ip_address",
        "user_agent",
        "user",
    ]

    @staticmethod
    def select(obj):
        return format_html(
            '<input type="checkbox" name="id" value="{}" aria-label="{}">',
            obj.pk,
            _("Select the comment by %(name)s") % {"name": obj.author_name},
        )

    select.short_description = ""

    @staticmethod
    def page_title(obj):
        return obj.page.title

    page_title.short_description = _("Page")
    page_title.admin_order_field = "page__title"

    def get_list_display(self, request):
        if can_moderate(request.user):
            return self.list_display
        return tuple(name for name in self.list_display if name != "select")

    def get_search_fields(self, request):
        # What the listing says it searches; the search is filters.search_comments.
        if can_moderate(request.user):
            return self.search_fields
        return tuple(name for name in self.search_fields if name != "email")

    def get_permissions_for_registration(self):
        # Nobody adds comments in the admin, so "add" is no use to a group.
        return (
            super()
            .get_permissions_for_registration()
            .exclude(codename="add_readercomment")
        )

    def get_menu_item(self, order=None):
        return CommentsMenuItem(self, order or self.get_menu_order())

    # Comment ids are numbers: modeladmin looks up "²" or "True" and answers 500.
    def inspect_view(self, request, instance_pk):
        return super().inspect_view(request, comment_pk(instance_pk))

    def edit_view(self, request, instance_pk):
        return super().edit_view(request, comment_pk(instance_pk))

    def delete_view(self, request, instance_pk):
        return super().delete_view(request, comment_pk(instance_pk))

    def history_view(self, request, instance_pk):
        return super().history_view(request, comment_pk(instance_pk))

    def get_admin_urls_for_registration(self):
        moderate = ModerateCommentsView.as_view(
            index_url_name=URL_NAME_PREFIX + "index"
        )
        return (
            *super().get_admin_urls_for_registration(),
            re_path(
                rf"^{BASE_URL_PATH}/moderate/(?P<action>[-\w]+)/$",
                moderate,
                name=URL_NAME_PREFIX + "moderate",
            ),
        )


def comment_pk(instance_pk):
    if parse_int(unquote(instance_pk), minimum=1) is None:
        raise Http404
    return instance_pk


class CommentsMenuItem(PendingCountMenuItemMixin, ModelAdminMenuItem):
    pass
