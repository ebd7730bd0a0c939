"""How one line of the file is read: its envelope (which page, where it goes) and its content.

The content fields of each type come from the registry, filled by the apps that own the page
types (`articles/interchange.py`, ...). After the fields are read, the page model's own validation
runs on them, so the format cannot drift from what an editor may save.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.models import Page

from . import registry
from .kinds import Choice, Text
from .records import Field, check_model, fields_by_name, parse_fields

# translation_of always points at a page in this language.
SOURCE_LANGUAGE = settings.LANGUAGE_CODE
LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
PUBLISHED, DRAFT = "published", "draft"

_SLUG = Text(checked_by=Page._meta.get_field("slug"))
ENVELOPE = fields_by_name(
    Field("type", Choice(registry.names), required=True),
    Field("slug", _SLUG, required=True),
    Field("locale", Choice(LANGUAGES, default=SOURCE_LANGUAGE)),
    Field("status", Choice([PUBLISHED, DRAFT], default=PUBLISHED)),
    Field("translation_of", _SLUG),
)


def envelope_fields(page_type):
    if page_type.parent_field is None:
        return ENVELOPE
    return {**ENVELOPE, page_type.parent_field: Field(page_type.parent_field, _SLUG, required=True)}


@dataclass
class Line:
    """One line of the file: which page (`type`, `slug`, `locale`), how to save it, and its content."""

    number: int
    page_type: registry.PageType
    slug: str
    locale: str
    status: str
    translation_of: str
    parent_slug: str  # for a type that lives under another type's page: that page's slug
    content: dict

    @property
    def key(self):
        return (self.page_type.name, self.slug, self.locale)

    @property
    def parent_key(self):
        return (self.page_type.parent_type, self.parent_slug, self.locale)


def parse_line(number, data, context, errors):
    """Read one decoded JSON object into a `Line`; what is wrong with it goes to `errors`."""
    if not isinstance(data, dict):
        errors.append(_("linjen må være et JSON-objekt"))
        return None
    type_name = data.get("type")
    page_type = registry.get(type_name) if isinstance(type_name, str) else None
    if page_type is None:
        parse_fields({"type": ENVELOPE["type"]}, {"type": data.get("type")}, context, errors)
        return None
    envelope_spec = envelope_fields(page_type)
    envelope_data = {name: value for name, value in data.items() if name in envelope_spec}
    content_data = {name: value for name, value in data.items() if name not in envelope_spec}
    envelope = parse_fields(envelope_spec, envelope_data, context, errors)
    content = parse_fields(page_type.fields, content_data, context, errors)
    if not errors:
        check_model(page_type.model, page_type.fields, content, errors)
    if envelope["translation_of"] and envelope["locale"] == SOURCE_LANGUAGE:
        errors.append(
            _('"translation_of" brukes bare på sider som ikke er på %(language)s') % {"language": SOURCE_LANGUAGE}
        )
    return Line(
        number=number,
        page_type=page_type,
        slug=envelope["slug"],
        locale=envelope["locale"],
        status=envelope["status"],
        translation_of=envelope["translation_of"],
        parent_slug=envelope.get(page_type.parent_field, "") if page_type.parent_field else "",
        content=content,
    )
