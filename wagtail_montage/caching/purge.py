"""Purge a feature's cached copies when it changes: its HTML page, chapters file
and comment feed, its index's page and feeds, its plugin API URLs and its
comment list, in one ``PurgeBatch``. A no-op without
``wagtail.contrib.frontend_cache``."""

from django.apps import apps
from django.urls import NoReverseMatch, reverse
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

from ..conf import API_NAMESPACE as NAMESPACE
from ..models import feature_pages


def frontend_cache_installed():
    return apps.is_installed("wagtail.contrib.frontend_cache")


def api_urls(page):
    """Absolute URLs of the plugin API that show ``page``, where the API is mounted."""
    site = page.get_site()
    if site is None:
        return []
    try:
        paths = [
            reverse(f"{NAMESPACE}:feature_detail", kwargs={"feature_id": page.pk}),
            reverse(f"{NAMESPACE}:feature_list"),
            reverse(f"{NAMESPACE}:comment_list") + f"?page={page.pk}",
        ]
    except NoReverseMatch:
        return []
    return [site.root_url + path for path in paths]


def purge_features(pages):
    """Purge each page's cached paths (its page, chapters file and comment feed:
    ``get_cached_paths``), its plugin API URLs, and its parent's (the index's
    page and feeds, which list it)."""
    if not frontend_cache_installed():
        return
    pages = list(pages)
    batch = PurgeBatch()
    for page in pages:
        batch.add_page(page)
        batch.add_urls(api_urls(page))
    parent_paths = {page.path[: -page.steplen] for page in pages if page.depth > 1}
    if parent_paths:
        batch.add_pages(Page.objects.filter(path__in=parent_paths).specific())
    batch.purge()


def purge_features_under(page_id):
    """Purge the features at or below a page (whose view restriction changed)."""
    if not frontend_cache_installed():
        return
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        purge_features(feature_pages().descendant_of(page, inclusive=True).specific())
