"""Writing every article, centre, offer and toolkit resource to a JSONL file.

Bokmål comes first, then the other languages, so the page a translation names and the centre an
offer names always come before the line that names them; within a language, each type comes after
the type its pages live under (centres before offers), and pages of one type are sorted by slug. Document files are copied into a folder next to
the JSONL file (`<name>_files/`) and named relative to it, so the export imports as it is.

A live page is exported as published, with its live content; an unpublished draft on top of it
is not exported. A page that is not live is exported as a draft, with its latest revision.
"""

import json
import os
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale

from . import registry
from .pages import read_content
from .records import dump_fields
from .schema import DRAFT, LANGUAGES, PUBLISHED, SOURCE_LANGUAGE
from .validation import InterchangeError, LineError


@dataclass
class ExportReport:
    pages: int = 0
    documents: int = 0
    warnings: list = field(default_factory=list)

    def __str__(self):
        return _("%(pages)s sider og %(documents)s dokumenter eksportert.") % {
            "pages": self.pages,
            "documents": self.documents,
        }


def export_file(path):
    """Write the site's content to `path` (and its documents to `<name>_files/` beside it)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    files = _DocumentFiles(path.parent, f"{path.stem}_files")
    report = ExportReport()
    lines = []
    for record in _records(files, report):
        lines.append(json.dumps(record, ensure_ascii=False))
    if files.errors:
        raise InterchangeError(files.errors)
    files.write()
    report.pages = len(lines)
    report.documents = len(files.names)
    # Replace the file in one step, so a failed export never leaves half a file behind.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.writelines(line + "\n" for line in lines)
    os.replace(temporary, path)
    return report


def _records(files, report):
    source_locale = Locale.objects.filter(language_code=SOURCE_LANGUAGE).first()
    for language in _languages():
        for page_type in registry.page_types():
            pages = page_type.model.objects.filter(locale__language_code=language, alias_of__isnull=True)
            pages = list(pages.order_by("slug", "path"))
            _check_unique_slugs(page_type, language, pages)
            for page in pages:
                yield _record(page_type, page, source_locale, files, report)


def _languages():
    return [SOURCE_LANGUAGE] + [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


def _check_unique_slugs(page_type, language, pages):
    # Wagtail only keeps slugs unique among siblings; the format needs them unique per type and
    # language (two centres can each hold an offer called "kurs").
    by_slug = defaultdict(list)
    for page in pages:
        by_slug[page.slug].append(page)
    clashes = [same for same in by_slug.values() if len(same) > 1]
    if clashes:
        raise InterchangeError(
            LineError(
                None,
                _("%(type)s på %(language)s: «%(slug)s» brukes av flere sider (%(paths)s); gi dem ulike slugs.")
                % {
                    "type": page_type.name,
                    "language": language,
                    "slug": same[0].slug,
                    "paths": ", ".join(page.url_path for page in same),
                },
            )
            for same in clashes
        )


def _record(page_type, page, source_locale, files, report):
    content_page = page if page.live else page.get_latest_revision_as_object()
    language = page.locale.language_code
    record = {
        "type": page_type.name,
        "slug": page.slug,
        "locale": language,
        "status": PUBLISHED if page.live else DRAFT,
    }
    if language != SOURCE_LANGUAGE and source_locale is not None:
        source = page.get_translation_or_none(source_locale)
        if source is not None and source.specific_class is page_type.model and not source.alias_of_id:
            record["translation_of"] = source.slug
    if page_type.parent_field:
        record[page_type.parent_field] = page.get_parent().slug
    if page_type.export_warnings:
        report.warnings.extend(f"{page.url_path}: {warning}" for warning in page_type.export_warnings(content_page))
    record.update(dump_fields(page_type.fields, read_content(page_type, content_page), files))
    return record


class _DocumentFiles:
    """Document files to copy next to the export, one file per document, with unique names."""

    def __init__(self, base_dir, folder):
        self.base_dir = base_dir
        self.folder = folder
        self.names = {}  # document pk -> file name in the folder
        self.documents = {}
        self.errors = []

    def add_document(self, document):
        """The path, relative to the JSONL file, that `document`'s file is exported to."""
        if document.pk not in self.names:
            # Named after the title: storage names carry random suffixes that differ between sites.
            stem = slugify(document.title) or "dokument"
            name = self._unique(f"{stem}{PurePosixPath(document.file.name).suffix.lower()}")
            self.names[document.pk] = name
            self.documents[document.pk] = document
            if not document.file.storage.exists(document.file.name):
                message = _("Dokumentet «%(title)s» mangler filen %(name)s.")
                self.errors.append(LineError(None, message % {"title": document.title, "name": document.file.name}))
        return f"{self.folder}/{self.names[document.pk]}"

    def _unique(self, name):
        taken = set(self.names.values())
        stem, suffix = PurePosixPath(name).stem, PurePosixPath(name).suffix
        candidate, number = name, 1
        while candidate in taken:
            number += 1
            candidate = f"{stem}-{number}{suffix}"
        return candidate

    def write(self):
        if not self.names:
            return
        folder = self.base_dir / self.folder
        folder.mkdir(parents=True, exist_ok=True)
        for pk, name in self.names.items():
            with self.documents[pk].open_file() as source, (folder / name).open("wb") as target:
                shutil.copyfileobj(source, target)
