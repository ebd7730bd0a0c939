import io

import docx
import pytest

from core.text_extraction import DocumentTextError, extract_text


def _docx_bytes(text):
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_text_is_extracted():
    text = extract_text(io.BytesIO(_docx_bytes("Læring og mestring for pårørende")), "veileder.docx")
    assert text == "Læring og mestring for pårørende"


def test_txt_whitespace_is_folded():
    assert extract_text(io.BytesIO(b"Kurs\n\n  for   barn"), "notat.txt") == "Kurs for barn"


@pytest.mark.parametrize(
    ("payload", "name", "message"),
    [
        (b"not a pdf at all", "brosjyre.pdf", "PDF"),
        (b"PK\x03\x04broken", "mal.docx", "DOCX"),
        (b"\xff\xfe\x00bad", "notat.txt", "UTF-8"),
        (b"GIF89a", "bilde.gif", ".gif"),
    ],
)
def test_broken_or_unsupported_files_are_refused_with_a_reason(payload, name, message):
    with pytest.raises(DocumentTextError, match=message):
        extract_text(io.BytesIO(payload), name)
