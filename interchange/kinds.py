"""Value kinds of the interchange format: each reads a JSON value into Python and writes it back.

A kind only knows the JSON side: which JSON type a value has and how it becomes a Python value.
What a value may be (lengths, e-mail and URL syntax, choices, rules between fields) is the model's
business (see `records.check_model`), so every rule lives once, in the model. `parse` raises
`FieldError` with a message an operator can act on; `dump` gives the JSON value; `comparable`
gives the form in which two equal values are equal.
"""

import datetime
import json
import re

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

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


def _json_repr(value):
    return json.dumps(value, ensure_ascii=False)
