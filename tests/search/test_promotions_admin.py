"""Who chooses the recommended results ("Anbefalt"): editors who review and publish may, through
Wagtail's search promotions admin; writers and centre staff may not. What an editor saves is what
the next search shows first."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.contrib.search_promotions.models import SearchPromotion

from editorial.roles import COMMUNICATIONS, EDITORS
from search import corpus
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

ADD = "/admin/searchpicks/add/"


def _user(django_user_model, username, group):
    user = django_user_model.objects.create_user(username=username, password="pw-for-tests")
    user.groups.add(group)
    return user


def _form(query, page):
    return {
        "query_string": query,
        "editors_picks-TOTAL_FORMS": 1,
        "editors_picks-INITIAL_FORMS": 0,
        "editors_picks-MAX_NUM_FORMS": 1000,
        "editors_picks-0-DELETE": "",
        "editors_picks-0-ORDER": 0,
        "editors_picks-0-page": page.pk,
        "editors_picks-0-external_link_url": "",
        "editors_picks-0-external_link_text": "",
        "editors_picks-0-description": "Start her.",
    }


def test_an_editor_recommends_a_page_and_the_next_search_shows_it_first(client, home, django_user_model):
    article = ArticlePageFactory(title="Pårørende trenger egne tilbud", slug="parorende-tilbud")
    ArticlePageFactory(title="Kurs for pårørende", slug="kurs-parorende")
    corpus.rebuild()
    client.force_login(_user(django_user_model, "redaktor", Group.objects.get(name=EDITORS)))
    form = client.get(ADD)
    assert form.status_code == 200
    # Wagtail's own words ("Forfremmet", "Eksakt samsvar er nødvendig") would mislead: a
    # recommendation is shown for inflections and synonyms too.
    assert "Anbefalt søkeresultat" in form.content.decode()
    assert "bøyningsformer av ordene og for synonymene" in form.content.decode()
    assert "Forfremme" not in form.content.decode()
    # The settings menu names them as the search page does.
    dashboard = client.get("/admin/").content.decode()
    # The sidebar's labels are JSON in the page, so ø is \u00f8 there.
    assert '"label": "Anbefalte s\\u00f8keresultater"' in dashboard
    assert "Forfremmede" not in dashboard
    response = client.post(ADD, _form("pårørende", article))
    assert response.status_code == 302
    html = client.get("/sok/", {"q": "Pårørende"}).content.decode()
    recommended = html[html.index('class="promotions"') : html.index('class="search-results__list"')]
    assert f'<a href="{article.url}">Pårørende trenger egne tilbud</a>' in recommended
    assert "Start her." in recommended


@pytest.mark.parametrize("role", ["writer", "centre staff"])
def test_writers_and_centre_staff_cannot_recommend(client, home, django_user_model, role):
    article = ArticlePageFactory(title="Pårørende trenger egne tilbud")
    if role == "writer":
        group = Group.objects.get(name=COMMUNICATIONS)
    else:
        group = Group.objects.create(name="Senteransatte – test")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(_user(django_user_model, role.replace(" ", "-"), group))
    listing = client.get("/admin/searchpicks/")
    # Wagtail sends a refused user to the dashboard with a message, or answers 403.
    assert listing.status_code in (302, 403)
    if listing.status_code == 302:
        assert listing["Location"] == "/admin/"
    response = client.post(ADD, _form("pårørende", article))
    assert response.status_code in (302, 403)
    assert not SearchPromotion.objects.exists()
    assert "Anbefalt" not in client.get("/sok/", {"q": "pårørende"}).content.decode()
