"""Page-level values of a feature, the one source for every reader: the page's
templates, Wagtail's API v2 and v3, the plugin's API and the JSON-LD."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Site

from .caching.representations import keep
from .conf import get_setting
from .embeds.providers import video_info
from .models import CommentSettings

# What Wagtail's APIs and the plugin's show of a video (the JSON-LD reads the
# watch URL too).
VIDEO_KEYS = ("url", "provider", "thumbnail_url", "embed_url")


def video_data(page):
    """The video as data, known from its URL alone (no network, no embed look-up):
    ``{url, provider, thumbnail_url, embed_url}``, or None."""
    info = video_info(page.video_url)
    return {key: info[key] for key in VIDEO_KEYS} if info else None


def film_data(page):
    return {
        "title": page.film_title or "",
        "year": page.film_year,
        "alternate_titles": [
            {
                "title": child.value["title"],
                "year": child.value["year"],
                "note": child.value["note"] or "",
            }
            for child in page.film_alternate_titles
        ],
        "imdb_id": page.film_imdb_id or "",
        "wikidata_id": page.film_wikidata_id or "",
    }


def hero_image_spec():
    """The rendition of a feature's hero image in the APIs and shared links."""
    return get_setting("API_FEATURE_IMAGE_RENDITION")


def image_data(image, spec=None):
    """A rendition of ``image`` (the hero image's unless ``spec``) as
    ``{url, width, height, alt}``, or None."""
    if image is None:
        return None
    rendition = image.get_rendition(spec or hero_image_spec())
    return {
        "url": rendition.url,
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(image, "default_alt_text", "") or image.title,
    }


def sorted_tag_names(names):
    """Tag names as every reader lists them: alphabetically, ignoring case."""
    return sorted(names, key=str.casefold)


def sorted_tags(tags):
    """Tags (objects with a ``name``) in the order of ``sorted_tag_names``."""
    return sorted(tags, key=lambda tag: tag.name.casefold())


def tag_names(page):
    return sorted_tag_names(tag.name for tag in page.tags.all())


def site_id_of(url_path):
    """The id of the site ``url_path`` belongs to, from Wagtail's cached site root
    paths (most specific first), or None: no query."""
    for root in Site.get_site_root_paths():
        if url_path.startswith(root.root_path):
            return root.site_id
    return None


def comment_settings(site_id, context):
    """The comment settings of a site (defaults when it has none yet), kept between
    requests (saving them makes them stale)."""

    def load():
        found = CommentSettings.objects.filter(site_id=site_id).first()
        return found or CommentSettings()

    if site_id is None:
        return CommentSettings()
    return keep("comment_settings", (site_id,), context, load)


def page_comment_settings(page, context):
    """The comment settings of the site ``page`` is on."""
    return comment_settings(site_id_of(page.url_path), context)


def comments_are_open(page, settings):
    """Whether ``page`` takes new comments now: its own switch, and its site's
    "close after N days"."""
    if not page.comments_open:
        return False
    days = settings.close_after_days
    if days is not None and page.first_published_at:
        return timezone.now() < page.first_published_at + timedelta(days=days)
    return True
