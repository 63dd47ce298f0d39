"""``NulQueryMiddleware``: a request whose query string holds a NUL character
gets a 400 before its view runs (the plugin API's own views answer their
documented 422 problem instead).

PostgreSQL refuses NUL in text, so a ``?search=a%00`` that a view hands to a
query answers 500. The plugin's own views clean or refuse such text
(``request_text.query_text``, the plugin API's schemas), but Wagtail's API v3
(``?search=``, ``?locale=``, ``find/?html_path=``) and other apps do not. No
legitimate link carries a NUL. Add it near the top of ``MIDDLEWARE``.
"""

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _

from .conf import API_NAMESPACE


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
