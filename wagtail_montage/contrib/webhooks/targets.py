"""Where a webhook may be sent (server-side request forgery).

Only ``http(s)``; no loopback, link-local, private, shared or reserved address
unless ``WAGTAIL_MONTAGE_WEBHOOK_ALLOW_PRIVATE_TARGETS`` says so. Checked twice:
when an editor saves the URL (literal addresses and ``localhost``), and before
every attempt, on every address the name resolves to; the request then goes to
the very address that was checked, so a name that changes its answer between
the check and the connection (DNS rebinding) gains nothing.
"""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

from ...conf import get_setting

SCHEMES = {"http": 80, "https": 443}


class TargetRefused(ValueError):
    """The URL may not be a webhook's target; the message says why."""


def is_public(address):
    address = ipaddress.ip_address(address)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def split_target(url):
    """``(scheme, host, port)`` of a URL a webhook may be sent to, checked
    without the network; raises ``TargetRefused``."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise TargetRefused(_("Enter a valid URL.")) from error
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise TargetRefused(_("Only http and https addresses can receive webhooks."))
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise TargetRefused(_("Enter a valid URL."))
    if parts.username or parts.password:
        raise TargetRefused(_("Leave user names and passwords out of the URL."))
    if not get_setting("WEBHOOK_ALLOW_PRIVATE_TARGETS"):
        if host == "localhost" or host.endswith(".localhost"):
            raise TargetRefused(private_message())
        try:
            literal = ipaddress.ip_address(host)
        except ValueError:
            literal = None
        if literal is not None and not is_public(literal):
            raise TargetRefused(private_message())
    return scheme, host, port or SCHEMES[scheme]


def private_message():
    return _(
        "Webhooks cannot be sent to loopback, link-local or private network "
        "addresses (WAGTAIL_MONTAGE_WEBHOOK_ALLOW_PRIVATE_TARGETS allows them)."
    )


def resolve_target(url):
    """``(scheme, host, port, address)``: the address to connect to, every
    address the host resolves to having been checked."""
    scheme, host, port = split_target(url)
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise TargetRefused(_("The host name could not be resolved.")) from error
    addresses = [info[4][0] for info in found]
    if not addresses:
        raise TargetRefused(_("The host name could not be resolved."))
    if not get_setting("WEBHOOK_ALLOW_PRIVATE_TARGETS") and not all(
        is_public(address.split("%")[0]) for address in addresses
    ):
        raise TargetRefused(private_message())
    return scheme, host, port, addresses[0]
