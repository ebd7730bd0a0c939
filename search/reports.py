"""The search reports in the admin's Rapporter menu, read from the query log (search/querylog.py):

- **Mest brukte søk**: every query searched in the period, the most searched first;
- **Søk uten treff**: queries whose latest search in the period found nothing, each with two
  one-step actions: a new synonym or a new recommended result for it, with the form filled in;
- **Søk ingen klikker på**: queries that found something but whose results nobody followed.

Each sums the period's days per query and language (the last 30 days when no dates are chosen);
"treff" is what the query found the last day it was searched in the period. Each downloads as CSV
or XLSX, with spreadsheet formulas neutralised (core.exports): the queries are visitors' text.
"""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_filters import ChoiceFilter, DateFromToRangeFilter
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.views.settings import CreateView as PromotionCreateView

from core.exports import SafeSpreadsheetMixin
from editorial import roles

from .models import LoggedQuery, Synonym

# Who reads what visitors search for: the editors who review and publish, who are also the ones
# who keep the synonyms and the recommended results these reports lead to (migrations 0004, 0008).
REPORT_GROUPS = (roles.EDITORS,)
DEFAULT_PERIOD_DAYS = 30
# The column of the query itself: "Søk" in English is a search, here it is what was searched for.
QUERY_LABEL = pgettext_lazy("query log", "Søk")
LANGUAGE_NAMES = dict(Synonym.Language.choices)


def may_see_reports(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name__in=REPORT_GROUPS).exists())


def language_name(code):
    return str(LANGUAGE_NAMES.get(code, code))


def default_start():
    return timezone.localdate() - datetime.timedelta(days=DEFAULT_PERIOD_DAYS - 1)


class QueryLogFilterSet(WagtailFilterSet):
    day = DateFromToRangeFilter(label=_("Periode"), widget=DateRangePickerWidget)
    language = ChoiceFilter(label=_("Språk"), choices=Synonym.Language.choices, empty_label=_("Alle språk"))

    class Meta:
        model = LoggedQuery
        fields = []


class ZeroResultActionsColumn(Column):
    """The zero-result report's one-step actions: a synonym or a recommended result for the query."""

    cell_template_name = "search/reports/zero_result_actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        query, language = instance["query"], instance["language"]
        synonym_add = reverse("wagtailsnippets_search_synonym:add")
        context["query"] = query
        context["synonym_url"] = f"{synonym_add}?{urlencode({'terms': f'{query}, ', 'language': language})}"
        context["promotion_url"] = f"{reverse(PrefilledPromotionCreateView.add_url_name)}?" + urlencode(
            {"query_string": query}
        )
        return context


