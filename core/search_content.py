"""What a page says to search: one flat record of plain text, labels, places, names and documents.

Every page type builds its `SearchContent` in `search_content()` (`core.models.BasePage` gives the
default, each domain page adds its own). This module holds the record and the generic walk from
rich text and StreamField data to plain text; it knows no page type.

The walk reads a StreamField's stored (raw) data with the block definitions beside it, so it makes
no query at all: chosen images, pages and embeds are never loaded, and the documents a body
points to (document blocks anywhere in the stream, document links inside rich text) are collected
as ids and fetched afterwards in one query.
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser

from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.contrib.typed_table_block.blocks import BaseTypedTableBlock
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.rich_text import RichText


@dataclass
class SearchContent:
    """One page as search sees it. Every text is plain text; the lists hold no blanks or repeats."""

    title: str
    intro: str = ""
    body: str = ""
    keywords: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    documents: list = field(default_factory=list)
    # What a search can be narrowed down by ("topic", "region", "target_group"), as stable values:
    # a topic's translation key, a region's or target group's choice value.
    facets: dict[str, list[str]] = field(default_factory=dict)
    # What a result shows beside its snippet (JSON-serialisable): see search/details.py.
    details: dict = field(default_factory=dict)

    def add_facet(self, name, values):
        """Add facet values, leaving out blanks and repeats."""
        held = self.facets.setdefault(name, [])
        for value in values:
            if value and str(value) not in held:
                held.append(str(value))

    def extend(self, *, keywords=(), places=(), related=(), documents=()):
        """Add to the lists, leaving out blanks and what a list already holds (documents by id)."""
        _extend_text(self.keywords, keywords)
        _extend_text(self.places, places)
        _extend_text(self.related, related)
        have = {document.pk for document in self.documents}
        for document in documents:
            if document is not None and document.pk not in have:
                have.add(document.pk)
                self.documents.append(document)


def _extend_text(values, new):
    for value in new:
        text = collapse(str(value)) if value is not None else ""
        if text and text not in values:
            values.append(text)


def count_words(text):
    """The words in a plain text: runs between spaces with a letter or digit in them, so
    "lærings- og mestringstilbud" is three words and a lone dash none."""
    return sum(1 for token in (text or "").split() if any(char.isalnum() for char in token))


def collapse(text):
    """`text` on one line: every run of whitespace (newlines and no-break spaces too) as one space."""
    return " ".join((text or "").split())


@dataclass
class BodyText:
    """The plain text of a body, a paragraph a line, and the ids of the documents it points to."""

    paragraphs: list[str] = field(default_factory=list)
    document_ids: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, value):
        """The text of a StreamField value, a `RichText`, an HTML string, or None."""
        found = cls()
        found.add_value(value)
        return found

    @property
    def text(self):
        return "\n".join(self.paragraphs)

    def documents(self):
        """The documents in order of first appearance, in one query (none if there are none)."""
        return documents_by_id(self.document_ids)

    def add_value(self, value):
        if value is None:
            return
        if isinstance(value, StreamValue):
            if value.raw_text:  # content that was never valid stream JSON
                self.add_html(value.raw_text)
            self.add_block(value.stream_block, list(value.raw_data))
        elif isinstance(value, RichText):
            self.add_html(value.source)
        else:
            self.add_html(str(value))

    def add_text(self, text):
        """Plain text; each of its lines a paragraph."""
        if not isinstance(text, str):
            return
        for line in text.splitlines():
            self._add_paragraph(line)

    def add_html(self, html):
        """Rich text in Wagtail's stored format (or any HTML): text kept, tags dropped, document links noted."""
        if not isinstance(html, str) or not html.strip():
            return
        if "<" not in html and "&" not in html:
            self.add_text(html)
            return
        reader = _HtmlTextReader(self)
        reader.feed(html)
        reader.close()
        reader.flush()

    def add_document_id(self, raw):
        pk = getattr(raw, "pk", raw)  # a document itself, where the value was built in memory
        try:
            self.document_ids.append(int(pk))
        except (TypeError, ValueError):
            pass

    def add_block(self, block, raw):
        """The stored value `raw` of `block`: containers walked in order, text blocks kept, the rest
        (choices, flags, numbers, dates, links, images, embeds, pages) left out as not body text."""
        if raw is None:
            return
        if isinstance(block, blocks.StreamBlock):
            for item in raw if isinstance(raw, list) else []:
                child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
                if child is not None:
                    self.add_block(child, item.get("value"))
        elif isinstance(block, blocks.ListBlock):
            for item in raw if isinstance(raw, list) else []:
                self.add_block(block.child_block, _list_item_value(item))
        elif isinstance(block, blocks.StructBlock):
            if isinstance(raw, dict):
                for name, child in block.child_blocks.items():
                    self.add_block(child, raw.get(name))
        elif isinstance(block, BaseTypedTableBlock):
            self._add_typed_table(block, raw)
        elif isinstance(block, TableBlock):
            self._add_table(raw)
        elif isinstance(block, blocks.RichTextBlock | blocks.RawHTMLBlock):
            self.add_html(raw.source if isinstance(raw, RichText) else raw)
        elif isinstance(block, DocumentChooserBlock):
            self.add_document_id(raw)
        elif isinstance(block, blocks.CharBlock | blocks.TextBlock | blocks.RegexBlock):
            self.add_text(raw)

    def _add_table(self, raw):
        """A TableBlock: the caption, then a line per row with its cells (HTML in cells stripped)."""
        if not isinstance(raw, dict):
            return
        self.add_text(raw.get("table_caption"))
        for row in raw.get("data") or []:
            cells = []
            for cell in row or []:
                if cell:
                    cells.append(_html_line(str(cell)))
            self._add_paragraph(" ".join(cells))

    def _add_typed_table(self, block, raw):
        """A TypedTableBlock: the caption, the column headings on a line, then each row on a line."""
        if not isinstance(raw, dict):
            return
        self.add_text(raw.get("caption"))
        columns = [column for column in raw.get("columns") or [] if isinstance(column, dict)]
        self._add_paragraph(" ".join(collapse(column.get("heading")) for column in columns))
        for row in raw.get("rows") or []:
            values = (row.get("values") or []) if isinstance(row, dict) else []
            cells = BodyText()
            for column, value in zip(columns, values, strict=False):
                child = block.child_blocks.get(column.get("type"))
                if child is not None:
                    cells.add_block(child, value)
            self._add_paragraph(" ".join(cells.paragraphs))
            self.document_ids.extend(cells.document_ids)

    def _add_paragraph(self, text):
        text = collapse(text)
        if text:
            self.paragraphs.append(text)


