from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, Site
from wagtail.search import index

from wagtail_montage.models import VideoFeatureIndexPage, VideoFeaturePage


class HomePage(Page):
    """The site's root page: an introduction and the latest video features."""

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        verbose_name=_("introduction"),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]

    latest_features_count = 3

    class Meta:
        verbose_name = _("home page")

    def get_latest_features(self, site=None):
        """The newest live, public features of the site this page roots."""
        site = site or self.get_site()
        if site is None:
            return VideoFeaturePage.objects.none()
        return (
            VideoFeaturePage.objects.in_site(site)
            .live()
            .public()
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
            .order_by("-first_published_at", "-pk")[: self.latest_features_count]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The site serving the request is cached on it; no extra query.
        site = Site.find_for_request(request) if request else None
        context["latest_features"] = self.get_latest_features(site=site)
        context["features_index"] = (
            VideoFeatureIndexPage.objects.child_of(self).live().first()
        )
        return context
