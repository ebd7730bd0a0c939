"""Document files in the format: a path next to the JSONL file on import, a stored document on export."""

import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.utils.translation import gettext as _

from core.text_extraction import SUPPORTED_EXTENSIONS, DocumentTextError, extract_text

from .kinds import FieldError, Kind


@dataclass
class SourceFile:
    """A document file next to the JSONL file, read and checked during validation."""

    path: Path
    sha1: str
    size: int
    text: str = field(repr=False)


@dataclass
class StoredDocument:
    """A document already on the site, as the `file` of a line read from a page."""

    document: object

    @property
    def sha1(self):
        if not self.document.file_hash:
            self.document._set_file_hash()
        return self.document.file_hash


class DocumentFile(Kind):
    """A path relative to the JSONL file, to a PDF, DOCX, ODT or TXT file whose text can be read."""

    def parse(self, value, context):
        if not isinstance(value, str) or not value.strip():
            raise FieldError(_("må være en filsti"))
        relative = PurePosixPath(value.strip())
        path = context.base_dir / relative
        if (
            relative.is_absolute()
            or ".." in relative.parts
            or not path.resolve().is_relative_to(context.base_dir.resolve())
        ):
            raise FieldError(_("«%(value)s» må være en sti under mappen JSONL-filen ligger i") % {"value": value})
        if path in context.files:
            return context.files[path]
        suffix = path.suffix.lower()
        allowed = SUPPORTED_EXTENSIONS & {f".{ext}" for ext in settings.WAGTAILDOCS_EXTENSIONS}
        if suffix not in allowed:
            raise FieldError(
                _("«%(value)s»: filtypen støttes ikke (bruk %(allowed)s)")
                % {"value": value, "allowed": ", ".join(sorted(ext[1:].upper() for ext in allowed))}
            )
        if not path.is_file():
            raise FieldError(_("fant ikke filen «%(value)s»") % {"value": value})
        data = path.read_bytes()
        limit = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
        if limit and len(data) > limit:
            raise FieldError(_("«%(value)s» er større enn %(limit)s byte") % {"value": value, "limit": limit})
        try:
            text = extract_text(io.BytesIO(data), path.name)
        except DocumentTextError as error:
            raise FieldError(f"«{value}»: {error}") from error
        # SHA-1 because Wagtail's `file_hash` is SHA-1: it identifies content, it protects nothing.
        sha1 = hashlib.sha1(data).hexdigest()  # noqa: S324
        source = SourceFile(path=path, sha1=sha1, size=len(data), text=text)
        context.files[path] = source
        return source

    def dump(self, value, context):
        return context.add_document(value.document)

    def comparable(self, value):
        return value.sha1
