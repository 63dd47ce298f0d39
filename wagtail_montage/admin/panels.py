"""The page editor's panels.

The page models put ``CommentCountsPanel`` in their settings tab, so this module
is imported while the models load: it imports nothing of the package at the top.
"""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

HEADING = _("Comments on this page")


class CommentCountsPanel(Panel):
    """A page's reader comments by status, each count linking to the moderation
    queue filtered to the page (one query). A page not saved yet has none."""

    def __init__(self, heading=HEADING, **kwargs):
        super().__init__(heading=heading, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtail_montage/admin/panels/comment_counts.html"

        def get_context_data(self, parent_context=None):
            # Imported when drawn: the page models import this module.
            from .permissions import user_can_list_comments
            from .viewsets import comment_listing_url

            context = super().get_context_data(parent_context)
            page_id = getattr(self.instance, "pk", None)
            if page_id is None:
                context.update(total=0, rows=[], queue_url=None)
                return context
            comments = self.instance.reader_comments
            statuses = comments.model.Status
            counts = comments.aggregate(
                **{
                    status.value: Count("pk", filter=Q(status=status.value))
                    for status in statuses
                }
            )
            linked = user_can_list_comments(self.request.user)
            context["rows"] = [
                {
                    "status": status.value,
                    "label": status.label,
                    "count": counts[status.value],
                    "url": comment_listing_url(page_id, status.value)
                    if linked and counts[status.value]
                    else None,
                }
                for status in statuses
            ]
            context["total"] = sum(counts.values())
            context["queue_url"] = (
                comment_listing_url(page_id) if linked and context["total"] else None
            )
            return context
