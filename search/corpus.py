"""What search may find: the one place that turns pages and documents into search entries.

A page gets an entry when it is of a searchable type (its `search_type`), live, not expired and
public (no password, login or group restriction on it or above it). It is searched in its own
language, and in each language its translation group has no findable version in it stands in as
the listings do (core.languages.FALLBACKS): a bokmål page with no nynorsk version gets a second
entry in the nynorsk search, marked as written in bokmål; English falls back to bokmål, then
nynorsk. So each search finds one version of every page, and a change to any version (published,
unpublished, made private, deleted) brings the whole translation group up to date. A document gets an entry in
every language when a visitor can reach it: it hangs on a live public page, or on no page at all
(uploaded on its own), and its collection is not private. Anything else has no entry, so no
engine and no fallback can show it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site

from core.languages import FALLBACKS
from core.models import CustomDocument

from . import engines, vocabulary
from .models import SearchEntry, SearchFacet

logger = logging.getLogger("mestring.search")

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def page_key(page_id: int, reader: str | None = None) -> str:
    """A page's own entry, or (with `reader`) its entry as a stand-in in that language's search."""
    return f"page:{page_id}" if reader is None else f"page:{page_id}:{reader}"


def page_keys(page_id: int) -> list[str]:
    return [page_key(page_id)] + [page_key(page_id, language) for language in LANGUAGES]


def document_key(document_id: int, language: str) -> str:
    return f"document:{document_id}:{language}"


def _restricted_paths() -> list[str]:
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def _is_public(page: Page, restricted: list[str]) -> bool:
    return not any(page.path.startswith(path) for path in restricted)


def _findable(page, restricted) -> bool:
    if getattr(page, "search_type", None) is None or not page.live:
        return False
    if page.alias_of_id is not None:
        # An alias (wagtail-localize's tree sync) is its original's text in another locale: the
        # original is found instead, a stand-in marked with its own language.
        return False
    if page.expire_at and page.expire_at <= timezone.now():
        return False
    return _is_public(page, restricted)


def _page_url(page) -> str:
    parts = page.get_url_parts()
    return parts[2] if parts else page.url_path


def build_page_entry(page, site_root_paths=None) -> SearchEntry:
    if site_root_paths is not None:
        # Wagtail looks the sites up once per page otherwise.
        page._wagtail_cached_site_root_paths = site_root_paths
    content = page.search_content()
    entry = SearchEntry(
        key=page_key(page.pk),
        result_type=page.search_type,
        language=page.locale.language_code,
        page_id=page.pk,
        title=content.title[:400],
        url=_page_url(page),
        slug=page.slug,
        intro=content.intro,
        keywords="\n".join(content.keywords),
        places="\n".join(content.places),
        related="\n".join(content.related),
        body=content.body,
        document_text="\n".join(f"{d.title}\n{d.extracted_text}" for d in content.documents),
        expire_at=page.expire_at,
        details=content.details,
    )
    entry.analyse()
    entry.carried = [d.pk for d in content.documents]
    entry.facet_pairs = [(name, value) for name, values in sorted(content.facets.items()) for value in values]
    return entry


def stand_in_entry(entry: SearchEntry, reader: str) -> SearchEntry:
    """A copy of a page's own entry for the search of `reader`, whose group has no version in it.
    Its text stays analysed in its own language, the language it is written in."""
    copy = SearchEntry(
        key=page_key(entry.page_id, reader),
        language=reader,
        written_in=entry.language,
        **{
            name: getattr(entry, name)
            for name in (
                "result_type",
                "page_id",
                "url",
                "slug",
                "title_terms",
                "terms",
                "expire_at",
                "words",
                "details",
            )
        },
        **entry.text_parts(),
    )
    copy.surface = entry.surface
    copy.carried = entry.carried
    copy.facet_pairs = entry.facet_pairs
    return copy


def group_entries(own: dict[str, SearchEntry]) -> list[SearchEntry]:
    """The entries of one translation group, from its findable versions' own entries by language:
    those, and for each language without one the best stand-in (FALLBACKS), so that each search
    holds the group once."""
    entries = list(own.values())
    for reader in LANGUAGES:
        if reader in own:
            continue
        for language in FALLBACKS.get(reader, ()):
            if language in own:
                entries.append(stand_in_entry(own[language], reader))
                break
    return entries


def _document_visible(document, carried_ids=None) -> bool:
    """A visitor can reach the document: its collection is public, and it hangs on a live public
    page (a page entry carries it) or on no page at all (uploaded on its own). A document that
    only a draft or a private page holds is not findable until that page is."""
    if document.collection.get_view_restrictions().exists():
        return False
    if carried_ids is not None:
        if document.pk in carried_ids:
            return True
    elif SearchEntry.objects.filter(carried_documents=document).exists():
        return True
    page_type = ContentType.objects.get_for_model(Page)
    return not ReferenceIndex.get_references_to(document).filter(base_content_type=page_type).exists()


def document_details(document) -> dict:
    """A document result's format (its file extension) and size in bytes, when known."""
    details = {}
    if document.file_extension:
        details["format"] = document.file_extension.upper()
    size = document.file_size
    if size is None:
        # The storage's size, not get_file_size(): that saves the document, which would index it again.
        try:
            size = document.file.size
        except (OSError, ValueError):
            size = None
    if size is not None:
        details["size"] = size
    return details


