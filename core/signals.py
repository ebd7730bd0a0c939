from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import CustomDocument
from .tasks import extract_document_text


@receiver(post_save, sender=CustomDocument)
def queue_text_extraction(sender, instance, created, update_fields=None, **kwargs):
    # The task saves with update_fields=["extracted_text"]; do not queue it again for that.
    if update_fields and set(update_fields) <= {"extracted_text", "file_size", "file_hash"}:
        return
    if instance.extracted_text:
        return
    transaction.on_commit(lambda: extract_document_text.enqueue(instance.pk))
