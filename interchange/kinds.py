"""Value kinds of the interchange format: each reads a JSON value into Python and writes it back.

A kind only knows the JSON side: which JSON type a value has and how it becomes a Python value.
What a value may be (lengths, e-mail and URL syntax, choices, rules between fields) is the model's
business: `Record` and `check_model` run the model's own field validation and `clean()`, so every
rule lives once, in the model. `parse` raises `FieldError` with a message an operator can act on;
`dump` gives the JSON value; `comparable` gives the form in which two equal values are equal.
"""

import datetime
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

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

    def dump(self, value, context):
        return value

    def comparable(self, value):
        return value

    def is_empty(self, value):
        # Not `value == self.default`: a default like "gruppe" still says something, and 0 is a value.
        return value is None or value is False or value == "" or value == []


class Text(Kind):
    """A string, trimmed. `checked_by` is a model field whose validation the value must pass,
    for values that are not set on the line's own model (a slug, an author's name)."""

    def __init__(self, checked_by=None, default=""):
        self.checked_by = checked_by
        self.default = default

    def parse(self, value, context):
        if not isinstance(value, str):
            raise FieldError(_("må være tekst"))
        value = value.strip()
        if self.checked_by is not None and value:
            try:
                self.checked_by.clean(value, None)
            except ValidationError as error:
                raise FieldError(f"«{value}»: {' '.join(error.messages)}") from None
        return value


class Html(Kind):
    default = ""

    def parse(self, value, context):
        if not isinstance(value, str):
            raise FieldError(_("må være tekst (HTML)"))
        return clean_html(value)

    def comparable(self, value):
        return clean_html(value)


class Choice(Kind):
    """One of a fixed set of values that no model field holds (the line's type, language and status)."""

    def __init__(self, values, default=""):
        self._values = values
        self.default = default

    @property
    def values(self):
        return list(self._values() if callable(self._values) else self._values)

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

    def dump(self, value, context):
        return [self.item.dump(item, context) for item in value]

    def comparable(self, value):
        return [self.item.comparable(item) for item in value]


class Bool(Kind):
    default = False

    def parse(self, value, context):
        if not isinstance(value, bool):
            raise FieldError(_("må være true eller false"))
        return value


class Integer(Kind):
    def parse(self, value, context):
        if isinstance(value, bool) or not isinstance(value, int):
            raise FieldError(_("må være et heltall"))
        return value


class _Iso(Kind):
    """A date or time as an ISO 8601 string."""

    pattern: re.Pattern
    shape: str
    invalid: str

    def parse(self, value, context):
        if not isinstance(value, str) or not self.pattern.match(value):
            raise FieldError(self.shape % {"value": _json_repr(value)})
        try:
            return self.from_iso(value)
        except ValueError:
            raise FieldError(self.invalid % {"value": _json_repr(value)}) from None


class Date(_Iso):
    pattern = _DATE
    shape = gettext_lazy("%(value)s er ikke en dato på formen ÅÅÅÅ-MM-DD")
    invalid = gettext_lazy("%(value)s er ikke en gyldig dato")

    def from_iso(self, value):
        return datetime.date.fromisoformat(value)

    def dump(self, value, context):
        return value.isoformat()


class DateTime(_Iso):
    """ISO 8601 date and time; without an offset it is local time (settings.TIME_ZONE, Europe/Oslo)."""

    pattern = _DATETIME
    shape = gettext_lazy("%(value)s er ikke et tidspunkt på formen ÅÅÅÅ-MM-DDTTT:MM")
    invalid = gettext_lazy("%(value)s er ikke et gyldig tidspunkt")

    def from_iso(self, value):
        moment = datetime.datetime.fromisoformat(value)
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment, timezone.get_default_timezone())
        return moment

    def dump(self, value, context):
        return timezone.localtime(value).isoformat()


class Time(_Iso):
    pattern = _TIME
    shape = gettext_lazy("%(value)s er ikke et klokkeslett på formen TT:MM")
    invalid = gettext_lazy("%(value)s er ikke et gyldig klokkeslett")

    def from_iso(self, value):
        return datetime.time.fromisoformat(value)

    def dump(self, value, context):
        return value.strftime("%H:%M")


