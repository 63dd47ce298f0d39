"""One POST to a checked address, with the standard library's ``http.client``.

The connection goes to the address ``targets.resolve_target`` checked (the
host name still in the ``Host`` header and, for https, in SNI and certificate
verification). Redirects are not followed: a 3xx is a failed attempt.
"""

import http.client
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from ...numbers import parse_int
from .targets import TargetRefused, resolve_target

# Kept of a failed response's body, for the delivery log.
EXCERPT = 200


@dataclass
class Outcome:
    status: int | None  # the HTTP status, None when no response came
    error: str  # empty on success
    duration_ms: int
    retry_after: int | None = None  # seconds a 429 or 503 asked for

    @property
    def ok(self):
        return self.status is not None and 200 <= self.status < 300


class PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self):
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, port, address, timeout):
        self.tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self.tls)
        self.address = address

    def connect(self):
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self.tls.wrap_socket(sock, server_hostname=self.host)


CONNECTIONS = {"http": PinnedHTTPConnection, "https": PinnedHTTPSConnection}


def post(url, body, headers, timeout):
    """POST ``body`` (text) to ``url``; never raises for network trouble."""
    started = time.monotonic()

    def outcome(status, error, retry_after=None):
        elapsed = round((time.monotonic() - started) * 1000)
        return Outcome(status, error, elapsed, retry_after)

    try:
        scheme, host, port, address = resolve_target(url)
    except TargetRefused as refused:
        return outcome(None, str(refused))
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    connection = CONNECTIONS[scheme](host, port, address, timeout)
    try:
        connection.request("POST", target, body=body.encode("utf-8"), headers=headers)
        response = connection.getresponse()
        text = response.read(EXCERPT).decode("utf-8", "replace")
    except TimeoutError:
        return outcome(None, f"Timed out after {timeout} s.")
    except ConnectionRefusedError:
        return outcome(None, "Connection refused.")
    except (OSError, http.client.HTTPException) as error:
        return outcome(None, f"{type(error).__name__}: {error}"[:500])
    finally:
        connection.close()
    if 200 <= response.status < 300:
        return outcome(response.status, "")
    retry_after = None
    if response.status in (429, 503):
        # Seconds only; an HTTP date is not worth trusting a receiver's clock for.
        retry_after = parse_int(response.getheader("Retry-After", "").strip())
    return outcome(
        response.status, f"HTTP {response.status}: {text}".strip(), retry_after
    )
