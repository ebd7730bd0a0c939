"""GET /api/search/: the JSON contract others build on (docs/search.md)."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from . import service


@require_GET
def search_api(request):
    try:
        query = service.check_query(request.GET.get("q", ""))
        language = service.check_language(request.GET.get("locale"))
        types = service.check_types(request.GET.getlist("type"))
        page = service.check_page(request.GET.get("page"))
    except service.SearchInputError as error:
        return JsonResponse({"error": str(error)}, status=400, json_dumps_params={"ensure_ascii": False})
    outcome = service.search(query, language, types, page)
    body = {
        "query": outcome.query,
        "locale": outcome.language,
        "count": outcome.count,
        "page": outcome.page,
        "pages": outcome.pages,
        "results": [
            {
                "type": hit.type,
                "title": hit.title,
                "url": hit.url,
                "slug": hit.slug,
                "snippet": hit.snippet,
                "score": hit.score,
                # The language the result is written in: a stand-in's differs from "locale".
                "language": hit.language,
            }
            for hit in outcome.results
        ],
    }
    if outcome.corrected:
        body["corrected_query"] = outcome.corrected_query
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    # Which engine answered: "database" when the search server is down and the database stood in.
    response["X-Search-Engine"] = outcome.engine
    return response