def _list_item_value(item):
    # A ListBlock item is stored as {"type": "item", "value": ..., "id": ...}, or bare in old data.
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item and "id" in item:
        return item["value"]
    return item


def _html_line(html):
    text = BodyText()
    text.add_html(html)
    return " ".join(text.paragraphs)


def html_to_text(html):
    """Rich text or HTML as plain text, a paragraph a line."""
    return BodyText.of(html).text


def documents_by_id(ids):
    """The documents with these ids, in the order given, each once; missing ones left out. One query."""
    ordered = list(dict.fromkeys(ids))
    if not ordered:
        return []
    found = get_document_model().objects.in_bulk(ordered)
    return [found[pk] for pk in ordered if pk in found]


# Tags that start or end a paragraph, tags whose content is no text, and table cells (a space apart).
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br caption dd details div dl dt figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody tfoot thead tr ul".split()
)
_NO_TEXT_TAGS = frozenset("script style template noscript".split())
_CELL_TAGS = frozenset(["td", "th"])


class _HtmlTextReader(HTMLParser):
    """Reads HTML into a BodyText: text by paragraph, and the ids of `<a linktype="document" id="N">`."""

    def __init__(self, body):
        super().__init__(convert_charrefs=True)
        self.body = body
        self._current = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _NO_TEXT_TAGS:
            self._hidden += 1
        self._boundary(tag)
        if tag == "a":
            attributes = dict(attrs)
            if attributes.get("linktype") == "document" and attributes.get("id"):
                self.body.add_document_id(attributes["id"])

    def handle_startendtag(self, tag, attrs):
        # `<br/>`, `<embed .../>`: one tag, no content, no end tag to follow.
        self._boundary(tag)

    def handle_endtag(self, tag):
        if tag in _NO_TEXT_TAGS:
            self._hidden = max(self._hidden - 1, 0)
        self._boundary(tag)

    def handle_data(self, data):
        if not self._hidden:
            self._current.append(data)

    def _boundary(self, tag):
        if tag in _BLOCK_TAGS:
            self.flush()
        elif tag in _CELL_TAGS:
            self._current.append(" ")

    def flush(self):
        self.body._add_paragraph("".join(self._current))
        self._current = []


def related_rows(instance, name, *select_related):
    """The rows of `instance`'s related manager `name`: the prefetched or in-memory ones where there
    are some (so a caller who prefetched pays no query), else one query with `select_related`."""
    manager = getattr(instance, name)
    prefetched = name in getattr(instance, "_prefetched_objects_cache", {})
    if prefetched or getattr(manager, "is_deferring", False) or instance.pk is None:
        return list(manager.all())
    return list(manager.select_related(*select_related))
