"""Mount the plugin API: ``path("api/montage/", include("wagtail_montage.api.urls"))``."""

from functools import wraps

from django.http import HttpResponse, HttpResponseNotAllowed
from django.urls import URLPattern, URLResolver, path
from django.utils.cache import patch_vary_headers

from ..conf import get_setting
from .plugin import api
from .problems import method_not_allowed

CORS_METHODS = "GET, POST, OPTIONS"
CORS_HEADERS = "Content-Type, If-None-Match, If-Modified-Since"


def api_view(view):
    """Answer preflights, allow the origins of ``WAGTAIL_MONTAGE_API_CORS_ORIGINS``
    (never with credentials: the API is anonymous) and answer a method no
    operation takes with a 405 problem. (Oversized or non-JSON bodies are refused
    before they are read by ``plugin.guard_body``.)"""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        origin = request.headers.get("Origin")
        allowed = origin in get_setting("API_CORS_ORIGINS")
        if request.method == "OPTIONS" and request.headers.get(
            "Access-Control-Request-Method"
        ):
            response = HttpResponse(status=204 if allowed else 403)
        else:
            response = view(request, *args, **kwargs)
            if isinstance(response, HttpResponseNotAllowed):
                methods = [m.strip() for m in response["Allow"].split(",")]
                response = method_not_allowed(sorted(methods))
        if allowed:
            response["Access-Control-Allow-Origin"] = origin
            response["Access-Control-Allow-Methods"] = CORS_METHODS
            response["Access-Control-Allow-Headers"] = CORS_HEADERS
            response["Access-Control-Expose-Headers"] = (
                "ETag, Last-Modified, Retry-After"
            )
            response["Access-Control-Max-Age"] = "600"
        patch_vary_headers(response, ["Origin"])
        return response

    return wrapped


def wrap_patterns(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            wrap_patterns(pattern.url_patterns)
        elif isinstance(pattern, URLPattern):
            pattern.callback = api_view(pattern.callback)
    return patterns


api_patterns, app_name_, namespace_ = api.urls
urlpatterns = [path("", (wrap_patterns(api_patterns), app_name_, namespace_))]
