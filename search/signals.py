"""Keep the search corpus fresh: what changes a page's or a document's findability queues a task."""

import threading

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.models import CustomDocument

from .models import SearchEntry
from .tasks import index_document, index_pages

# Fields a draft save writes on the page row; saving only these changes nothing a visitor sees.
DRAFT_ONLY_FIELDS = {
    "latest_revision",
    "draft_title",
    "has_unpublished_changes",
    "latest_revision_created_at",
    "locked",
    "locked_by",
    "locked_at",
}


_pending = threading.local()


def queue_pages(page_ids):
    """Index these pages once the transaction commits; the many saves of one page in a transaction
    (creating a page saves it several times) make one task."""
    page_ids = set(page_ids)
    if not page_ids:
        return
    if not hasattr(_pending, "ids"):
        _pending.ids = set()
    _pending.ids.update(page_ids)
    # Each save registers a flush; the first to run takes every waiting page, the others find none.
    transaction.on_commit(_flush)


def _flush():
    ids = sorted(getattr(_pending, "ids", None) or ())
    _pending.ids = set()
    if ids:
        index_pages.enqueue(ids)


def _with_dependents(page):
    ids = [page.pk]
    specific = page.specific
    dependents = getattr(specific, "search_dependents", None)
    if dependents is not None:
        ids.extend(p.pk for p in dependents())
    return ids


@receiver(page_published)
@receiver(page_unpublished)
def page_was_published(sender, instance, **kwargs):
    queue_pages(_with_dependents(instance))


@receiver(post_save)
def page_was_saved(sender, instance, created=False, update_fields=None, **kwargs):
    """Any save of a page's row: its live content, its live flag, its expiry or its place may have
    changed (a draft's revision does not touch the row's content, so a draft never gets in)."""
    if isinstance(instance, Page) and not (update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS):
        queue_pages(_with_dependents(instance))


@receiver(post_delete)
def page_was_deleted(sender, instance, **kwargs):
    """A deleted page's entries go with it (on_delete); its translations may now stand in for it in
    its language's search."""
    if isinstance(instance, Page):
        others = Page.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk)
        queue_pages(others.values_list("pk", flat=True))


@receiver(post_page_move)
def page_was_moved(sender, instance, **kwargs):
    # URLs change below it, and it may have moved into or out of a private section.
    queue_pages(Page.objects.descendant_of(instance, inclusive=True).values_list("pk", flat=True))


@receiver([post_save, post_delete], sender=PageViewRestriction)
def restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        queue_pages(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))


@receiver(post_save, sender=CustomDocument)
def document_saved(sender, instance, **kwargs):
    document_id = instance.pk
    transaction.on_commit(lambda: index_document.enqueue(document_id))


@receiver(post_delete, sender=SearchEntry)
def entry_deleted(sender, instance, **kwargs):
    """A page or document deleted takes its entries with it (on_delete); the search server's copy
    goes too."""
    from . import engines

    remote = engines.server_engine()
    if remote is not None:
        key = instance.key
        transaction.on_commit(lambda: remote.write([], [key]))
