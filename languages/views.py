"""The two language reports in the admin's Rapporter menu, built like editorial's report of overdue
reviews (Wagtail's ReportView, with its spreadsheet export). The data comes from reports.py."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from core.exports import SafeSpreadsheetMixin

from . import reports


def _may_see(request):
    if not reports.may_see_reports(request.user):
        raise PermissionDenied


class TranslationStatusFilterSet(WagtailFilterSet):
    # Named "locale" so that Wagtail adds no locale filter of its own to this Page filter set.
    locale = django_filters.ChoiceFilter(
        label=_("Språk"),
        choices=[(code, reports.LANGUAGE_NAMES[code]) for code in reports.LANGUAGES],
        empty_label=_("Alle språk"),
        method="keep",
    )
    status = django_filters.ChoiceFilter(
        label=_("Vis"),
        choices=[("utdatert", _("Bare utdaterte")), ("mangler", _("Mangler oversettelse"))],
        empty_label=_("Alle sider"),
        method="keep",
    )

    class Meta:
        model = Page
        fields = []

    def keep(self, queryset, name, value):
        # The rows are filtered in Python by TranslationStatusReportView.filter_queryset.
        return queryset


class TranslationStatusReportView(SafeSpreadsheetMixin, ReportView):
    page_title = _("Oversettelsesstatus")
    header_icon = "site"
    model = Page
    results_template_name = "languages/reports/translation_status_results.html"
    index_url_name = "languages_translation_status"
    index_results_url_name = "languages_translation_status_results"
    filterset_class = TranslationStatusFilterSet
    list_export = ["title", "page_type", "source_language_name", "status_nb", "status_nn", "status_en"]
    export_headings = {
        "title": _("Tittel"),
        "page_type": _("Type"),
        "source_language_name": _("Kildespråk"),
        "status_nb": _("Bokmål"),
        "status_nn": _("Nynorsk"),
        "status_en": _("Engelsk"),
    }

    def dispatch(self, request, *args, **kwargs):
        _may_see(request)
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"oversettelsesstatus-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        pages = self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
        return self.filter_queryset(reports.translation_status(pages))

    def filter_queryset(self, rows):
        if self.filters and self.filters.is_valid():
            data = self.filters.form.cleaned_data
            return reports.filter_rows(rows, data.get("locale") or "", data.get("status") or "")
        return rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["languages"] = [(code, reports.LANGUAGE_NAMES[code]) for code in reports.LANGUAGES]
        return context


class LanguageReportView(SafeSpreadsheetMixin, ReportView):
    page_title = _("Språkrapport (språklova)")
    header_icon = "doc-full"
    model = Page
    paginate_by = None
    results_template_name = "languages/reports/language_report_results.html"
    index_url_name = "languages_language_report"
    index_results_url_name = "languages_language_report_results"
    list_export = ["year", "language_name", "pages", "words", "word_share", "page_share", "minimum", "verdict"]
    export_headings = {
        "year": _("År"),
        "language_name": _("Målform"),
        "pages": _("Sider"),
        "words": _("Ord"),
        "word_share": _("Andel av ordene (%)"),
        "page_share": _("Andel av sidene (%)"),
        "minimum": _("Minstekrav (%)"),
        "verdict": _("Vurdering"),
    }

    def dispatch(self, request, *args, **kwargs):
        _may_see(request)
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"sprakrapport-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        return reports.language_statistics()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["minimum"] = reports.MINIMUM_SHARE
        return context
