"""Wagtail API v2's pages endpoint with strict paging, for sites to register.

Wagtail's ``WagtailPagination`` reads ``offset`` and ``limit`` with ``int()``:
it takes Arabic-Indic digits, and an ``offset`` of 25 digits reaches the
database, where SQLite raises ``OverflowError`` and PostgreSQL "bigint out of
range": a 500 for one anonymous request. Here both go through the plugin's one
number parser first and answer Wagtail's own 400 otherwise; NUL in any query
parameter (which PostgreSQL refuses in text) is a 400 too.

Its JSON is compact: Wagtail indents v2 responses by four spaces, which makes a
feature's detail about a third larger and leaves Python's pure-Python JSON
encoder to write it (the C encoder takes no indent): most of the time a
50-block feature's detail spent past its fields. Any JSON parser reads both.
"""

from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from ..numbers import MAX_ID, parse_int


class StrictPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        for name in ("offset", "limit"):
            value = request.GET.get(name)
            if value is not None and parse_int(value, maximum=MAX_ID) is None:
                raise BadRequestError(f"{name} must be a positive integer")
        return super().paginate_queryset(queryset, request, view)


class MontagePagesAPIViewSet(PagesAPIViewSet):
    """``PagesAPIViewSet`` with ``StrictPagination``, and no NUL in any query
    parameter (Wagtail's field filters and search would hand it to PostgreSQL,
    which answers an error): register it in place of Wagtail's
    (``api_v2.register_endpoint("pages", MontagePagesAPIViewSet)``)."""

    pagination_class = StrictPagination

    def get_renderer_context(self):
        context = super().get_renderer_context()
        context["indent"] = None  # compact, by the C encoder (see above)
        return context

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                raise BadRequestError(f"{name!r} cannot contain NUL characters")
