"""Lists show the pages open to the visitor: a private page appears once its restriction lets
the visitor through, as Wagtail decides when it serves the page, and not before or after."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import ArticleIndexPageFactory, ArticlePageFactory

from .conftest import PASSWORD, form_action, hidden_set, section

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing(home):
    index = ArticleIndexPageFactory()
    hidden = hidden_set(ArticlePageFactory, "artikkel", parent=index)
    return index, hidden


def listed(client, index):
    return section(client.get(index.url).content.decode(), "<main", "</main>")


def test_the_password_form_opens_that_section_in_lists_and_no_other(client, listing):
    index, hidden = listing
    protected = hidden["passord"]
    other = ArticlePageFactory(parent=index, title="Annen passordside", slug="annen-passordside")
    PageViewRestriction.objects.create(page=other, restriction_type=PageViewRestriction.PASSWORD, password="annet")
    assert protected.title not in listed(client, index)

    form = client.get(protected.url)
    assert form.status_code == 200 and protected.title not in form.content.decode()
    wrong = client.post(form_action(form.content.decode()), {"password": "feil", "return_url": protected.url})
    assert wrong.status_code == 200  # the form again
    assert protected.title not in listed(client, index)
    right = client.post(form_action(form.content.decode()), {"password": PASSWORD, "return_url": protected.url})
    assert right.status_code == 302

    html = listed(client, index)
    assert f'<a href="{protected.url}">{protected.title}</a>' in html
    assert other.title not in html
    for kind in ("innlogging", "gruppe", "utkast", "utløpt"):
        assert hidden[kind].title not in html, kind


def test_logging_in_opens_login_pages_in_lists_and_logging_out_closes_them(client, listing, django_user_model):
    index, hidden = listing
    user = django_user_model.objects.create_user("leser", password="x")

    client.force_login(user)
    html = listed(client, index)
    assert hidden["innlogging"].title in html
    for kind in ("passord", "gruppe", "utkast", "utløpt"):
        assert hidden[kind].title not in html, kind

    client.logout()
    assert hidden["innlogging"].title not in listed(client, index)


def test_a_group_page_is_listed_for_members_of_the_group_only(client, listing, django_user_model, editors_group):
    index, hidden = listing
    outsider = django_user_model.objects.create_user("utenfor", password="x")
    member = django_user_model.objects.create_user("medlem", password="x")
    member.groups.add(editors_group)

    client.force_login(outsider)
    assert hidden["gruppe"].title not in listed(client, index)
    client.force_login(member)
    assert hidden["gruppe"].title in listed(client, index)


def test_staff_see_in_lists_only_what_the_restrictions_let_them_through(client, listing, django_user_model):
    """A superuser passes login and group restrictions (Wagtail serves them those pages), but not
    a shared password they have not entered, and never a draft or an expired page."""
    index, hidden = listing
    admin = django_user_model.objects.create_superuser("admin", password="x")
    client.force_login(admin)

    html = listed(client, index)

    assert hidden["innlogging"].title in html and hidden["gruppe"].title in html
    for kind in ("passord", "utkast", "utløpt"):
        assert hidden[kind].title not in html, kind
