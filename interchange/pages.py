"""Between a page and the content of one interchange line, in both directions.

`read_content` gives a page's content in the same shape `schema.parse_line` gives a line's, so
import can tell whether anything changed and export can write it out. `write_content` only
touches what differs, so parts the format cannot express (extra authors, images in the body,
links to topics in another language) survive an import that does not change them.
"""

from dataclasses import dataclass

from django.utils.text import slugify

from articles.models import ArticleAuthor
from centres.models import ContactPerson, OpeningHours
from offers.models import OfferSession
from toolkit.models import ToolkitDocument

from .html import body_to_html, clean_html, html_to_body

# Format names that differ from the model attribute.
_ATTRIBUTES = {"url": "website"}


@dataclass
class StoredDocument:
    """A document already on the site, as the `file` of a toolkit line."""

    document: object

    @property
    def sha1(self):
        if not self.document.file_hash:
            self.document._set_file_hash()
        return self.document.file_hash


def find_pages(page_type, slug, language):
    """The pages a line with this type, slug and language updates (normally none or one)."""
    return page_type.model.objects.filter(locale__language_code=language, slug=slug, alias_of__isnull=True)


def read_content(page_type, page):
    content = {}
    for name in page_type.fields:
        reader = _READERS.get(name)
        if reader is not None:
            content[name] = reader(page)
        else:
            value = getattr(page, _ATTRIBUTES.get(name, name))
            content[name] = page_type.fields[name].kind.default if value is None else value
    return content


def comparable(content):
    """`content` with each value in the form in which two equal pages have equal values."""
    content = dict(content)
    if "body" in content:
        content["body"] = clean_html(content["body"])
    if "topics" in content:
        content["topics"] = list(dict.fromkeys(slugify(name, allow_unicode=True) for name in content["topics"]))
    if "documents" in content:
        content["documents"] = [(item["title"], item["file"].sha1) for item in content["documents"]]
    return content


def write_content(page_type, page, content, resolver):
    """Set `content` on `page` (not saved). `resolver` finds or creates topics, persons and documents."""
    current = comparable(read_content(page_type, page))
    wanted = comparable(content)
    for name, value in content.items():
        writer = _WRITERS.get(name)
        if writer is None:
            setattr(page, _ATTRIBUTES.get(name, name), value)
        elif current[name] != wanted[name]:
            writer(page, value, resolver)


def _read_body(page):
    return body_to_html(page.body)


def _read_author(page):
    first = page.authors.all().first()
    return first.person.name if first else ""


def _read_topics(page):
    return [link.topic.name for link in page.topic_links.all()]


def _read_opening_hours(page):
    return [
        {"weekday": hours.weekday, "opens": hours.opens, "closes": hours.closes, "note": hours.note}
        for hours in page.opening_hours.all()
    ]


def _read_contact_persons(page):
    return [
        {"name": person.name, "role": person.role, "phone": person.phone, "email": person.email}
        for person in page.contact_persons.all()
    ]


def _read_sessions(page):
    return [
        {
            "start": session.start,
            "end": session.end,
            "place": session.place,
            "capacity": session.capacity,
            "signup_deadline": session.signup_deadline,
        }
        for session in page.sessions.all()
    ]


def _read_documents(page):
    return [{"title": link.display_title, "file": StoredDocument(link.document)} for link in page.documents.all()]


def _write_body(page, html, resolver):
    page.body = html_to_body(html)


def _write_author(page, name, resolver):
    page.authors = [ArticleAuthor(person=resolver.person(name), sort_order=0)] if name else []


def _write_topics(page, names, resolver):
    link_model = page._meta.get_field("topic_links").related_model
    # "Diabetes" and "diabetes" are one topic, linked once.
    topics = list({topic.pk: topic for topic in (resolver.topic(name, page.locale) for name in names)}.values())
    page.topic_links = [link_model(topic=topic, sort_order=position) for position, topic in enumerate(topics)]


def _write_opening_hours(page, items, resolver):
    page.opening_hours = [OpeningHours(sort_order=position, **item) for position, item in enumerate(items)]


def _write_contact_persons(page, items, resolver):
    page.contact_persons = [ContactPerson(sort_order=position, **item) for position, item in enumerate(items)]


def _write_sessions(page, items, resolver):
    page.sessions = [OfferSession(sort_order=position, **item) for position, item in enumerate(items)]


def _write_documents(page, items, resolver):
    links = []
    for position, item in enumerate(items):
        document = resolver.document(item["title"], item["file"])
        # The link text is only stored when it differs from the document's own title.
        title = "" if item["title"] == document.title else item["title"]
        links.append(ToolkitDocument(document=document, title=title, sort_order=position))
    page.documents = links


_READERS = {
    "body": _read_body,
    "author": _read_author,
    "topics": _read_topics,
    "opening_hours": _read_opening_hours,
    "contact_persons": _read_contact_persons,
    "sessions": _read_sessions,
    "documents": _read_documents,
}
_WRITERS = {
    "body": _write_body,
    "author": _write_author,
    "topics": _write_topics,
    "opening_hours": _write_opening_hours,
    "contact_persons": _write_contact_persons,
    "sessions": _write_sessions,
    "documents": _write_documents,
}
