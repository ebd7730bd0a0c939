"""What the search tests share: the JSON API, answered by the engine under test."""

from django.conf import settings


def search_api(client, **params):
    """GET /api/search/ with `params`, as a visitor; the engine the test configured (the `engine`
    fixture) must be the one that answered, not the database standing in for it."""
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content
    assert response["X-Search-Engine"] == settings.SEARCH_ENGINE["ENGINE"]
    return response.json()
