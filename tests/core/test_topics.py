"""Topics in the admin: editors find them by typing, in the listing and in the page form's chooser."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale

from core.models import Person, Topic
from tests.factories import PersonFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.no", "x" * 12)
    client.force_login(user)
    return client


@pytest.fixture
def topics(home):
    nb = TopicFactory(name="Pårørende", slug="parorende")
    TopicFactory(name="Diabetes", slug="diabetes")
    nn = nb.copy_for_translation(Locale.objects.get(language_code="nn"))
    nn.name = "Pårørande"
    nn.save()


def _url(viewset, name, **params):
    return f"{reverse(viewset.get_url_name(name))}?{urlencode(params)}"


TOPIC_SEARCHES = [
    # (language of the topics shown, what the other language calls the same topic)
    ("nb", "Pårørende", "Pårørande"),
    ("nn", "Pårørande", "Pårørende"),
]


@pytest.mark.parametrize(("language", "found", "other_language"), TOPIC_SEARCHES)
@pytest.mark.parametrize("ordering", [None, "name", "-slug"])
def test_searching_the_topic_listing_finds_the_topic_in_that_language(
    admin_client, topics, language, found, other_language, ordering
):
    params = {"q": "pårør", "locale": language} | ({"ordering": ordering} if ordering else {})
    response = admin_client.get(_url(Topic.snippet_viewset, "list", **params))

    assert response.status_code == 200
    html = response.content.decode()
    assert found in html
    assert other_language not in html
    assert "Diabetes" not in html


@pytest.mark.parametrize(("language", "found", "other_language"), TOPIC_SEARCHES)
def test_typing_in_the_topic_chooser_finds_the_topic_in_that_language(
    admin_client, topics, language, found, other_language
):
    # What the chooser of the page form's `topic` field asks for as the editor types.
    chooser = Topic.snippet_viewset.chooser_viewset
    response = admin_client.get(_url(chooser, "choose_results", q="pårør", locale=language))

    assert response.status_code == 200
    html = response.content.decode()
    assert found in html
    assert other_language not in html
    assert "Diabetes" not in html


@pytest.mark.parametrize("ordering", [None, "name", "-job_title", "organisation"])
def test_searching_the_person_listing_finds_the_person(admin_client, home, ordering):
    PersonFactory(name="Kari Nordmann")
    PersonFactory(name="Ola Hansen")
    params = {"q": "kari"} | ({"ordering": ordering} if ordering else {})

    response = admin_client.get(_url(Person.snippet_viewset, "list", **params))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Kari Nordmann" in html
    assert "Ola Hansen" not in html
