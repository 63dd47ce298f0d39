"""RSS and Atom feeds, with Django's syndication framework: an index's latest
features (``<index URL>feed/`` and ``atom/``) and a feature's approved comments
(``<feature URL>comments/feed/``).

Both answer 304 to a matching ``If-None-Match`` (``api.http``): the ETag is
worked out from one aggregate query before the feed is built. A feature
imported from an old blog keeps the GUID its old feed gave it, so feed readers
do not show it again as new.
"""

import mimetypes
from urllib.parse import urljoin

from django.contrib.syndication.views import Feed
from django.db.models import Count, Max, Sum
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import format_html, linebreaks, strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.images.models import SourceImageIOError

from .api.features import summary_prefetches
from .api.http import add_validators, make_etag, not_modified
from .caching.generation import generation
from .conf import get_setting
from .models import ImportedSource, ReaderComment
from .values import hero_image_spec, tag_names

# Keys ImportedSource holds that are not the post's GUID or URL at the source.
NOT_GUID_PREFIXES = ("source:", "sha256:")


def imported_guids(page_ids):
    """``{page id: GUID}`` of the pages imported from a feed or a blog (one query)."""
    rows = ImportedSource.objects.filter(page_id__in=page_ids).values_list(
        "page_id", "key"
    )
    return {
        page_id: key for page_id, key in rows if not key.startswith(NOT_GUID_PREFIXES)
    }


class FeaturesFeed(Feed):
    """The latest live, public features under an index (RSS 2.0)."""

    feed_type = Rss201rev2Feed

    def __init__(self, index, request):
        super().__init__()
        self.index = index
        self.request = request
        self.guids = {}

    def get_object(self, request, *args, **kwargs):
        return self.index

    def title(self, index):
        return index.seo_title or index.title

    def link(self, index):
        return index.get_full_url(self.request)

    def feed_url(self, index):
        # Its own address on the page's site (the page links share its host).
        return self.link(index) + ("atom/" if self.feed_type is Atom1Feed else "feed/")

    def description(self, index):
        return index.search_description or strip_tags(index.intro).strip()

    def items(self, index):
        features = list(
            index.get_features().prefetch_related(
                *summary_prefetches(), for_specific_subqueries=True
            )[: get_setting("FEED_ITEMS")]
        )
        self.guids = imported_guids([feature.pk for feature in features])
        return features

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        image = self.rendition(item)
        html = format_html("<p>{}</p>", item.teaser)
        if image is not None:
            html += format_html(
                '<p><img src="{}" width="{}" height="{}" alt="{}"></p>',
                self.absolute(image.url),
                image.width,
                image.height,
                image.alt,
            )
        return html

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return self.guids.get(item.pk) or self.item_link(item)

    def item_guid_is_permalink(self, item):
        return item.pk not in self.guids

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return tag_names(item)

    def item_enclosures(self, item):
        image = self.rendition(item)
        if image is None:
            return []
        try:
            length = image.file.size
        except (OSError, ValueError):
            length = 0
        mime_type = mimetypes.guess_type(image.file.name)[0] or "image/jpeg"
        return [Enclosure(self.absolute(image.url), str(length), mime_type)]

    def rendition(self, item):
        if item.hero_image is None:
            return None
        try:
            return item.hero_image.get_rendition(hero_image_spec())
        except SourceImageIOError:  # no source file: the item goes without it
            return None

    def absolute(self, url):
        # Media URLs on the page's site, unless they are absolute already (a CDN).
        return urljoin(self.link(self.index), url)


class AtomFeaturesFeed(FeaturesFeed):
    """The same features as Atom 1.0."""

    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)


class CommentsFeed(Feed):
    """A feature's approved comments, newest first: the author's name and text
    only (never an email, IP address or website)."""

    feed_type = Rss201rev2Feed

    def __init__(self, page, request):
        super().__init__()
        self.page = page
        self.request = request

    def get_object(self, request, *args, **kwargs):
        return self.page

    def title(self, page):
        return _("Comments on “%(title)s”") % {"title": page.title}

    def link(self, page):
        return page.get_full_url(self.request) + "#comments"

    def feed_url(self, page):
        return page.get_full_url(self.request) + "comments/feed/"

    def description(self, page):
        return page.teaser

    def items(self, page):
        return (
            ReaderComment.objects.approved()
            .filter(page_id=page.pk)
            .order_by("-created_at", "-pk")
            .only("pk", "author_name", "body", "created_at", "page_id")[
                : get_setting("FEED_ITEMS")
            ]
        )

    def item_title(self, item):
        return _("Comment by %(name)s") % {"name": item.author_name}

    def item_description(self, item):
        # Plain text, escaped, as the page shows it.
        return linebreaks(item.body, autoescape=True)

    def item_link(self, item):
        return f"{self.page.get_full_url(self.request)}#comment-{item.pk}"

    def item_author_name(self, item):
        return item.author_name

    def item_pubdate(self, item):
        return item.created_at


FEATURE_FEEDS = {"feed": FeaturesFeed, "atom": AtomFeaturesFeed}


def features_feed(index, request, route):
    """The index's ``feed/`` or ``atom/`` route; None for another route."""
    feed_class = FEATURE_FEEDS.get(route)
    if feed_class is None:
        return None
    stats = index.get_features().aggregate(
        count=Count("pk"), ids=Sum("pk"), changed=Max("last_published_at")
    )
    etag = make_etag(
        route,
        index.pk,
        index.url_path,
        index.last_published_at,
        stats["count"],
        stats["ids"],
        stats["changed"],
        generation()[0],
        get_setting("FEED_ITEMS"),
        get_language(),
    )
    last_modified = max(
        filter(None, [stats["changed"], index.last_published_at]), default=None
    )
    # The newest feature's date does not move when one leaves the feed: by ETag only.
    return _serve(feed_class(index, request), request, etag, last_modified, False)


def comments_feed(page, request):
    """``<feature URL>comments/feed/``."""
    stats = (
        ReaderComment.objects.approved()
        .filter(page_id=page.pk)
        .aggregate(count=Count("pk"), changed=Max("updated_at"))
    )
    etag = make_etag(
        "comments_feed",
        page.pk,
        page.url_path,
        page.last_published_at,
        stats["count"],
        stats["changed"],
        get_setting("FEED_ITEMS"),
        get_language(),
    )
    last_modified = max(
        filter(None, [stats["changed"], page.last_published_at]), default=None
    )
    return _serve(CommentsFeed(page, request), request, etag, last_modified, True)


def _serve(feed, request, etag, last_modified, use_since):
    if unchanged := not_modified(request, etag, last_modified, use_since=use_since):
        return unchanged
    response = feed(request)
    return add_validators(response, etag, last_modified)
