"""The workflow's e-mails, as the people get them: through the task queue and a real SMTP server,
in the recipient's admin language, from the configured sender, with the comment and absolute links."""

import pytest
from django.conf import settings
from wagtail.users.models import UserProfile

from tests.factories import ArticlePageFactory
from tests.helpers import article_form_data
from tests.mail.helpers import body, make_user

pytestmark = pytest.mark.django_db

# Wagtail's own wording, which must not leak into a mail in bokmål or nynorsk.
WAGTAIL_ENGLISH = [
    "Hello",
    "has been submitted",
    "You can edit",
    "moderation",
    "Edit your notification preferences",
    "has been approved",
    "has been rejected",
    "The following comment",
]
# The bokmål source's wording, which must not be left in a mail in English.
NORWEGIAN = ["Hei ", "har sendt", "godkjenning", "steget", "Kommentar fra", "redigere", "endringer", "varsler"]


@pytest.fixture
def people(review):
    author = make_user("forfatter", review["writers"], first_name="Frida", last_name="Forfatter")
    editor = make_user("redaktor", review["editors"], first_name="Rolf", last_name="Redaktør")
    nynorsk = make_user("nynorsk", review["editors"], language="nn", first_name="Nils")
    english = make_user("english", review["editors"], language="en", first_name="Emma")
    return {"author": author, "editor": editor, "nynorsk": nynorsk, "english": english}


@pytest.fixture
def draft(home, people):
    article = ArticlePageFactory(title="Mestring & hverdag", slug="mestring-og-hverdag", owner=people["author"])
    article.unpublish()
    return article


def _submit(client, page, user):
    client.force_login(user)
    data = {**article_form_data(page, intro="Klar for gjennomlesing"), "action-submit": "submit"}
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def _act(client, page, user, action, comment):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    client.force_login(user)
    return client.post(f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/", {"comment": comment})


def _assert_no_english(text):
    for phrase in WAGTAIL_ENGLISH:
        assert phrase not in text, phrase


def test_submitting_for_review_mails_each_editor_in_bokmal(client, inbox, draft, people):
    response = _submit(client, draft, people["author"])
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.current_workflow_state.status == "in_progress"

    (message,) = inbox.to(people["editor"].email)
    assert message["From"] == settings.DEFAULT_FROM_EMAIL == "NK LMH <ikke-svar@mestring.no>"
    assert message["Subject"] == "Til godkjenning: «Mestring & hverdag»"
    text = body(message)
    assert text.startswith("Hei Rolf,")
    assert (
        "Frida Forfatter har sendt «Mestring & hverdag» (artikkel) til godkjenning i steget «Fagredaksjonen»." in text
    )
    assert f"http://127.0.0.1:8000/admin/pages/{draft.pk}/edit/" in text
    assert "&amp;" not in text
    _assert_no_english(text)
    # Every editor gets one; the author, who is no reviewer, gets none.
    assert len(inbox.to(people["nynorsk"].email)) == len(inbox.to(people["english"].email)) == 1
    assert inbox.to(people["author"].email) == []


def test_links_follow_wagtailadmin_base_url(client, inbox, draft, people, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://cms.mestring.example:8443"
    _submit(client, draft, people["author"])
    (message,) = inbox.to(people["editor"].email)
    assert f"https://cms.mestring.example:8443/admin/pages/{draft.pk}/edit/" in body(message)
    assert "https://cms.mestring.example:8443/admin/account/" in body(message)


def test_each_editor_reads_it_in_their_own_admin_language(client, inbox, draft, people):
    # The author works in English; that must not decide the language of anyone else's mail.
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    _submit(client, draft, people["author"])
    link = f"http://127.0.0.1:8000/admin/pages/{draft.pk}/edit/"

    (bokmal,) = inbox.to(people["editor"].email)
    assert body(bokmal).startswith("Hei Rolf,")

    (nynorsk,) = inbox.to(people["nynorsk"].email)
    text = body(nynorsk)
    assert text.startswith("Hei Nils,")
    assert "Frida Forfatter" in text and "«Mestring & hverdag»" in text and link in text
    # The same message in nynorsk is not the bokmål one with another name.
    assert text.replace("Nils", "Rolf") != body(bokmal)
    _assert_no_english(text)

    (english,) = inbox.to(people["english"].email)
    assert english["Subject"] != bokmal["Subject"] and "Mestring & hverdag" in english["Subject"]
    text = body(english)
    assert "Emma" in text and "Frida Forfatter" in text and link in text
    for norwegian in NORWEGIAN:
        assert norwegian not in text, norwegian


def test_requesting_changes_mails_the_author_with_the_comment_and_who(client, inbox, draft, people):
    _submit(client, draft, people["author"])
    inbox.clear()
    comment = "Ingressen må bli kortere, og kilden til tallene mangler."
    response = _act(client, draft, people["editor"], "reject", comment)
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.current_workflow_state.status == "needs_changes"

    (message,) = inbox.to(people["author"].email)
    assert message["Subject"] == "Endringer ønskes: «Mestring & hverdag»"
    text = body(message)
    assert text.startswith("Hei Frida,")
    assert "Rolf Redaktør ber om endringer i «Mestring & hverdag» (artikkel)" in text
    assert f"Kommentar fra Rolf Redaktør:\n{comment}" in text
    assert f"http://127.0.0.1:8000/admin/pages/{draft.pk}/edit/" in text
    _assert_no_english(text)
    assert {recipient for _, recipients, _ in inbox.received for recipient in recipients} == {people["author"].email}


def test_approving_mails_the_author_with_the_comment_who_and_the_live_page(client, inbox, draft, people):
    _submit(client, draft, people["author"])
    inbox.clear()
    response = _act(client, draft, people["editor"], "approve", "Fin artikkel, publisert.")
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.live

    (message,) = inbox.to(people["author"].email)
    assert message["From"] == settings.DEFAULT_FROM_EMAIL
    assert message["Subject"] == "Godkjent: «Mestring & hverdag»"
    text = body(message)
    assert "Rolf Redaktør har godkjent «Mestring & hverdag» (artikkel)" in text
    assert "Kommentar fra Rolf Redaktør:\nFin artikkel, publisert." in text
    assert f"http://127.0.0.1:8000{draft.url}" in text
    _assert_no_english(text)


def test_an_author_in_nynorsk_gets_the_rejection_in_nynorsk(client, inbox, draft, people):
    profile = UserProfile.get_for_user(people["author"])
    profile.preferred_language = "nn"
    profile.save()
    _submit(client, draft, people["author"])
    inbox.clear()
    _act(client, draft, people["editor"], "reject", "Sjå på tittelen.")

    (message,) = inbox.to(people["author"].email)
    text = body(message)
    assert text.startswith("Hei Frida,")
    assert "Rolf Redaktør" in text and "endringar" in text and "«Mestring & hverdag»" in text
    assert "frå Rolf Redaktør" in text and "Sjå på tittelen." in text
    for bokmal in ("endringer", "Kommentar fra"):
        assert bokmal not in text, bokmal
    _assert_no_english(text)
