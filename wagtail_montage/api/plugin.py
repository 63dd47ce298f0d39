"""The plugin's own API: one ``NinjaAPI`` with an OpenAPI 3.1 document.

Anonymous by design: no session or CSRF authentication, so a logged-in
editor's cookie never authenticates a request here.
"""

import json

from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError
from ninja.parser import Parser

from .. import __version__
from ..conf import get_setting
from . import comments, features
from .caching import NAMESPACE
from .problems import Problem, ProblemResponse, validation_problem


def body_problem(request):
    """Checked before django-ninja reads a body: too large (413) or not JSON (415)."""
    if request.method not in ("POST", "PUT", "PATCH"):
        return None
    length = request.META.get("CONTENT_LENGTH") or "0"
    if not length.isdigit() or int(length) > get_setting("COMMENT_MAX_REQUEST_BYTES"):
        return ProblemResponse(
            413,
            "Request too large.",
            "The request body is over the size limit.",
            {"body": "Too large."},
        )
    if request.content_type != "application/json":
        return ProblemResponse(
            415,
            "Unsupported media type.",
            "Send the body as application/json.",
            {"body": "Not JSON."},
        )
    return None


class ObjectJSONParser(Parser):
    """JSON bodies must be objects: an array or a string is refused."""

    def parse_body(self, request):
        data = json.loads(request.body)
        if not isinstance(data, dict):
            raise ValueError("the body must be a JSON object")
        return data


api = NinjaAPI(
    title="wagtail-montage API",
    version=__version__,
    description=(
        "Video features, their facts and reader comments. Errors are RFC 7807 problem JSON "
        "naming the field. Reads carry ETag and Last-Modified; send If-None-Match for a 304."
    ),
    urls_namespace=NAMESPACE,
    openapi_url="openapi.json",
    docs_url="docs/",
    auth=None,
    parser=ObjectJSONParser(),
)
api.add_router("features/", features.router)
api.add_router("comments/", comments.router)


@api.exception_handler(Problem)
def on_problem(request, exc):
    return exc.response


@api.exception_handler(ValidationError)
def on_validation_error(request, exc):
    return validation_problem(exc.errors)


@api.exception_handler(HttpError)
def on_http_error(request, exc):
    # django-ninja raises 400 "Cannot parse request body" for malformed JSON.
    errors = {"body": str(exc)} if exc.status_code == 400 else None
    return ProblemResponse(exc.status_code, str(exc), errors=errors)


@api.exception_handler(Http404)
def on_not_found(request, exc):
    return ProblemResponse(404, "Not found.")
