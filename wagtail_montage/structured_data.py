"""schema.org JSON-LD and Open Graph values of a feature page.

Built only from the page's block values (``page.tracks``, ``page.albums``,
``page.locations``, ``page.segments``...), the same values the APIs return, so
the page's ``<head>`` and the API's ``structured_data`` agree by construction.

The document is one ``@graph``: the ``WebPage`` (with the readers' comments), the
``VideoObject`` it shows (clips, music, places), the ``Movie`` the video is
about and the ``MusicAlbum`` records the tracks appear on, linked by ``@id``.
"""

import json
from urllib.parse import urlencode, urljoin

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Window
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from .blocks.identifiers import imdb_url, musicbrainz_url, wikidata_url
from .caching.generation import comments_generation
from .caching.representations import keep
from .chapters import chapters_of
from .conf import get_setting
from .embeds.providers import url_at
from .models import AbstractVideoFeaturePage, ReaderComment, VideoFeatureIndexPage
from .numbers import parse_int
from .request_text import query_text

SCHEMA_CONTEXT = "https://schema.org"
# Where each location kind goes: where the video was made, or what it shows.
CREATED_KINDS = ("filming_location", "studio")
DEPICTED_KINDS = ("setting",)
# Google shows key moments of videos at least this long.
KEY_MOMENTS_MIN_SECONDS = 30

# As in Django's json_script: inside <script> no value can close the element
# (``</script>``) or open a comment (``<!--``), and nothing reads as an entity.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def build_structured_data(page, request=None, *, live=False, context=None):
    """Return the schema.org JSON-LD document (a dict) of a video feature page.

    A pure function of the page and its approved comments: the page's template
    and the API detail both call it. Without a ``request`` absolute URLs start
    from the root URL of the page's site.

    ``live=True`` (the page is the live one, not a draft): all but the comments
    are kept between requests (``caching.representations``) and the comments read fresh;
    ``context`` is the caller's (with the request).
    """
    data = _FeatureData(page, request)
    if not live:
        return data.document()
    document = keep(
        "structured_data",
        (page.pk,),
        context or {"request": request},
        lambda: data.document(comments=False),
    )
    graph = list(document["@graph"])
    graph[0] = _compact({**graph[0], **data.comment_fields()})
    return {**document, "@graph": graph}


def structured_data_script(page, request=None):
    """The page's JSON-LD as a ``<script type="application/ld+json">`` element,
    escaped so that no value can end the element early."""
    return json_ld_script(build_structured_data(page, request))


def json_ld_script(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_JSON_SCRIPT_ESCAPES)),  # noqa: S308 - escaped just above
    )


def head_meta(page, request=None):
    """The values the plugin's ``includes/head.html`` shows (as ``montage_head``):
    the canonical URL, Open Graph and Twitter card values, and on feature pages
    the JSON-LD script.

    Returns an empty dict when there is no page (a template outside Wagtail).
    """
    if page is None:
        return {}
    site = Site.find_for_request(request) if request is not None else None
    meta = {
        "site_name": site.site_name if site and site.site_name else "",
        "title": page.seo_title or page.title,
        "og_type": "website",
        "description": page.search_description,
        "canonical_url": page.get_full_url(request),
        "image": None,
        "video": None,
        "structured_data": "",
        "feeds": [],
    }
    if isinstance(page, AbstractVideoFeaturePage):
        data = _FeatureData(page, request)
        # The live page served to readers: what changes only with content is
        # kept (caching.representations); a preview shows the draft, worked out every time.
        live = request is not None and not getattr(request, "is_preview", False)
        document = (
            build_structured_data(page, request, live=True) if live else data.document()
        )
        meta.update(
            og_type="video.other",
            description=page.get_meta_description(),
            canonical_url=data.page_url,
            image=data.share_image,
            video=data.share_video,
            structured_data=json_ld_script(document),
            feeds=_feature_feeds(page, data.page_url),
        )
    elif isinstance(page, VideoFeatureIndexPage) and meta["canonical_url"]:
        meta["feeds"] = _index_feeds(page.title, page.get_full_url(request))
        meta["canonical_url"] = _listing_url(meta["canonical_url"], request)
    meta["twitter_card"] = "summary_large_image" if meta["image"] else "summary"
    return meta


def lazy_head_meta(page, request=None):
    """:func:`head_meta`, worked out only when a template reads it: for the
    ``montage_head`` context variable of the plugin's pages."""
    return SimpleLazyObject(lambda: head_meta(page, request))


def _index_feeds(title, url):
    """``<link rel="alternate">`` values of an index's RSS and Atom feeds."""
    if not url:
        return []
    return [
        {"type": "application/rss+xml", "title": title, "url": f"{url}feed/"},
        {"type": "application/atom+xml", "title": title, "url": f"{url}atom/"},
    ]


