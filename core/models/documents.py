from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index


class CustomDocument(AbstractDocument):
    """A document whose text is extracted off the request path and indexed for search.

    The text always belongs to the stored file: a save that brings a new file empties the text in
    that same save, so search never finds the old file's words under the new file
    (core.signals then queues core.tasks.extract_document_text).
    """

    class TextStatus(models.TextChoices):
        WAITING = "waiting", _("Venter på tekstuttrekk")
        EXTRACTED = "extracted", _("Tekst hentet ut")
        EMPTY = "empty", _("Fant ingen tekst")
        FAILED = "failed", _("Kunne ikke lese filen (skadet eller kryptert)")

    extracted_text = models.TextField(_("tekst fra dokumentet"), blank=True, editable=False)
    text_status = models.CharField(
        _("tekstuttrekk"), max_length=16, choices=TextStatus.choices, default=TextStatus.WAITING, editable=False
    )
    text_status_reason = models.CharField(_("årsak"), max_length=255, blank=True, editable=False)
    # When the last extraction finished, whatever its outcome; empty while waiting.
    text_extracted_at = models.DateTimeField(_("tidspunkt for tekstuttrekk"), null=True, blank=True, editable=False)

    # What the extraction task writes, and all a new file resets.
    TEXT_FIELDS = ("extracted_text", "text_status", "text_status_reason", "text_extracted_at")

    admin_form_fields = Document.admin_form_fields

    search_fields = AbstractDocument.search_fields + [
        index.SearchField("extracted_text"),
    ]

    def save(self, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "file" in update_fields:
            if self._file_replaced():
                self.forget_text()
                if update_fields is not None:
                    kwargs["update_fields"] = {*update_fields, *self.TEXT_FIELDS}
            elif self._state.adding and self.extracted_text and self.text_status == self.TextStatus.WAITING:
                # Created with its text already known (the interchange import): nothing to extract.
                self.text_status = self.TextStatus.EXTRACTED
                self.text_extracted_at = timezone.now()
        super().save(**kwargs)

    def _file_replaced(self):
        """Whether this save stores another file than the one in the database.

        The name alone is not enough: Wagtail deletes the old file before storing the new one, so a
        new version uploaded under the same name gets the same name. Wagtail's forms hash every
        new upload, so the hash tells them apart.
        """
        if self._state.adding:
            return False
        stored = type(self).objects.filter(pk=self.pk).values_list("file", "file_hash").first()
        return stored is not None and stored != (self.file.name, self.file_hash)

    def forget_text(self):
        self.extracted_text = ""
        self.text_status = self.TextStatus.WAITING
        self.text_status_reason = ""
        self.text_extracted_at = None

    def set_extracted_text(self, text):
        self.extracted_text = text
        self.text_status = self.TextStatus.EXTRACTED if text else self.TextStatus.EMPTY
        self.text_status_reason = ""
        self.text_extracted_at = timezone.now()

    def set_text_failure(self, reason):
        self.extracted_text = ""
        self.text_status = self.TextStatus.FAILED
        self.text_status_reason = str(reason)[: self._meta.get_field("text_status_reason").max_length]
        self.text_extracted_at = timezone.now()

    @property
    def found_by_title_only(self):
        """Search has no text from inside the file, only the title and tags."""
        return self.text_status in (self.TextStatus.EMPTY, self.TextStatus.FAILED)
