"""Wagtail API v2's pages endpoint with strict paging, for sites to register.

Wagtail's ``WagtailPagination`` reads ``offset`` and ``limit`` with ``int()``:
it takes Arabic-Indic digits, and an ``offset`` of 25 digits reaches the
database, where SQLite raises ``OverflowError`` and PostgreSQL "bigint out of
range": a 500 for one anonymous request. Here both go through the plugin's one
number parser first and answer Wagtail's own 400 otherwise.
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
    """``PagesAPIViewSet`` with ``StrictPagination``: register it in place of
    Wagtail's (``api_v2.register_endpoint("pages", MontagePagesAPIViewSet)``)."""

    pagination_class = StrictPagination
