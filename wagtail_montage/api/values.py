"""Page-level values shared by every reader of a feature: Wagtail's API v2 and v3,
the plugin API and schema.org data."""

from ..caching.representations import keep
from ..embeds.providers import parse_video_url, player_url, provider_name, thumbnail_url


def video_data(page):
    """The video as data, known from its URL alone (no network, no embed look-up)."""
    if not page.video_url:
        return None
    ref = parse_video_url(page.video_url)
    return {
        "url": page.video_url,
        "provider": provider_name(ref) if ref else None,
        "thumbnail_url": thumbnail_url(ref) if ref else None,
        "embed_url": player_url(ref) if ref else None,
    }


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
    }


def image_data(image, spec):
    """A rendition of ``image`` as ``{url, width, height, alt}``, or None."""
    if image is None:
        return None
    rendition = image.get_rendition(spec)
    return {
        "url": rendition.url,
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(image, "default_alt_text", "") or image.title,
    }


def site_id_of(url_path):
    """The site a page of ``url_path`` belongs to, from Wagtail's cached site root
    paths (most specific first): no query."""
    from wagtail.models import Site

    for root in Site.get_site_root_paths():
        if url_path.startswith(root.root_path):
            return root.site_id
    return None


def comment_settings(site_id, context):
    """The comment settings of a site (defaults when it has none yet), kept between
    requests (saving them makes them stale)."""
    from ..models import CommentSettings

    def load():
        found = CommentSettings.objects.filter(site_id=site_id).first()
        return found or CommentSettings()

    if site_id is None:
        return CommentSettings()
    return keep("comment_settings", (site_id,), context, load)
