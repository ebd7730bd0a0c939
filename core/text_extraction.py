"""Plain text from PDF, DOCX, ODT and TXT files, with a library for each format."""

import io
from pathlib import PurePath

from django.utils.translation import gettext as _

SUPPORTED_EXTENSIONS = {".pdf", ".docx", ".odt", ".txt"}
# Enough for any handbook; keeps one huge file from bloating the search index.
MAX_TEXT_LENGTH = 500_000


class DocumentTextError(ValueError):
    """The file could not be read as the format its name says."""


def extract_text(handle, filename):
    suffix = PurePath(filename).suffix.lower()
    if suffix not in SUPPORTED_EXTENSIONS:
        raise DocumentTextError(
            _("Filtypen %(suffix)s støttes ikke (bruk PDF, DOCX, ODT eller TXT).") % {"suffix": suffix or "?"}
        )
    data = handle.read()
    try:
        text = _EXTRACTORS[suffix](data)
    except DocumentTextError:
        raise
    except Exception as error:  # each library raises its own family of errors for a broken file
        raise DocumentTextError(
            _("Filen kunne ikke leses som %(suffix)s: %(error)s") % {"suffix": suffix[1:].upper(), "error": error}
        ) from error
    return " ".join(text.split())[:MAX_TEXT_LENGTH]


def _pdf(data):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _docx(data):
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _odt(data):
    from odf import teletype
    from odf.opendocument import load
    from odf.text import H, P

    document = load(io.BytesIO(data))
    return "\n".join(teletype.extractText(node) for tag in (H, P) for node in document.getElementsByType(tag))


def _txt(data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DocumentTextError(_("Tekstfilen er ikke UTF-8.")) from error


_EXTRACTORS = {".pdf": _pdf, ".docx": _docx, ".odt": _odt, ".txt": _txt}
