"""RFC 7807 problem responses: every error of the plugin API names what was wrong."""

from django.http import JsonResponse

PROBLEM_TYPE = "application/problem+json"


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


class Problem(Exception):
    """Raise to answer with a problem."""

    def __init__(self, status, title, detail=None, errors=None, retry_after=None):
        super().__init__(title)
        self.response = ProblemResponse(status, title, detail, errors, retry_after)


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
        fields.setdefault(name, []).append(error.get("msg", "Invalid value."))
    return ProblemResponse(
        422, "Invalid request.", "Check the fields named in errors.", fields
    )


def json_body_error(exc):
    return ProblemResponse(
        400,
        "Malformed JSON.",
        f"The request body is not valid JSON: {exc}",
        {"body": "Malformed JSON."},
    )


__all__ = [
    "PROBLEM_TYPE",
    "Problem",
    "ProblemResponse",
    "json_body_error",
    "validation_problem",
]
