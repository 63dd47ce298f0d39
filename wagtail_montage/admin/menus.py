"""Menu items: "Comments" with the count of comments waiting (in either admin),
and the page header's "Headless preview link"."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.menus.pages import PageMenuItem

from ..models import AbstractVideoFeaturePage, ReaderComment


def menu_label_with_pending(label):
    """``Comments (3)``: the label and the count of comments waiting, one query."""
    pending = ReaderComment.objects.pending().count()
    if not pending:
        return label
    return _("%(label)s (%(count)s)") % {"label": label, "count": pending}


class PendingCountMenuItemMixin:
    """For a menu item (snippets' or modeladmin's) whose label shows the count
    of comments waiting, counted when the menu is drawn."""

    def render_component(self, request):
        component = super().render_component(request)
        component.label = menu_label_with_pending(self.label)
        return component


class HeadlessPreviewMenuItem(PageMenuItem):
    label = _("Headless preview link")
    icon_name = "link-external"
    url_name = "wagtail_montage_preview_link"
    priority = 66

    def is_shown(self, user):
        return isinstance(self.page.specific_deferred, AbstractVideoFeaturePage) and (
            self.page.permissions_for_user(user).can_edit()
        )
