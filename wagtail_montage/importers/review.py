"""The editor's review of an imported draft's suggestions: each beside the sentence
it came from, accepted (it becomes the block) or rejected, one by one or all at once."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page

from ..models import ImportSuggestion
from .suggestions import accept, reject, review_url

ACTIONS = ("accept", "reject", "accept_all", "reject_all")


class ReviewView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "wagtail_montage/admin/import/review.html"
    page_title = _("Import suggestions")
    header_icon = "help"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id)
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        groups = {}
        for suggestion in self.page.montage_import_suggestions.all():
            groups.setdefault(suggestion.sentence, []).append(suggestion)
        pending = [
            item
            for items in groups.values()
            for item in items
            if item.status == ImportSuggestion.Status.PENDING
        ]
        return super().get_context_data(
            page=self.page,
            groups=list(groups.items()),
            pending=len(pending),
            acceptable=sum(1 for item in pending if item.can_accept),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            **kwargs,
        )

    def post(self, request, page_id):
        action = request.POST.get("action", "")
        if action not in ACTIONS:
            return HttpResponseBadRequest(_("Unknown action."))
        pending = self.page.montage_import_suggestions.filter(
            status=ImportSuggestion.Status.PENDING
        )
        if action in ("accept", "reject"):
            chosen = str(request.POST.get("suggestion", ""))
            if not chosen.isdigit() or len(chosen) > 18:
                return HttpResponseBadRequest(_("No suggestion given."))
            suggestions = list(pending.filter(pk=int(chosen)))
            if not suggestions:
                return HttpResponseBadRequest(
                    _("That suggestion is not pending on this page.")
                )
        else:
            suggestions = list(pending)
        if action.startswith("accept"):
            suggestions = [item for item in suggestions if item.can_accept]
            if action == "accept" and not suggestions:
                return HttpResponseBadRequest(
                    _("That suggestion names no block to add.")
                )
            try:
                accept(suggestions, request.user)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
                return redirect(review_url(self.page.pk))
            messages.success(
                request,
                ngettext(
                    "%(count)s suggestion accepted: a new draft revision holds it.",
                    "%(count)s suggestions accepted: a new draft revision holds them.",
                    len(suggestions),
                )
                % {"count": len(suggestions)},
            )
        else:
            reject(suggestions, request.user)
            messages.success(
                request,
                ngettext(
                    "%(count)s suggestion rejected.",
                    "%(count)s suggestions rejected.",
                    len(suggestions),
                )
                % {"count": len(suggestions)},
            )
        return redirect(review_url(self.page.pk))


review_view = ReviewView.as_view()


class ImportSuggestionsMenuItem(PageMenuItem):
    """The page header's "Import suggestions", while some wait for a decision."""

    label = _("Import suggestions")
    icon_name = "help"
    url_name = "wagtail_montage_import_review"
    priority = 67

    def is_shown(self, user):
        return (
            self.page.montage_import_suggestions.filter(
                status=ImportSuggestion.Status.PENDING
            ).exists()
            and self.page.permissions_for_user(user).can_edit()
        )
