"""An imported translation is one wagtail-localize keeps in sync: it knows the pair, shows the
imported text as translated, and "Synkroniser oversatte sider" brings the bokmål page's synchronised
fields over without touching the translated text."""

import pytest
from django.urls import reverse
from django.utils.translation import override
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from articles.models import ArticlePage
from centres.models import CentrePage
from core.models import Topic
from interchange.html import body_to_html
from offers.models import OfferPage
from tests.interchange.helpers import article_line, centre_line, offer_line, run_command

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _language_restored():
    """A request for a nynorsk page leaves nynorsk active; later tests expect the default."""
    with override(None):
        yield


NB_BODY = "<p>Kurset gir deg mer kunnskap.</p><p>Du møter andre i samme situasjon.</p>"
NN_BODY = "<p>Kurset gjev deg meir kunnskap.</p><p>Du møter andre i same situasjon.</p>"


def centre_pair(**nynorsk):
    return [
        centre_line(phone="+47 22 00 00 01", body=NB_BODY, intro="Hjelp til å mestre sykdom."),
        centre_line(
            **{
                "slug": "lms-oslo-nn",
                "locale": "nn",
                "title": "LMS Oslo på nynorsk",
                "translation_of": "lms-oslo",
                "phone": "+47 22 00 00 01",
                "body": NN_BODY,
                "intro": "Hjelp til å meistre sjukdom.",
                **nynorsk,
            }
        ),
    ]


def sync(page):
    """What the admin's "Synkroniser oversatte sider" does for one source page."""
    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()
    for translation in source.translations.filter(enabled=True):
        translation.save_target(publish=True)


def test_an_imported_translation_is_known_to_wagtail_localize(home, write_jsonl):
    run_command("import_content", write_jsonl(centre_pair()))

    bokmal = CentrePage.objects.get(slug="lms-oslo")
    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(bokmal), target_locale__language_code="nn"
    )
    assert translation.enabled
    total, translated = translation.get_progress()
    assert total == translated > 0
    texts = set(StringTranslation.objects.filter(locale__language_code="nn").values_list("data", flat=True))
    assert {"LMS Oslo på nynorsk", "Hjelp til å meistre sjukdom.", "Kurset gjev deg meir kunnskap."} <= texts


def test_the_translation_editor_opens_with_the_imported_text(home, client, admin_user, write_jsonl):
    run_command("import_content", write_jsonl(centre_pair()))
    nynorsk = CentrePage.objects.get(slug="lms-oslo-nn")
    client.force_login(admin_user)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[nynorsk.pk]))

    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]
    content = response.content.decode()
    assert "Kurset gjev deg meir kunnskap." in content
    assert "andre i same situasjon." in content


def test_sync_brings_the_new_phone_and_keeps_the_nynorsk_text(home, write_jsonl, django_capture_on_commit_callbacks):
    run_command("import_content", write_jsonl(centre_pair()))
    bokmal = CentrePage.objects.get(slug="lms-oslo")
    bokmal.phone = "+47 22 00 00 99"
    bokmal.save_revision().publish()

    with django_capture_on_commit_callbacks(execute=True):
        sync(CentrePage.objects.get(pk=bokmal.pk))

    nynorsk = CentrePage.objects.get(slug="lms-oslo-nn")
    assert nynorsk.phone == "+47 22 00 00 99"
    assert nynorsk.title == "LMS Oslo på nynorsk"
    assert nynorsk.intro == "Hjelp til å meistre sjukdom."
    assert body_to_html(nynorsk.body) == NN_BODY
    assert nynorsk.live and not nynorsk.has_unpublished_changes


def test_sync_brings_an_offers_new_sessions_to_its_translation(home, write_jsonl, django_capture_on_commit_callbacks):
    sessions = [{"start": "2026-09-01T18:00", "place": "Rom 1"}]
    run_command(
        "import_content",
        write_jsonl(
            [
                *centre_pair(),
                offer_line(sessions=sessions, cost="Gratis"),
                offer_line(
                    slug="kurs-om-diabetes",
                    locale="nn",
                    title="Kurs om diabetes på nynorsk",
                    translation_of="kurs-diabetes",
                    centre="lms-oslo-nn",
                    sessions=sessions,
                    cost="Gratis for deg",
                ),
            ]
        ),
    )
    bokmal = OfferPage.objects.get(slug="kurs-diabetes")
    revision_page = bokmal.get_latest_revision_as_object()
    session_model = revision_page.sessions.model
    revision_page.sessions = [
        *revision_page.sessions.all(),
        session_model(start=revision_page.sessions.first().start.replace(month=10), place="Rom 2", sort_order=1),
    ]
    revision_page.save_revision().publish()

    with django_capture_on_commit_callbacks(execute=True):
        sync(OfferPage.objects.get(pk=bokmal.pk))

    nynorsk = OfferPage.objects.get(slug="kurs-om-diabetes")
    assert [session.place for session in nynorsk.sessions.all()] == ["Rom 1", "Rom 2"]
    assert nynorsk.title == "Kurs om diabetes på nynorsk"
    assert nynorsk.cost == "Gratis for deg"


