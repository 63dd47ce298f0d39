"""RFC 7807 problem responses: every error of the plugin API names what was wrong,
and the OpenAPI document declares each one an operation can answer."""

from django.http import JsonResponse
from django.utils.translation import gettext as _

PROBLEM_TYPE = "application/problem+json"
PROBLEM_REF = "#/components/schemas/Problem"

# What each problem status means, for the OpenAPI document.
STATUS_DESCRIPTIONS = {
    400: "The request was refused: the problem's errors name the field",
    403: "Forbidden (comments closed, or an invalid preview token)",
    404: "No live, public feature (or page) has this id",
    405: "Method not allowed: see the Allow header",
    409: "Duplicate comment",
    413: "Request body too large",
    415: "The body is not application/json",
    422: "A parameter or field is missing, of the wrong type or out of range",
    429: "Too many comments or attempts: see Retry-After",
    503: "Comments cannot be accepted right now (the throttle's cache is down)",
}


class ProblemResponse(JsonResponse):
    def __init__(self, status, title, detail=None, errors=None, retry_after=None):
        body = {"type": "about:blank", "title": str(title), "status": status}
        if detail:
            body["detail"] = str(detail)
        body["errors"] = [
            {"field": field, "message": str(message)}
            for field, messages in (errors or {}).items()
            for message in ([messages] if isinstance(messages, str) else messages)
        ]
        super().__init__(body, status=status, content_type=PROBLEM_TYPE)
        if retry_after:
            self["Retry-After"] = str(retry_after)


class APIProblem(Exception):
    """Raise to answer with a problem."""

    def __init__(self, status, title, detail=None, errors=None, retry_after=None):
        super().__init__(title)
        self.response = ProblemResponse(status, title, detail, errors, retry_after)


def pattern_message(name):
    """Words for a value that does not match its field's pattern (pydantic's own
    message quotes the whole regular expression)."""
    if name in ("email",):
        return _("Enter a valid email address.")
    if name in ("website",):
        return _("Enter an http or https URL.")
    if name in ("author_name", "body"):
        return _("Enter visible text, without control characters.")
    return _("This value is not in the expected form.")


def validation_problem(errors):
    """A 422 from django-ninja's validation errors, naming each field or parameter."""
    fields = {}
    for error in errors:
        loc = [
            str(part)
            for part in error.get("loc", ())
            if part not in ("body", "query", "path", "payload")
        ]
        name = ".".join(loc) or "body"
        if error.get("type") == "string_pattern_mismatch":
            message = pattern_message(loc[0] if loc else name)
        else:
            message = error.get("msg") or _("Invalid value.")
        fields.setdefault(name, []).append(message)
    return ProblemResponse(
        422, _("Invalid request."), _("Check the fields named in errors."), fields
    )


def json_body_error():
    """A 400 for a body that is not a JSON object. Never the parser's own words:
    they name its internals ("maximum recursion depth exceeded")."""
    return ProblemResponse(
        400,
        _("Malformed JSON."),
        _("The request body must be a JSON object."),
        {"body": _("Malformed JSON.")},
    )


def method_not_allowed(allowed):
    response = ProblemResponse(
        405,
        _("Method not allowed."),
        _("This URL answers %(methods)s.") % {"methods": ", ".join(allowed)},
    )
    response["Allow"] = ", ".join(allowed)
    return response


def problem_responses(*statuses, headers=None):
    """The ``responses`` of an operation's OpenAPI ``openapi_extra``: each status
    with the problem schema as ``application/problem+json``."""
    return {
        str(status): {
            "description": STATUS_DESCRIPTIONS[status],
            "content": {PROBLEM_TYPE: {"schema": {"$ref": PROBLEM_REF}}},
            **({"headers": headers[status]} if headers and status in headers else {}),
        }
        for status in statuses
    }


__all__ = [
    "PROBLEM_TYPE",
    "APIProblem",
    "ProblemResponse",
    "json_body_error",
    "method_not_allowed",
    "problem_responses",
    "validation_problem",
]
