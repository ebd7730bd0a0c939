import logging

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from .text_extraction import DocumentTextError, extract_text

logger = logging.getLogger("mestring.documents")


@task()
def extract_document_text(document_id):
    """Pull the text out of an uploaded document so search can find what is inside it.

    Saves through the model with update_fields=CustomDocument.TEXT_FIELDS, so post_save (and the
    search index listening to it) sees the final text; core.signals does not queue that save again.
    """
    from .models import CustomDocument

    document = CustomDocument.objects.filter(pk=document_id).first()
    if document is None:
        return
    read_name, read_hash = document.file.name, document.file_hash
    # The reason is stored, so it is written in the site's language, whoever's request runs the task.
    with translation.override(settings.LANGUAGE_CODE):
        try:
            with document.open_file() as handle:
                document.set_extracted_text(extract_text(handle, document.file.name))
        except OSError as error:
            _log_failure(document, error)
            document.set_text_failure(_("Filen finnes ikke på serveren."))
        except DocumentTextError as error:
            _log_failure(document, error)
            document.set_text_failure(error)

    with transaction.atomic():
        stored = CustomDocument.objects.select_for_update().filter(pk=document_id).values_list("file", "file_hash")
        stored_name, stored_hash = stored.first() or (None, None)
        # A newer file arrived while this one was read: its own task extracts it, and this text must
        # not land on it. (A hash filled in meanwhile, from empty, is the same file.)
        if stored_name != read_name or read_hash not in ("", stored_hash):
            return
        document.save(update_fields=CustomDocument.TEXT_FIELDS)


def _log_failure(document, error):
    cause = error.__cause__
    detail = f"{error} ({type(cause).__name__}: {cause})" if cause else str(error)
    logger.warning(
        "No text extracted from document %s %r (%s): %s", document.pk, document.title, document.file.name, detail
    )
