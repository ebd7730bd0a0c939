"""Fields and records: JSON objects with known fields, read and checked with the model's own rules."""

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, ValidationError
from django.utils.translation import gettext as _

from .kinds import FieldError, Kind


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
