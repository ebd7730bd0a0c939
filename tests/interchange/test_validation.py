"""One bad line rejects the whole file: nothing is written, and the operator is told which line and why."""

import pytest

from interchange.importer import Importer
from tests.interchange.helpers import (
    article_line,
    centre_line,
    counts,
    import_errors,
    offer_line,
    run_command,
    site_snapshot,
    stored_document_files,
    toolkit_line,
)

pytestmark = pytest.mark.django_db


def _document(name):
    return toolkit_line(slug="ressurs", documents=[{"title": "Dokument", "file": name}])


BAD_LINES = {
    "unknown field": (article_line(slug="ny", colour="red"), 'ukjent felt "colour"'),
    "bad enum": (
        centre_line(slug="ny", kind="sykehus"),
        "\"kind\": Verdien 'sykehus' er ikke et gyldig valg. (gyldige: lms, frisklivssentral",
    ),
    "bad date format": (
        article_line(slug="ny", published_at="14.03.2026"),
        '"published_at": "14.03.2026" er ikke en dato',
    ),
    "impossible date": (article_line(slug="ny", published_at="2026-02-30"), '"2026-02-30" er ikke en gyldig dato'),
    "bad date-time": (
        offer_line(sessions=[{"start": "neste tirsdag"}]),
        '"start": "neste tirsdag" er ikke et tidspunkt',
    ),
    "session ends before it starts": (
        offer_line(sessions=[{"start": "2026-09-01T18:00", "end": "2026-09-01T17:00"}]),
        '"sessions": element 1: "end": Slutt må være etter start.',
    ),
    "missing centre": (offer_line(centre="finnes-ikke"), "fant ikke senter «finnes-ikke»"),
    "ftp link": (centre_line(slug="ny", url="ftp://lms.example.no"), '"url": Oppgi en gyldig nettadresse.'),
    "too long for the model": (
        centre_line(slug="ny", county="x" * 101),
        '"county": Sørg for at denne verdien har 100 eller færre tegn',
    ),
    "co-development note without co-development": (
        offer_line(co_development_note="Laget med LHL."),
        '"co_developed": Kryss av her når du beskriver',
    ),
    "broken pdf": (_document("ødelagt.pdf"), "«ødelagt.pdf»: Filen kunne ikke leses som PDF"),
    "missing document file": (_document("borte.pdf"), "fant ikke filen «borte.pdf»"),
    "document type not allowed": (_document("program.exe"), "filtypen støttes ikke"),
    "document outside the folder": (_document("../hemmelig.txt"), "må være en sti under mappen"),
    "invalid json": ('{"type": "article", "slug": ', "ugyldig JSON"),
    "not an object": ('["article"]', "linjen må være et JSON-objekt"),
    "unknown type": ({"type": "event", "slug": "ny", "title": "Kurs"}, '"type": "event" er ikke en gyldig verdi'),
    "type not a string": ({"type": ["article"], "slug": "ny"}, '"type": ["article"] er ikke en gyldig verdi'),
    "missing required field": (
        {"type": "article", "slug": "ny", "published_at": "2026-01-01"},
        'mangler feltet "title"',
    ),
    "wrong value type": (offer_line(topics="Diabetes"), '"topics": må være en liste'),
    "bad slug": (article_line(slug="Om mestring!"), '"slug": «Om mestring!»: Oppgi en gyldig "slug"'),
    "unknown locale": (article_line(slug="ny", locale="se"), '"locale": "se" er ikke en gyldig verdi'),
    "duplicate page": (article_line(), "article «om-mestring» på nb står allerede på linje 2"),
    "translation of nothing": (
        article_line(slug="ny", locale="nn", translation_of="finnes-ikke"),
        "fant ingen article med slug «finnes-ikke» på nb",
    ),
}


@pytest.fixture
def files(tmp_path):
    (tmp_path / "veileder.txt").write_text("Veileder", encoding="utf-8")
    (tmp_path / "ødelagt.pdf").write_bytes(b"%PDF-1.4\nthis is not a PDF at all\n")
    (tmp_path / "program.exe").write_bytes(b"MZ")
    (tmp_path.parent / "hemmelig.txt").write_text("Hemmelig", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("case", BAD_LINES)
def test_one_bad_line_rejects_the_whole_file(home, files, write_jsonl, case):
    bad_line, reason = BAD_LINES[case]
    path = write_jsonl(
        [
            centre_line(),
            article_line(),
            bad_line,
            toolkit_line(documents=[{"title": "Veileder", "file": "veileder.txt"}]),
        ]
    )
    before, snapshot = counts(), site_snapshot()

    errors = import_errors(path)

    assert "linje 3: " in errors and reason in errors
    assert "linje 1" not in errors and "linje 2:" not in errors and "linje 4" not in errors
    assert counts() == before
    assert site_snapshot() == snapshot


def test_every_bad_line_is_reported_at_once(home, write_jsonl):
    path = write_jsonl([article_line(colour="red"), centre_line(), offer_line(centre="finnes-ikke", format="kurs")])

    errors = import_errors(path).splitlines()

    assert errors == [
        'linje 1: ukjent felt "colour"',
        "linje 3: \"format\": Verdien 'kurs' er ikke et gyldig valg. (gyldige: gruppe, individuell, digital)",
        "linje 3: fant ikke senter «finnes-ikke» på nb (det må stå tidligere i filen eller finnes på nettstedet)",
    ]


def test_a_centre_must_come_before_its_offers(home, write_jsonl):
    errors = import_errors(write_jsonl([offer_line(), centre_line()]))

    assert "linje 1: fant ikke senter «lms-oslo»" in errors


def test_a_failure_while_writing_undoes_everything_including_stored_files(home, files, write_jsonl, monkeypatch):
    path = write_jsonl(
        [
            toolkit_line(documents=[{"title": "Veileder", "file": "veileder.txt"}]),
            centre_line(),
            article_line(slug="siste"),
        ]
    )
    before, snapshot, stored = counts(), site_snapshot(), stored_document_files()
    write = Importer.write

    def write_until_the_last_line(importer, line):
        if line.slug == "siste":
            raise RuntimeError("disken er full")
        return write(importer, line)

    monkeypatch.setattr(Importer, "write", write_until_the_last_line)

    errors = import_errors(path)

    assert "linje 3: RuntimeError: disken er full" in errors
    assert counts() == before
    assert site_snapshot() == snapshot
    assert stored_document_files() == stored


def test_a_page_can_have_only_one_translation_per_language(home, write_jsonl):
    run_command(
        "import_content",
        write_jsonl([article_line(), article_line(slug="om-meistring", locale="nn", translation_of="om-mestring")]),
    )

    errors = import_errors(
        write_jsonl(
            [
                article_line(slug="ny-meistring", locale="nn", translation_of="om-mestring"),
                article_line(slug="tredje", locale="nn", translation_of="om-mestring"),
            ]
        )
    )

    assert "linje 1: «om-mestring» har allerede en oversettelse til nn: «om-meistring»" in errors
    assert "linje 2: linje 1 er allerede oversettelsen av «om-mestring» til nn" in errors


def test_translation_of_is_only_for_other_languages_than_bokmal(home, write_jsonl):
    errors = import_errors(write_jsonl([article_line(), article_line(slug="kopi", translation_of="om-mestring")]))

    assert 'linje 2: "translation_of" brukes bare på sider som ikke er på nb' in errors
