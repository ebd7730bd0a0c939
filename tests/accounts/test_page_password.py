"""A password-protected page takes a few guesses per visitor, then refuses even the right one."""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

SECRET = "mestring-2025"
LIMITED = "For mange forsøk på passordet."


@pytest.fixture
def protected(home):
    page = ArticlePageFactory(title="Interne retningslinjer", slug="interne-retningslinjer")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=SECRET
    )
    return page, restriction


def _guess(client, protected, password, address="10.0.0.1"):
    page, restriction = protected
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
    return client.post(url, {"password": password, "return_url": page.url}, REMOTE_ADDR=address)


def _sees_page(client, protected):
    page, _ = protected
    return "Du trenger et passord for å se denne siden." not in client.get(page.url).content.decode()


def test_the_password_page_is_norwegian_and_hides_the_page(client, protected):
    response = client.get(protected[0].url)
    text = response.content.decode()
    assert "Passord kreves" in text
    assert "Interne retningslinjer" not in text


def test_ten_wrong_guesses_then_the_right_one_is_refused(client, protected):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        wrong = [_guess(client, protected, "feil") for _ in range(10)]
        assert {response.status_code for response in wrong} == {200}
        assert "Feil passord. Prøv igjen." in wrong[0].content.decode()

        right = _guess(client, protected, SECRET)
        assert right.status_code == 429
        assert LIMITED in right.content.decode()
        assert 'type="password"' in right.content.decode()  # the password page again
        assert not _sees_page(client, protected)

        traveller.shift(timedelta(minutes=16))
        assert _guess(client, protected, SECRET).status_code == 302
    assert _sees_page(client, protected)


def test_fifty_guesses_get_no_further(client, protected):
    statuses = [_guess(client, protected, f"gjett{n}").status_code for n in range(50)]

    assert statuses.count(200) == 10
    assert statuses[10:] == [429] * 40


def test_another_visitor_is_not_held_back(client, protected):
    for _ in range(11):
        _guess(client, protected, "feil")

    other = client.__class__()
    assert _guess(other, protected, SECRET, address="10.0.0.2").status_code == 302
    assert _sees_page(other, protected)


def test_the_right_password_lets_the_visitor_in(client, protected):
    assert _guess(client, protected, SECRET).status_code == 302
    assert _sees_page(client, protected)
