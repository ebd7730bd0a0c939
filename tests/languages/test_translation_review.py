"""A writer's translation reaches an editor: "Send oversettelsen til godkjenning" in the
translation editor saves it as a draft and starts its workflow; only the editor's approval
publishes it. Through the real admin views, with Apertium filling the nynorsk strings."""

import pytest
from django.urls import reverse

from editorial import roles
from tests.factories import ArticlePageFactory
from tests.languages.localize import make_user, messages_of, post, submit_page, translation_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(home):
    return make_user("redaktor", roles.EDITORS)


@pytest.fixture
def writer(home):
    return make_user("skribent", roles.COMMUNICATIONS)


@pytest.fixture
def translated(client, writer):
    """A published bokmål article the writer has submitted to nynorsk and filled with Apertium."""
    page = ArticlePageFactory(title="Kurs for pårørende", intro="Jeg vil lese mer om kurset.")
    page.save_revision().publish()
    client.force_login(writer)
    submit_page(client, page, "nn")
    translation = translation_of(page, "nn")
    nn_page = translation.get_target_instance()
    edit_url = reverse("wagtailadmin_pages:edit", args=[nn_page.pk])
    post(client, reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": edit_url})
    return nn_page, edit_url


def submit_for_review(client, edit_url):
    return post(client, edit_url, {"action": "submit-for-review"})


def test_the_writer_sees_how_to_send_the_translation_to_review(client, translated):
    _nn_page, edit_url = translated
    html = client.get(edit_url).content.decode()
    assert "Send oversettelsen til godkjenning" in html
    assert 'value="submit-for-review"' in html


def test_the_editor_gets_the_writers_translation_to_review_and_publishes_it(client, editor, translated):
    nn_page, edit_url = translated

    response = submit_for_review(client, edit_url)

    assert response.status_code == 302 and response.url == edit_url
    assert any("sendt til godkjenning" in message for message in messages_of(response))
    nn_page.refresh_from_db()
    assert nn_page.workflow_in_progress
    assert not nn_page.live
    draft = nn_page.get_latest_revision_as_object()
    assert draft.title == "Kurs for pårørande"  # Apertium's nynorsk, saved for the editor to read
    assert "Eg vil lesa meir om kurset." in draft.intro
    # The box now says where it is, and a visitor still finds nothing.
    assert "Oversettelsen er sendt til godkjenning" in client.get(edit_url).content.decode()
    client.logout()
    assert client.get("/nn/").status_code == 200
    assert "Kurs for pårørande" not in client.get("/nn/").content.decode()

    # The editor finds it in their queue and approves it: now it is live, in nynorsk.
    client.force_login(editor)
    dashboard = client.get("/admin/").content.decode()
    row = dashboard.split("Kurs for pårørande</a>", 1)[1].split("</td>", 1)[0]
    assert 'lang="nn">Norsk nynorsk</span>' in row  # the queue says which language waits
    task_state = nn_page.current_workflow_task_state
    client.post(f"/admin/pages/workflow/action/{nn_page.pk}/approve/{task_state.pk}/", {"comment": ""})
    nn_page.refresh_from_db()
    assert nn_page.live and nn_page.title == "Kurs for pårørande"


def test_sending_twice_starts_one_review(client, translated):
    nn_page, edit_url = translated
    submit_for_review(client, edit_url)
    response = submit_for_review(client, edit_url)
    assert any("allerede til godkjenning" in message for message in messages_of(response))
    assert nn_page.workflow_states.count() == 1


def test_who_may_not_edit_the_translation_cannot_send_it(client, translated, home):
    nn_page, edit_url = translated
    client.force_login(make_user("senter", roles.CENTRE_STAFF_PREFIX + " – Et annet senter"))
    response = submit_for_review(client, edit_url)
    assert response.status_code in (302, 403)
    nn_page.refresh_from_db()
    assert not nn_page.workflow_in_progress
    assert nn_page.workflow_states.count() == 0


def test_an_editor_who_may_publish_gets_no_review_box(client, editor, translated):
    _nn_page, edit_url = translated
    client.force_login(editor)
    assert "Send oversettelsen til godkjenning" not in client.get(edit_url).content.decode()
