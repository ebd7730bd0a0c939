from functools import partial

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import CustomDocument
from .tasks import extract_document_text


@receiver(post_save, sender=CustomDocument)
def queue_text_extraction(sender, instance, update_fields=None, raw=False, **kwargs):
    """Extract the text of a new or replaced file once the save is committed.

    A document waits for its text when it is new or CustomDocument.save() has just taken a new
    file. The task's own save leaves it extracted, empty or failed, and names only the text fields,
    so it is never queued again. A document still waiting is queued again by any full save, which
    retries a lost job.
    """
    if raw or instance.text_status != CustomDocument.TextStatus.WAITING:
        return
    if update_fields is not None and "file" not in update_fields:
        return
    transaction.on_commit(partial(extract_document_text.enqueue, instance.pk))
