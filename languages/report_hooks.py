"""Admin hooks for the translation status and language reports (languages/views.py)."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import reports, views


@hooks.register("register_admin_urls")
def report_urls():
    status, language = views.TranslationStatusReportView, views.LanguageReportView
    return [
        path("reports/oversettelser/", status.as_view(), name=status.index_url_name),
        path("reports/oversettelser/results/", status.as_view(results_only=True), name=status.index_results_url_name),
        path("reports/sprakrapport/", language.as_view(), name=language.index_url_name),
        path(
            "reports/sprakrapport/results/", language.as_view(results_only=True), name=language.index_results_url_name
        ),
    ]


class LanguageReportMenuItem(MenuItem):
    def is_shown(self, request):
        return reports.may_see_reports(request.user)


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    view = views.TranslationStatusReportView
    return LanguageReportMenuItem(
        view.page_title, reverse(view.index_url_name), name="translation-status", icon_name="site", order=760
    )


@hooks.register("register_reports_menu_item")
def language_report_menu_item():
    view = views.LanguageReportView
    return LanguageReportMenuItem(
        view.page_title, reverse(view.index_url_name), name="language-report", icon_name="doc-full", order=770
    )
