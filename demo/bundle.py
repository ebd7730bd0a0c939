"""Demo content for `manage.py load_demo`, written as records in the content interchange format.

`write_bundle()` writes the records as JSON Lines, plus the files they attach, so the demo goes
through `import_content` exactly like an organisation's own content would. See docs/demo-content.md.
"""

import json

from . import (
    articles_news,
    articles_professional,
    centres,
    nynorsk_only,
    offers_municipal,
    offers_specialist,
    toolkit,
    translations,
)
from .common import resolve
from .documents import write_documents

BUNDLE_FILENAME = "demo.jsonl"

__all__ = ["BUNDLE_FILENAME", "build_records", "write_bundle"]


def build_records(today):
    """Every demo record for the load day `today`, in an order the importer can follow.

    Centres come before their offers and bokmål pages before their translations; pages written
    only in nynorsk come last.
    """
    records = [
        *centres.CENTRES,
        *offers_specialist.OFFERS,
        *offers_municipal.OFFERS,
        *articles_professional.ARTICLES,
        *articles_news.ARTICLES,
        *toolkit.RESOURCES,
        *translations.NYNORSK,
        *translations.ENGLISH,
        *nynorsk_only.PAGES,
    ]
    return [resolve(record, today) for record in records]


def write_bundle(directory, today):
    """Write the JSONL file and its documents into `directory` (a Path); return the JSONL path."""
    write_documents(directory)
    path = directory / BUNDLE_FILENAME
    with path.open("w", encoding="utf-8") as handle:
        for record in build_records(today):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
