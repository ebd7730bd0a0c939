"""GET /api/search/: the JSON contract others build on (docs/search.md)."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from . import facets, service


@require_GET
def search_api(request):
    try:
        query = service.check_query(request.GET.get("q", ""))
        language = service.check_language(request.GET.get("locale"))
        page = service.check_page(request.GET.get("page"))
        topics = facets.Topics(language)
        filters = facets.parse({name: request.GET.getlist(name) for name in facets.FACETS}, topics)
    except (service.SearchInputError, facets.FilterError) as error:
        return JsonResponse({"error": str(error)}, status=400, json_dumps_params={"ensure_ascii": False})
    outcome = service.search(query, language, page=page, filters=filters, facets=True)
    body = {
        "query": outcome.query,
        "locale": outcome.language,
        "count": outcome.count,
        "page": outcome.page,
        "pages": outcome.pages,
        "facets": facets.public_counts(outcome.facets, topics),
        "results": [
            {
                "type": hit.type,
                "title": hit.title,
                "url": hit.url,
                "slug": hit.slug,
                "snippet": hit.snippet,
                # The snippet as HTML: the text escaped, the matched words in <mark>.
                "highlight": str(hit.snippet_html),
                "details": hit.details,
                "score": hit.score,
                # The language the result is written in: a stand-in's differs from "locale".
                "language": hit.language,
            }
            for hit in outcome.results
        ],
        "promoted": [
            {"title": p.title, "url": p.url, "description": p.description, "type": p.type, "language": p.language}
            for p in outcome.promotions
        ],
    }
    if outcome.corrected:
        body["corrected_query"] = outcome.corrected_query
    if outcome.suggestion:
        body["suggestion"] = outcome.suggestion
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    # Which engine answered: "database" when the search server is down and the database stood in.
    response["X-Search-Engine"] = outcome.engine
    return response
