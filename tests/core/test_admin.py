"""The editor's side: every page type's create form opens under its parent, and the snippets list."""

import pytest
from django.contrib.auth import get_user_model

from tests.factories import (
    ArticleIndexPageFactory,
    CentreIndexPageFactory,
    CentrePageFactory,
    ToolkitIndexPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.no", "x" * 12)
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("model", "parent_factory"),
    [
        ("articles/articleindexpage", None),
        ("articles/articlepage", ArticleIndexPageFactory),
        ("centres/centreindexpage", None),
        ("centres/centrepage", CentreIndexPageFactory),
        ("offers/offerindexpage", None),
        ("offers/offerpage", CentrePageFactory),
        ("toolkit/toolkitindexpage", None),
        ("toolkit/toolkitresourcepage", ToolkitIndexPageFactory),
    ],
)
def test_create_form_opens_under_the_allowed_parent(admin_client, home, model, parent_factory):
    parent = parent_factory() if parent_factory else home
    response = admin_client.get(f"/admin/pages/add/{model}/{parent.pk}/")
    assert response.status_code == 200


def test_create_form_is_refused_under_a_wrong_parent(admin_client, home):
    response = admin_client.get(f"/admin/pages/add/offers/offerpage/{home.pk}/", follow=True)
    assert response.redirect_chain[-1][0] == "/admin/"
    assert [m.level_tag for m in response.context["messages"]] == ["error"]


@pytest.mark.parametrize("snippet", ["core/topic", "core/person"])
def test_snippet_listings_open(admin_client, home, snippet):
    assert admin_client.get(f"/admin/snippets/{snippet}/").status_code == 200


def test_editors_can_choose_whether_a_section_shows_in_the_menu(admin_client, home):
    index = ArticleIndexPageFactory()
    html = admin_client.get(f"/admin/pages/{index.pk}/edit/").content.decode()
    assert 'name="show_in_menus"' in html
    assert 'name="search_description"' in html and 'name="listing_image"' in html
