"""What a delivery says: ``{"id", "type", "timestamp", "data"}``, ``data``
naming the page by id, title, type, path and URLs (``schemas.WebhookEvent``
describes it). Never a commenter's name, email or address: comment events
carry comment ids only.
"""

import uuid

from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from wagtail.models import Site

from ...conf import API_NAMESPACE

# Where sites mount Wagtail's API v2 router (WagtailAPIRouter("wagtailapi")).
API_V2_DETAIL = "wagtailapi:pages:detail"


def new_event_id():
    return f"msg_{uuid.uuid4().hex}"


def envelope(event_type, data, event_id=None):
    return {
        "id": event_id or new_event_id(),
        "type": event_type,
        "timestamp": timezone.now()
        .isoformat(timespec="seconds")
        .replace("+00:00", "Z"),
        "data": data,
    }


def locate(url_path):
    """``(root_url, path)``: the site a Wagtail ``url_path`` lies under and the
    path readers see there; ``(None, None)`` outside every site."""
    for root in Site.get_site_root_paths():
        if url_path and url_path.startswith(root.root_path):
            return root.root_url, url_path[len(root.root_path) - 1 :]
    return None, None


def reversed_url(root_url, name, **kwargs):
    try:
        path = reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return None
    return f"{root_url}{path}" if root_url else path


def page_data(page_id, title, page_type, url_path):
    root_url, path = locate(url_path)
    return {
        "page_id": page_id,
        "title": title,
        "page_type": page_type,
        "url_path": path,
        "url": f"{root_url}{path}" if root_url else None,
        "api_url": reversed_url(
            root_url, f"{API_NAMESPACE}:feature_detail", feature_id=page_id
        ),
        "api_v2_url": reversed_url(root_url, API_V2_DETAIL, pk=page_id),
    }


def moved_data(page, old_url_path):
    data = page_data(page.pk, page.title, page_type(page), page.url_path)
    root_url, old_path = locate(old_url_path)
    data["old_url_path"] = old_path
    data["old_url"] = f"{root_url}{old_path}" if root_url else None
    return data


def page_type(page):
    return (page.specific_class or type(page))._meta.label
