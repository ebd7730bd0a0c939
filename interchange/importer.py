"""Writing a checked JSONL file to the site, all or nothing.

A line's page is found by (type, slug, language). A new page is created under its section (or,
for an offer, under its centre); an existing one gets a new revision only when its content
differs, so importing the same file twice leaves the site as it was. `published` publishes the
revision; `draft` only saves it, so a live page re-imported as a draft keeps showing its
published content until an editor publishes the draft. With `submit`, `published` lines are put into
their page's workflow for review instead of being published.

The page history names the import as the actor: every revision and log entry it writes belongs to
the inactive system user `innholdsimport` ("Innholdsimport"), and each page it creates or changes
gets a `mestring.import` entry naming the file.
"""

from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import LogContext, log
from wagtail.models import Collection, Page, WorkflowState

from core.models import CustomDocument, Person, Topic

from . import registry
from .pages import comparable, find_pages, read_content, write_content
from .schema import PUBLISHED, SOURCE_LANGUAGE
from .translations import link_translation, topic_counterparts
from .validation import InterchangeError, LineError, read_file


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    submitted: list = field(default_factory=list)  # lines whose page went into its workflow
    # (line, fields): translations linked in wagtail-localize but not synced, their structure differs
    unsynced: list = field(default_factory=list)

    def __str__(self):
        text = _("%(created)s opprettet, %(updated)s oppdatert, %(unchanged)s uendret.") % {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
        }
        if self.submitted:
            text += " " + _("%(count)s sendt til godkjenning.") % {"count": len(self.submitted)}
        for line, fields in self.unsynced:
            text += "\n" + _(
                "linje %(line)s: oppbygningen av %(fields)s skiller seg fra bokmålssiden, så oversettelsen "
                "synkroniseres ikke før en redaktør har startet synkronisert oversettelse av siden"
            ) % {"line": line.number, "fields": ", ".join(fields)}
        return text


# The page history's actor for everything an import writes, and the log action naming the file.
IMPORT_USERNAME = "innholdsimport"
IMPORT_USER_NAME = "Innholdsimport"
IMPORT_LOG_ACTION = "mestring.import"


