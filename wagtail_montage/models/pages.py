"""Page models: the features index and the video feature page."""

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.paginator import EmptyPage, Paginator
from django.core.validators import (
    MaxLengthValidator,
    MaxValueValidator,
    MinValueValidator,
)
from django.db import models
from django.http import Http404
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page
from wagtail.search import index

from ..blocks import AlternateTitlesBlock, VideoFeatureBodyBlock, VideoSegmentsBlock
from ..blocks.body import ParagraphBlock, expand_paragraphs, prefetch_renditions
from ..blocks.references import reference_errors
from ..conf import get_setting
from ..embeds.finders import player_html
from ..embeds.providers import parse_video_url, video_info
from ..embeds.rendering import embed_or_none, prefetch_embeds
from ..numbers import parse_int
from ..request_text import query_text
from .facts import related_features
from .fields import IdentifierField, VideoFeatureBodyField, VideoSegmentsField

# A feature's teaser: listings, the meta description and the APIs show it whole.
TEASER_MAX_LENGTH = 300

# What the layers above the models add to a page (registered in wagtail_hooks.py,
# as Wagtail's own hooks are): each function is called with the page, the
# request and the context (or the response).
PAGE_CONTEXT_HOOK = "wagtail_montage_page_context"
FEATURE_CONTEXT_HOOK = "wagtail_montage_feature_context"
FEATURE_RESPONSE_HOOK = "wagtail_montage_feature_response"
POST_COMMENT_HOOK = "wagtail_montage_post_comment"
# The other routes of the pages (chapters file, feeds): each function is called
# with the page, the request and the route's name, and answers or returns None.
FEATURE_ROUTE_HOOK = "wagtail_montage_feature_route"
INDEX_ROUTE_HOOK = "wagtail_montage_index_route"

# The largest ?t= a feature page starts its player at: 24 hours.
MAX_START_SECONDS = 24 * 60 * 60


def routed(page, request, hook_name, route):
    """The response of the first function registered for ``hook_name`` that
    answers ``route``, else a 404."""
    for fn in hooks.get_hooks(hook_name):
        response = fn(page, request, route)
        if response is not None:
            return response
    raise Http404


class MontageTemplateMixin:
    """Renders with the page class's own template when a site provides one, else
    the plugin's; and gives templates the base template they extend (a setting)."""

    montage_template = None

    def get_template(self, request, *args, **kwargs):
        template = super().get_template(request, *args, **kwargs)
        return [template, self.montage_template] if self.montage_template else template

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["montage_base_template"] = get_setting("BASE_TEMPLATE")
        # Canonical link, Open Graph and JSON-LD (montage_head).
        for fn in hooks.get_hooks(PAGE_CONTEXT_HOOK):
            fn(self, request, context)
        return context


