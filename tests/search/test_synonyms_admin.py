"""Who keeps the synonyms: editors who review and publish may; writers and centre staff may not,
and a synonym of one word is refused with a message that says what to write."""

import pytest
from django.contrib.auth.models import Group, Permission

from editorial.roles import COMMUNICATIONS, EDITORS
from search.models import Synonym

pytestmark = pytest.mark.django_db

ADD = "/admin/snippets/search/synonym/add/"
LIST = "/admin/snippets/search/synonym/"


def _user(django_user_model, username, group):
    user = django_user_model.objects.create_user(username=username, password="pw-for-tests")
    user.groups.add(group)
    return user


def test_a_moderator_adds_a_synonym(client, django_user_model):
    client.force_login(_user(django_user_model, "redaktor", Group.objects.get(name=EDITORS)))
    assert client.get(LIST).status_code == 200
    response = client.post(ADD, {"language": "nn", "terms": "heimeteneste, heimetenesta", "note": ""})
    assert response.status_code == 302
    assert Synonym.objects.filter(language="nn", terms="heimeteneste, heimetenesta").exists()
    assert "heimeteneste, heimetenesta" in client.get(LIST, {"language": "nn"}).content.decode()


@pytest.mark.parametrize("role", ["writer", "centre staff"])
def test_writers_and_centre_staff_cannot_change_synonyms(client, django_user_model, role):
    if role == "writer":
        group = Group.objects.get(name=COMMUNICATIONS)
    else:
        group = Group.objects.create(name="Senteransatte – test")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(_user(django_user_model, role.replace(" ", "-"), group))
    before = Synonym.objects.count()
    synonym = Synonym.objects.first()
    response = client.post(ADD, {"language": "nb", "terms": "kurs, fest", "note": ""})
    # Wagtail sends a refused user to the dashboard with a message; nothing is written.
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == "/admin/"
    edit = client.post(f"/admin/snippets/search/synonym/edit/{synonym.pk}/", {"language": "nb", "terms": "x, y"})
    assert edit.status_code in (302, 403)
    synonym.refresh_from_db()
    assert synonym.terms != "x, y"
    assert Synonym.objects.count() == before


def test_a_synonym_of_one_word_is_refused_with_a_clear_message(admin_client):
    before = Synonym.objects.count()
    response = admin_client.post(ADD, {"language": "nb", "terms": "FLS", "note": ""})
    assert response.status_code == 200
    assert "Skriv minst to ord eller forkortelser med komma mellom" in response.content.decode()
    assert Synonym.objects.count() == before


def test_the_starting_list_is_there_in_every_language():
    for language, example in [
        ("nb", "FLS, frisklivssentral"),
        ("nn", "kvardag, hverdag"),
        ("en", "learning and coping centre, LMS"),
    ]:
        assert Synonym.objects.filter(language=language, terms=example).exists()
