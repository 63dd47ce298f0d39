"""HTTP caching of the plugin's reads: ETag and Last-Modified validators computed
from one cheap query, 304 on a match, Cache-Control from a setting."""

import hashlib

from django.http import HttpResponseNotModified
from django.utils.http import http_date, parse_http_date_safe, quote_etag

from ..conf import get_setting


def make_etag(*parts):
    digest = hashlib.blake2b(
        "|".join(str(part) for part in parts).encode(), digest_size=12
    )
    return quote_etag(digest.hexdigest())


def not_modified(request, etag, last_modified, *, use_since=True):
    """A 304 when the client's validators still match, else None.

    ``use_since=False``: revalidate by ETag only. A listing's Last-Modified is its
    newest item, which does not move when an item leaves the listing."""
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match:
        tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
        matched = "*" in tags or etag in tags
    elif (
        use_since
        and last_modified
        and (
            since := parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
        )
    ):
        matched = int(last_modified.timestamp()) <= since
    else:
        matched = False
    if not matched:
        return None
    response = HttpResponseNotModified()
    add_validators(response, etag, last_modified)
    return response


def add_validators(response, etag, last_modified):
    response["ETag"] = etag
    if last_modified:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    response["Cache-Control"] = get_setting("API_CACHE_CONTROL")
    response["Vary"] = "Accept, Origin"
    return response