class VideoFeatureIndexPage(RoutablePageMixin, MontageTemplateMixin, Page):
    """Lists its live features, newest first, paginated, filterable by tag; its
    ``feed/`` (RSS) and ``atom/`` (Atom) routes are the feeds of its features."""

    intro = RichTextField(
        blank=True, features=["bold", "italic", "link"], verbose_name=_("introduction")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    # None: every concrete subclass of AbstractVideoFeaturePage (clean_subpage_models).
    subpage_types = None
    montage_template = "wagtail_montage/pages/video_feature_index_page.html"

    class Meta:
        verbose_name = _("video features index")
        verbose_name_plural = _("video features indexes")

    @classmethod
    def clean_subpage_models(cls):
        if cls._clean_subpage_models is None and cls.subpage_types is None:
            cls._clean_subpage_models = feature_page_models()
        return super().clean_subpage_models()

    def get_features(self, tag=None):
        """Live, public features under this index, newest first, of every
        feature page model (``specific``: one more query per model listed)."""
        features = (
            feature_pages()
            .child_of(self)
            .live()
            .public()
            .order_by("-first_published_at", "-pk")
        )
        if tag:
            features = features.filter(tagged_feature_q(tag))
        return features.specific().select_related(
            "hero_image", for_specific_subqueries=True
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tag = query_text(request.GET.get("tag"))
        paginator = Paginator(
            self.get_features(tag=tag or None), get_setting("INDEX_PAGE_SIZE")
        )
        try:
            features = paginator.page(
                parse_int(request.GET.get("page"), minimum=1) or 1
            )
        except EmptyPage:
            features = paginator.page(paginator.num_pages)
        context["features"] = features
        context["current_tag"] = tag
        return context

    @path("feed/", name="feed")
    def rss_feed(self, request):
        return routed(self, request, INDEX_ROUTE_HOOK, "feed")

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return routed(self, request, INDEX_ROUTE_HOOK, "atom")

    def get_cached_paths(self):
        # What a front-end cache keeps of the index besides its page: its feeds.
        return ["/", "/feed/", "/atom/"]


class AbstractVideoFeaturePage(RoutablePageMixin, MontageTemplateMixin, Page):
    """A post about a video: the film, the clip and its segments, and a body of
    structured music, chart and place facts.

    Subclass it to add fields; a concrete subclass must define ``tags`` (a
    ``ClusterTaggableManager``), as ``VideoFeaturePage`` does.
    """

    film_title = models.CharField(_("film title"), max_length=255, blank=True)
    film_year = models.PositiveSmallIntegerField(
        _("film year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1880), MaxValueValidator(2100)],
    )
    film_alternate_titles = StreamField(
        AlternateTitlesBlock(),
        blank=True,
        verbose_name=_("alternate titles"),
        help_text=_("Other titles of the film, such as a re-release title."),
    )
    film_imdb_id = IdentifierField(
        _("film's IMDb id"),
        kind="imdb",
        help_text=_("The film's IMDb title id, such as tt0089927."),
    )
    film_wikidata_id = IdentifierField(
        _("film's Wikidata item"),
        kind="wikidata",
        help_text=_("The film's Wikidata item id, such as Q42."),
    )
    teaser = models.TextField(
        _("teaser"),
        max_length=TEASER_MAX_LENGTH,
        validators=[MaxLengthValidator(TEASER_MAX_LENGTH)],
        help_text=format_lazy(
            _(
                "Plain text, up to {limit} characters: shown in listings, as the meta description and in the API."
            ),
            limit=TEASER_MAX_LENGTH,
        ),
    )
    byline = models.CharField(
        _("byline"),
        max_length=150,
        blank=True,
        help_text=_(
            "Who wrote the post, when that is not the page's owner: an imported "
            "post's author who has no account on this site."
        ),
    )
    video_url = models.URLField(
        _("video URL"),
        max_length=500,
        blank=True,
        help_text=_("The clip's page on YouTube, Vimeo or another oEmbed site."),
    )
    segments = VideoSegmentsField(
        VideoSegmentsBlock(),
        blank=True,
        verbose_name=_("segments"),
        help_text=_("Chapters of the video, each with the track it is set to."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown in listings and shared links; a still from the video works well."
        ),
    )
    body = VideoFeatureBodyField(
        VideoFeatureBodyBlock(), blank=True, verbose_name=_("body")
    )
    comments_open = models.BooleanField(
        _("comments open"),
        default=True,
        help_text=_(
            "Readers can leave a reply. Existing comments stay visible when closed."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("teaser"),
        FieldPanel("byline"),
        MultiFieldPanel(
            [
                FieldPanel("film_title"),
                FieldPanel("film_year"),
                FieldPanel("film_alternate_titles"),
                FieldPanel("film_imdb_id"),
                FieldPanel("film_wikidata_id"),
            ],
            heading=_("Film"),
        ),
        MultiFieldPanel(
            [FieldPanel("video_url"), FieldPanel("segments")],
            heading=_("Video"),
            # The admin adds the YouTube chapter text (admin.panels.add_chapter_text).
            classname="montage-video",
        ),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("film_title"),
        index.AutocompleteField("film_title"),
        index.SearchField("body"),
        index.SearchField("search_track_titles"),
        index.SearchField("search_people"),
        index.SearchField("search_places"),
        index.FilterField("film_year"),
    ]

    settings_panels = [
        *Page.settings_panels,
        # The admin adds the page's comment counts to this panel
        # (admin.panels.add_comment_counts, from AppConfig.ready()).
        MultiFieldPanel(
            [FieldPanel("comments_open")],
            heading=_("Reader comments"),
            classname="montage-reader-comments",
        ),
    ]

    # Wagtail's page APIs (v2, v3). Reader comments are not here and must never
    # be: their emails, IPs and pending rows stay in the admin. The worked-out
    # fields get their serializers from api.wagtail (attach_serializers, run by
    # AppConfig.ready()): the models import nothing of the API.
    api_fields = [
        APIField("film_title"),
        APIField("film_year"),
        APIField("film_alternate_titles"),
        APIField("film_imdb_id"),
        APIField("film_wikidata_id"),
        APIField("teaser"),
        APIField("byline"),
        APIField("video"),
        APIField("segments"),
        APIField("hero_image"),
        APIField("body"),
        APIField("comments_open"),
        APIField("comment_count"),
    ]

    parent_page_types = ["wagtail_montage.VideoFeatureIndexPage"]
    subpage_types = []
    montage_template = "wagtail_montage/pages/video_feature_page.html"

    class Meta:
        abstract = True

    # -- Validation -----------------------------------------------------------

    def full_clean(self, *args, **kwargs):
        # A field the admin's form refused already keeps its old value on the
        # instance: references are checked only against what the editor sent.
        self._montage_unchecked = set(kwargs.get("exclude") or ())
        try:
            super().full_clean(*args, **kwargs)
        finally:
            del self._montage_unchecked

    def clean(self):
        """Refuse a segment's track, a track's album or a chart fact's subject
        that matches no block of the body, beside the field, with the closest
        title offered (``blocks.references``)."""
        super().clean()
        unchecked = getattr(self, "_montage_unchecked", ())
        if "body" in unchecked:
            return
        errors = reference_errors(
            self.body, self.segments, check_segments="segments" not in unchecked
        )
        if errors:
            raise ValidationError(errors)

    # -- Block values of the body, in order ---------------------------------

    def _body_values(self, block_type):
        # blocks_by_name converts only the blocks of that type: no query for the
        # body's images or linked pages when only its tracks are read.
        return [child.value for child in self.body.blocks_by_name(block_type)]

    @cached_property
    def tracks(self):
        return self._body_values("track")

    @cached_property
    def albums(self):
        return self._body_values("album")

    @cached_property
    def chart_facts(self):
        return self._body_values("chart_fact")

    @cached_property
    def locations(self):
        return self._body_values("location")

    # -- Search -------------------------------------------------------------

    def search_track_titles(self):
        return " ".join(track["title"] for track in self.tracks)

    def search_people(self):
        people = []
        for track in self.tracks:
            people.extend(track["composers"])
            people.extend(track["performers"])
        people.extend(album["artist"] for album in self.albums if album["artist"])
        people.extend(fact["artist"] for fact in self.chart_facts if fact["artist"])
        return " ".join(people)

    def search_places(self):
        parts = []
        for location in self.locations:
            parts.extend(
                location[key]
                for key in ("name", "region", "country", "stood_in_for")
                if location[key]
            )
        return " ".join(parts)

    # -- Video --------------------------------------------------------------

    @cached_property
    def video(self):
        """The video's provider reference (YouTube or Vimeo), or None."""
        return parse_video_url(self.video_url) if self.video_url else None

    @cached_property
    def video_info(self):
        """The video as data (``embeds.providers.video_info``), or None."""
        return video_info(self.video_url)

    @property
    def video_thumbnail_url(self):
        """The provider's still for the video, known from its URL alone (YouTube), or ''."""
        return (self.video_info or {}).get("thumbnail_url") or ""

    @property
    def video_provider(self):
        return (self.video_info or {}).get("provider") or ""

    @cached_property
    def video_embed(self):
        """The ``Embed`` for the video, or None when it cannot be embedded."""
        return embed_or_none(self.video_url) if self.video_url else None

    @property
    def film_label(self):
        """``Rocky IV (1985)``."""
        if self.film_title and self.film_year:
            return f"{self.film_title} ({self.film_year})"
        return self.film_title

    def get_meta_description(self):
        return self.search_description or self.teaser

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Worked out when the template reads them: not at all when the page's
        # content comes from the fragment cache (see caching.fragments).
        context["segment_track_titles"] = SimpleLazyObject(
            lambda: {track["title"].casefold() for track in self.tracks}
        )
        context["montage_body"] = SimpleLazyObject(self.prepared_body)
        context["more_features"] = SimpleLazyObject(self.get_more_features)
        # The comment section, related features and page fragments.
        for fn in hooks.get_hooks(FEATURE_CONTEXT_HOOK):
            fn(self, request, context)
        self.add_video_start(request, context)
        return context

    def add_video_start(self, request, context):
        """``?t=SECONDS`` (the URL of a chapter): the player starts there.

        Only a YouTube or Vimeo player, built from the URL, can be told where to
        start (its embed is made here, with no query). Kept page fragments are
        keyed by the start when it is a chapter's; any other start renders the
        content afresh rather than fill the cache with one copy per second."""
        start = parse_int(request.GET.get("t"), maximum=MAX_START_SECONDS)
        if not start or self.video is None:
            context["video_start"] = 0
            return
        context["video_start"] = start
        context["video_player_at_start"] = player_html(self.video, start)
        starts = {child.value.start_seconds for child in self.segments}
        if start not in starts:
            context["montage_fragments"] = None

    def prepared_body(self):
        """The body's blocks, with what they show loaded for all of them at once:
        embeds and image renditions in one query each, and the internal links of
        all paragraphs expanded in one pass (each paragraph value holds its HTML:
        ``blocks.body.expand_paragraphs``)."""
        children = list(self.body)
        prefetch_embeds(
            child.value for child in children if isinstance(child.block, EmbedBlock)
        )
        prefetch_renditions(
            child.value for child in children if isinstance(child.block, ImageBlock)
        )
        expand_paragraphs(
            child.value for child in children if isinstance(child.block, ParagraphBlock)
        )
        return children

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        for fn in hooks.get_hooks(FEATURE_RESPONSE_HOOK):
            response = fn(self, request, response)
        return response

    def get_more_features(self, limit=3):
        """Live, public features of any feature page model sharing a person,
        track or place with this one."""
        pages = (
            feature_pages()
            .live()
            .public()
            .specific()
            .select_related("hero_image", for_specific_subqueries=True)
        )
        return related_features(self, pages, limit=limit)

    def get_cached_paths(self):
        # What a front-end cache keeps of the page besides itself (purged with it,
        # caching/purge.py): its chapters file and its comment feed.
        return ["/", "chapters.vtt", "/comments/feed/"]

    @path("chapters.vtt/", name="chapters")
    def chapters_file(self, request):
        """``<page URL>chapters.vtt``, through the plugin's URL pattern (Wagtail's
        own serves no path with a dot in it)."""
        return routed(self, request, FEATURE_ROUTE_HOOK, "chapters")

    @path("comments/feed/", name="comments_feed")
    def comments_feed(self, request):
        return routed(self, request, FEATURE_ROUTE_HOOK, "comments_feed")

    @path("comments/", name="post_comment")
    def post_comment(self, request):
        """The reader comment form posts here: no URL configuration needed
        (``comments.views.post_comment``, through a hook)."""
        for fn in hooks.get_hooks(POST_COMMENT_HOOK):
            return fn(self, request)
        raise Http404


class VideoFeaturePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "wagtail_montage.VideoFeaturePage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )


class VideoFeaturePage(AbstractVideoFeaturePage):
    """The video feature page sites use as it is."""

    tags = ClusterTaggableManager(
        through=VideoFeaturePageTag, blank=True, verbose_name=_("tags")
    )

    search_fields = [
        *AbstractVideoFeaturePage.search_fields,
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    api_fields = [*AbstractVideoFeaturePage.api_fields, APIField("tags")]

    class Meta:
        verbose_name = _("video feature")
        verbose_name_plural = _("video features")


def feature_page_models():
    """Every concrete, installed subclass of ``AbstractVideoFeaturePage``
    (``VideoFeaturePage`` and a site's own), in ``INSTALLED_APPS`` order."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, AbstractVideoFeaturePage)
    ]


def feature_page_tables():
    """The feature page models whose own table holds the feature's fields: each
    feature page is a row of exactly one (proxies and multi-table children are
    rows of their parent's)."""
    return [
        model
        for model in feature_page_models()
        if not model._meta.proxy
        and not any(
            issubclass(parent, AbstractVideoFeaturePage)
            for parent in model._meta.get_parent_list()
        )
    ]


def feature_pages():
    """Pages of every feature page model, as a ``Page`` queryset (add
    ``.specific()`` to read the features' own fields)."""
    return Page.objects.type(AbstractVideoFeaturePage)


def tagged_feature_q(slug):
    """Feature pages (a ``Page`` queryset's rows) tagged ``slug``, whatever their
    model: each concrete subclass has its own tags through-model."""
    q = models.Q(pk__in=[])
    for model in feature_page_tables():
        q |= models.Q(pk__in=model.objects.filter(tags__slug=slug).values("pk"))
    return q


def get_feature_page_model():
    """The one feature page model where one must be chosen, such as the importer's
    target: ``WAGTAIL_MONTAGE_FEATURE_PAGE_MODEL``, a model label."""
    label = get_setting("FEATURE_PAGE_MODEL")
    try:
        model = apps.get_model(label, require_ready=False)
    except (LookupError, ValueError) as error:
        raise ImproperlyConfigured(
            f"WAGTAIL_MONTAGE_FEATURE_PAGE_MODEL is {label!r}: {error}"
        ) from None
    if not issubclass(model, AbstractVideoFeaturePage) or model._meta.abstract:
        raise ImproperlyConfigured(
            f"WAGTAIL_MONTAGE_FEATURE_PAGE_MODEL is {label!r}, which is not a "
            "concrete subclass of AbstractVideoFeaturePage."
        )
    return model
