"""Fields that several page types share, for the apps' `interchange.py` to build their types from.

Every page has a title, intro, body and SEO text; pages that link to topics share one topics field;
inline models (sessions, opening hours, contact persons) are read and written the same way.
"""

from django.utils.text import slugify
from django.utils.translation import gettext as _

from core.models import Topic

from .html import body_to_html, html_to_body
from .kinds import FieldError, Html, ListOf, Text
from .records import Field, Record


def page_fields():
    """The fields of every page: title, intro, body (HTML) and the SEO title and description."""
    return [
        Field("title", Text(), required=True),
        Field("intro", Text()),
        Field("body", Html(), read=lambda page: body_to_html(page.body), write=_write_body),
        Field("seo_title", Text()),
        Field("search_description", Text()),
    ]


def _write_body(page, html, resolver):
    page.body = html_to_body(html)


class TopicName(Text):
    def __init__(self):
        super().__init__(checked_by=Topic._meta.get_field("name"))

    def parse(self, value, context):
        value = super().parse(value, context)
        if not slugify(value, allow_unicode=True):
            raise FieldError(_("«%(value)s» er ikke et brukbart temanavn") % {"value": value})
        return value


class TopicNames(ListOf):
    def __init__(self):
        super().__init__(TopicName())

    def comparable(self, value):
        # "Diabetes" and "diabetes" are one topic.
        return list(dict.fromkeys(slugify(name, allow_unicode=True) for name in value))


def topics_field():
    """`topics`: the names of the page's topics (core's Topic snippet) through its `topic_links`."""
    return Field("topics", TopicNames(), read=_read_topics, write=_write_topics)


def _read_topics(page):
    return [link.topic.name for link in page.topic_links.all()]


def _write_topics(page, names, resolver):
    link_model = page._meta.get_field("topic_links").related_model
    topics = list({topic.pk: topic for topic in resolver.topics(names, page)}.values())
    page.topic_links = [link_model(topic=topic, sort_order=position) for position, topic in enumerate(topics)]


def inline_records(name, model, fields, relation=None):
    """A list of `model` rows (an Orderable inline model), each a record of plain fields.

    Each record is checked by the model's own validation; `relation` is the page's related name.
    """
    relation = relation or name
    record = Record(fields, model=model)
    specs = list(record.fields.values())

    def read(page):
        return [
            {spec.name: getattr(row, spec.model_attribute) for spec in specs} for row in getattr(page, relation).all()
        ]

    def write(page, items, resolver):
        rows = [
            model(sort_order=position, **{record.fields[key].model_attribute: value for key, value in item.items()})
            for position, item in enumerate(items)
        ]
        setattr(page, relation, rows)

    return Field(name, ListOf(record), read=read, write=write)
