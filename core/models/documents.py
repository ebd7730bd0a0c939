from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index


class CustomDocument(AbstractDocument):
    """A document whose text is extracted once, off the request path, and indexed for search."""

    extracted_text = models.TextField(_("tekst fra dokumentet"), blank=True, editable=False)

    admin_form_fields = Document.admin_form_fields

    search_fields = AbstractDocument.search_fields + [
        index.SearchField("extracted_text"),
    ]
