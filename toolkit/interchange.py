"""How a toolkit resource is read from and written to the content format (`"type": "toolkit"`).

Its `documents` are files next to the JSONL file; their text is extracted while the file is
checked, and each file is stored once however many resources or imports name it.
"""

from interchange import registry
from interchange.documents import DocumentFile, StoredDocument
from interchange.kinds import Date, ListOf, Text
from interchange.records import Field, Record
from interchange.shared import page_fields

from .models import ToolkitDocument, ToolkitIndexPage, ToolkitResourcePage


def _read_documents(page):
    return [{"title": link.display_title, "file": StoredDocument(link.document)} for link in page.documents.all()]


def _write_documents(page, items, resolver):
    links = []
    for position, item in enumerate(items):
        document = resolver.document(item["title"], item["file"])
        # The link text is only stored when it differs from the document's own title.
        title = "" if item["title"] == document.title else item["title"]
        links.append(ToolkitDocument(document=document, title=title, sort_order=position))
    page.documents = links


DOCUMENT = Record(
    [Field("title", Text(), required=True), Field("file", DocumentFile(), required=True)],
    model=ToolkitDocument,
)

registry.register(
    "toolkit",
    ToolkitResourcePage,
    [
        *page_fields(),
        Field("resource_type", Text(), required=True),
        Field("phases", ListOf(Text())),
        Field("audiences", ListOf(Text())),
        Field("last_reviewed_at", Date()),
        Field("documents", ListOf(DOCUMENT), read=_read_documents, write=_write_documents),
    ],
    section=ToolkitIndexPage,
)
