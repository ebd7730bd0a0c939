"""/sok/til/?q=<query>&key=<entry key>: a result followed from the search page, counted and sent on.

The search page links each result here, so the query log (search/querylog.py) can tell which
searches lead somewhere. The address sent to is always the search entry's own URL, looked up by its
key in the language of the request: no URL is ever taken from the query string, so this is no open
redirect. A HEAD request (a link prefetcher, a crawler's check) is answered without counting.
"""

from django.http import Http404, HttpResponseRedirect
from django.utils import translation
from django.views.decorators.http import require_safe

from . import querylog
from .models import SearchEntry


@require_safe
def follow(request):
    language = translation.get_language()
    url = (
        SearchEntry.objects.filter(key=request.GET.get("key", ""), language=language)
        .values_list("url", flat=True)
        .first()
    )
    if not url:
        raise Http404
    if request.method == "GET":
        querylog.record_click(request.GET.get("q", ""), language)
    response = HttpResponseRedirect(url)
    # Each follow is counted once and is nothing a search engine should keep.
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
