"""The page editor's panels.

``AppConfig.ready()`` adds ``CommentCountsPanel`` to the feature pages'
"Reader comments" settings panel (``add_comment_counts``) and
``ChapterTextPanel`` to their "Video" panel (``add_chapter_text``): the models
import nothing of the admin.
"""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import MultiFieldPanel, Panel

from ..chapters import chapters_of, youtube_chapter_problems, youtube_chapter_text
from ..models import AbstractVideoFeaturePage
from .permissions import user_can_list_comments
from .viewsets import comment_listing_url

HEADING = _("Comments on this page")
CHAPTERS_HEADING = _("YouTube chapters")


class CommentCountsPanel(Panel):
    """A page's reader comments by status, each count linking to the moderation
    queue filtered to the page (one query). A page not saved yet has none."""

    def __init__(self, heading=HEADING, **kwargs):
        super().__init__(heading=heading, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtail_montage/admin/panels/comment_counts.html"

        def get_context_data(self, parent_context=None):
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


# The settings panel of AbstractVideoFeaturePage the counts go in.
READER_COMMENTS_PANEL_CLASS = "montage-reader-comments"


def add_comment_counts():
    """Add ``CommentCountsPanel`` to the "Reader comments" panel of
    ``AbstractVideoFeaturePage.settings_panels`` (subclasses that extend the
    list share the panel object). Once: calling it again changes nothing."""
    for panel in AbstractVideoFeaturePage.settings_panels:
        if (
            isinstance(panel, MultiFieldPanel)
            and READER_COMMENTS_PANEL_CLASS in panel.classname.split()
            and not any(
                isinstance(child, CommentCountsPanel) for child in panel.children
            )
        ):
            panel.children.append(CommentCountsPanel())


class ChapterTextPanel(Panel):
    """The segments as chapter lines for a YouTube description, with a copy
    button, and why they cannot make YouTube chapters when they cannot. Read
    from the page as last saved."""

    def __init__(self, heading=CHAPTERS_HEADING, **kwargs):
        super().__init__(heading=heading, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtail_montage/admin/panels/chapter_text.html"

        def is_shown(self):
            return bool(getattr(self.instance, "segments", None))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            chapters = chapters_of(self.instance)
            context["chapter_text"] = youtube_chapter_text(chapters)
            context["problems"] = youtube_chapter_problems(self.instance, chapters)
            return context


# The content panel of AbstractVideoFeaturePage the chapter text goes in.
VIDEO_PANEL_CLASS = "montage-video"


def add_chapter_text():
    """Add ``ChapterTextPanel`` to the "Video" panel of
    ``AbstractVideoFeaturePage.content_panels``, once."""
    for panel in AbstractVideoFeaturePage.content_panels:
        if (
            isinstance(panel, MultiFieldPanel)
            and VIDEO_PANEL_CLASS in panel.classname.split()
            and not any(isinstance(child, ChapterTextPanel) for child in panel.children)
        ):
            panel.children.append(ChapterTextPanel())