@dataclass(frozen=True)
class Field:
    """One field of a line or record. A plain field is the model attribute of the same name (or
    `attribute`); `read(page)` and `write(page, value, resolver)` handle what is not."""

    name: str
    kind: Kind
    required: bool = False
    attribute: str | None = None
    read: Any = None
    write: Any = None

    @property
    def model_attribute(self):
        return self.attribute or self.name


def fields_by_name(*fields):
    return {item.name: item for item in fields}


class Record(Kind):
    """A JSON object with known fields, checked by `model`'s own validation when a model is given."""

    def __init__(self, fields, model=None):
        self.fields = fields_by_name(*fields)
        self.model = model

    def parse(self, value, context):
        if not isinstance(value, dict):
            raise FieldError(_("må være et objekt"))
        errors = []
        parsed = parse_fields(self.fields, value, context, errors)
        if not errors and self.model is not None:
            check_model(self.model, self.fields, parsed, errors)
        if errors:
            raise FieldError("; ".join(errors))
        return parsed

    def dump(self, value, context):
        return dump_fields(self.fields, value, context)

    def comparable(self, value):
        return {name: spec.kind.comparable(value.get(name, spec.kind.default)) for name, spec in self.fields.items()}


@dataclass
class SourceFile:
    """A document file next to the JSONL file, read and checked during validation."""

    path: Path
    sha1: str
    size: int
    text: str = field(repr=False)


@dataclass
class StoredDocument:
    """A document already on the site, as the `file` of a line read from a page."""

    document: object

    @property
    def sha1(self):
        if not self.document.file_hash:
            self.document._set_file_hash()
        return self.document.file_hash


class DocumentFile(Kind):
    """A path relative to the JSONL file, to a PDF, DOCX, ODT or TXT file whose text can be read."""

    def parse(self, value, context):
        if not isinstance(value, str) or not value.strip():
            raise FieldError(_("må være en filsti"))
        relative = PurePosixPath(value.strip())
        path = context.base_dir / relative
        if (
            relative.is_absolute()
            or ".." in relative.parts
            or not path.resolve().is_relative_to(context.base_dir.resolve())
        ):
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

    def dump(self, value, context):
        return context.add_document(value.document)

    def comparable(self, value):
        return value.sha1


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


def dump_fields(fields, values, context):
    """The JSON object for `values`, leaving out optional fields that are empty."""
    data = {}
    for name, spec in fields.items():
        value = values.get(name, spec.kind.default)
        if spec.required or not spec.kind.is_empty(value):
            data[name] = spec.kind.dump(value, context)
    return data


def plain_fields(model, fields):
    """The fields of `fields` that are plain attributes of `model`: format name by model attribute."""
    plain = {}
    for spec in fields.values():
        if spec.write is not None:
            continue
        try:
            model._meta.get_field(spec.model_attribute)
        except FieldDoesNotExist:
            continue
        plain[spec.model_attribute] = spec.name
    return plain


def check_model(model, fields, parsed, errors):
    """Run `model`'s own validation on the parsed values: its fields' validators, then its rules.

    A page's rules between fields are its `clean_content()` (its `clean()` also needs a place in
    the tree, which a line does not have yet); an inline model's are its `clean()`.
    """
    plain = plain_fields(model, fields)
    instance = model(**{attribute: parsed[name] for attribute, name in plain.items()})
    unset = [f.name for f in model._meta.concrete_fields if f.name not in plain]
    try:
        instance.clean_fields(exclude=unset)
        rules = getattr(instance, "clean_content", None) or instance.clean
        rules()
    except ValidationError as error:
        errors.extend(_model_messages(model, error, plain))


def _model_messages(model, error, plain):
    if not hasattr(error, "error_dict"):
        return [" ".join(error.messages)]
    messages = []
    for attribute, items in error.error_dict.items():
        text = " ".join(message for item in items for message in item.messages)
        if any(item.code == "invalid_choice" for item in items):
            # An operator fixing a file needs the values the field takes, not only that this one is wrong.
            values = [str(value) for value, _label in model._meta.get_field(attribute).flatchoices]
            text += " " + _("(gyldige: %(choices)s)") % {"choices": ", ".join(values)}
        messages.append(text if attribute == NON_FIELD_ERRORS else f'"{plain.get(attribute, attribute)}": {text}')
    return messages


def _json_repr(value):
    return json.dumps(value, ensure_ascii=False)