def _feature_feeds(page, url):
    """A feature's comment feed, and its index's feeds: the index is the parent,
    whose URL is the feature's less its last segment (no query)."""
    if not url:
        return []
    index_url = url.rstrip("/").rpartition("/")[0] + "/"
    comments_title = gettext("Comments on “%(title)s”") % {"title": page.title}
    return [
        *_index_feeds(gettext("Latest features"), index_url),
        {
            "type": "application/rss+xml",
            "title": comments_title,
            "url": f"{url}comments/feed/",
        },
    ]


def _listing_url(url, request):
    # A filtered or later page of the index is its own page for search
    # engines: keep the parameters that choose it, drop any others.
    if request is None:
        return url
    query = {}
    tag = query_text(request.GET.get("tag"))
    if tag:
        query["tag"] = tag
    number = parse_int(request.GET.get("page"), minimum=2)
    if number is not None:
        query["page"] = number
    return f"{url}?{urlencode(query)}" if query else url


def _person(name, group=False):
    """A credited name as a ``Person`` (or a ``MusicGroup``), with the canonical
    URLs of its identifiers when it has any (``blocks.people``)."""
    node = {"@type": "MusicGroup" if group else "Person", "name": str(name)}
    if isinstance(name, dict):
        node["name"] = str(name.get("name", ""))
        ids = name
    else:
        ids = getattr(name, "identifiers", {})  # a Person (blocks.people) has them
    same_as = _same_as(
        musicbrainz_url("artist", ids.get("musicbrainz_id")),
        wikidata_url(ids.get("wikidata_id")),
    )
    if same_as:
        node["sameAs"] = same_as
    return node


def _artist(name):
    # An album's artist is a plain name: a MusicGroup "can also be a solo
    # musician" (schema.org), so it fits a band, a singer and "Various" alike.
    return {"@type": "MusicGroup", "name": str(name)}


def _performer(performer):
    """A track's performer as a ``Person`` or a ``MusicGroup``, by its ``kind``
    (``"person"`` or ``"group"``): an attribute of the value (``blocks.people``)
    or a key of stored data; a plain name is a person."""
    if isinstance(performer, dict):
        kind = performer.get("kind")
    else:
        kind = getattr(performer, "kind", None)
    return _person(performer, group=kind == "group")


def _same_as(*urls):
    """The canonical URLs of a node's identifiers (``blocks.identifiers``)."""
    return [url for url in urls if url]


def _place(name, region="", country="", latitude=None, longitude=None, wikidata_id=""):
    place = {"@type": "Place", "name": name}
    if wikidata_id:
        place["sameAs"] = wikidata_url(wikidata_id)
    address = {
        key: value
        for key, value in (("addressRegion", region), ("addressCountry", country))
        if value
    }
    if address:
        place["address"] = {"@type": "PostalAddress", **address}
    if latitude is not None and longitude is not None:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": latitude,
            "longitude": longitude,
        }
    return place


def _iso(moment):
    return moment.isoformat() if moment else None


def _compact(node):
    return {key: value for key, value in node.items() if value not in (None, "", [])}


def latest_comments(page, limit):
    """Up to ``limit`` newest approved comments of the page (public fields only),
    and the count of all of them: one query."""
    if page.pk is None:
        return [], 0
    approved = ReaderComment.objects.approved().filter(page_id=page.pk)
    if limit <= 0:
        return [], approved.count()
    comments = list(
        approved.annotate(total=Window(Count("pk")))
        .order_by("-created_at", "-pk")
        .only("author_name", "body", "created_at")[:limit]
    )
    # The window counts every approved row before the limit applies; with no
    # rows at all there is nothing to count.
    return comments, comments[0].total if comments else 0


