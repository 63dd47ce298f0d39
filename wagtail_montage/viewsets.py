"""The moderation admin of reader comments: a snippet viewset with filters, search,
per-row and bulk moderation, and the view both kinds of action post to.

Every status change goes through ``wagtail_montage.comments.moderation``, which
checks the permission and writes the audit log; nothing here sets a status itself.
The modeladmin integration (``wagtail_montage.contrib.modeladmin``) reuses the
filters, search, labels and the moderation view from this module.
"""

from dataclasses import dataclass

import django_filters
from django import forms
from django.apps import apps
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_list_or_404, get_object_or_404, redirect
from django.template.defaultfilters import linebreaks_filter
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import IndexView, InspectView, SnippetViewSet

from .comments import moderation
from .models import ReaderComment
from .numbers import IdChoiceMixin, parse_int

MODELADMIN_APP = "wagtail_montage.contrib.modeladmin"

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
    return moderation.can_moderate(user) or any(
        user.has_perm(f"wagtail_montage.{action}_readercomment")
        for action in ("view", "change", "delete")
    )


def snippet_admin_enabled():
    """False where the modeladmin integration is installed: then the snippet
    viewset steps aside, so the queue is not in the admin twice."""
    return not apps.is_installed(MODELADMIN_APP)


# -- Moderation actions ----------------------------------------------------------


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


ACTIONS = {
    action.name: action
    for action in (
        ModerationAction(
            "approve",
            ReaderComment.Status.APPROVED,
            _("Approve"),
            "check",
            moderation.approve,
            1,
        ),
        ModerationAction(
            "unapprove",
            ReaderComment.Status.PENDING,
            _("Unapprove"),
            "clock",
            moderation.unapprove,
            2,
        ),
        ModerationAction(
            "spam",
            ReaderComment.Status.SPAM,
            _("Spam"),
            "warning",
            moderation.mark_spam,
            3,
        ),
        ModerationAction(
            "trash",
            ReaderComment.Status.TRASH,
            _("Trash"),
            "bin",
            moderation.trash,
            4,
        ),
    )
}
# Unapprove is offered per comment; in bulk, the three a moderator needs.
BULK_ACTIONS = ("approve", "spam", "trash")


def moderate_url(url_name, action, comments=(), **query):
    ids = [("id", comment.pk) for comment in comments]
    return f"{reverse(url_name, args=[action])}?{urlencode([*ids, *query.items()])}"


def moderation_buttons(comment, moderate_url_name, user):
    """The per-comment moderation buttons: each POSTs (with the CSRF token and the
    current address as ``next``, via Wagtail's ``w-action`` controller) to the
    moderation view. Opened without a POST, the same URL asks for confirmation."""
    if not moderation.can_moderate(user):
        return []
    buttons = []
    for action in ACTIONS.values():
        if not action.applies_to(comment):
            continue
        url = moderate_url(moderate_url_name, action.name, [comment])
        buttons.append(
            Button(
                action.label,
                icon_name=action.icon,
                priority=action.priority,
                attrs={
                    "data-controller": "w-action",
                    "data-action": "w-action#post",
                    "data-w-action-url-value": url,
                    "aria-label": _("%(action)s comment by %(name)s")
                    % {"action": action.label, "name": comment.author_name},
                },
            )
        )
    return buttons


