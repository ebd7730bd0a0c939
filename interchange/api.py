"""Content import and export in the JSON Lines interchange format (shared/content-format.md).

`import_file` checks a whole file and then writes it in one transaction; `export_file` writes every
article, centre, offer and toolkit resource. `ensure_locale_tree` builds a language's home page and
sections, for anything else that needs them (such as `load_demo`). See docs/import-export.md.
"""

from .exporter import ExportReport, export_file
from .html import clean_html
from .importer import ImportReport, import_file
from .validation import InterchangeError, LineError, read_file

__all__ = [
    "ExportReport",
    "ImportReport",
    "InterchangeError",
    "LineError",
    "clean_html",
    "export_file",
    "import_file",
    "read_file",
]
