import pytest

from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def test_sitemap_lists_live_pages_and_not_drafts(client, home):
    live = ArticlePageFactory(title="Synlig artikkel", slug="synlig")
    draft = ArticlePageFactory(title="Utkast", slug="utkast")
    draft.unpublish()

    response = client.get("/sitemap.xml")

    body = response.content.decode()
    assert response.status_code == 200
    assert f"{live.url}</loc>" in body
    assert "/utkast/" not in body
