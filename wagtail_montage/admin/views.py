"""The moderation views (the queue's listing and inspect views, and the view
every moderation button posts to) and the headless preview link view."""

from django.contrib import messages as django_messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import linebreaks_filter
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.snippets.views.snippets import IndexView, InspectView

from ..conf import API_NAMESPACE, get_setting
from ..models import AbstractVideoFeaturePage, ReaderComment
from ..numbers import parse_int
from ..previews import make_preview_token
from .actions import ACTIONS, moderation_buttons
from .filters import listing_filter_data, search_comments
from .permissions import can_moderate, visible_fields


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
        if not can_moderate(request.user):
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


def page_edit_url(comment):
    return reverse("wagtailadmin_pages:edit", args=[comment.page_id])


def page_title(comment):
    return comment.page.title


def reply_label(comment):
    if comment.parent_id is None:
        return ""
    return _("Reply to %(name)s") % {"name": comment.parent.author_name}


# The bulk actions bar's words, as Wagtail's ``BULK_ACTIONS`` strings (json_script
# translates them in the request's language).
BULK_STRINGS = {
    "SINGULAR": _("1 comment selected"),
    "PLURAL": _("%(objects)s comments selected"),
    "ALL": _("All %(objects)s comments on this screen selected"),
    "ALL_IN_LISTING": _("All comments in listing selected"),
}


class CommentIndexView(IndexView):
    moderate_url_name = None

    def get_context_data(self, **kwargs):
        return super().get_context_data(montage_bulk_strings=BULK_STRINGS, **kwargs)

    def get_filterset_kwargs(self):
        # No status asked for: the pending queue (filters.DEFAULT_STATUS).
        return {
            **super().get_filterset_kwargs(),
            "data": listing_filter_data(self.request.GET),
        }

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
            Column("parent", label=_("In reply to"), accessor=reply_label),
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
        return visible_fields(self.request.user)

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


# -- Headless preview link ----------------------------------------------------------


def preview_urls(request, revision):
    """The token for ``revision``, the API address that reads it, and the front
    end's preview address (from the ``HEADLESS_PREVIEW_URL`` setting, if set)."""
    token = make_preview_token(revision)
    try:
        api_url = (
            request.build_absolute_uri(reverse(f"{API_NAMESPACE}:feature_preview"))
            + f"?token={token}"
        )
    except NoReverseMatch:
        api_url = ""
    template = get_setting("HEADLESS_PREVIEW_URL")
    return token, api_url, template.format(token=token) if template else ""


def preview_link_view(request, page_id):
    """A preview link to the page's latest revision, for editors who can edit it."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not isinstance(page, AbstractVideoFeaturePage):
        # The headless API reads feature pages only: a link would show nothing.
        django_messages.error(
            request,
            _("“%(title)s” is not a video feature: it has no headless preview.")
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    revision = page.latest_revision or page.save_revision(user=request.user)
    token, api_url, front_end_url = preview_urls(request, revision)
    return TemplateResponse(
        request,
        "wagtail_montage/admin/preview_link.html",
        {
            "page": page,
            "revision": revision,
            "token": token,
            "api_url": api_url,
            "front_end_url": front_end_url,
            "max_age_minutes": get_setting("API_PREVIEW_TOKEN_MAX_AGE") // 60,
            "title": _("Headless preview link"),
        },
    )
