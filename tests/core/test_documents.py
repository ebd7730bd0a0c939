"""An uploaded document's text is extracted after the upload is saved, so search can find it.

What an editor sees: the text on the document, its status on the edit page and in the listing,
and no error page for a file that cannot be read. Files are real ones, made as load_demo makes them.
"""

import io
import logging

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models.signals import post_save
from django.urls import reverse
from pypdf import PdfWriter
from wagtail.models import Collection

from core.models import CustomDocument
from core.tasks import extract_document_text
from demo.documents import render_docx, render_odt, render_pdf

pytestmark = pytest.mark.django_db

Status = CustomDocument.TextStatus
FIRST_PHRASE = "Kurs for pårørende til barn med diabetes"
SECOND_PHRASE = "Mestring i hverdagen etter hjerneslag"


def _encrypted_pdf(user_password="hemmelig"):
    writer = PdfWriter(clone_from=io.BytesIO(render_pdf("Brosjyre", [FIRST_PHRASE])))
    writer.encrypt(user_password=user_password, owner_password="eier")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _blank_pdf():
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _password_protected_docx():
    # What Word writes for a document with a password: an OLE compound file, not a zip.
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


READABLE_FILES = [
    pytest.param("brosjyre.pdf", lambda: render_pdf("Brosjyre", [FIRST_PHRASE]), id="pdf"),
    pytest.param("brosjyre.docx", lambda: render_docx("Brosjyre", [FIRST_PHRASE]), id="docx"),
    pytest.param("brosjyre.odt", lambda: render_odt("Brosjyre", [FIRST_PHRASE]), id="odt"),
    pytest.param("brosjyre.pdf", lambda: _encrypted_pdf(user_password=""), id="pdf-with-owner-password-only"),
]

UNREADABLE_FILES = [
    pytest.param("brosjyre.pdf", lambda: b"this is not a PDF", "Filen kunne ikke leses som PDF.", id="not-a-pdf"),
    pytest.param(
        "brosjyre.pdf",
        lambda: render_pdf("Brosjyre", [FIRST_PHRASE])[:400],
        "Filen kunne ikke leses som PDF.",
        id="truncated-pdf",
    ),
    pytest.param("brosjyre.pdf", _encrypted_pdf, "PDF-filen er passordbeskyttet.", id="encrypted-pdf"),
    pytest.param("mal.docx", lambda: b"PK\x03\x04broken", "Filen kunne ikke leses som DOCX.", id="docx-not-a-zip"),
    pytest.param(
        "mal.docx",
        _password_protected_docx,
        "Filen er passordbeskyttet eller lagret i det gamle Word-formatet (.doc).",
        id="password-protected-docx",
    ),
    pytest.param("avtale.odt", lambda: b"not a zip", "Filen kunne ikke leses som ODT.", id="odt-not-a-zip"),
]


def _extractions(callbacks):
    """The queued text extractions among the commit callbacks (the search app queues its own)."""
    return [c for c in callbacks if getattr(c, "func", None) == extract_document_text.enqueue]


def _upload(name, data, title="Brosjyre"):
    return CustomDocument.objects.create(title=title, file=ContentFile(data, name=name))


@pytest.fixture
def document_saves():
    """(update_fields, status, text) of every post_save of a document, as a search index listening sees it."""
    seen = []

    def record(sender, instance, update_fields=None, **kwargs):
        fields = set(update_fields) if update_fields is not None else None
        seen.append((fields, instance.text_status, instance.extracted_text))

    post_save.connect(record, sender=CustomDocument, weak=False)
    yield seen
    post_save.disconnect(record, sender=CustomDocument)


# The task, reached through the model


def test_text_is_extracted_once_the_upload_is_committed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = _upload("brosjyre.txt", FIRST_PHRASE.encode())

    document.refresh_from_db()
    assert document.extracted_text == FIRST_PHRASE
    assert document.text_status == Status.EXTRACTED
    assert document.get_text_status_display() == "Tekst hentet ut"
    assert document.text_extracted_at is not None


