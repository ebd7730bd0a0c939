"""Two people editing the same page in the admin: each sees the other, and no revision is lost.

Wagtail 8's behaviour, found by these tests: the edit form carries the revision it was loaded from
(`loaded_revision_id`, `loaded_revision_created_at`). The editing-session ping tells an editor who
else has the page open and that someone saved a newer revision since they loaded it (the admin
then asks before saving over it). An autosave from an outdated form is refused; a save the editor
confirms is a new revision on top, so both people's texts stay in the page history, where either can
be compared or restored.
"""

import html
import re

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.models import Revision

from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

INPUT = re.compile(r"<input\b([^>]*)>")
TEXTAREA = re.compile(r"<textarea\b([^>]*)>(.*?)</textarea>", re.S)
ATTRIBUTE = re.compile(r'(\w[\w-]*)="([^"]*)"')
PING_URL = re.compile(r'data-w-swap-src-value="([^"]*/editing-sessions/ping/[^"]*)"')


@pytest.fixture
def page(home):
    page = ArticlePageFactory(title="Om samvalg", intro="Ingress fra starten.")
    page.save_revision().publish()
    return page


@pytest.fixture
def anne(client_for):
    return client_for("anne", "Anne Aas")


@pytest.fixture
def bjorn(client_for):
    return client_for("bjorn", "Bjørn Berg")


@pytest.fixture
def client_for(django_user_model):
    from django.test import Client

    def make(username, full_name):
        first, last = full_name.split()
        user = django_user_model.objects.create_superuser(username, f"{username}@example.no", "x")
        user.first_name, user.last_name = first, last
        user.save()
        client = Client()
        client.force_login(user)
        return client

    return make


def open_editor(client, page):
    """GET the edit page; return the form's fields as the browser would send them, and the ping URL."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    text = response.content.decode()
    data = {}
    fields = [(dict(ATTRIBUTE.findall(a)), None) for a in INPUT.findall(text)]
    fields += [(dict(ATTRIBUTE.findall(a)), content) for a, content in TEXTAREA.findall(text)]
    for attrs, content in fields:
        name = attrs.get("name")
        if not name or "__prefix__" in name or attrs.get("type") in {"radio", "range", "checkbox"}:
            continue
        data[name] = html.unescape(content.strip() if content is not None else attrs.get("value", ""))
    data["body-count"] = "0"  # the StreamField is drawn by JavaScript; the page's body is empty
    return data, html.unescape(PING_URL.search(text).group(1))


def save_draft(client, page, form, **changes):
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {**form, **changes})


def autosave(client, page, form, **changes):
    """What the editor's autosave sends: the same form, asking for JSON."""
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), {**form, **changes}, HTTP_ACCEPT="application/json"
    )


def ping(client, url, form=None):
    data = {"is_editing": "1"}
    if form:
        data |= {"revision_id": form["loaded_revision_id"], "revision_created_at": form["loaded_revision_created_at"]}
    response = client.post(url, data)
    assert response.status_code == 200
    return response.json()


def revisions(page):
    return Revision.page_revisions.filter(object_id=str(page.pk)).order_by("created_at", "pk")


def test_the_edit_page_runs_editing_sessions(page, anne):
    form, ping_url = open_editor(anne, page)

    assert form["loaded_revision_id"] == str(page.latest_revision_id)
    assert form["loaded_revision_created_at"]
    assert "/admin/editing-sessions/ping/wagtailcore/page/" in ping_url
    # The browser pings at Wagtail's default interval, ten seconds: nobody has turned it off.
    page_html = anne.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert not hasattr(settings, "WAGTAIL_EDITING_SESSION_PING_INTERVAL")
    assert 'data-w-session-interval-value="10000"' in page_html


def test_each_editor_sees_the_other_and_is_told_of_a_newer_save(page, anne, bjorn):
    form_a, ping_a = open_editor(anne, page)
    form_b, ping_b = open_editor(bjorn, page)

    assert [s["user"] for s in ping(anne, ping_a)["other_sessions"]] == ["Bjørn Berg"]
    assert [s["user"] for s in ping(bjorn, ping_b)["other_sessions"]] == ["Anne Aas"]

    assert save_draft(anne, page, form_a, intro="Annes ingress.").status_code == 302

    # Bjørn's next ping says Anne saved a revision newer than the one he loaded.
    seen = ping(bjorn, ping_b, form_b)["other_sessions"]
    newest = revisions(page).last()
    assert [(s["user"], s["revision_id"]) for s in seen] == [("Anne Aas", newest.pk)]
    assert "Anne Aas" in ping(bjorn, ping_b, form_b)["html"]


def test_an_autosave_from_an_outdated_form_is_refused_and_loses_nothing(page, anne, bjorn):
    form_a, _ = open_editor(anne, page)
    form_b, _ = open_editor(bjorn, page)
    assert save_draft(anne, page, form_a, intro="Annes ingress.").status_code == 302
    before = list(revisions(page))

    response = autosave(bjorn, page, form_b, intro="Bjørns ingress.")

    assert response.json()["success"] is False
    assert response.json()["error_code"] == "invalid_revision"
    assert list(revisions(page)) == before
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().intro == "Annes ingress."


def test_two_saves_from_the_same_starting_point_both_stay_in_the_history(page, anne, bjorn):
    form_a, _ = open_editor(anne, page)
    form_b, _ = open_editor(bjorn, page)
    start = revisions(page).count()

    assert save_draft(anne, page, form_a, intro="Annes ingress.").status_code == 302
    # Bjørn saves from the form he loaded before Anne saved (he confirmed the admin's warning).
    assert save_draft(bjorn, page, form_b, intro="Bjørns ingress.").status_code == 302

    saved = list(revisions(page))
    assert len(saved) == start + 2
    assert [(r.user.username, r.as_object().intro) for r in saved[-2:]] == [
        ("anne", "Annes ingress."),
        ("bjorn", "Bjørns ingress."),
    ]
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().intro == "Bjørns ingress."
    # The live page is untouched by either draft.
    assert page.intro == "Ingress fra starten."


def test_the_history_shows_both_editors(page, anne, bjorn):
    form_a, _ = open_editor(anne, page)
    form_b, _ = open_editor(bjorn, page)
    save_draft(anne, page, form_a, intro="Annes ingress.")
    save_draft(bjorn, page, form_b, intro="Bjørns ingress.")

    history = anne.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()

    assert "Anne Aas" in history and "Bjørn Berg" in history
