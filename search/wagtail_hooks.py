from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from . import reports
from .models import Synonym


class SynonymCreateView(CreateView):
    """The new synonym's form, filled in from ?terms=&language= (the zero-result report's action)."""

    def get_initial(self):
        initial = super().get_initial()
        terms = self.request.GET.get("terms", "")
        if terms.strip():
            initial["terms"] = terms
        language = self.request.GET.get("language", "")
        if language in Synonym.Language.values:
            initial["language"] = language
        return initial


class SynonymViewSet(SnippetViewSet):
    """Editors keep the words that mean the same; a change counts from the next search on."""

    model = Synonym
    icon = "list-ul"
    menu_label = _("Synonymer")
    list_display = ["terms", "language", "note"]
    list_filter = ["language"]
    search_fields = ["terms", "note"]
    ordering = ["language", "terms"]
    add_view_class = SynonymCreateView


register_snippet(SynonymViewSet)


# The search reports (search/reports.py) and the recommended result filled in from one of them.

REPORT_PATHS = {
    reports.MostSearchedReportView: "reports/sok/mest-brukte/",
    reports.ZeroResultsReportView: "reports/sok/uten-treff/",
    reports.UnclickedReportView: "reports/sok/uten-klikk/",
}


@hooks.register("register_admin_urls")
def search_report_urls():
    urls = [
        path(
            "searchpicks/ny/",
            reports.PrefilledPromotionCreateView.as_view(),
            name=reports.PrefilledPromotionCreateView.add_url_name,
        )
    ]
    for view, url in REPORT_PATHS.items():
        urls += [
            path(url, view.as_view(), name=view.index_url_name),
            path(f"{url}results/", view.as_view(results_only=True), name=view.index_results_url_name),
        ]
    return urls


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return reports.may_see_reports(request.user)


def _menu_item(view, name, order):
    return SearchReportMenuItem(
        view.page_title, reverse(view.index_url_name), name=name, icon_name="search", order=order
    )


@hooks.register("register_reports_menu_item")
def most_searched_menu_item():
    return _menu_item(reports.MostSearchedReportView, "search-most-searched", 780)


@hooks.register("register_reports_menu_item")
def zero_results_menu_item():
    return _menu_item(reports.ZeroResultsReportView, "search-zero-results", 781)


@hooks.register("register_reports_menu_item")
def unclicked_menu_item():
    return _menu_item(reports.UnclickedReportView, "search-unclicked", 782)


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms(request, menu_items):
    # Wagtail's "Search terms" reads the daily hits of its Query model, which this site never
    # writes (the query log is search's own): an empty report would only mislead.
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


@hooks.register("construct_settings_menu")
def name_promotions_as_the_site_does(request, menu_items):
    """Wagtail calls them "Promoted search results" ("Forfremmede søkeresultater"); the search page
    and the editors' guide say "Anbefalt", so the menu does too."""
    for item in menu_items:
        if item.name == "promoted-search-results":
            item.label = _("Anbefalte søkeresultater")
