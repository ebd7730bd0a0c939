"""The fields of each page type in the interchange format (shared/content-format.md plus our
extension fields in docs/content-format.md), and how one line is read.

Lengths come from the model fields, so the format cannot drift from what the database accepts.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import ArticlePage
from centres.choices import CentreKind, HealthRegion, ServiceLevel, Weekday
from centres.models import CentrePage, ContactPerson, OpeningHours
from core.models import Person, Topic
from offers.choices import OfferFormat, TargetGroup
from offers.models import OfferPage, OfferSession
from toolkit.choices import Audience, MethodPhase, ResourceType
from toolkit.models import ToolkitDocument, ToolkitResourcePage

from .kinds import (
    Bool,
    Choice,
    Date,
    DateTime,
    DocumentFile,
    Email,
    Field,
    Html,
    Integer,
    ListOf,
    Record,
    Slug,
    Text,
    Time,
    TopicName,
    Url,
    parse_fields,
)

# translation_of always points at a page in this language.
SOURCE_LANGUAGE = "nb"
LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
PUBLISHED, DRAFT = "published", "draft"


def _max(model, name):
    return model._meta.get_field(name).max_length


def _session_rules(session):
    start, end, deadline = session["start"], session["end"], session["signup_deadline"]
    if start and end and end <= start:
        return _('"end" må være etter "start"')
    if start and deadline and deadline > timezone.localdate(start):
        return _('"signup_deadline" kan ikke være etter at kurset starter')
    return None


def _opening_hours_rules(hours):
    if bool(hours["opens"]) != bool(hours["closes"]):
        return _('oppgi både "opens" og "closes", eller ingen av dem')
    if hours["opens"] and hours["closes"] <= hours["opens"]:
        return _('"closes" må være etter "opens"')
    return None


def _offer_rules(content):
    if content["co_development_note"] and not content["co_developed"]:
        return _('"co_development_note" krever "co_developed": true')
    return None


def _title_and_seo(model):
    return [
        Field("title", Text(_max(model, "title")), required=True),
        Field("intro", Text(_max(model, "intro"))),
        Field("body", Html()),
        Field("seo_title", Text(_max(model, "seo_title"))),
        Field("search_description", Text()),
    ]


_TOPICS = Field("topics", ListOf(TopicName(_max(Topic, "name"))))

SESSION = Record(
    [
        Field("start", DateTime(), required=True),
        Field("end", DateTime()),
        Field("place", Text(_max(OfferSession, "place"))),
        Field("capacity", Integer(minimum=0)),
        Field("signup_deadline", Date()),
    ],
    check=_session_rules,
)
OPENING_HOURS = Record(
    [
        Field("weekday", Choice(Weekday.values, default=None), required=True),
        Field("opens", Time()),
        Field("closes", Time()),
        Field("note", Text(_max(OpeningHours, "note"))),
    ],
    check=_opening_hours_rules,
)
CONTACT_PERSON = Record(
    [
        Field("name", Text(_max(ContactPerson, "name")), required=True),
        Field("role", Text(_max(ContactPerson, "role"))),
        Field("phone", Text(_max(ContactPerson, "phone"))),
        Field("email", Email(_max(ContactPerson, "email"))),
    ]
)
DOCUMENT = Record(
    [
        Field("title", Text(_max(ToolkitDocument, "title")), required=True),
        Field("file", DocumentFile(), required=True),
    ]
)


@dataclass(frozen=True)
class PageType:
    """One `type` of the format: its page model, where it lives and its content fields."""

    name: str
    model: type
    section: str | None  # the LocaleTree attribute of its parent; None: under a centre
    fields: dict
    check: object = None


def _fields(*fields):
    return {field.name: field for field in fields}


PAGE_TYPES = {
    "article": PageType(
        "article",
        ArticlePage,
        "articles",
        _fields(
            *_title_and_seo(ArticlePage),
            Field("published_at", Date(), required=True),
            Field("updated_at", Date()),
            Field("last_reviewed_at", Date()),
            Field("author", Text(_max(Person, "name"))),
            _TOPICS,
        ),
    ),
    "centre": PageType(
        "centre",
        CentrePage,
        "centres",
        _fields(
            *_title_and_seo(CentrePage),
            Field("kind", Choice(CentreKind.values), required=True),
            Field("level", Choice(ServiceLevel.values), required=True),
            Field("region", Choice(HealthRegion.values)),
            Field("county", Text(_max(CentrePage, "county"))),
            Field("municipality", Text(_max(CentrePage, "municipality"))),
            Field("parent_organisation", Text(_max(CentrePage, "parent_organisation"))),
            Field("address", Text(_max(CentrePage, "address"))),
            Field("email", Email(_max(CentrePage, "email"))),
            Field("phone", Text(_max(CentrePage, "phone"))),
            Field("url", Url(_max(CentrePage, "website"))),
            Field("verified_on", Date()),
            Field("opening_hours", ListOf(OPENING_HOURS)),
            Field("contact_persons", ListOf(CONTACT_PERSON)),
        ),
    ),
    "offer": PageType(
        "offer",
        OfferPage,
        None,
        _fields(
            *_title_and_seo(OfferPage),
            Field("target_groups", ListOf(Choice(TargetGroup.values))),
            _TOPICS,
            Field("format", Choice(OfferFormat.values, default=OfferPage._meta.get_field("format").default)),
            Field("referral_required", Bool()),
            Field("cost", Text(_max(OfferPage, "cost"))),
            Field("signup_url", Url(_max(OfferPage, "signup_url"))),
            Field("signup_text", Text(_max(OfferPage, "signup_text"))),
            Field("co_developed", Bool()),
            Field("co_development_note", Text(_max(OfferPage, "co_development_note"))),
            Field("sessions", ListOf(SESSION)),
        ),
        check=_offer_rules,
    ),
    "toolkit": PageType(
        "toolkit",
        ToolkitResourcePage,
        "toolkit",
        _fields(
            *_title_and_seo(ToolkitResourcePage),
            Field("resource_type", Choice(ResourceType.values), required=True),
            Field("phases", ListOf(Choice(MethodPhase.values))),
            Field("audiences", ListOf(Choice(Audience.values))),
            Field("last_reviewed_at", Date()),
            Field("documents", ListOf(DOCUMENT)),
        ),
    ),
}

# Fields that say which page a line is and where it goes, rather than what it contains.
_SLUG = Slug(_max(ArticlePage, "slug"))
ENVELOPE = _fields(
    Field("type", Choice(PAGE_TYPES), required=True),
    Field("slug", _SLUG, required=True),
    Field("locale", Choice(LANGUAGES, default=SOURCE_LANGUAGE)),
    Field("status", Choice([PUBLISHED, DRAFT], default=PUBLISHED)),
    Field("translation_of", _SLUG),
)
OFFER_ENVELOPE = {**ENVELOPE, "centre": Field("centre", _SLUG, required=True)}


def envelope_fields(page_type):
    return OFFER_ENVELOPE if page_type.name == "offer" else ENVELOPE


@dataclass
class Line:
    """One line of the file: which page (`type`, `slug`, `locale`), how to save it, and its content."""

    number: int
    page_type: PageType
    slug: str
    locale: str
    status: str
    translation_of: str
    centre: str
    content: dict

    @property
    def key(self):
        return (self.page_type.name, self.slug, self.locale)


def parse_line(number, data, context, errors):
    """Read one decoded JSON object into a `Line`; what is wrong with it goes to `errors`."""
    if not isinstance(data, dict):
        errors.append(_("linjen må være et JSON-objekt"))
        return None
    type_name = data.get("type")
    page_type = PAGE_TYPES.get(type_name) if isinstance(type_name, str) else None
    if page_type is None:
        parse_fields({"type": ENVELOPE["type"]}, {"type": data.get("type")}, context, errors)
        return None
    envelope_spec = envelope_fields(page_type)
    envelope_data = {name: value for name, value in data.items() if name in envelope_spec}
    content_data = {name: value for name, value in data.items() if name not in envelope_spec}
    envelope = parse_fields(envelope_spec, envelope_data, context, errors)
    content = parse_fields(page_type.fields, content_data, context, errors)
    if page_type.check and not errors:
        message = page_type.check(content)
        if message:
            errors.append(message)
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
        centre=envelope.get("centre", ""),
        content=content,
    )
