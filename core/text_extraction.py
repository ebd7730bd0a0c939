"""Plain text from PDF, DOCX, ODT and TXT files, with a library for each format.

Uploads are untrusted: whatever a broken, encrypted or mislabelled file makes a library raise
comes out as DocumentTextError, with a short reason an editor can read.
"""

import io
from pathlib import PurePath

from django.utils.translation import gettext as _

SUPPORTED_EXTENSIONS = {".pdf", ".docx", ".odt", ".txt"}
# Enough for any handbook; keeps one huge file from bloating the search index.
MAX_TEXT_LENGTH = 500_000
# Word saves a password-protected document (and the old .doc format) as an OLE compound file, not a zip.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class DocumentTextError(ValueError):
    """The file could not be read as the format its name says; the message says why, for an editor."""


def extract_text(handle, filename):
    suffix = PurePath(filename).suffix.lower()
    if suffix not in SUPPORTED_EXTENSIONS:
        raise DocumentTextError(
            _("Filtypen %(suffix)s støttes ikke (bruk PDF, DOCX, ODT eller TXT).") % {"suffix": suffix or "?"}
        )
    data = handle.read()
    if not data:
        raise DocumentTextError(_("Filen er tom."))
    try:
        text = _EXTRACTORS[suffix](data)
    except DocumentTextError:
        raise
    # pypdf alone raises its own errors, struct/zlib errors, KeyError, RecursionError and more for a
    # damaged file, python-docx and odfpy zip and XML errors: at this boundary any of them means
    # "unreadable". The cause stays chained for the log.
    except Exception as error:
        raise DocumentTextError(_("Filen kunne ikke leses som %(suffix)s.") % {"suffix": suffix[1:].upper()}) from error
    return " ".join(text.split())[:MAX_TEXT_LENGTH]


def _pdf(data):
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data))
        # A file with only an owner password opens with the empty password, as in any PDF viewer.
        locked = reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED
    except DependencyError as error:  # AES encryption needs the optional cryptography package
        raise DocumentTextError(_("PDF-filen er passordbeskyttet.")) from error
    if locked:
        raise DocumentTextError(_("PDF-filen er passordbeskyttet."))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _docx(data):
    import docx

    if data.startswith(OLE_SIGNATURE):
        raise DocumentTextError(_("Filen er passordbeskyttet eller lagret i det gamle Word-formatet (.doc)."))
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
