"""A minimal PDF writer for the demo documents: A4 pages of wrapped text in Helvetica.

The text is encoded as Windows-1252 under the standard WinAnsiEncoding, so æ, ø, å, « », – and
other Western European characters print and extract correctly without embedding a font. That is
all the demo needs; real documents are uploaded by editors.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 64
BODY_SIZE, BODY_LEADING = 11, 15
TITLE_SIZE, TITLE_LEADING = 17, 24
# Helvetica at 11 pt averages a little over 5 pt a character; 84 keeps lines inside the margins.
WRAP_WIDTH = 84


def render_pdf(title, paragraphs):
    """Return the bytes of a PDF whose first line is `title`, followed by `paragraphs` (strings)."""
    pages = _paginate(_layout(title, paragraphs))
    objects = [None, None]  # 1: catalog, 2: page tree; filled in once the pages are known
    fonts = {"F1": _add(objects, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")}
    fonts["F2"] = _add(
        objects, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    resources = b"<< /Font << /F1 %d 0 R /F2 %d 0 R >> >>" % (fonts["F1"], fonts["F2"])
    page_ids = []
    for lines in pages:
        stream = _content_stream(lines)
        content_id = _add(objects, b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        page_ids.append(
            _add(
                objects,
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources %s /Contents %d 0 R >>"
                % (PAGE_WIDTH, PAGE_HEIGHT, resources, content_id),
            )
        )
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = b" ".join(b"%d 0 R" % page_id for page_id in page_ids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    info_id = _add(objects, b"<< /Title %s /Producer (mestring load_demo) >>" % _text_string(title))
    return _serialise(objects, info_id)


def _layout(title, paragraphs):
    """(font, size, leading, text) per line: the title in bold, a blank line between paragraphs."""
    lines = [("F2", TITLE_SIZE, TITLE_LEADING, line) for line in textwrap.wrap(title, WRAP_WIDTH * 2 // 3)]
    for paragraph in paragraphs:
        lines.append(("F1", BODY_SIZE, BODY_LEADING, ""))
        lines.extend(("F1", BODY_SIZE, BODY_LEADING, line) for line in textwrap.wrap(paragraph, WRAP_WIDTH))
    return lines


def _paginate(lines):
    pages, current, height = [], [], 0
    available = PAGE_HEIGHT - 2 * MARGIN
    for line in lines:
        if height + line[2] > available and current:
            pages.append(current)
            current, height = [], 0
        current.append(line)
        height += line[2]
    pages.append(current)
    return pages


def _content_stream(lines):
    ops = [b"BT", b"%d %d Td" % (MARGIN, PAGE_HEIGHT - MARGIN)]
    for font, size, leading, text in lines:
        ops.append(b"/%s %d Tf 0 -%d Td %s Tj" % (font.encode(), size, leading, _literal(text)))
    ops.append(b"ET")
    return b"\n".join(ops)


def _literal(text):
    """A PDF literal string in Windows-1252, with the three special characters escaped."""
    data = text.encode("cp1252", errors="replace")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _text_string(text):
    """A PDF text string for metadata: UTF-16 with a byte order mark, as hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _add(objects, body):
    objects.append(body)
    return len(objects)


def _serialise(objects, info_id):
    out = bytearray(b"%PDF-1.4\n%\xe6\xf8\xe5\xc6\n")  # the binary comment marks the file as binary
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        info_id,
        xref,
    )
    return bytes(out)
