"""`export_content` writes the site so that `import_content` rebuilds it."""

import json

import pytest
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from articles.models import ArticlePage
from centres.models import CentrePage
from core.models import CustomDocument, Person, Topic
from home.models import HomePage
from home.tree import ensure_locale_tree
from offers.models import OfferPage
from tests.interchange.helpers import command_errors, counts, run_command, site_snapshot

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home, full_file):
    """The full file imported, plus what editors do that an import never does."""
    run_command("import_content", full_file)
    article = ArticlePage.objects.get(slug="om-mestring")
    # A body built from structured blocks, with a link to another page on the site.
    article.body = [
        ("heading", {"text": "Hva er mestring?", "level": "h2"}),
        ("paragraph", RichText(f'<p>Les <a linktype="page" id="{article.pk}">dette</a> først.</p>')),
        ("quote", {"text": "Vi lærte av hverandre.", "attribution": "Kursdeltaker", "role": ""}),
        ("fact_box", {"title": "Fakta", "body": RichText("<ul><li>Gratis</li></ul>")}),
    ]
    article.save_revision().publish()
    # A translation made in the admin, not by an import.
    ensure_locale_tree("en")
    english = CentrePage.objects.get(slug="lms-oslo").copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "LMS Oslo (English)"
    english.save_revision().publish()
    # A draft whose latest revision differs from the database row.
    draft = ArticlePage.objects.get(slug="utkast").get_latest_revision_as_object()
    draft.title = "Nyere utkast"
    draft.save_revision()
    return home


def _export(path):
    run_command("export_content", path)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _empty_site(home):
    for page in Page.objects.filter(depth__gt=2):
        if Page.objects.filter(pk=page.pk).exists():
            page.delete()
    HomePage.objects.exclude(pk=home.pk).delete()
    for model in (CustomDocument, Topic, Person):
        model.objects.all().delete()


def test_export_then_import_into_an_empty_site_gives_the_same_pages(site, tmp_path):
    before = site_snapshot(body_as_html=True)
    _export(tmp_path / "export.jsonl")
    _empty_site(site)
    assert site_snapshot() == []

    run_command("import_content", tmp_path / "export.jsonl")

    assert site_snapshot(body_as_html=True) == before


def test_export_then_import_into_the_same_site_changes_nothing(site, tmp_path):
    before, snapshot = counts(), site_snapshot()
    _export(tmp_path / "export.jsonl")

    out, _err = run_command("import_content", tmp_path / "export.jsonl")

    assert "0 opprettet, 0 oppdatert" in out
    assert counts() == before
    # Block by block: the heading, quote and fact box the format cannot express are still there.
    assert site_snapshot() == snapshot


def test_lines_come_bokmal_first_and_centres_before_offers(site, tmp_path):
    lines = _export(tmp_path / "export.jsonl")

    assert [(line["locale"], line["type"], line["slug"]) for line in lines] == [
        ("nb", "centre", "lms-oslo"),
        ("nb", "offer", "kurs-diabetes"),
        ("nb", "article", "om-mestring"),
        ("nb", "article", "utkast"),
        ("nb", "toolkit", "evalueringsskjema"),
        ("nn", "article", "om-meistring"),
        ("en", "centre", "lms-oslo"),
    ]
    assert lines[-1]["translation_of"] == "lms-oslo"
    assert lines[1]["centre"] == "lms-oslo"


def test_a_line_leaves_out_empty_fields_and_uses_the_contract_formats(site, tmp_path):
    offer = _export(tmp_path / "export.jsonl")[1]

    assert offer == {
        "type": "offer",
        "slug": "kurs-diabetes",
        "locale": "nb",
        "status": "published",
        "centre": "lms-oslo",
        "title": "Kurs om diabetes",
        "target_groups": ["pasienter", "parorende"],
        "topics": ["Diabetes"],
        "format": "gruppe",
        "co_developed": True,
        "co_development_note": "Utviklet med Diabetesforbundet.",
        "sessions": [
            {"start": "2026-09-01T18:00:00+02:00", "end": "2026-09-01T20:00:00+02:00", "place": "Rom 1", "capacity": 12}
        ],
    }


def test_a_page_that_is_not_live_is_exported_as_a_draft_of_its_latest_revision(site, tmp_path):
    draft = next(line for line in _export(tmp_path / "export.jsonl") if line["slug"] == "utkast")

    assert (draft["status"], draft["title"]) == ("draft", "Nyere utkast")
    assert (draft["author"], draft["topics"]) == ("Per Hansen", ["Kols"])


def test_structured_bodies_become_contract_html(site, tmp_path):
    article = next(line for line in _export(tmp_path / "export.jsonl") if line["slug"] == "om-mestring")

    assert article["body"] == (
        "<h2>Hva er mestring?</h2>"
        '<p>Les <a href="http://localhost/artikler/om-mestring/">dette</a> først.</p>'
        "<blockquote><p>Vi lærte av hverandre.</p><p>– Kursdeltaker</p></blockquote>"
        "<h3>Fakta</h3><ul><li>Gratis</li></ul>"
    )


def test_documents_are_copied_beside_the_export(site, tmp_path):
    toolkit = next(line for line in _export(tmp_path / "export.jsonl") if line["type"] == "toolkit")

    files = [item["file"] for item in toolkit["documents"]]
    assert files == ["export_files/veileder.txt", "export_files/sjekkliste.pdf", "export_files/kursplan.docx"]
    assert (tmp_path / "export_files" / "veileder.txt").read_text(encoding="utf-8") == "Veileder for brukermedvirkning"


def test_the_same_site_exports_to_the_same_file(site, tmp_path):
    _export(tmp_path / "first.jsonl")
    _export(tmp_path / "second.jsonl")

    first = (tmp_path / "first.jsonl").read_text(encoding="utf-8").replace("first_files/", "")
    assert first == (tmp_path / "second.jsonl").read_text(encoding="utf-8").replace("second_files/", "")


def test_a_document_whose_file_is_gone_stops_the_export(site, tmp_path):
    document = CustomDocument.objects.get(title="Veileder")
    document.file.storage.delete(document.file.name)

    errors = command_errors("export_content", tmp_path / "export.jsonl", "Ingenting ble eksportert")

    assert f"Dokumentet «Veileder» mangler filen {document.file.name}" in errors
    assert not (tmp_path / "export.jsonl").exists()


def test_two_offers_with_one_slug_stop_the_export(site, tmp_path):
    offer = OfferPage.objects.get(slug="kurs-diabetes")
    other_centre = CentrePage.objects.get(slug="lms-oslo", locale__language_code="nb").copy(
        update_attrs={"slug": "lms-bergen", "title": "LMS Bergen"}
    )
    other_centre.add_child(instance=OfferPage(title=offer.title, slug=offer.slug))

    errors = command_errors("export_content", tmp_path / "export.jsonl", "Ingenting ble eksportert")

    assert "offer på nb: «kurs-diabetes» brukes av flere sider" in errors
    assert not (tmp_path / "export.jsonl").exists()