def import_user():
    """The system user imports act as: inactive and without a password, so nobody can log in as it."""
    user, created = get_user_model().objects.get_or_create(
        username=IMPORT_USERNAME, defaults={"first_name": IMPORT_USER_NAME, "is_active": False}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def import_file(path, submit=False):
    """Check the whole file, then write it in one transaction. Raises `InterchangeError`.

    With `submit`, pages the file marks `published` are put into their workflow instead of published.
    """
    return Importer(source=Path(path).name, submit=submit).run(read_file(path))


class Importer:
    def __init__(self, source="", submit=False):
        self.source = source
        self.submit = submit
        self.user = None  # the import user, created inside the import's transaction
        self.to_submit = []  # (line, page) put into their workflows once every line is written
        self.report = ImportReport()
        self.trees = {}
        self.pages = {}  # (type, slug, language) -> page written by this import
        self.source_page = None  # the bokmål page the line being written translates, if any
        self.topic_pairs = set()  # (bokmål topic pk, translated topic pk) the import paired
        self.documents = {}  # sha1 -> CustomDocument
        self.stored_files = []  # (storage, name) of document files written, removed if the import fails

    def run(self, lines):
        # Bokmål first, so a translation can take the translation_key of a page earlier or later in
        # the file; otherwise file order, which puts each centre before its offers.
        ordered = sorted(lines, key=lambda line: line.locale != SOURCE_LANGUAGE)
        try:
            with transaction.atomic():
                self.user = import_user()
                # No shared uuid: the history view shows one entry per (uuid, action) across all
                # pages, so a uuid for the whole import would hide every page's entries but one.
                with LogContext(user=self.user, generate_uuid=False):
                    for line in ordered:
                        self._write_line(line)
                    # After every line, so each source holds the bokmål content this file gave it.
                    for line in ordered:
                        with self._naming(line):
                            self._link_translation(line)
                    self._link_topic_translations()
                    # Last, so reviewers are only notified once the whole file has been written.
                    for line, page in self.to_submit:
                        with self._naming(line):
                            self._start_workflow(line, page)
        except BaseException:
            self._remove_stored_files()
            raise
        return self.report

    def _write_line(self, line):
        with self._naming(line):
            self.pages[line.key] = self.write(line)

    @contextmanager
    def _naming(self, line):
        """Any failure while writing a line rolls the whole file back and names the line."""
        try:
            yield
        except ValidationError as error:
            raise InterchangeError([LineError(line.number, "; ".join(error.messages))]) from error
        except InterchangeError:
            raise
        except Exception as error:
            # Anything else also rolls the whole file back; the operator still learns which line.
            raise InterchangeError([LineError(line.number, f"{error.__class__.__name__}: {error}")]) from error

    def write(self, line):
        parent = self._parent(line)
        existing = find_pages(line.page_type, line.slug, line.locale).first()
        self.source_page = self._translation_source(line, existing)
        translation_key = self.source_page.translation_key if line.translation_of else None
        if existing is None:
            return self._create(line, parent, translation_key)
        return self._update(line, existing, parent, translation_key)

    def _create(self, line, parent, translation_key):
        # The owner is who Wagtail's "wagtail.create" entry names.
        page = line.page_type.model(slug=line.slug, locale=parent.locale, live=False, owner=self.user)
        if translation_key is not None:
            page.translation_key = translation_key
        write_content(line.page_type, page, line.content, self)
        parent.add_child(instance=page)
        revision = self._save_revision(page)
        self._go_live(line, page, revision)
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
            revision = self._save_revision(page)
            self._go_live(line, page, revision)
        elif line.status == PUBLISHED and (not existing.live or existing.has_unpublished_changes):
            revision = existing.get_latest_revision() or self._save_revision(page)
            if self.submit:
                # Nothing new to write: the page only waits for review, unless it already does.
                self._go_live(line, page, revision)
            else:
                self._publish(revision)
                self._log_import(page, revision)
                content_changed = True
        (self.report.updated if moved or content_changed else self.report.unchanged).append(line)
        return line.page_type.model.objects.get(pk=existing.pk)

    def _save_revision(self, page):
        revision = page.save_revision(user=self.user, log_action=True)
        self._log_import(page, revision)
        return revision

    def _publish(self, revision):
        # The operator who runs the command decides; the import user holds no permissions of its own.
        revision.publish(user=self.user, skip_permission_checks=True)

    def _log_import(self, page, revision):
        log(instance=page, action=IMPORT_LOG_ACTION, user=self.user, revision=revision, data={"file": self.source})

    def _go_live(self, line, page, revision):
        if line.status != PUBLISHED:
            return
        if not self.submit:
            self._publish(revision)
            return
        if page.get_workflow() is None:
            raise InterchangeError(
                [
                    LineError(
                        line.number,
                        _(
                            "ingen arbeidsflyt gjelder for denne siden, så den kan ikke sendes til godkjenning; "
                            "sett opp en arbeidsflyt i administrasjonen eller importer uten --submit"
                        ),
                    )
                ]
            )
        self.to_submit.append((line, page))

    def _start_workflow(self, line, page):
        page = Page.objects.get(pk=page.pk).specific
        state = page.current_workflow_state
        if state is None:
            page.get_workflow().start(page, self.user)
        elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            # Rejected earlier: the new content goes back to the task that asked for changes.
            state.resume(self.user)
        else:
            # Already waiting for review: the reviewers approve the latest revision, the imported one.
            return
        self.report.submitted.append(line)

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

    def _translation_source(self, line, existing):
        """The bokmål page this line's page translates: named by `translation_of`, or already linked."""
        if line.locale == SOURCE_LANGUAGE:
            return None
        if line.translation_of:
            key = (line.page_type.name, line.translation_of, SOURCE_LANGUAGE)
            return self.pages.get(key) or find_pages(line.page_type, line.translation_of, SOURCE_LANGUAGE).get()
        if existing is None:
            return None
        return (
            line.page_type.model.objects.filter(
                translation_key=existing.translation_key, locale__language_code=SOURCE_LANGUAGE
            )
            .exclude(pk=existing.pk)
            .first()
        )

    def _link_translation(self, line):
        page = self.pages[line.key]
        if line.locale == SOURCE_LANGUAGE:
            return
        source = (
            line.page_type.model.objects.filter(
                translation_key=page.translation_key, locale__language_code=SOURCE_LANGUAGE
            )
            .exclude(pk=page.pk)
            .first()
        )
        if source is None:
            return
        result = link_translation(source, page, user=self.user)
        if result.unmatched_fields:
            self.report.unsynced.append((line, result.unmatched_fields))

    def _link_topic_translations(self):
        topics = Topic.objects.in_bulk({pk for pair in self.topic_pairs for pk in pair})
        for source_pk, target_pk in sorted(self.topic_pairs):
            link_translation(topics[source_pk], topics[target_pk], user=self.user)

    # What write_content asks for: the shared objects a page links to.

    def person(self, name):
        return Person.objects.get_or_create(name=name)[0]

    def topics(self, names, page):
        """The page's topics by name, in its language; a translation's are translations of the source's.

        Which bokmål topic a name translates: the source page's topic of the same name, else (once
        those are paired) the source's remaining topics in order when as many remain, else any
        bokmål topic of the same name. A name with none of these is a topic of its own language.
        """
        counterparts = {}
        if page.locale.language_code != SOURCE_LANGUAGE:
            counterparts = self._topic_counterparts(names, self.source_page)
        return [self.topic(name, page.locale, counterparts.get(name)) for name in names]

    def _topic_counterparts(self, names, source_page):
        source_topics = []
        if source_page is not None:
            source_topics = [link.topic for link in source_page.get_latest_revision_as_object().topic_links.all()]
        return topic_counterparts(names, source_topics, slug=_topic_slug)

    def topic(self, name, locale, counterpart=None):
        """The topic called `name` in `locale`, made or re-keyed a translation of `counterpart` (bokmål)."""
        slug = _topic_slug(name)
        topics = Topic.objects.filter(locale=locale)
        topic = topics.filter(slug=slug).first() or topics.filter(name=name).first()
        free = counterpart is not None and not topics.filter(translation_key=counterpart.translation_key).exists()
        if topic is None:
            topic = Topic(locale=locale, name=name, slug=slug)
            if free:
                topic.translation_key = counterpart.translation_key
            topic.save()
        elif (
            free
            and not Topic.objects.filter(
                translation_key=topic.translation_key, locale__language_code=SOURCE_LANGUAGE
            ).exists()
        ):
            # A topic of its own language until now: it becomes the bokmål topic's translation.
            Topic.objects.filter(pk=topic.pk).update(translation_key=counterpart.translation_key)
            topic.translation_key = counterpart.translation_key
        if counterpart is not None and topic.translation_key == counterpart.translation_key:
            self.topic_pairs.add((counterpart.pk, topic.pk))
        return topic

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


def _topic_slug(name):
    return slugify(name, allow_unicode=True)[: Topic._meta.get_field("slug").max_length]
