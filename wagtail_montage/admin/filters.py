"""What the moderation queue lists: its filter set and its search, shared by
the snippet listing, its "select all" bulk actions and the modeladmin listing."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.models import Page

from ..models import ReaderComment
from ..models.comments import email_key
from ..numbers import IdChoiceMixin
from ..request_text import query_text
from .permissions import can_moderate


def pages_with_comments(request):
    return Page.objects.filter(pk__in=ReaderComment.objects.values("page_id")).order_by(
        "title"
    )


class PageIdField(IdChoiceMixin, django_filters.fields.ModelChoiceField):
    pass


class PageFilter(django_filters.ModelChoiceFilter):
    field_class = PageIdField


# The queue opens on the comments waiting for a decision; "All" (status=) shows
# every status.
DEFAULT_STATUS = ReaderComment.Status.PENDING


def listing_filter_data(query):
    """The listing's query (a ``QueryDict``) with the default status filled in
    when it names none: what the listing and its "select all" both filter by."""
    if "status" in query:
        return query
    query = query.copy()
    query["status"] = DEFAULT_STATUS
    return query


class ReaderCommentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=ReaderComment.Status.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
        # The default, so that it shows as no filter to remove.
        initial=DEFAULT_STATUS,
    )
    page = PageFilter(label=_("Page"), queryset=pages_with_comments)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=DateRangePickerWidget
    )

    class Meta:
        model = ReaderComment
        fields = ["status", "page", "created_at"]


def search_comments(queryset, query, user):
    """Comments whose name or body (and, for moderators, email) contains ``query``.

    A database ``icontains`` rather than the search index: email is private and
    stays out of any search backend, and moderators look up exact addresses.
    Emails also match by their folded key (``email_key``), so ``a@BÜCHER.example``
    finds ``a@bücher.example`` on databases whose ``icontains`` folds ASCII only.
    """
    query = query_text(query, max_length=255)
    if not query:
        return queryset
    condition = Q(author_name__icontains=query) | Q(body__icontains=query)
    if can_moderate(user):
        condition |= Q(email__icontains=query)
        if key := email_key(query):
            condition |= Q(email_key__contains=key)
    return queryset.filter(condition)


def listing_queryset(request, queryset=None):
    """The comments the listing at ``request`` shows: its filters and search."""
    queryset = ReaderComment.objects.all() if queryset is None else queryset
    filters = ReaderCommentFilterSet(
        listing_filter_data(request.GET), queryset=queryset, request=request
    )
    if filters.is_valid():
        queryset = filters.qs
    return search_comments(queryset, request.GET.get("q"), request.user)
