"""Writing a checked JSONL file to the site, all or nothing.

A line's page is found by (type, slug, language). A new page is created under its section (or,
for an offer, under its centre); an existing one gets a new revision only when its content
differs, so importing the same file twice leaves the site as it was. `published` publishes the
revision; `draft` only saves it, so a live page re-imported as a draft keeps showing its
published content until an editor publishes the draft.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Collection, Page

from core.models import CustomDocument, Person, Topic

from . import registry
from .pages import comparable, find_pages, read_content, write_content
from .schema import PUBLISHED, SOURCE_LANGUAGE
from .validation import InterchangeError, LineError, read_file


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)

    def __str__(self):
        return _("%(created)s opprettet, %(updated)s oppdatert, %(unchanged)s uendret.") % {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
        }


def import_file(path):
    """Check the whole file, then write it in one transaction. Raises `InterchangeError`."""
    return Importer().run(read_file(path))


class Importer:
    def __init__(self):
        self.report = ImportReport()
        self.trees = {}
        self.pages = {}  # (type, slug, language) -> page written by this import
        self.documents = {}  # sha1 -> CustomDocument
        self.stored_files = []  # (storage, name) of document files written, removed if the import fails

    def run(self, lines):
        # Bokmål first, so a translation can take the translation_key of a page earlier or later in
        # the file; otherwise file order, which puts each centre before its offers.
        ordered = sorted(lines, key=lambda line: line.locale != SOURCE_LANGUAGE)
        try:
            with transaction.atomic():
                for line in ordered:
                    self._write_line(line)
        except BaseException:
            self._remove_stored_files()
            raise
        return self.report

    def _write_line(self, line):
        try:
            self.pages[line.key] = self.write(line)
        except ValidationError as error:
            raise InterchangeError([LineError(line.number, "; ".join(error.messages))]) from error
        except InterchangeError:
            raise
        except Exception as error:
            # Anything else also rolls the whole file back; the operator still learns which line.
            raise InterchangeError([LineError(line.number, f"{error.__class__.__name__}: {error}")]) from error

    def write(self, line):
        parent = self._parent(line)
        translation_key = self._translation_key(line)
        existing = find_pages(line.page_type, line.slug, line.locale).first()
        if existing is None:
            return self._create(line, parent, translation_key)
        return self._update(line, existing, parent, translation_key)

    def _create(self, line, parent, translation_key):
        page = line.page_type.model(slug=line.slug, locale=parent.locale, live=False)
        if translation_key is not None:
            page.translation_key = translation_key
        write_content(line.page_type, page, line.content, self)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if line.status == PUBLISHED:
            revision.publish()
        self.report.created.append(line)
        return page

    def _update(self, line, existing, parent, translation_key):
        moved = False
        if line.page_type.parent_type is not None and existing.get_parent().pk != parent.pk:
            # The file says which page holds this one (which centre holds an offer). Other pages stay
            # where they are, even if an editor put them somewhere else: their section is only where
            # new pages go.
            existing.move(parent, pos="last-child")
            existing = line.page_type.model.objects.get(pk=existing.pk)
            moved = True
        page = existing.get_latest_revision_as_object()
        if translation_key is not None and existing.translation_key != translation_key:
            # The row holds the link between translations; the revision must agree, or publishing
            # it later would undo the link.
            Page.objects.filter(pk=existing.pk).update(translation_key=translation_key)
            page.translation_key = translation_key
            content_changed = True
        else:
            content_changed = comparable(line.page_type, read_content(line.page_type, page)) != comparable(
                line.page_type, line.content
            )
        if content_changed:
            write_content(line.page_type, page, line.content, self)
            revision = page.save_revision()
            if line.status == PUBLISHED:
                revision.publish()
        elif line.status == PUBLISHED and (not existing.live or existing.has_unpublished_changes):
            revision = existing.get_latest_revision() or page.save_revision()
            revision.publish()
            content_changed = True
        (self.report.updated if moved or content_changed else self.report.unchanged).append(line)
        return line.page_type.model.objects.get(pk=existing.pk)

    def _parent(self, line):
        if line.page_type.section is not None:
            parent = self._tree(line.locale).section(line.page_type.section)
        else:
            parent_type = registry.get(line.page_type.parent_type)
            parent = self.pages.get(line.parent_key) or find_pages(parent_type, line.parent_slug, line.locale).get()
        # A fresh copy: treebeard places a new child from the parent's numchild and path.
        return parent.__class__.objects.get(pk=parent.pk)

    def _tree(self, language):
        if language not in self.trees:
            self.trees[language] = registry.locale_tree(language)
        return self.trees[language]

    def _translation_key(self, line):
        if not line.translation_of:
            return None
        key = (line.page_type.name, line.translation_of, SOURCE_LANGUAGE)
        source = self.pages.get(key) or find_pages(line.page_type, line.translation_of, SOURCE_LANGUAGE).get()
        return source.translation_key

    # What write_content asks for: the shared objects a page links to.

    def person(self, name):
        return Person.objects.get_or_create(name=name)[0]

    def topic(self, name, locale):
        slug = slugify(name, allow_unicode=True)[: Topic._meta.get_field("slug").max_length]
        topics = Topic.objects.filter(locale=locale)
        return (
            topics.filter(slug=slug).first()
            or topics.filter(name=name).first()
            or Topic.objects.create(locale=locale, name=name, slug=slug)
        )

    def document(self, title, source):
        """The document with this file's content, stored once however often it is imported."""
        if source.sha1 not in self.documents:
            document = CustomDocument.objects.filter(file_hash=source.sha1).order_by("pk").first()
            if document is None:
                document = self._store_document(title, source)
            self.documents[source.sha1] = document
        return self.documents[source.sha1]

    def _store_document(self, title, source):
        document = CustomDocument(
            title=title,
            collection=Collection.get_first_root_node(),
            extracted_text=source.text,
            file_size=source.size,
            file_hash=source.sha1,
        )
        with source.path.open("rb") as handle:
            document.file.save(source.path.name, File(handle), save=False)
        self.stored_files.append((document.file.storage, document.file.name))
        document.save()
        return document

    def _remove_stored_files(self):
        for storage, name in self.stored_files:
            storage.delete(name)
        self.stored_files.clear()
