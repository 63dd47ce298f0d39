"""The modeladmin queue's status filter: it opens on the pending comments, as the
snippet listing does (``admin.filters.DEFAULT_STATUS``), and "All" is a choice of
its own rather than no filter."""

from django.contrib.admin import SimpleListFilter
from django.utils.translation import gettext_lazy as _

from ...admin.filters import DEFAULT_STATUS
from ...models import ReaderComment

ALL = "all"


class StatusFilter(SimpleListFilter):
    title = _("status")
    # The name modeladmin gives a field filter, so links written for it still work.
    parameter_name = "status__exact"

    def lookups(self, request, model_admin):
        return ReaderComment.Status.choices

    def chosen(self):
        value = self.value()
        if value == ALL:
            return ALL
        return value if value in ReaderComment.Status.values else DEFAULT_STATUS

    def queryset(self, request, queryset):
        status = self.chosen()
        return queryset if status == ALL else queryset.filter(status=status)

    def choices(self, changelist):
        chosen = self.chosen()
        yield {
            "selected": chosen == ALL,
            "query_string": changelist.get_query_string({self.parameter_name: ALL}),
            "display": _("All"),
        }
        for value, label in self.lookup_choices:
            yield {
                "selected": chosen == value,
                "query_string": changelist.get_query_string(
                    {self.parameter_name: value}
                ),
                "display": label,
            }