def build_document_entries(document) -> list[SearchEntry]:
    entries = []
    details = document_details(document)
    for language in LANGUAGES:
        entry = SearchEntry(
            key=document_key(document.pk, language),
            result_type="document",
            language=language,
            document_id=document.pk,
            title=document.title[:400],
            url=document.url,
            slug=document.filename,
            document_text=document.extracted_text,
            details=details,
        )
        entry.analyse()
        entry.facet_pairs = []
        entries.append(entry)
    return entries


# --- writing ---------------------------------------------------------------------------------


def _facets(entries) -> list[SearchFacet]:
    return [
        SearchFacet(entry_id=entry.pk, name=name, value=value[:100])
        for entry in entries
        for name, value in getattr(entry, "facet_pairs", [])
    ]


def _save(entries: list[SearchEntry], stale_keys: Iterable[str]) -> None:
    """Write entries and remove stale ones, in the database, its index and the search server."""
    stale_keys = [key for key in stale_keys if key not in {e.key for e in entries}]
    with transaction.atomic():
        old = {e.key: e for e in SearchEntry.objects.filter(key__in=[e.key for e in entries] + stale_keys)}
        vocabulary.replace([old[key] for key in old], entries)
        SearchEntry.objects.filter(key__in=stale_keys).delete()
        saved = []
        for entry in entries:
            if entry.key in old:
                entry.pk = old[entry.key].pk
            entry.save()
            entry.carried_documents.set(getattr(entry, "carried", []))
            saved.append(entry)
        SearchFacet.objects.filter(entry__in=saved).delete()
        SearchFacet.objects.bulk_create(_facets(saved))
        engines.database_engine().add_bulk(saved)
        engines.database_engine().delete_keys([old[key] for key in stale_keys if key in old])
    remote = engines.server_engine()
    if remote is not None:
        transaction.on_commit(lambda: remote.write(saved, stale_keys))


def sync_page(page_id: int, documents_too: bool = True) -> None:
    """Bring the entries of a page's translation group (its own and its stand-ins'), and those of
    the documents they carry, up to date."""
    sync_pages([page_id], documents_too=documents_too)