class ModerateCommentsView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm (GET) and apply (POST) one moderation action to the comments
    given as ``id`` parameters, then go back to ``next`` or the listing.

    Shared by the snippet viewset and the modeladmin integration, which pass
    their own ``index_url_name``.
    """

    template_name = "wagtail_montage/admin/confirm_moderation.html"
    header_icon = "comment"
    index_url_name = None
    max_comments = 500

    def dispatch(self, request, *args, action, **kwargs):
        self.action = ACTIONS.get(action)
        if self.action is None:
            raise Http404
        if not moderation.can_moderate(request.user):
            raise PermissionDenied
        ids = [
            number
            for value in request.POST.getlist("id") or request.GET.getlist("id")
            if (number := parse_int(value, minimum=1)) is not None
        ][: self.max_comments]
        self.comments = list(
            ReaderComment.objects.filter(pk__in=ids).select_related("page")
        )
        if not self.comments:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.action.label

    def get_page_subtitle(self):
        return ngettext(
            "%(count)d comment", "%(count)d comments", len(self.comments)
        ) % {"count": len(self.comments)}

    @cached_property
    def index_url(self):
        return reverse(self.index_url_name)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.index_url, "label": _("Comments")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_next_url(self):
        return get_valid_next_url_from_request(self.request) or self.index_url

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action=self.action,
            comments=self.comments,
            next_url=self.get_next_url(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        changed = self.action.function(self.comments, request.user)
        messages.success(request, self.action.success_message(changed))
        return redirect(self.get_next_url())


# -- Listing: filters, search, columns -----------------------------------------


def pages_with_comments(request):
    return Page.objects.filter(pk__in=ReaderComment.objects.values("page_id")).order_by(
        "title"
    )


class PageIdField(IdChoiceMixin, django_filters.fields.ModelChoiceField):
    pass


class PageFilter(django_filters.ModelChoiceFilter):
    field_class = PageIdField


class ReaderCommentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=ReaderComment.Status.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    page = PageFilter(label=_("Page"), queryset=pages_with_comments)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=DateRangePickerWidget
    )

    class Meta:
        model = ReaderComment
        fields = ["status", "page", "created_at"]


def search_comments(queryset, query, user):
    """Comments whose name or body (and, for moderators, email) contains ``query``.

    A database ``icontains`` rather than the search index: email is private and
    stays out of any search backend, and moderators look up exact addresses.
    """
    query = (query or "").strip()
    if not query:
        return queryset
    condition = Q(author_name__icontains=query) | Q(body__icontains=query)
    if moderation.can_moderate(user):
        condition |= Q(email__icontains=query)
    return queryset.filter(condition)


def listing_queryset(request, queryset=None):
    """The comments the listing at ``request`` shows: its filters and search."""
    queryset = ReaderComment.objects.all() if queryset is None else queryset
    filters = ReaderCommentFilterSet(request.GET, queryset=queryset, request=request)
    if filters.is_valid():
        queryset = filters.qs
    return search_comments(queryset, request.GET.get("q"), request.user)


def comment_listing_url(page_id=None, status=None):
    """The moderation queue, filtered by page and status, in whichever admin
    (snippets or modeladmin) the site uses."""
    if snippet_admin_enabled():
        url = reverse(f"{ReaderCommentViewSet.admin_url_namespace}:list")
        query = {"status": status, "page": page_id}
    else:
        from .contrib.modeladmin.options import listing_url

        return listing_url(page_id=page_id, status=status)
    query = {key: value for key, value in query.items() if value}
    return f"{url}?{urlencode(query)}" if query else url


def page_edit_url(comment):
    return reverse("wagtailadmin_pages:edit", args=[comment.page_id])


def page_title(comment):
    return comment.page.title


class CommentIndexView(IndexView):
    moderate_url_name = None

    def search_queryset(self, queryset):
        return search_comments(queryset, self.search_query, self.request.user)

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        # Comments posted in the same instant keep a stable order across pages.
        return queryset.order_by(*queryset.query.order_by, "-pk")

    @cached_property
    def columns(self):
        bulk_checkbox = super().columns[0]
        return [
            bulk_checkbox,
            self._get_title_column(
                "author_name",
                label=_("Name"),
                sort_key="author_name",
            ),
            Column("excerpt", label=_("Comment")),
            TitleColumn(
                "page",
                label=_("Page"),
                accessor=page_title,
                get_url=page_edit_url,
                sort_key="page__title",
            ),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                primary=lambda comment: comment.status == ReaderComment.Status.PENDING,
                sort_key="status",
            ),
            DateColumn("created_at", label=_("Date"), sort_key="created_at"),
        ]

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        # Moderators read a comment in full on the inspect view, edits are rare.
        column_class = self._get_title_column_class(column_class)
        return column_class(
            field_name,
            get_url=self.get_inspect_url,
            get_title_id=lambda comment: f"snippet_{comment.pk}_title",
            **kwargs,
        )

    def get_list_more_buttons(self, instance):
        return [
            *moderation_buttons(instance, self.moderate_url_name, self.request.user),
            *super().get_list_more_buttons(instance),
        ]


class CommentInspectView(InspectView):
    moderate_url_name = None

    def get_fields(self):
        if moderation.can_moderate(self.request.user):
            return PUBLIC_FIELDS + PRIVATE_FIELDS
        return list(PUBLIC_FIELDS)

    def get_object(self, queryset=None):
        return get_object_or_404(
            ReaderComment.objects.select_related("page", "moderated_by", "user"),
            pk=unquote(str(self.pk)),
        )

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "-" if value is None or value == "" else value

    def get_body_display_value(self):
        return linebreaks_filter(self.object.body, autoescape=True)

    def get_page_display_value(self):
        return format_html(
            '<a href="{}">{}</a>', page_edit_url(self.object), self.object.page.title
        )

    @cached_property
    def header_more_buttons(self):
        return [
            *moderation_buttons(self.object, self.moderate_url_name, self.request.user),
            *super().header_more_buttons,
        ]


# -- Permissions and the viewset -------------------------------------------------


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


def menu_label_with_pending(label):
    """``Comments (3)``: the label and the count of comments waiting, one query."""
    pending = ReaderComment.objects.pending().count()
    if not pending:
        return label
    return _("%(label)s (%(count)s)") % {"label": label, "count": pending}


class ReaderCommentViewSet(SnippetViewSet):
    """Moderation of reader comments in the Wagtail admin, under "Comments"."""

    model = ReaderComment
    icon = "comment"
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
    # Search runs in the database (search_comments), never through the index.
    search_backend_name = None
    # Status changes go through the moderation actions, never through this form.
    panels = [FieldPanel("author_name"), FieldPanel("website"), FieldPanel("body")]

    def get_queryset(self, request):
        return ReaderComment.objects.select_related("page")

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
        class CommentsMenuItem(super().menu_item_class):
            def render_component(self, request):
                return LinkMenuItemComponent(
                    self.name,
                    menu_label_with_pending(self.label),
                    self.url,
                    icon_name=self.icon_name,
                    classname=self.classname,
                    attrs=self.attrs,
                )

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


# -- Bulk actions ------------------------------------------------------------------


class ModerateBulkAction(SnippetBulkAction):
    """Apply a moderation action to the comments ticked in the listing."""

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
        return moderation.can_moderate(self.request.user)

    def get_all_objects_in_listing_query(self, parent_id):
        # "Select all in listing" sends the listing's own query string along:
        # honour its filters and search, never "every comment on the site".
        return listing_queryset(self.request).values_list("pk", flat=True)

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        return ACTIONS[cls.moderation_action].function(objects, user), 0

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            moderation_action=ACTIONS[self.moderation_action], **kwargs
        )

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ACTIONS[self.moderation_action].success_message(num_parent_objects)


def bulk_action_class(name):
    action = ACTIONS[name]
    return type(
        f"{name.capitalize()}CommentsBulkAction",
        (ModerateBulkAction,),
        {
            "__module__": __name__,
            "display_name": action.label,
            "action_type": f"montage_{name}",
            "aria_label": format_lazy(
                _("{action} the selected comments"), action=action.label
            ),
            "action_priority": 10 + action.priority,
            "moderation_action": name,
        },
    )


COMMENT_BULK_ACTIONS = [bulk_action_class(name) for name in BULK_ACTIONS]
