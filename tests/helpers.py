"""Helpers the render, browser and admin tests share: query counting, translated copies,
sample images and documents."""

import io

import wagtail_factories
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage
from pypdf import PdfWriter
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from core.models import CustomImage

LISTING_SIZES = (2, 15)


def count_queries(client, url):
    """Queries one request for `url` makes, after a warm-up request.

    The warm-up fills per-process caches (site root paths, content types) and creates image
    renditions, so the count measures the page itself.
    """
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def assert_fixed_queries(client, url, add_items, sizes=LISTING_SIZES):
    """The page at `url` costs the same number of queries with few and with many items.

    `add_items(n)` creates n more items of the listing.
    """
    counts = {}
    created = 0
    for size in sizes:
        add_items(size - created)
        created = size
        counts[size] = count_queries(client, url)
    assert len(set(counts.values())) == 1, f"queries per listing size: {counts}"


def translate_page(page, language_code, **fields):
    """A published copy of `page` in another locale (with its ancestors), with `fields` set."""
    locale = Locale.objects.get(language_code=language_code)
    copy = page.copy_for_translation(locale, copy_parents=True).specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def publish_parents_in(page, language_code):
    """Publish the ancestors `copy_for_translation(copy_parents=True)` left as drafts."""
    locale = Locale.objects.get(language_code=language_code)
    for ancestor in page.get_ancestors().filter(depth__gt=1, locale=locale).specific():
        if not ancestor.live:
            ancestor.save_revision().publish()


def make_image(**kwargs):
    """An image with alt text and a credit; the credit is a name, the template adds "Foto:"."""
    kwargs.setdefault("description", "Seks kursdeltakere og en kursleder rundt et bord")
    kwargs.setdefault("credit", "Ola Fotograf")
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 450), (40, 110, 90)).save(buffer, format="PNG")
    kwargs.setdefault("title", "Kursdeltakere")
    return CustomImage.objects.create(file=ImageFile(buffer, name="kurs.png"), **kwargs)


def make_document(title="Håndbok for lærings- og mestringstjenester", filename="handbok.pdf"):
    """A document of a little over 2 KB; a PDF is a real (blank) one, so text extraction accepts it."""
    data = b""
    if filename.endswith(".pdf"):
        buffer = io.BytesIO()
        writer = PdfWriter()
        writer.add_blank_page(width=595, height=842)
        writer.write(buffer)
        data = buffer.getvalue()
    data += b" " * (2100 - len(data))
    return wagtail_factories.DocumentFactory(title=title, file__filename=filename, file__data=data)


def pdf_bytes(text):
    """A real one-page PDF with `text` on it, Norwegian letters included (fpdf2's core font)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def make_pdf_document(title, text, filename=None):
    """A document whose PDF says `text`; its text is extracted by the task once it commits."""
    filename = filename or f"{title.lower().replace(' ', '-')}.pdf"
    return wagtail_factories.DocumentFactory(title=title, file__filename=filename, file__data=pdf_bytes(text))


def article_form_data(page, **fields):
    """The admin edit form of an article page as the browser posts it (its latest draft), with
    `fields` changed."""
    page = page.get_latest_revision_as_object()
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "published_at": page.published_at.isoformat() if page.published_at else "",
        "body": streamfield([]),
        "authors": inline_formset([]),
        "topic_links": inline_formset([]),
        "related_pages": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)