class QueryLogReportView(SafeSpreadsheetMixin, ReportView):
    """One row per query and language over the chosen period."""

    model = LoggedQuery
    header_icon = "search"
    filterset_class = QueryLogFilterSet
    results_template_name = "search/reports/query_log_results.html"
    default_ordering = "-total_searches"
    explanation = ""
    columns = [
        Column("query", label=QUERY_LABEL, sort_key="query"),
        Column("language", label=_("Språk"), accessor=lambda row: language_name(row["language"]), sort_key="language"),
        NumberColumn("total_searches", label=_("Antall søk"), sort_key="total_searches"),
        NumberColumn("latest_results", label=_("Treff (sist)"), sort_key="latest_results"),
        NumberColumn("total_clicks", label=_("Klikk"), sort_key="total_clicks"),
    ]
    list_export = ["query", "language", "total_searches", "latest_results", "total_clicks"]
    export_headings = {
        "query": QUERY_LABEL,
        "language": _("Språk"),
        "total_searches": _("Antall søk"),
        "latest_results": _("Treff (sist)"),
        "total_clicks": _("Klikk"),
    }
    custom_field_preprocess = {"language": {"csv": language_name, "xlsx": language_name}}
    filename = ""

    def dispatch(self, request, *args, **kwargs):
        if not may_see_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"{self.filename}-{timezone.localdate():%Y-%m-%d}"

    @property
    def period(self):
        """(first day, last day) of the report: the dates chosen, else the last 30 days to today."""
        chosen = None
        if self.filters and self.filters.is_valid():
            chosen = self.filters.form.cleaned_data.get("day")
        start = chosen.start if chosen and chosen.start else None
        stop = chosen.stop if chosen and chosen.stop else None
        if start is None and stop is None:
            start = default_start()
        return start, stop

    def logged_rows(self):
        """The log's rows of the period and language chosen."""
        rows = self.filter_queryset(LoggedQuery.objects.all())
        start, _stop = self.period
        if start is not None:
            rows = rows.filter(day__gte=start)
        return rows

    def narrow(self, queries):
        """What this report keeps of the period's queries (all of them here)."""
        return queries

    def get_queryset(self):
        rows = self.logged_rows()
        # "Treff" is the count of the last day searched: a day the query was only followed from a
        # search the day before (a row with clicks and no searches) found nothing to go by.
        latest = rows.filter(language=OuterRef("language"), query=OuterRef("query"), searches__gt=0).order_by("-day")
        queries = (
            rows.values("language", "query")
            .annotate(
                total_searches=Sum("searches"),
                total_clicks=Sum("clicks"),
                latest_results=Subquery(latest.values("results")[:1]),
            )
            .filter(total_searches__gt=0)
        )
        ordering = self.ordering if isinstance(self.ordering, list | tuple) else [self.ordering]
        return self.narrow(queries).order_by(*ordering, "query", "language")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["period_start"], context["period_end"] = self.period
        context["explanation"] = self.explanation
        return context


class MostSearchedReportView(QueryLogReportView):
    page_title = _("Mest brukte søk")
    index_url_name = "search_report_most_searched"
    index_results_url_name = "search_report_most_searched_results"
    filename = "mest-brukte-sok"
    explanation = _(
        "Hva besøkende søkte etter i perioden, det mest brukte først. Treff er hva søket fant sist det ble brukt "
        "i perioden; klikk er hvor mange ganger noen åpnet et treff. Søk med e-postadresser eller lange tall "
        "lagres ikke."
    )


class ZeroResultsReportView(QueryLogReportView):
    page_title = _("Søk uten treff")
    index_url_name = "search_report_zero_results"
    index_results_url_name = "search_report_zero_results_results"
    filename = "sok-uten-treff"
    explanation = _(
        "Søk som ikke fant noe sist de ble brukt i perioden. Legg til et synonym når besøkende bruker et annet ord "
        "enn sidene våre, eller et anbefalt treff som viser en bestemt side for søket."
    )
    columns = [
        column for column in QueryLogReportView.columns if column.name not in ("latest_results", "total_clicks")
    ] + [ZeroResultActionsColumn("actions", label=_("Handlinger"))]
    list_export = ["query", "language", "total_searches"]

    def narrow(self, queries):
        return queries.filter(latest_results=0)


class UnclickedReportView(QueryLogReportView):
    page_title = _("Søk ingen klikker på")
    index_url_name = "search_report_unclicked"
    index_results_url_name = "search_report_unclicked_results"
    filename = "sok-ingen-klikker-pa"
    explanation = _(
        "Søk som fant noe, men der ingen åpnet et eneste treff i perioden, det mest brukte først. Kanskje treffene "
        "ikke svarer på det besøkende lette etter, eller titlene og ingressene ikke viser at de gjør det."
    )

    def narrow(self, queries):
        return queries.filter(latest_results__gt=0, total_clicks=0)


REPORT_VIEWS = (MostSearchedReportView, ZeroResultsReportView, UnclickedReportView)


class PrefilledPromotionCreateView(PromotionCreateView):
    """Wagtail's form for a new recommended result with the query filled in from ?query_string=
    (the zero-result report's action); Wagtail's own add view takes no initial data."""

    add_url_name = "search_promotion_add"

    def get_initial(self):
        initial = super().get_initial()
        query = self.request.GET.get("query_string", "").strip()
        if query:
            initial["query_string"] = query[:255]
        return initial
