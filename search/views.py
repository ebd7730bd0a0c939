from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import pgettext_lazy

from core.languages import STAND_IN_LABELS

from . import service

MAX_QUERY_LENGTH = service.MAX_QUERY_CHARACTERS

TYPE_LABELS = {
    "article": pgettext_lazy("result type", "Artikkel"),
    "centre": pgettext_lazy("result type", "Senter"),
    "offer": pgettext_lazy("result type", "Tilbud"),
    "toolkit": pgettext_lazy("result type", "Verktøykasse"),
    "document": pgettext_lazy("result type", "Dokument"),
}


class _Counted:
    """Stands in for all results so Django's Paginator can number pages from the count alone."""

    def __init__(self, count):
        self.count = count

    def __len__(self):
        return self.count

    def __getitem__(self, item):
        return []


def search(request):
    """Full-text search over every public page and document in the visitor's language, with the
    pages that have no version in it in the language that stands in (marked so).

    The engine (database or a search server) is a setting; this view does not know which runs.
    """
    error = ""
    results = outcome = None
    try:
        query = service.check_query(request.GET.get("q", ""))
    except service.SearchInputError as problem:
        query, error = service.clean_query(request.GET.get("q", ""))[:200], str(problem)
    if query and not error:
        language = translation.get_language()
        paginator = None
        number = request.GET.get("side") or "1"
        number = int(number) if number.isdigit() and 0 < int(number) <= service.MAX_PAGE else 1
        outcome = service.search(query, language, page=number)
        if outcome.count and number > outcome.pages:
            outcome = service.search(query, language, page=outcome.pages)
        paginator = Paginator(_Counted(outcome.count), service.PER_PAGE)
        results = paginator.get_page(outcome.page)
        results.object_list = [
            {
                "hit": hit,
                "label": TYPE_LABELS.get(hit.type, ""),
                # A result written in another language says so, with the listings' label.
                "stand_in": STAND_IN_LABELS.get(hit.language, hit.language) if hit.language != language else "",
            }
            for hit in outcome.results
        ]
    return render(
        request,
        "pages/search_page.html",
        {"search_query": query, "search_results": results, "search_outcome": outcome, "search_error": error},
        status=400 if error else 200,
    )
