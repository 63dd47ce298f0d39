"""Who is asking: the client IP address behind a known number of proxies."""

import ipaddress

from ..conf import get_setting


def client_ip(request):
    """The client's IP address, or None.

    ``X-Forwarded-For`` is only believed for the number of proxies the site
    declares (``WAGTAIL_MONTAGE_TRUSTED_PROXY_COUNT``): each proxy appends the
    address it saw, so the client is that many entries from the right. Entries
    further left are whatever the client chose to send.
    """
    proxies = get_setting("TRUSTED_PROXY_COUNT")
    candidate = request.META.get("REMOTE_ADDR", "")
    if proxies:
        chain = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        chain = [part for part in chain if part]
        if len(chain) >= proxies:
            candidate = chain[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None


def user_agent(request):
    return request.META.get("HTTP_USER_AGENT", "").replace("\x00", "")[:255]
