"""Query-string filters for listing pages, shared by every filterable index page.

A filter applies only when its ?param= value is one of its choices; anything else (a typo, an old
link, a crafted URL) is ignored, so a visitor always gets a listing rather than an error page.
"""

from dataclasses import dataclass
from typing import Any

from django.db.models import Q


@dataclass(frozen=True)
class ChoiceFilter:
    param: str
    label: Any
    choices: list
    lookup: Any  # a field name, or a callable(queryset, value) -> queryset

    def apply(self, queryset, value):
        if callable(self.lookup):
            return self.lookup(queryset, value)
        return queryset.filter(**{self.lookup: value})


def list_contains(field_name):
    """A lookup for a ChoiceListField: the JSON list holds the value as one whole item.

    JSON lists are text on SQLite and jsonb on PostgreSQL; the quoted value matches one whole item on both.
    """
    return lambda queryset, value: queryset.filter(**{f"{field_name}__icontains": f'"{value}"'})


def path_prefix_q(paths):
    """Pages below any of the given tree paths."""
    query = Q(pk__in=[])
    for path in paths:
        query |= Q(path__startswith=path)
    return query


def apply_filters(request, queryset, filters):
    """The filtered queryset, the filters as the filter form shows them, and whether any applied."""
    shown = []
    active = False
    for choice_filter in filters:
        value = request.GET.get(choice_filter.param, "")
        if value in {choice[0] for choice in choice_filter.choices}:
            queryset = choice_filter.apply(queryset, value)
            active = True
        else:
            value = ""
        shown.append(
            {
                "name": choice_filter.param,
                "label": choice_filter.label,
                "choices": choice_filter.choices,
                "selected": value,
            }
        )
    return queryset, shown, active
