"""Content import and export in the JSON Lines interchange format (shared/content-format.md).

`import_file` checks a whole file and then writes it in one transaction; `export_file` writes every
page of every registered type. See docs/import-export.md.
"""

from .exporter import ExportReport, export_file
from .importer import ImportReport, import_file
from .validation import InterchangeError, LineError, read_file

__all__ = [
    "ExportReport",
    "ImportReport",
    "InterchangeError",
    "LineError",
    "export_file",
    "import_file",
    "read_file",
]
