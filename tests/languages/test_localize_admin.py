"""Translating Topic snippets and exchanging PO files with translators, through the admin."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.models import Topic
from editorial import roles
from tests.factories import ArticlePageFactory, TopicFactory
from tests.languages.localize import locale, make_user, post, submit_page, translation_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(home):
    return make_user("redaktor", roles.EDITORS)


def test_a_topic_is_translated_to_nynorsk(client, editor):
    topic = TopicFactory(name="Pårørende", slug="parorende")
    client.force_login(editor)
    url = reverse("wagtail_localize:submit_snippet_translation", args=["core", "topic", topic.pk])
    assert client.get(url).status_code == 200
    response = post(client, url, {"locales": [locale("nn").pk]})
    assert response.status_code == 302
    nn_topic = Topic.objects.get(translation_key=topic.translation_key, locale=locale("nn"))
    translation = translation_of(topic, "nn")
    po = polib.pofile(client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).content.decode())
    for entry in po:
        entry.msgstr = {"Pårørende": "Pårørande"}.get(entry.msgid, entry.msgid)
    upload = SimpleUploadedFile("tema-nn.po", str(po).encode(), content_type="text/x-gettext-translation")
    post(client, reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    translation.save_target(user=editor)
    nn_topic.refresh_from_db()
    assert nn_topic.name == "Pårørande"


def test_a_page_goes_out_and_comes_back_as_a_po_file(client, editor):
    page = ArticlePageFactory(title="Kurs for pårørende", intro="Et kurs for deg som er pårørende.")
    client.force_login(editor)
    submit_page(client, page, "nn")
    translation = translation_of(page, "nn")
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert {"Kurs for pårørende", "Et kurs for deg som er pårørende."} <= {entry.msgid for entry in po}
    nynorsk = {
        "Kurs for pårørende": "Kurs for pårørande",
        "Et kurs for deg som er pårørende.": "Eit kurs for deg som er pårørande.",
    }
    for entry in po:
        entry.msgstr = nynorsk.get(entry.msgid, entry.msgid)
    upload = SimpleUploadedFile("side-nn.po", str(po).encode(), content_type="text/x-gettext-translation")
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.get_translation(locale("nn")).pk])
    response = post(
        client, reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload, "next": edit_url}
    )
    assert response.status_code == 302
    translation.save_target(user=editor, publish=False)
    nn_page = page.get_translation(locale("nn")).get_latest_revision_as_object()
    assert nn_page.title == "Kurs for pårørande"
    assert nn_page.intro == "Eit kurs for deg som er pårørande."
