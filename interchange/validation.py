"""Reading and checking a whole JSONL file before anything is written.

Every line is checked on its own (JSON, fields, values, document files), then against the other
lines and the site (duplicates, the centre of an offer, the page a translation translates). All
problems are collected, so the operator can fix the file in one go.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _
from wagtail.models import Page

from . import registry
from .pages import find_pages
from .schema import SOURCE_LANGUAGE, parse_line


@dataclass
class LineError:
    number: int | None  # None: about the file as a whole
    message: str

    def __str__(self):
        if self.number is None:
            return self.message
        return _("linje %(number)s: %(message)s") % {"number": self.number, "message": self.message}


class InterchangeError(Exception):
    """The file cannot be imported (or the site exported); `errors` says why, line by line."""

    def __init__(self, errors):
        self.errors = list(errors)
        super().__init__("\n".join(map(str, self.errors)))


@dataclass
class ReadContext:
    base_dir: Path
    files: dict = field(default_factory=dict)  # document files already read, by path


def read_file(path):
    """The valid lines of the JSONL file at `path`, or `InterchangeError` listing every bad line."""
    path = Path(path)
    if not path.is_file():
        raise InterchangeError([LineError(None, _("Fant ikke filen %(path)s.") % {"path": path})])
    context = ReadContext(base_dir=path.parent)
    lines, errors = [], []
    for number, raw in enumerate(path.read_bytes().splitlines(), start=1):
        try:
            text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            errors.append(LineError(number, _("er ikke UTF-8")))
            continue
        if not text.strip():
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            errors.append(LineError(number, _("ugyldig JSON (%(error)s)") % {"error": error.msg}))
            continue
        messages = []
        line = parse_line(number, data, context, messages)
        errors.extend(LineError(number, message) for message in messages)
        if line is not None:
            lines.append(line)
    errors.extend(_check_references(lines))
    if errors:
        raise InterchangeError(sorted(errors, key=lambda error: error.number or 0))
    return lines


def _check_references(lines):
    errors = []
    in_file = {}  # (type, slug, language) -> number of the first line naming that page
    for line in lines:
        if line.slug:
            in_file.setdefault(line.key, line.number)
    seen = set()
    translated = {}  # (type, nb slug, nb, language) -> number of the line translating it
    for line in lines:
        if not line.slug:
            continue
        if line.key in seen:
            message = _("%(type)s «%(slug)s» på %(language)s står allerede på linje %(first)s")
            values = {"type": line.page_type.name, "slug": line.slug, "language": line.locale}
            errors.append(LineError(line.number, message % {**values, "first": in_file[line.key]}))
        seen.add(line.key)
        existing = list(find_pages(line.page_type, line.slug, line.locale)[:2])
        if len(existing) > 1:
            message = _("flere sider på nettstedet har slug «%(slug)s»; gi dem ulike slugs først")
            errors.append(LineError(line.number, message % {"slug": line.slug}))
        if line.parent_slug:
            errors.extend(_check_parent(line, seen))
        if line.translation_of:
            errors.extend(_check_translation(line, in_file, translated, existing[:1]))
    return errors


def _check_parent(line, seen):
    parent_type = registry.get(line.page_type.parent_type)
    if line.parent_key in seen or find_pages(parent_type, line.parent_slug, line.locale).exists():
        return []
    message = _(
        "fant ikke %(type)s «%(slug)s» på %(language)s (det må stå tidligere i filen eller finnes på nettstedet)"
    )
    values = {"type": parent_type.model._meta.verbose_name, "slug": line.parent_slug, "language": line.locale}
    return [LineError(line.number, message % values)]


def _check_translation(line, in_file, translated, existing):
    source_key = (line.page_type.name, line.translation_of, SOURCE_LANGUAGE)
    source = find_pages(line.page_type, line.translation_of, SOURCE_LANGUAGE).first()
    if source is None and source_key not in in_file:
        message = _("fant ingen %(type)s med slug «%(slug)s» på %(language)s å være oversettelse av")
        values = {"type": line.page_type.name, "slug": line.translation_of, "language": SOURCE_LANGUAGE}
        return [LineError(line.number, message % values)]
    pair = (*source_key, line.locale)
    if pair in translated:
        message = _("linje %(other)s er allerede oversettelsen av «%(slug)s» til %(language)s")
        values = {"other": translated[pair], "slug": line.translation_of, "language": line.locale}
        return [LineError(line.number, message % values)]
    translated[pair] = line.number
    if source is None:
        return []
    # Wagtail allows one page per translation_key and language.
    taken = Page.objects.filter(translation_key=source.translation_key, locale__language_code=line.locale)
    if existing:
        taken = taken.exclude(pk=existing[0].pk)
    other = taken.first()
    if other is None:
        return []
    message = _("«%(slug)s» har allerede en oversettelse til %(language)s: «%(other)s»")
    values = {"slug": line.translation_of, "language": line.locale, "other": other.slug}
    return [LineError(line.number, message % values)]
