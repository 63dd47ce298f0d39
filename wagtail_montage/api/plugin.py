"""The plugin's own API: one ``NinjaAPI`` with an OpenAPI 3.1 document.

Anonymous by design: no session or CSRF authentication, so a logged-in
editor's cookie never authenticates a request here.
"""

import json
from functools import wraps

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError
from ninja.parser import Parser
from wagtail import hooks

from .. import __version__
from ..comments.clients import client_ip
from ..comments.pipeline import count_attempt
from ..conf import API_NAMESPACE as NAMESPACE
from ..conf import get_setting
from ..numbers import parse_int
from . import comments, features
from .problems import (
    APIProblem,
    ProblemResponse,
    json_body_error,
    validation_problem,
)
from .schemas import Problem as ProblemSchema

BODY_METHODS = ("POST", "PUT", "PATCH")
# Functions registered under this Wagtail hook get the OpenAPI document (a
# dict) to add to, and return it: wagtail_montage.contrib.webhooks adds its
# payloads under OpenAPI 3.1's `webhooks`.
OPENAPI_SCHEMA_HOOK = "wagtail_montage_openapi_schema"


def body_problem(request):
    """Checked before django-ninja reads a body: too large (413) or not JSON (415)."""
    length = request.META.get("CONTENT_LENGTH") or "0"
    # Anything but a number within the limit (no number at all included) is too large.
    if parse_int(length, maximum=get_setting("COMMENT_MAX_REQUEST_BYTES")) is None:
        return ProblemResponse(
            413,
            _("Request too large."),
            _("The request body is over the size limit."),
            {"body": _("Too large.")},
        )
    if request.content_type != "application/json":
        return ProblemResponse(
            415,
            _("Unsupported media type."),
            _("Send the body as application/json."),
            {"body": _("Not JSON.")},
        )
    return None


def guard_body(run):
    """A django-ninja "view" decorator: it runs once the method has found its
    operation (so an undeclared method gets a 405, not a 415) and before the
    body is read, only for operations that take one: the attempt throttle
    (429, or 503 when its cache is down), then the size and type of the body."""

    @wraps(run)
    def guarded(request, *args, **kwargs):
        if request.method in BODY_METHODS:
            # Every attempt counts, refused ones too: malformed, mis-shaped (422)
            # and oversized posts included.
            if refusal := count_attempt(client_ip(request)):
                return ProblemResponse(
                    refusal.http_status,
                    refusal.message,
                    retry_after=refusal.retry_after,
                )
            if problem := body_problem(request):
                return problem
        return run(request, *args, **kwargs)

    return guarded


class ObjectJSONParser(Parser):
    """JSON bodies must be objects: an array or a string is refused. Whatever
    fails here (deep nesting too: a RecursionError) is a 400 "Malformed JSON."
    that never quotes the parser."""

    def parse_body(self, request):
        data = json.loads(request.body)
        if not isinstance(data, dict):
            raise ValueError("the body must be a JSON object")
        return data


class MontageAPI(NinjaAPI):
    """Adds to django-ninja's document what it cannot know: the problem schema,
    and the limits that come from settings, read when the document is built."""

    def get_openapi_schema(self, *args, **kwargs):
        document = super().get_openapi_schema(*args, **kwargs)
        schemas = document["components"]["schemas"]
        problem = ProblemSchema.model_json_schema(
            ref_template="#/components/schemas/{model}"
        )
        schemas.update(problem.pop("$defs", {}))
        schemas["Problem"] = problem
        for name, field in schemas["CommentIn"]["properties"].items():
            limit = get_setting("COMMENT_MAX_LENGTHS").get(name)
            if limit is not None:
                field["maxLength"] = limit
        maximum = get_setting("API_MAX_PAGE_SIZE")
        for path in document["paths"].values():
            for operation in path.values():
                for parameter in operation.get("parameters", []):
                    if parameter["name"] == "limit":
                        parameter["schema"]["maximum"] = maximum
                        parameter["description"] = parameter["schema"][
                            "description"
                        ] = (
                            f"Items per page (default {get_setting('API_PAGE_SIZE')}, "
                            f"at most {maximum})"
                        )
        for add_to in hooks.get_hooks(OPENAPI_SCHEMA_HOOK):
            document = add_to(document)
        return document


api = MontageAPI(
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
api.add_decorator(guard_body, mode="view")
api.add_router("features/", features.router)
api.add_router("comments/", comments.router)


@api.exception_handler(APIProblem)
def on_problem(request, exc):
    return exc.response


@api.exception_handler(ValidationError)
def on_validation_error(request, exc):
    return validation_problem(exc.errors)


@api.exception_handler(HttpError)
def on_http_error(request, exc):
    # django-ninja raises 400 "Cannot parse request body" (with the parser's
    # own words when DEBUG is on) for a body that is not a JSON object.
    if exc.status_code == 400:
        return json_body_error()
    return ProblemResponse(exc.status_code, str(exc))


@api.exception_handler(Http404)
def on_not_found(request, exc):
    return ProblemResponse(404, _("Not found."))
