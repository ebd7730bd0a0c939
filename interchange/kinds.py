"""Value kinds of the interchange format: each reads a JSON value into Python and writes it back.

`parse` raises `FieldError` with a message an operator can act on; `dump` gives the JSON value.
`default` is what an omitted optional field means; export leaves out fields whose value is empty.
"""

import datetime
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator, validate_unicode_slug
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from core.text_extraction import SUPPORTED_EXTENSIONS, DocumentTextError, extract_text

from .html import clean_html

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_TIME = re.compile(r"^\d{2}:\d{2}$")


class FieldError(ValueError):
    """One value is wrong; the message says how."""


class Kind:
    default = None

    def parse(self, value, context):
        raise NotImplementedError

    def dump(self, value):
        return value

    def is_empty(self, value):
        # Not `value == self.default`: a default like "gruppe" still says something, and 0 is a value.
        return value is None or value is False or value == "" or value == []


class Text(Kind):
    default = ""

    def __init__(self, max_length=None):
        self.max_length = max_length

    def parse(self, value, context):
        if not isinstance(value, str):
            raise FieldError(_("må være tekst"))
        value = value.strip()
        if self.max_length and len(value) > self.max_length:
            raise FieldError(_("er for lang (høyst %(max)s tegn)") % {"max": self.max_length})
        return value


class Slug(Text):
    def parse(self, value, context):
        value = super().parse(value, context)
        try:
            validate_unicode_slug(value)
        except ValidationError:
            message = _("«%(value)s» er ikke en gyldig slug (bare bokstaver, tall, - og _)")
            raise FieldError(message % {"value": value}) from None
        return value


class Html(Kind):
    default = ""

    def parse(self, value, context):
        if not isinstance(value, str):
            raise FieldError(_("må være tekst (HTML)"))
        return clean_html(value)


class Email(Text):
    def parse(self, value, context):
        value = super().parse(value, context)
        try:
            EmailValidator()(value)
        except ValidationError:
            raise FieldError(_("«%(value)s» er ikke en gyldig e-postadresse") % {"value": value}) from None
        return value


class Url(Text):
    def parse(self, value, context):
        value = super().parse(value, context)
        try:
            URLValidator(schemes=["http", "https"])(value)
        except ValidationError:
            raise FieldError(_("«%(value)s» er ikke en gyldig http- eller https-adresse") % {"value": value}) from None
        return value


class Choice(Kind):
    """One of a fixed set of values, e.g. `CentreKind.values`."""

    def __init__(self, values, default=""):
        self.values = list(values)
        self.default = default

    def parse(self, value, context):
        if isinstance(value, bool) or value not in self.values:
            raise FieldError(
                _("%(value)s er ikke en gyldig verdi (gyldige: %(choices)s)")
                % {"value": _json_repr(value), "choices": ", ".join(map(str, self.values))}
            )
        return value


class ListOf(Kind):
    """A JSON list whose items are each read by `item`; repeated items are kept once."""

    def __init__(self, item):
        self.item = item

    @property
    def default(self):
        return []

    def parse(self, value, context):
        if not isinstance(value, list):
            raise FieldError(_("må være en liste"))
        parsed = []
        for position, item in enumerate(value, start=1):
            try:
                item = self.item.parse(item, context)
            except FieldError as error:
                raise FieldError(
                    _("element %(position)s: %(error)s") % {"position": position, "error": error}
                ) from error
            if item not in parsed:
                parsed.append(item)
        return parsed

    def dump(self, value):
        return [self.item.dump(item) for item in value]


class TopicName(Text):
    def parse(self, value, context):
        value = super().parse(value, context)
        if not slugify(value, allow_unicode=True):
            raise FieldError(_("«%(value)s» er ikke et brukbart temanavn") % {"value": value})
        return value


class Bool(Kind):
    default = False

    def parse(self, value, context):
        if not isinstance(value, bool):
            raise FieldError(_("må være true eller false"))
        return value


class Integer(Kind):
    def __init__(self, minimum=0):
        self.minimum = minimum

    def parse(self, value, context):
        if isinstance(value, bool) or not isinstance(value, int) or value < self.minimum:
            raise FieldError(_("må være et heltall fra og med %(min)s") % {"min": self.minimum})
        return value


class Date(Kind):
    def parse(self, value, context):
        if not isinstance(value, str) or not _DATE.match(value):
            raise FieldError(_("%(value)s er ikke en dato på formen ÅÅÅÅ-MM-DD") % {"value": _json_repr(value)})
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise FieldError(_("%(value)s er ikke en gyldig dato") % {"value": _json_repr(value)}) from None

    def dump(self, value):
        return value.isoformat()