class _FeatureData:
    def __init__(self, page, request):
        self.page = page
        self.request = request

    # -- URLs ---------------------------------------------------------------

    @cached_property
    def _url_parts(self):
        parts = self.page.get_url_parts(request=self.request)
        return parts if parts and parts[1] is not None else None

    @cached_property
    def page_url(self):
        return self._url_parts[1] + self._url_parts[2] if self._url_parts else None

    @cached_property
    def root_url(self):
        if self._url_parts:
            return self._url_parts[1]
        if self.request is not None:
            return self.request.build_absolute_uri("/")
        return None

    def absolute(self, url):
        if not url or not self.root_url:
            return url or None
        return urljoin(self.root_url.rstrip("/") + "/", url)

    def node_id(self, fragment):
        # Blank-node ids when the page has no URL (a headless site without
        # Wagtail's serve view): the nodes still link to each other.
        return f"{self.page_url}#{fragment}" if self.page_url else f"_:{fragment}"

    # -- Images and video -----------------------------------------------------

    @cached_property
    def video(self):
        return self.page.video_info

    @cached_property
    def share_rendition(self):
        image = self.page.hero_image
        if image is None:
            return None
        try:
            # The feature's image everywhere (API and shared links): Open Graph's
            # and Google's preferred 1200x630 unless the site says otherwise.
            return image.get_rendition(get_setting("API_FEATURE_IMAGE_RENDITION"))
        except SourceImageIOError:
            return None

    @cached_property
    def share_image(self):
        """The shared link's image: the hero image's rendition, else the video's still."""
        if self.page.hero_image_id is not None:
            # Kept (caching.representations): an image or rendition saved or
            # deleted makes it stale; the rendition setting is in the key.
            found = keep(
                "share_image",
                (self.page.hero_image_id,),
                {"request": self.request},
                self._share_rendition_data,
            )
            if found:
                return found
        still = self.video["thumbnail_url"] if self.video else None
        return (
            {"url": still, "width": None, "height": None, "alt": ""} if still else None
        )

    def _share_rendition_data(self):
        rendition = self.share_rendition
        if rendition is None:
            return {}  # kept too: no rendition to make
        return {
            "url": self.absolute(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": rendition.alt,
        }

    @cached_property
    def share_video(self):
        """The video's player, for ``og:video``: known for YouTube and Vimeo only."""
        if self.video is None or self.video["embed_url"] is None:
            return None
        return {
            "url": self.video["embed_url"],
            "type": "text/html",
            "width": get_setting("EMBED_WIDTH"),
            "height": get_setting("EMBED_HEIGHT"),
        }

    # -- The graph ------------------------------------------------------------

    def document(self, comments=True):
        graph = [self.web_page(comments), self.video_object()]
        if self.page.film_title:
            graph.append(self.movie())
        graph.extend(self.album_nodes.values())
        return {"@context": SCHEMA_CONTEXT, "@graph": graph}

    def comment_fields(self):
        """The page's ``commentCount`` and latest comments, kept until one of its
        comments is written (``caching.generation.comments_generation``)."""
        limit = get_setting("STRUCTURED_DATA_COMMENTS")
        if self.page.pk is None:
            return self._comment_fields(limit)
        return keep(
            "comment_fields",
            (self.page.pk, comments_generation(self.page.pk), limit),
            {"request": self.request},
            lambda: self._comment_fields(limit),
        )

    def _comment_fields(self, limit):
        comments, count = latest_comments(self.page, limit)
        return {
            "commentCount": count,
            "comment": [
                {
                    "@type": "Comment",
                    "text": comment.body,
                    "dateCreated": _iso(comment.created_at),
                    "author": _person(comment.author_name),
                }
                for comment in comments
            ],
        }

    def web_page(self, comments=True):
        page = self.page
        rendition = self.share_rendition
        return _compact(
            {
                "@type": "WebPage",
                "@id": self.page_url or "_:page",
                "url": self.page_url,
                "name": page.seo_title or page.title,
                "description": page.get_meta_description(),
                "datePublished": _iso(page.first_published_at),
                "dateModified": _iso(page.last_published_at),
                "image": self.absolute(rendition.url) if rendition else None,
                "video": {"@id": self.node_id("video")},
                "about": {"@id": self.node_id("film")} if page.film_title else None,
                **(self.comment_fields() if comments else {}),
            }
        )

    def video_object(self):
        page = self.page
        video = self.video or {}
        clips = self.clips()
        thumbnails = []
        if self.share_rendition is not None:
            thumbnails.append(self.absolute(self.share_rendition.url))
        still = video.get("thumbnail_url")
        if still:
            thumbnails.append(still)
        return _compact(
            {
                "@type": "VideoObject",
                "@id": self.node_id("video"),
                "name": page.title,
                "description": page.teaser,
                "thumbnailUrl": thumbnails,
                "uploadDate": _iso(page.first_published_at),
                "embedUrl": video.get("embed_url"),
                # The provider's watch page names the video; it is not a media
                # file, so it is not the contentUrl.
                "sameAs": video.get("watch_url") or page.video_url,
                "mainEntityOfPage": {"@id": self.page_url or "_:page"},
                "about": {"@id": self.node_id("film")} if page.film_title else None,
                "hasPart": clips,
                "potentialAction": self.seek_action(clips),
                "audio": [self.recording(track) for track in page.tracks],
                "locationCreated": self.places_created(),
                "contentLocation": self.places_depicted(),
            }
        )

    def movie(self):
        page = self.page
        return _compact(
            {
                "@type": "Movie",
                "@id": self.node_id("film"),
                "name": page.film_title,
                "dateCreated": str(page.film_year) if page.film_year else None,
                "alternateName": [
                    child.value["title"] for child in page.film_alternate_titles
                ],
                "sameAs": _same_as(
                    imdb_url(page.film_imdb_id), wikidata_url(page.film_wikidata_id)
                ),
            }
        )

    def clip_url(self, seconds):
        """The page at ``seconds`` (it starts its player there: ``?t=``), else
        the provider's watch page at that time, else None."""
        if self.page_url and self.page.video is not None:
            return f"{self.page_url}?t={seconds}"
        return url_at(self.page.video_url, seconds) if self.page.video_url else None

    def clips(self):
        """Google's key moments: one ``Clip`` per chapter (``chapters``: sorted,
        one per start), each linking to its moment. None when a chapter cannot
        be linked, or when the chapters show the video is under 30 seconds."""
        chapters = chapters_of(self.page)
        if not chapters or self.clip_url(0) is None:
            return []
        if chapters[-1].end is not None and chapters[-1].end < KEY_MOMENTS_MIN_SECONDS:
            return []
        track_ids = {
            track["title"].casefold(): self.node_id(track.anchor)
            for track in reversed(self.page.tracks)
        }
        return [
            _compact(
                {
                    "@type": "Clip",
                    "name": chapter.title,
                    "description": chapter.description,
                    "startOffset": chapter.start,
                    "endOffset": chapter.end,
                    "url": self.clip_url(chapter.start),
                    "audio": {"@id": track_ids[chapter.track_title.casefold()]}
                    if chapter.track_title.casefold() in track_ids
                    else None,
                }
            )
            for chapter in chapters
        ]

    def seek_action(self, clips):
        """A ``SeekToAction`` (Google finds the moments itself) when the page
        can start its player anywhere and the editor marked no chapters."""
        if clips or not self.page_url or self.page.video is None:
            return None
        return {
            "@type": "SeekToAction",
            "target": f"{self.page_url}?t={{seek_to_second_number}}",
            "startOffset-input": "required name=seek_to_second_number",
        }

    def recording(self, track):
        composition = {
            "@type": "MusicComposition",
            "name": track["title"],
            "composer": [_person(name) for name in track["composers"]],
        }
        album_title = track.get("album_title") or ""
        album = self.album_nodes.get(album_title.casefold())
        if album is not None:
            in_album = {"@id": album["@id"]}
        elif album_title:
            in_album = {"@type": "MusicAlbum", "name": album_title}
        else:
            in_album = None
        return _compact(
            {
                "@type": "MusicRecording",
                "@id": self.node_id(track.anchor),
                "name": track["title"],
                "byArtist": [_performer(person) for person in track["performers"]],
                "recordingOf": _compact(composition),
                "inAlbum": in_album,
                "isrcCode": track.get("isrc"),
                "sameAs": _same_as(
                    musicbrainz_url("recording", track.get("musicbrainz_id")),
                    wikidata_url(track.get("wikidata_id")),
                ),
            }
        )

    @cached_property
    def album_nodes(self):
        """The page's albums by casefolded title, the first of each title."""
        albums = {}
        for album in self.page.albums:
            key = album["title"].casefold()
            if key in albums:
                continue
            date = album.get("release_date")
            albums[key] = _compact(
                {
                    "@type": "MusicAlbum",
                    "@id": self.node_id("album-" + slugify(album["title"])),
                    "name": album["title"],
                    "byArtist": _artist(album["artist"]) if album["artist"] else None,
                    "recordLabel": {
                        "@type": "Organization",
                        "name": album["record_label"],
                    }
                    if album["record_label"]
                    else None,
                    "datePublished": date.isoformat() if date else None,
                    "sameAs": _same_as(
                        musicbrainz_url("release-group", album.get("musicbrainz_id")),
                        wikidata_url(album.get("wikidata_id")),
                    ),
                }
            )
        return albums

    def places_created(self):
        places = {}
        for location in self.page.locations:
            if location["kind"] in CREATED_KINDS:
                self._add_place(places, location)
        return list(places.values())

    def places_depicted(self):
        places = {}
        for location in self.page.locations:
            if location["kind"] in DEPICTED_KINDS:
                self._add_place(places, location)
            stood_in_for = location.get("stood_in_for")
            if stood_in_for:
                places.setdefault(stood_in_for.casefold(), _place(stood_in_for))
        return list(places.values())

    @staticmethod
    def _add_place(places, location):
        key = " / ".join(
            (location.get(part) or "").casefold()
            for part in ("name", "region", "country")
        )
        places.setdefault(
            key,
            _place(
                location["name"],
                location.get("region"),
                location.get("country"),
                location.get("latitude"),
                location.get("longitude"),
                location.get("wikidata_id"),
            ),
        )