def sync_pages(page_ids: Iterable[int], documents_too: bool = True) -> None:
    """sync_page for many pages; each translation group is written once."""
    page_ids = set(page_ids)
    keys = Page.objects.filter(pk__in=page_ids).values_list("translation_key", flat=True)
    pages = list(Page.objects.filter(translation_key__in=keys).specific().select_related("locale"))
    # A page that is gone (deleted) takes its entries away; its group's other versions are here.
    ids = page_ids | {page.pk for page in pages}
    old = SearchEntry.objects.filter(page_id__in=ids)
    documents = set(old.filter(carried_documents__isnull=False).values_list("carried_documents", flat=True))
    restricted = _restricted_paths()
    groups: dict = {}
    for page in pages:
        if _findable(page, restricted):
            entry = build_page_entry(page)
            groups.setdefault(page.translation_key, {})[entry.language] = entry
            documents.update(entry.carried)
    entries = [entry for own in groups.values() for entry in group_entries(own)]
    _save(entries, [key for page_id in ids for key in page_keys(page_id)])
    if documents_too:
        for document_id in documents:
            sync_document(document_id, pages_too=False)


def sync_document(document_id: int, pages_too: bool = True) -> None:
    """Bring a document's entries up to date, and those of the pages that carry it (its text is
    part of theirs)."""
    document = CustomDocument.objects.filter(pk=document_id).select_related("collection").first()
    if pages_too:
        carriers = SearchEntry.objects.filter(carried_documents__pk=document_id, page__isnull=False)
        page_ids = set(carriers.values_list("page_id", flat=True))
        if page_ids:
            sync_pages(page_ids, documents_too=False)
    stale = [document_key(document_id, language) for language in LANGUAGES]
    entries = []
    if document is not None and _document_visible(document):
        entries = build_document_entries(document)
    _save(entries, stale)


def searchable_models():
    return [m for m in apps.get_models() if issubclass(m, Page) and getattr(m, "search_type", None)]


def searchable_pages():
    """Every live page of a searchable type, with what their search content reads prefetched."""
    for model in searchable_models():
        prefetches = model.search_prefetches() if hasattr(model, "search_prefetches") else []
        pages = model.objects.live().select_related("locale").prefetch_related(*prefetches)
        yield from pages.iterator(chunk_size=500)


def rebuild() -> int:
    """Rebuild every entry from scratch, atomically: the old entries answer until the new ones are
    committed (and on the search server until its new index is ready). Returns the entry count."""
    restricted = _restricted_paths()
    roots = Site.get_site_root_paths()
    groups: dict = {}
    for page in searchable_pages():
        if _findable(page, restricted):
            entry = build_page_entry(page, roots)
            groups.setdefault(page.translation_key, {})[entry.language] = entry
    entries = [entry for own in groups.values() for entry in group_entries(own)]
    carried = {pk for entry in entries for pk in entry.carried}
    for document in CustomDocument.objects.select_related("collection").iterator(chunk_size=500):
        if _document_visible(document, carried):
            entries.extend(build_document_entries(document))
    through = SearchEntry.carried_documents.through
    with transaction.atomic():
        # Raw deletes: no per-row signals, the search server gets fresh indices below anyway.
        through.objects.all()._raw_delete(through.objects.db)
        SearchFacet.objects.all()._raw_delete(SearchFacet.objects.db)
        SearchEntry.objects.all()._raw_delete(SearchEntry.objects.db)
        SearchEntry.objects.bulk_create(entries, batch_size=500)
        keys = {entry.key: entry for entry in entries}
        saved = list(SearchEntry.objects.all())
        for entry in saved:
            entry.surface = keys[entry.key].surface
            entry.facet_pairs = keys[entry.key].facet_pairs
        SearchFacet.objects.bulk_create(_facets(saved), batch_size=1000)
        through.objects.bulk_create(
            [
                through(searchentry_id=entry.pk, customdocument_id=document_id)
                for entry in saved
                for document_id in getattr(keys[entry.key], "carried", [])
            ],
            batch_size=1000,
        )
        vocabulary.rebuild(saved)
        engines.database_engine().rebuild(saved)
    remote = engines.server_engine()
    if remote is not None:
        remote.rebuild(saved)
    logger.info("Search index rebuilt: %d entries", len(saved))
    return len(saved)
