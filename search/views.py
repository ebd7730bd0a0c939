from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200


def search(request):
    """Full-text search over every public page in the visitor's language.

    The backend (database or OpenSearch) is a setting; this view does not know which one runs.
    """
    query = " ".join(request.GET.get("q", "").split())
    error = ""
    results = None
    if len(query) > MAX_QUERY_LENGTH:
        error = _("Søket er for langt. Bruk høyst %(max)d tegn.") % {"max": MAX_QUERY_LENGTH}
    elif query:
        locale = Locale.objects.filter(language_code=translation.get_language()).first()
        pages = Page.objects.live().public().exclude(depth__lte=1)
        if locale is not None:
            pages = pages.filter(locale=locale)
        results = Paginator(pages.search(query), 10).get_page(request.GET.get("side"))
        # One query per page type on the result page, instead of one per result.
        specific = {page.pk: page for page in Page.objects.filter(pk__in=[r.pk for r in results]).specific()}
        results.object_list = [specific[r.pk] for r in results if r.pk in specific]
    return render(
        request,
        "pages/search_page.html",
        {"search_query": query, "search_results": results, "search_error": error},
        status=400 if error else 200,
    )
