"""What the search tests share: the JSON API, answered by the engine under test."""

from django.conf import settings


def search_api(client, **params):
    """GET /api/search/ with `params`, as a visitor; the engine the test configured (the `engine`
    fixture) must be the one that answered, not the database standing in for it."""
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content
    assert response["X-Search-Engine"] == settings.SEARCH_ENGINE["ENGINE"]
    return response.json()


def result_links(html):
    """(title, href) of each result's link on a search page, in order."""
    import html as entities
    import re

    found = re.findall(r'<h3 class="search-result__title"><a href="([^"]+)"[^>]*>([^<]+)</a></h3>', html)
    return [(entities.unescape(title), entities.unescape(href)) for href, title in found]


def lands_on(client, href):
    """Where following a result's link takes the visitor: the counter answers with a redirect."""
    response = client.get(href)
    assert response.status_code == 302, (href, response.status_code)
    return response["Location"]