@pytest.mark.parametrize(("name", "make"), READABLE_FILES)
def test_text_is_extracted_from_each_format(django_capture_on_commit_callbacks, name, make):
    with django_capture_on_commit_callbacks(execute=True):
        document = _upload(name, make())

    document.refresh_from_db()
    assert document.extracted_text == f"Brosjyre {FIRST_PHRASE}"
    assert document.text_status == Status.EXTRACTED


def test_nothing_is_extracted_before_the_upload_is_committed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document = _upload("brosjyre.txt", b"Mestring")
    document.refresh_from_db()
    assert document.extracted_text == ""
    assert document.text_status == Status.WAITING
    assert document.get_text_status_display() == "Venter på tekstuttrekk"
    assert len(_extractions(callbacks)) == 1


def test_post_save_sees_the_extracted_text_and_extraction_is_not_queued_again(
    django_capture_on_commit_callbacks, document_saves
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        _upload("brosjyre.txt", FIRST_PHRASE.encode())

    assert document_saves == [
        (None, Status.WAITING, ""),
        (set(CustomDocument.TEXT_FIELDS), Status.EXTRACTED, FIRST_PHRASE),
    ]
    assert len(_extractions(callbacks)) == 1  # the task's own save queued nothing


def test_a_file_without_text_is_found_by_its_title_only(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = _upload("skannet.pdf", _blank_pdf())

    document.refresh_from_db()
    assert document.extracted_text == ""
    assert document.text_status == Status.EMPTY
    assert document.get_text_status_display() == "Fant ingen tekst"
    assert document.found_by_title_only


@pytest.mark.parametrize(("name", "make", "reason"), UNREADABLE_FILES)
def test_an_unreadable_file_keeps_the_document_and_logs_why(
    django_capture_on_commit_callbacks, caplog, name, make, reason
):
    with caplog.at_level(logging.WARNING, logger="mestring.documents"):
        with django_capture_on_commit_callbacks(execute=True):
            document = _upload(name, make(), title="Brosjyre om diabetes")

    document.refresh_from_db()
    assert document.extracted_text == ""
    assert document.text_status == Status.FAILED
    assert document.get_text_status_display() == "Kunne ikke lese filen (skadet eller kryptert)"
    assert document.text_status_reason == reason
    [record] = [r for r in caplog.records if r.name == "mestring.documents"]
    assert record.levelno == logging.WARNING
    assert f"No text extracted from document {document.pk} 'Brosjyre om diabetes'" in record.getMessage()


def test_an_empty_file_is_failed_not_crashed(django_capture_on_commit_callbacks, caplog):
    with caplog.at_level(logging.WARNING, logger="mestring.documents"):
        with django_capture_on_commit_callbacks(execute=True):
            document = _upload("tom.pdf", b"")

    document.refresh_from_db()
    assert (document.text_status, document.text_status_reason) == (Status.FAILED, "Filen er tom.")
    assert f"No text extracted from document {document.pk}" in caplog.text


def test_a_missing_file_is_failed(django_capture_on_commit_callbacks, caplog):
    with django_capture_on_commit_callbacks(execute=False):
        document = _upload("borte.txt", b"Mestring")
    document.file.storage.delete(document.file.name)

    with caplog.at_level(logging.WARNING, logger="mestring.documents"):
        extract_document_text.call(document.pk)

    document.refresh_from_db()
    assert (document.text_status, document.text_status_reason) == (Status.FAILED, "Filen finnes ikke på serveren.")
    assert f"No text extracted from document {document.pk}" in caplog.text and "No such file" in caplog.text


def test_an_unreadable_document_is_still_found_by_its_title(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = _upload("brosjyre.pdf", _encrypted_pdf(), title="Brosjyre om diabetes")

    assert list(CustomDocument.objects.search("diabetes")) == [document]


def test_saving_the_document_again_does_not_extract_again(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = _upload("brosjyre.txt", b"Mestring i hverdagen")
    document.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document.title = "Ny tittel"
        document.save()
    assert _extractions(callbacks) == []
    document.refresh_from_db()
    assert document.extracted_text == "Mestring i hverdagen"


def test_a_document_imported_with_its_text_is_not_extracted_again(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document = CustomDocument.objects.create(
            title="Brosjyre", file=ContentFile(b"Mestring", name="brosjyre.txt"), extracted_text="Mestring"
        )
    assert _extractions(callbacks) == []
    assert document.text_status == Status.EXTRACTED


def test_a_new_file_empties_the_text_in_the_same_save(django_capture_on_commit_callbacks, document_saves):
    with django_capture_on_commit_callbacks(execute=True):
        document = _upload("brosjyre.txt", FIRST_PHRASE.encode())
    document.refresh_from_db()
    document_saves.clear()

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document.file = ContentFile(SECOND_PHRASE.encode(), name="brosjyre.txt")
        document.save()
        stored = CustomDocument.objects.get(pk=document.pk)
        assert (stored.extracted_text, stored.text_status) == ("", Status.WAITING)
    assert document_saves == [(None, Status.WAITING, "")]

    for extraction in _extractions(callbacks):
        extraction()
    document.refresh_from_db()
    assert document.extracted_text == SECOND_PHRASE


def test_a_new_file_saved_with_update_fields_empties_the_text_too(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = _upload("brosjyre.txt", FIRST_PHRASE.encode())
    document.refresh_from_db()

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document.file = ContentFile(SECOND_PHRASE.encode(), name="ny-brosjyre.txt")
        document.save(update_fields=["file"])
    document.refresh_from_db()
    assert (document.extracted_text, document.text_status) == ("", Status.WAITING)
    assert len(_extractions(callbacks)) == 1


def test_text_read_from_a_file_replaced_meanwhile_is_thrown_away(django_capture_on_commit_callbacks, monkeypatch):
    with django_capture_on_commit_callbacks(execute=False):
        document = _upload("brosjyre.txt", FIRST_PHRASE.encode())

    def replaced_while_reading(handle, filename):
        CustomDocument.objects.filter(pk=document.pk).update(file="documents/ny-brosjyre.txt", file_hash="0" * 40)
        return FIRST_PHRASE

    monkeypatch.setattr("core.tasks.extract_text", replaced_while_reading)
    extract_document_text.call(document.pk)

    document.refresh_from_db()
    assert (document.extracted_text, document.text_status) == ("", Status.WAITING)


# The Wagtail admin


def _admin_upload(name, data):
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def _add_in_admin(admin_client, name, data, title="Brosjyre"):
    return admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": _admin_upload(name, data), "collection": Collection.get_first_root_node().pk},
    )


def _status_on_edit_page(admin_client, document):
    html = admin_client.get(reverse("wagtaildocs:edit", args=[document.pk])).content.decode()
    start = html.index("data-document-text-status")
    return html[start : html.index("</dd>", start)]


def test_a_document_added_in_the_admin_shows_its_text_status(admin_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = _add_in_admin(admin_client, "brosjyre.pdf", render_pdf("Brosjyre", [FIRST_PHRASE]))

    assert response.status_code == 302
    document = CustomDocument.objects.get()
    assert document.extracted_text == f"Brosjyre {FIRST_PHRASE}"
    status = _status_on_edit_page(admin_client, document)
    assert "Tekst hentet ut" in status
    assert "bare på tittelen" not in status


def test_a_document_uploaded_with_the_multiple_uploader_gets_its_text(admin_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtaildocs:add_multiple"),
            {"files[]": _admin_upload("veileder.docx", render_docx("Veileder", [FIRST_PHRASE]))},
        )

    assert response.json()["success"]
    document = CustomDocument.objects.get()
    assert (document.text_status, document.extracted_text) == (Status.EXTRACTED, f"Veileder {FIRST_PHRASE}")


def test_the_listing_shows_each_documents_text_status(admin_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _upload("brosjyre.pdf", render_pdf("Brosjyre", [FIRST_PHRASE]), title="Lesbar brosjyre")
        _upload("kryptert.pdf", _encrypted_pdf(), title="Kryptert brosjyre")

    for url in (reverse("wagtaildocs:index"), reverse("wagtaildocs:index_results")):
        html = admin_client.get(url).content.decode()
        assert "Tekstuttrekk" in html
        assert "Tekst hentet ut" in html
        assert "Kunne ikke lese filen (skadet eller kryptert)" in html


def test_replacing_the_file_in_the_admin_replaces_the_text(
    admin_client, django_capture_on_commit_callbacks, document_saves
):
    # A name no other test uses: the new version is stored under the old one's name.
    name = "veileder-for-parorende.pdf"
    with django_capture_on_commit_callbacks(execute=True):
        _add_in_admin(admin_client, name, render_pdf("Veileder", [FIRST_PHRASE]), title="Veileder")
    document = CustomDocument.objects.get()
    old_name = document.file.name
    document_saves.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtaildocs:edit", args=[document.pk]),
            {
                "title": "Veileder",
                "file": _admin_upload(name, render_pdf("Veileder", [SECOND_PHRASE])),
                "collection": document.collection_id,
            },
        )

    assert response.status_code == 302
    document.refresh_from_db()
    assert document.file.name == old_name  # so the hash, not the name, tells the new file apart
    assert document.extracted_text == f"Veileder {SECOND_PHRASE}"
    assert [status for _, status, _ in document_saves] == [Status.WAITING, Status.EXTRACTED]
    assert document_saves[0][2] == ""  # the save that stored the new file held no old text
    assert document_saves[-1] == (set(CustomDocument.TEXT_FIELDS), Status.EXTRACTED, f"Veileder {SECOND_PHRASE}")
    assert list(CustomDocument.objects.search("hjerneslag")) == [document]
    assert list(CustomDocument.objects.search("diabetes")) == []


@pytest.mark.parametrize(("name", "make", "reason"), UNREADABLE_FILES)
def test_an_unreadable_file_uploaded_in_the_admin_shows_why(
    admin_client, django_capture_on_commit_callbacks, caplog, name, make, reason
):
    with caplog.at_level(logging.WARNING, logger="mestring.documents"):
        with django_capture_on_commit_callbacks(execute=True):
            response = _add_in_admin(admin_client, name, make())

    assert response.status_code == 302
    document = CustomDocument.objects.get()
    assert document.text_status == Status.FAILED
    status = _status_on_edit_page(admin_client, document)
    assert "Kunne ikke lese filen (skadet eller kryptert)" in status
    assert reason in status
    assert "Søket finner dokumentet bare på tittelen." in status
    assert f"No text extracted from document {document.pk}" in caplog.text


def test_an_unreadable_replacement_in_the_admin_leaves_no_old_text(admin_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = _upload("brosjyre.pdf", render_pdf("Brosjyre", [FIRST_PHRASE]))

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtaildocs:edit", args=[document.pk]),
            {
                "title": "Brosjyre",
                "file": _admin_upload("brosjyre.pdf", _encrypted_pdf()),
                "collection": document.collection_id,
            },
        )

    assert response.status_code == 302
    document.refresh_from_db()
    assert (document.text_status, document.extracted_text) == (Status.FAILED, "")


def test_an_empty_upload_is_refused_by_the_form_not_an_error_page(admin_client):
    response = _add_in_admin(admin_client, "tom.pdf", b"")
    assert response.status_code == 200
    assert not CustomDocument.objects.exists()
