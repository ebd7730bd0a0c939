import logging

from django_tasks import task

from .text_extraction import DocumentTextError, extract_text

logger = logging.getLogger("mestring.documents")


@task()
def extract_document_text(document_id):
    """Pull the text out of an uploaded document so search can find what is inside it."""
    from .models import CustomDocument

    document = CustomDocument.objects.filter(pk=document_id).first()
    if document is None:
        return
    try:
        with document.open_file() as handle:
            text = extract_text(handle, document.file.name)
    except DocumentTextError as error:
        logger.warning("No text extracted from document %s: %s", document_id, error)
        return
    CustomDocument.objects.filter(pk=document_id).update(extracted_text=text)
