"""Two middlewares for sites. ``DatabaseUnavailableMiddleware``: a 503 problem
with ``Retry-After`` when the database cannot be reached (below).

``NulQueryMiddleware``: a request whose query string holds a NUL character
gets a 400 before its view runs (the plugin API's own views answer their
documented 422 problem instead).

PostgreSQL refuses NUL in text, so a ``?search=a%00`` that a view hands to a
query answers 500. The plugin's own views clean or refuse such text
(``request_text.query_text``, the plugin API's schemas), but Wagtail's API v3
(``?search=``, ``?locale=``, ``find/?html_path=``) and other apps do not. No
legitimate link carries a NUL. Add it near the top of ``MIDDLEWARE``.
"""

import json
import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext as _

from .conf import API_NAMESPACE

logger = logging.getLogger(__name__)


class NulQueryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # The plugin's own API refuses NUL itself, as its OpenAPI document says
        # (a 422 problem naming the parameter).
        match = request.resolver_match
        if match is not None and API_NAMESPACE in match.namespaces:
            return None
        if any(
            "\x00" in name or any("\x00" in value for value in values)
            for name, values in request.GET.lists()
        ):
            return HttpResponseBadRequest(
                _("The address holds a NUL character."),
                content_type="text/plain; charset=utf-8",
            )
        return None


class DatabaseUnavailableMiddleware:
    """A view that cannot reach the database (PostgreSQL restarting, a failover)
    answers 503 with ``Retry-After`` instead of 500: a problem (RFC 9457) the
    reader or front end can retry, for JSON and form posts alike. Nothing was
    saved: the request's transaction never reached the database. Add it near
    the top of ``MIDDLEWARE``."""

    RETRY_AFTER = 5

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.warning(
            "Database unavailable for %s %s: %s",
            request.method,
            request.path,
            exception,
        )
        body = {
            "type": "about:blank",
            "title": _("Service unavailable."),
            "status": 503,
            "detail": _("The database cannot be reached. Try again in a moment."),
        }
        response = HttpResponse(
            json.dumps(body), status=503, content_type="application/problem+json"
        )
        response["Retry-After"] = str(self.RETRY_AFTER)
        return response