class DateTime(Kind):
    """ISO 8601 date and time; without an offset it is local time (settings.TIME_ZONE, Europe/Oslo)."""

    def parse(self, value, context):
        if not isinstance(value, str) or not _DATETIME.match(value):
            raise FieldError(
                _("%(value)s er ikke et tidspunkt på formen ÅÅÅÅ-MM-DDTTT:MM") % {"value": _json_repr(value)}
            )
        try:
            moment = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise FieldError(_("%(value)s er ikke et gyldig tidspunkt") % {"value": _json_repr(value)}) from None
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment, timezone.get_default_timezone())
        return moment

    def dump(self, value):
        return timezone.localtime(value).isoformat()


class Time(Kind):
    def parse(self, value, context):
        if not isinstance(value, str) or not _TIME.match(value):
            raise FieldError(_("%(value)s er ikke et klokkeslett på formen TT:MM") % {"value": _json_repr(value)})
        try:
            return datetime.time.fromisoformat(value)
        except ValueError:
            raise FieldError(_("%(value)s er ikke et gyldig klokkeslett") % {"value": _json_repr(value)}) from None

    def dump(self, value):
        return value.strftime("%H:%M")


class Record(Kind):
    """A JSON object with known fields; `check` sees the parsed object and returns a message or None."""

    def __init__(self, fields, check=None):
        self.fields = {item.name: item for item in fields}
        self.check = check

    def parse(self, value, context):
        if not isinstance(value, dict):
            raise FieldError(_("må være et objekt"))
        errors = []
        parsed = parse_fields(self.fields, value, context, errors)
        if errors:
            raise FieldError("; ".join(errors))
        message = self.check(parsed) if self.check else None
        if message:
            raise FieldError(message)
        return parsed

    def dump(self, value):
        return dump_fields(self.fields, value)


@dataclass
class SourceFile:
    """A document file next to the JSONL file, read and checked during validation."""

    path: Path
    sha1: str
    size: int
    text: str = field(repr=False)


class DocumentFile(Kind):
    """A path relative to the JSONL file, to a PDF, DOCX, ODT or TXT file whose text can be read."""

    def parse(self, value, context):
        if not isinstance(value, str) or not value.strip():
            raise FieldError(_("må være en filsti"))
        relative = PurePosixPath(value.strip())
        if relative.is_absolute() or ".." in relative.parts:
            raise FieldError(_("«%(value)s» må være en sti under mappen JSONL-filen ligger i") % {"value": value})
        path = context.base_dir / relative
        if not path.resolve().is_relative_to(context.base_dir.resolve()):
            raise FieldError(_("«%(value)s» må være en sti under mappen JSONL-filen ligger i") % {"value": value})
        if path in context.files:
            return context.files[path]
        suffix = path.suffix.lower()
        allowed = SUPPORTED_EXTENSIONS & {f".{ext}" for ext in settings.WAGTAILDOCS_EXTENSIONS}
        if suffix not in allowed:
            raise FieldError(
                _("«%(value)s»: filtypen støttes ikke (bruk %(allowed)s)")
                % {"value": value, "allowed": ", ".join(sorted(ext[1:].upper() for ext in allowed))}
            )
        if not path.is_file():
            raise FieldError(_("fant ikke filen «%(value)s»") % {"value": value})
        data = path.read_bytes()
        limit = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
        if limit and len(data) > limit:
            raise FieldError(_("«%(value)s» er større enn %(limit)s byte") % {"value": value, "limit": limit})
        try:
            text = extract_text(io.BytesIO(data), path.name)
        except DocumentTextError as error:
            raise FieldError(f"«{value}»: {error}") from error
        # SHA-1 because Wagtail's `file_hash` is SHA-1: it identifies content, it protects nothing.
        sha1 = hashlib.sha1(data).hexdigest()  # noqa: S324
        source = SourceFile(path=path, sha1=sha1, size=len(data), text=text)
        context.files[path] = source
        return source


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    required: bool = False


def parse_fields(fields, data, context, errors):
    """Read `data` (a JSON object) field by field; unknown and missing fields go to `errors`."""
    parsed = {}
    for name in data:
        if name not in fields:
            errors.append(_('ukjent felt "%(name)s"') % {"name": name})
    for name, spec in fields.items():
        if name not in data or data[name] is None:
            if spec.required:
                errors.append(_('mangler feltet "%(name)s"') % {"name": name})
            parsed[name] = spec.kind.default
            continue
        try:
            parsed[name] = spec.kind.parse(data[name], context)
        except FieldError as error:
            errors.append(f'"{name}": {error}')
            parsed[name] = spec.kind.default
            continue
        if spec.required and spec.kind.is_empty(parsed[name]):
            errors.append(_('"%(name)s" kan ikke være tomt') % {"name": name})
    return parsed


def dump_fields(fields, values):
    """The JSON object for `values`, leaving out optional fields that are empty."""
    data = {}
    for name, spec in fields.items():
        value = values.get(name, spec.kind.default)
        if spec.required or not spec.kind.is_empty(value):
            data[name] = spec.kind.dump(value)
    return data


def _json_repr(value):
    return json.dumps(value, ensure_ascii=False)