def test_a_translation_of_another_structure_is_linked_but_not_overwritten(
    home, write_jsonl, django_capture_on_commit_callbacks
):
    one_paragraph = "<p>Kurset gjev deg meir kunnskap, og du møter andre.</p>"
    out, _ = run_command("import_content", write_jsonl(centre_pair(body=one_paragraph)))

    assert "linje 2" in out and "body" in out
    bokmal = CentrePage.objects.get(slug="lms-oslo")
    translation = Translation.objects.get(source=TranslationSource.objects.get_for_instance(bokmal))
    assert not translation.enabled
    bokmal.phone = "+47 22 00 00 99"
    bokmal.save_revision().publish()

    with django_capture_on_commit_callbacks(execute=True):
        sync(CentrePage.objects.get(pk=bokmal.pk))

    nynorsk = CentrePage.objects.get(slug="lms-oslo-nn")
    assert body_to_html(nynorsk.body) == one_paragraph
    assert nynorsk.title == "LMS Oslo på nynorsk"


def test_importing_twice_writes_nothing_more_to_wagtail_localize(home, write_jsonl):
    path = write_jsonl(centre_pair())
    run_command("import_content", path)
    before = (TranslationSource.objects.count(), Translation.objects.count(), StringTranslation.objects.count())
    stamps = list(StringTranslation.objects.order_by("pk").values_list("updated_at", flat=True))

    assert "2 uendret" in run_command("import_content", path)[0]

    assert (TranslationSource.objects.count(), Translation.objects.count(), StringTranslation.objects.count()) == before
    assert list(StringTranslation.objects.order_by("pk").values_list("updated_at", flat=True)) == stamps


def test_a_changed_nynorsk_line_updates_its_translated_text(home, write_jsonl):
    run_command("import_content", write_jsonl(centre_pair()))
    run_command("import_content", write_jsonl(centre_pair(title="LMS Oslo, ny tittel")))

    assert StringTranslation.objects.filter(locale__language_code="nn", data="LMS Oslo, ny tittel").exists()
    assert not StringTranslation.objects.filter(locale__language_code="nn", data="LMS Oslo på nynorsk").exists()


def test_translated_topics_are_translations_of_the_bokmal_topics(home, write_jsonl):
    run_command(
        "import_content",
        write_jsonl(
            [
                article_line(topics=["Pårørende", "Diabetes", "Psykisk helse"]),
                article_line(
                    slug="om-meistring",
                    locale="nn",
                    translation_of="om-mestring",
                    topics=["Diabetes", "Pårørande", "Psykisk helse"],
                ),
                article_line(
                    slug="about-coping", locale="en", translation_of="om-mestring", topics=["Carers", "Diabetes"]
                ),
            ]
        ),
    )

    bokmal = {topic.slug: topic.translation_key for topic in Topic.objects.filter(locale__language_code="nb")}
    nynorsk_page = ArticlePage.objects.get(slug="om-meistring")
    links = [
        (link.topic.locale.language_code, link.topic.slug, link.topic.translation_key)
        for link in nynorsk_page.topic_links.all()
    ]
    assert links == [
        ("nn", "diabetes", bokmal["diabetes"]),
        ("nn", "pårørande", bokmal["pårørende"]),
        ("nn", "psykisk-helse", bokmal["psykisk-helse"]),
    ]
    english = {topic.slug: topic.translation_key for topic in Topic.objects.filter(locale__language_code="en")}
    # Names of the same topic pair first; the one left over is not paired, as the counts differ.
    assert english["diabetes"] == bokmal["diabetes"]
    assert english["carers"] not in bokmal.values()
    # wagtail-localize knows the topic translations too.
    nynorsk_topic = Topic.objects.get(locale__language_code="nn", slug="pårørande")
    assert StringTranslation.objects.filter(locale=nynorsk_topic.locale, data="Pårørande").exists()


def test_an_nynorsk_listing_filtered_by_an_nynorsk_topic_finds_the_imported_page(home, client, write_jsonl):
    run_command(
        "import_content",
        write_jsonl(
            [
                article_line(topics=["Pårørende"]),
                article_line(slug="om-meistring", locale="nn", translation_of="om-mestring", topics=["Pårørande"]),
            ]
        ),
    )
    response = client.get("/nn/artiklar/", {"tema": "pårørande"})

    assert response.status_code == 200
    assert "/nn/artiklar/om-meistring/" in response.content.decode()


def test_sync_keeps_a_translated_opening_hours_note_and_brings_new_times(
    home, write_jsonl, django_capture_on_commit_callbacks
):
    hours = {"weekday": 0, "opens": "08:00", "closes": "15:00"}
    bokmal_line, nynorsk_line = centre_pair(opening_hours=[{**hours, "note": "Stengd i juli"}])
    bokmal_line["opening_hours"] = [{**hours, "note": "Stengt i juli"}]
    run_command("import_content", write_jsonl([bokmal_line, nynorsk_line]))
    bokmal = CentrePage.objects.get(slug="lms-oslo").get_latest_revision_as_object()
    row = bokmal.opening_hours.first()
    row.closes = row.closes.replace(hour=16)
    bokmal.opening_hours = [row]
    bokmal.save_revision().publish()

    with django_capture_on_commit_callbacks(execute=True):
        sync(CentrePage.objects.get(slug="lms-oslo"))

    nynorsk = CentrePage.objects.get(slug="lms-oslo-nn")
    assert [(r.closes.hour, r.note) for r in nynorsk.opening_hours.all()] == [(16, "Stengd i juli")]
