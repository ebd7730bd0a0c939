"""How an article is read from and written to the content format (`"type": "article"`)."""

from django.utils.translation import gettext as _

from core.models import Person
from interchange import registry
from interchange.kinds import Date, Text
from interchange.records import Field
from interchange.shared import page_fields, topics_field

from .models import ArticleAuthor, ArticleIndexPage, ArticlePage


def _read_author(page):
    first = page.authors.all().first()
    return first.person.name if first else ""


def _write_author(page, name, resolver):
    page.authors = [ArticleAuthor(person=resolver.person(name), sort_order=0)] if name else []


def _export_warnings(page):
    if len(page.authors.all()) > 1:
        return [_("formatet har bare én forfatter; de andre er ikke eksportert.")]
    return []


registry.register(
    "article",
    ArticlePage,
    [
        *page_fields(),
        Field("published_at", Date(), required=True),
        Field("updated_at", Date()),
        Field("last_reviewed_at", Date()),
        Field("author", Text(checked_by=Person._meta.get_field("name")), read=_read_author, write=_write_author),
        topics_field(),
    ],
    section=ArticleIndexPage,
    export_warnings=_export_warnings,
)
