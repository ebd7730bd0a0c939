"""What `import_content` does to the site with a good file."""

import datetime
import zoneinfo

import pytest
from wagtail.models import Locale, Page

from articles.models import ArticleIndexPage, ArticlePage
from centres.models import CentreIndexPage, CentrePage
from core.models import CustomDocument, Person, Topic
from home.models import HomePage
from offers.models import OfferIndexPage, OfferPage
from tests.interchange.helpers import (
    article_line,
    centre_line,
    counts,
    offer_line,
    run_command,
    site_snapshot,
    stored_document_files,
    toolkit_line,
)
from toolkit.models import ToolkitIndexPage, ToolkitResourcePage

pytestmark = pytest.mark.django_db
OSLO = zoneinfo.ZoneInfo("Europe/Oslo")


def test_each_type_goes_under_its_section(home, full_file):
    out, _err = run_command("import_content", full_file)

    assert "6 opprettet" in out
    centre = CentrePage.objects.get(slug="lms-oslo")
    assert centre.get_parent().specific_class is CentreIndexPage
    assert OfferPage.objects.get(slug="kurs-diabetes").get_parent().pk == centre.pk
    assert ArticlePage.objects.get(slug="om-mestring", locale__language_code="nb").get_parent().slug == "artikler"
    assert ToolkitResourcePage.objects.get().get_parent().specific_class is ToolkitIndexPage
    for index_type in (ArticleIndexPage, CentreIndexPage, OfferIndexPage, ToolkitIndexPage):
        index = index_type.objects.child_of(home).get()
        assert index.live and index.show_in_menus


def test_fields_are_stored_as_the_site_shows_them(home, full_file):
    run_command("import_content", full_file)

    centre = CentrePage.objects.get(slug="lms-oslo")
    assert (centre.kind, centre.level, centre.region, centre.website) == (
        "lms",
        "spesialist",
        "sor-ost",
        "https://lms.example.no",
    )
    assert [(h.weekday, h.opens, h.closes, h.note) for h in centre.opening_hours.all()] == [
        (0, datetime.time(8), datetime.time(15, 30), ""),
        (5, None, None, "Stengt"),
    ]
    offer = OfferPage.objects.get(slug="kurs-diabetes")
    session = offer.sessions.get()
    # A time without an offset is Norwegian local time.
    assert session.start == datetime.datetime(2026, 9, 1, 18, 0, tzinfo=OSLO)
    assert (session.place, session.capacity) == ("Rom 1", 12)
    assert offer.target_groups == ["pasienter", "parorende"]
    assert [link.topic.name for link in offer.topic_links.all()] == ["Diabetes"]
    article = ArticlePage.objects.get(slug="om-mestring")
    assert [link.person.name for link in article.authors.all()] == ["Kari Nordmann"]
    assert article.published_at == datetime.date(2026, 3, 14)


def test_importing_twice_changes_nothing(home, full_file):
    run_command("import_content", full_file)
    before, snapshot = counts(), site_snapshot()

    out, _err = run_command("import_content", full_file)

    assert "0 opprettet, 0 oppdatert, 6 uendret" in out
    assert counts() == before  # no new pages, revisions, documents, files, topics or persons
    assert site_snapshot() == snapshot


def test_a_changed_line_updates_the_same_page_with_a_new_revision(home, write_jsonl):
    run_command("import_content", write_jsonl([article_line()]))
    page = ArticlePage.objects.get(slug="om-mestring")
    revisions = page.revisions.count()

    out, _err = run_command("import_content", write_jsonl([article_line(title="Om mestring i hverdagen")]))

    assert "1 oppdatert" in out
    page = ArticlePage.objects.get(slug="om-mestring")  # still one page
    assert page.title == "Om mestring i hverdagen" and page.live
    assert page.revisions.count() == revisions + 1


def test_a_draft_is_never_published(home, client, write_jsonl):
    path = write_jsonl([article_line(status="draft"), article_line(slug="publisert")])
    run_command("import_content", path)
    run_command("import_content", path)

    page = ArticlePage.objects.get(slug="om-mestring")
    assert not page.live and page.first_published_at is None
    assert list(ArticlePage.objects.live().public().values_list("slug", flat=True)) == ["publisert"]
    assert client.get("/artikler/om-mestring/").status_code == 404


def test_a_published_page_imported_as_draft_keeps_its_live_content(home, write_jsonl):
    run_command("import_content", write_jsonl([article_line()]))

    run_command("import_content", write_jsonl([article_line(title="Ny tittel", status="draft")]))

    page = ArticlePage.objects.get(slug="om-mestring")
    assert page.live and page.title == "Om mestring"
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == "Ny tittel"


def test_an_offer_imported_as_draft_keeps_its_live_sessions(home, write_jsonl):
    session = {"start": "2026-09-01T18:00"}
    run_command("import_content", write_jsonl([centre_line(), offer_line(sessions=[session])]))

    moved = {"start": "2026-09-08T18:00"}
    run_command("import_content", write_jsonl([offer_line(sessions=[moved], status="draft")]))

    offer = OfferPage.objects.get(slug="kurs-diabetes")
    assert [s.start.day for s in offer.sessions.all()] == [1]
    assert [s.start.day for s in offer.get_latest_revision_as_object().sessions.all()] == [8]


