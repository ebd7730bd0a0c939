import json

import pytest

from tests.interchange.helpers import article_line, centre_line, make_docx, make_pdf, offer_line, toolkit_line


@pytest.fixture
def write_jsonl(tmp_path):
    """Write objects (or raw strings) one per line and return the file's path."""

    def write(lines, name="content.jsonl"):
        path = tmp_path / name
        path.write_text(
            "".join((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n" for line in lines),
            encoding="utf-8",
        )
        return path

    return write


@pytest.fixture
def full_file(tmp_path, write_jsonl):
    """One of everything: each type, documents of each format, a translation and a draft."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "veileder.txt").write_text("Veileder for brukermedvirkning", encoding="utf-8")
    (tmp_path / "docs" / "sjekkliste.pdf").write_bytes(make_pdf("Sjekkliste for evaluering"))
    make_docx(tmp_path / "docs" / "kursplan.docx", "Mal for kursplan")
    return write_jsonl(
        [
            centre_line(
                region="sor-ost",
                municipality="Oslo",
                url="https://lms.example.no",
                opening_hours=[{"weekday": 0, "opens": "08:00", "closes": "15:30"}, {"weekday": 5, "note": "Stengt"}],
                contact_persons=[{"name": "Ola Nordmann", "role": "Rådgiver", "email": "ola@lms.example.no"}],
            ),
            offer_line(
                target_groups=["pasienter", "parorende"],
                topics=["Diabetes"],
                sessions=[{"start": "2026-09-01T18:00", "end": "2026-09-01T20:00", "place": "Rom 1", "capacity": 12}],
                co_developed=True,
                co_development_note="Utviklet med Diabetesforbundet.",
            ),
            article_line(body="<p>Om <b>mestring</b>.</p>", author="Kari Nordmann", topics=["Diabetes", "Mestring"]),
            article_line(slug="om-meistring", locale="nn", title="Om meistring", translation_of="om-mestring"),
            article_line(slug="utkast", title="Ikke ferdig", status="draft", author="Per Hansen", topics=["Kols"]),
            toolkit_line(
                phases=["evaluere"],
                documents=[
                    {"title": "Veileder", "file": "docs/veileder.txt"},
                    {"title": "Sjekkliste", "file": "docs/sjekkliste.pdf"},
                    {"title": "Kursplan", "file": "docs/kursplan.docx"},
                ],
            ),
        ]
    )
