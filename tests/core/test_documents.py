"""An uploaded document's text is extracted after the upload is saved, so search can find it."""

import logging

import pytest
from django.core.files.base import ContentFile

from core.models import CustomDocument

pytestmark = pytest.mark.django_db


def _upload(name, data):
    return CustomDocument.objects.create(title="Brosjyre", file=ContentFile(data, name=name))


def test_text_is_extracted_once_the_upload_is_committed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = _upload("brosjyre.txt", "Kurs for pårørende til barn med diabetes".encode())

    document.refresh_from_db()
    assert document.extracted_text == "Kurs for pårørende til barn med diabetes"


def test_nothing_is_extracted_before_the_upload_is_committed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document = _upload("brosjyre.txt", b"Mestring")
    document.refresh_from_db()
    assert document.extracted_text == ""
    assert len(callbacks) == 1


def test_a_broken_file_keeps_the_document_and_logs_why(django_capture_on_commit_callbacks, caplog):
    with caplog.at_level(logging.WARNING, logger="mestring.documents"):
        with django_capture_on_commit_callbacks(execute=True):
            document = _upload("brosjyre.pdf", b"this is not a PDF")

    document.refresh_from_db()
    assert document.extracted_text == ""
    assert f"No text extracted from document {document.pk}" in caplog.text


def test_saving_the_document_again_does_not_extract_again(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = _upload("brosjyre.txt", b"Mestring i hverdagen")
    document.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document.title = "Ny tittel"
        document.save()
    assert callbacks == []