def test_a_draft_imported_as_published_goes_live(home, write_jsonl):
    run_command("import_content", write_jsonl([article_line(status="draft")]))

    run_command("import_content", write_jsonl([article_line()]))

    page = ArticlePage.objects.get(slug="om-mestring")
    assert page.live and not page.has_unpublished_changes


def test_an_offer_moves_to_the_centre_the_file_names(home, write_jsonl):
    run_command(
        "import_content", write_jsonl([centre_line(), centre_line(slug="lms-bergen", title="LMS Bergen"), offer_line()])
    )

    run_command("import_content", write_jsonl([offer_line(centre="lms-bergen")]))

    offer = OfferPage.objects.get(slug="kurs-diabetes")
    assert offer.get_parent().slug == "lms-bergen"


def test_a_missing_language_tree_is_created_as_translations_of_bokmal(home, write_jsonl):
    run_command("import_content", write_jsonl([article_line()]))
    nynorsk = Locale.objects.get(language_code="nn")

    run_command(
        "import_content",
        write_jsonl(
            [article_line(slug="om-meistring", locale="nn", title="Om meistring", translation_of="om-mestring")]
        ),
    )

    nn_home = HomePage.objects.get(locale=nynorsk)
    assert nn_home.live and nn_home.translation_key == home.translation_key
    nn_index = ArticleIndexPage.objects.get(locale=nynorsk)
    assert (nn_index.title, nn_index.slug, nn_index.live) == ("Artiklar", "artiklar", True)
    assert nn_index.translation_key == ArticleIndexPage.objects.get(locale__language_code="nb").translation_key
    assert nn_index.get_parent().pk == nn_home.pk
    bokmal = ArticlePage.objects.get(slug="om-mestring")
    assert bokmal.get_translation(nynorsk).slug == "om-meistring"


def test_sections_are_created_once(home, write_jsonl):
    run_command("import_content", write_jsonl([article_line(locale="en")]))
    run_command("import_content", write_jsonl([article_line(slug="another", locale="en")]))

    assert HomePage.objects.filter(locale__language_code="en").count() == 1
    assert ArticleIndexPage.objects.filter(locale__language_code="en").count() == 1
    assert ArticleIndexPage.objects.filter(locale__language_code="nb").count() == 1
    assert Page.objects.get(slug="articles").get_children().count() == 2


def test_the_text_of_every_document_format_is_extracted(home, full_file):
    run_command("import_content", full_file)

    texts = {document.title: document.extracted_text for document in CustomDocument.objects.all()}
    assert texts == {
        "Veileder": "Veileder for brukermedvirkning",
        "Sjekkliste": "Sjekkliste for evaluering",
        "Kursplan": "Mal for kursplan",
    }
    assert len(stored_document_files()) >= 3
    resource = ToolkitResourcePage.objects.get()
    assert [link.display_title for link in resource.documents.all()] == ["Veileder", "Sjekkliste", "Kursplan"]


def test_one_file_is_stored_once_however_often_it_is_used(home, tmp_path, write_jsonl):
    (tmp_path / "skjema.txt").write_text("Skjema", encoding="utf-8")
    (tmp_path / "kopi.txt").write_text("Skjema", encoding="utf-8")
    run_command(
        "import_content",
        write_jsonl(
            [
                toolkit_line(documents=[{"title": "Skjema", "file": "skjema.txt"}]),
                toolkit_line(slug="annen", documents=[{"title": "Samme skjema", "file": "kopi.txt"}]),
            ]
        ),
    )

    assert CustomDocument.objects.count() == 1
    other = ToolkitResourcePage.objects.get(slug="annen").documents.get()
    assert other.display_title == "Samme skjema"


def test_people_and_topics_are_shared_and_topics_are_per_language(home, write_jsonl):
    path = write_jsonl(
        [
            article_line(author="Kari Nordmann", topics=["Diabetes"]),
            article_line(slug="to", author="Kari Nordmann", topics=["diabetes", "Kols", "Diabetes"]),
            article_line(slug="tre", locale="nn", topics=["Diabetes"]),
        ]
    )
    run_command("import_content", path)
    assert "3 uendret" in run_command("import_content", path)[0]

    assert list(Person.objects.values_list("name", flat=True)) == ["Kari Nordmann"]
    second = ArticlePage.objects.get(slug="to")
    assert [link.topic.slug for link in second.topic_links.all()] == ["diabetes", "kols"]
    assert sorted(Topic.objects.values_list("locale__language_code", "slug")) == [
        ("nb", "diabetes"),
        ("nb", "kols"),
        ("nn", "diabetes"),
    ]


def test_translation_of_links_a_page_that_was_imported_on_its_own(home, write_jsonl):
    nynorsk_line = article_line(slug="om-meistring", locale="nn", title="Om meistring")
    run_command("import_content", write_jsonl([article_line(), nynorsk_line]))

    run_command("import_content", write_jsonl([{**nynorsk_line, "translation_of": "om-mestring"}]))

    bokmal = ArticlePage.objects.get(slug="om-mestring")
    nynorsk = ArticlePage.objects.get(slug="om-meistring")
    assert nynorsk.translation_key == bokmal.translation_key
    # The published revision agrees, so publishing it again does not undo the link.
    nynorsk.get_latest_revision().publish()
    assert ArticlePage.objects.get(slug="om-meistring").translation_key == bokmal.translation_key
