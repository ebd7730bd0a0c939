"""The files attached to demo toolkit resources: generated PDF, DOCX and ODT files and a text template.

Each file carries a sentence with æ, ø and å (`PHRASES`), so a test can show that the import
extracted the text and that the Norwegian letters survived. Some words occur only inside a file
(`DOCUMENT_ONLY_WORDS`), never on a page, so search shows whether it looks into documents.
"""

import io
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.sax.saxutils import escape

from fpdf import FPDF

STANDARD_METHOD_PHRASE = "Læring og mestring skjer på lag: fagpersoner og brukerrepresentanter gjør jobben sammen."
BROCHURE_PHRASE = "Pårørende lærer også av hverandre."
EVALUATION_PHRASE = "Hva tar du med deg fra kurset til hverdagen din?"
TEMPLATE_PHRASE = "Kursteamet fyller ut malen før første planleggingsmøte."
CHECKLIST_PHRASE = "Sjekk at teleslyngen virker før deltakerne kommer."
AGREEMENT_PHRASE = "Brukerrepresentanten har taushetsplikt om alt hun eller han får vite om deltakerne."

# Words that are in a document's text and on no page, in no document title.
DOCUMENT_ONLY_WORDS = {
    "sjekkliste-for-kursdagen.docx": ("teleslyngen", "skjøteledning", "navnelapper"),
    "samarbeidsavtale-brukerrepresentant.odt": ("forvaltningsloven", "kjøregodtgjørelse"),
}


# A fixed date, so the same document is the same file every time: the import matches files by hash.
CREATED = datetime(2026, 1, 1, tzinfo=UTC)


def render_pdf(title, paragraphs):
    """The bytes of an A4 PDF: `title` in bold, then `paragraphs` (strings) as wrapped text.

    The core Helvetica font needs no embedding; Windows-1252 text under its WinAnsiEncoding
    covers æ, ø, å, « », – and the rest of Western Europe, and pypdf extracts it exactly.
    """
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_title(title)
    pdf.set_creator("mestring load_demo")
    pdf.set_creation_date(CREATED)
    pdf.set_margins(22, 22)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 17)
    pdf.multi_cell(0, 8.5, title, align="L")
    pdf.set_font("Helvetica", size=11)
    for paragraph in paragraphs:
        pdf.ln(5)
        pdf.multi_cell(0, 5.5, paragraph, align="L")
    return bytes(pdf.output())


def render_docx(title, paragraphs):
    """The bytes of a Word document: `title` as a heading, then `paragraphs`."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "mestring load_demo"
    document.core_properties.created = document.core_properties.modified = CREATED.replace(tzinfo=None)
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return _fixed_zip_dates(out.getvalue())


def render_odt(title, paragraphs):
    """The bytes of an OpenDocument text: `title` as a heading, then `paragraphs`.

    Written by hand, because odfpy's output changes with what else it wrote in the same process.
    """
    body = f'<text:h text:outline-level="1">{escape(title)}</text:h>' + "".join(
        f"<text:p>{escape(paragraph)}</text:p>" for paragraph in paragraphs
    )
    files = {
        "META-INF/manifest.xml": f'{_XML}<manifest:manifest xmlns:manifest="{_ODF}manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>",
        "meta.xml": f'{_XML}<office:document-meta xmlns:office="{_ODF}office:1.0" xmlns:meta="{_ODF}meta:1.0" '
        f'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta>'
        f"<dc:title>{escape(title)}</dc:title><meta:generator>mestring load_demo</meta:generator>"
        f"<meta:creation-date>{CREATED.strftime('%Y-%m-%dT%H:%M:%S')}</meta:creation-date></office:meta>"
        "</office:document-meta>",
        "content.xml": f'{_XML}<office:document-content xmlns:office="{_ODF}office:1.0" '
        f'xmlns:text="{_ODF}text:1.0" office:version="1.2"><office:body><office:text>{body}'
        "</office:text></office:body></office:document-content>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        # The mimetype comes first and uncompressed, so tools can tell the format from the first bytes.
        archive.writestr(_zip_entry("mimetype"), "application/vnd.oasis.opendocument.text")
        for name, text in files.items():
            archive.writestr(_zip_entry(name, zipfile.ZIP_DEFLATED), text.encode("utf-8"))
    return out.getvalue()


_XML = "<?xml version='1.0' encoding='UTF-8'?>\n"
_ODF = "urn:oasis:names:tc:opendocument:xmlns:"


def _zip_entry(name, compress_type=zipfile.ZIP_STORED):
    entry = zipfile.ZipInfo(name, date_time=CREATED.timetuple()[:6])
    entry.compress_type = compress_type
    return entry


def _fixed_zip_dates(data):
    """`data`, a zip file, rewritten with every entry dated CREATED, in the same order.

    python-docx stamps the entries with the current time; the import matches files by hash.
    """
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            target.writestr(_zip_entry(entry.filename, entry.compress_type), source.read(entry))
    return out.getvalue()


@dataclass(frozen=True)
class DemoDocument:
    title: str
    paragraphs: tuple[str, ...]

    def render(self, filename):
        renderer = RENDERERS.get(filename.rsplit(".", 1)[-1])
        if renderer is not None:
            return renderer(self.title, self.paragraphs)
        return "\n\n".join((self.title, *self.paragraphs)).encode("utf-8") + b"\n"


RENDERERS = {"pdf": render_pdf, "docx": render_docx, "odt": render_odt}

DOCUMENTS = {
    "standard-metode-kort-innforing.pdf": DemoDocument(
        "Standard metode – en kort innføring",
        (
            STANDARD_METHOD_PHRASE,
            "Standard metode beskriver hvordan et lærings- og mestringstilbud utvikles, gjennomføres og "
            "evalueres. Fagpersoner og brukerrepresentanter er likeverdige partnere i alle faser.",
            "1. Planlegge. Sett sammen et kursteam med minst én brukerrepresentant. Kartlegg hva målgruppen "
            "trenger, formuler mål for kurset og lag et program der fagkunnskap og erfaringskunnskap får "
            "like mye plass.",
            "2. Gjennomføre. Bruk korte innlegg, samtale og øvelser. Sett av tid til at deltakerne kan dele "
            "erfaringer med hverandre. Brukerrepresentanten underviser på lik linje med fagpersonene.",
            "3. Evaluere. Spør deltakerne skriftlig eller muntlig, og hold et evalueringsmøte i kursteamet. "
            "Skriv ned hva som skal endres, og ta det med inn i neste planlegging.",
            "Denne innføringen er et demodokument laget for nettstedets verktøykasse.",
        ),
    ),
    "brosjyre-laering-og-mestring.pdf": DemoDocument(
        "Læring og mestring – for deg som er pasient eller pårørende",
        (
            "Å leve med en langvarig sykdom reiser mange spørsmål. På et lærings- og mestringskurs får du "
            "kunnskap om sykdommen, råd om hverdagen og møter andre i samme situasjon.",
            BROCHURE_PHRASE,
            "Kursene holdes av helsepersonell sammen med brukerrepresentanter som selv har erfaring som "
            "pasient eller pårørende. De fleste kursene er gratis.",
            "Slik finner du et kurs: Søk etter diagnose, tema eller sted på nettstedet, eller spør "
            "fastlegen, sykehuset eller kommunen din. Noen kurs krever henvisning.",
            "Nettstedet samler ikke inn helseopplysninger. Påmelding skjer hos den som holder kurset.",
        ),
    ),
    "sporreskjema-etter-kurs.pdf": DemoDocument(
        "Spørreskjema til deltakere etter kurs",
        (
            "Takk for at du deltok. Svarene dine er anonyme og hjelper oss å gjøre kurset bedre.",
            "1. Hvor nyttig var kurset for deg? (ikke nyttig – litt nyttig – nyttig – svært nyttig)",
            "2. Var innholdet lett å forstå?",
            "3. Fikk du nok tid til spørsmål og til å dele erfaringer?",
            "4. Hvordan opplevde du at brukerrepresentanten og fagpersonene samarbeidet?",
            "5. " + EVALUATION_PHRASE,
            "6. Hva bør vi endre til neste gang?",
        ),
    ),
    "mal-for-kursplan.txt": DemoDocument(
        "Mal for kursplan",
        (
            TEMPLATE_PHRASE,
            "Kursets navn:\nMålgruppe (pasienter, pårørende, barn, ungdom):\nMål for kurset:",
            "Kursteam (navn og rolle, minst én brukerrepresentant):",
            "Program, dag for dag: tid – tema – hvem holder det – metode (innlegg, samtale, øvelse)",
            "Praktisk: sted, antall plasser, påmelding, påmeldingsfrist, pris",
            "Evaluering: skjema, evalueringsmøte (dato), hvem skriver oppsummeringen",
        ),
    ),
    "sjekkliste-for-kursdagen.docx": DemoDocument(
        "Sjekkliste for kursdagen",
        (
            "Skriv ut listen og kryss av dagen før og en time før kurset starter.",
            "Rommet: Er det trinnfri adkomst og et tilgjengelig toalett i nærheten? "
            + CHECKLIST_PHRASE
            + " Still stolene i en halvsirkel, så alle ser hverandre.",
            "Utstyr: PC med lader, prosjektor, HDMI-kabel og skjøteledning. Ha lysbildene på en minnepenn "
            "i tilfelle nettet svikter. Navnelapper og tusjer til alle.",
            "Deltakerne: Oppmøtelisten skrives ut fra påmeldingen og kastes etter kurset. Noter aldri "
            "diagnoser eller andre helseopplysninger på den.",
            "Kursteamet: Avtal hvem som ønsker velkommen, hvem som holder tiden og hvem som tar seg av "
            "en deltaker som trenger en pause. Brukerrepresentanten får programmet og lysbildene samtidig "
            "med fagpersonene.",
            "Pausene: Kaffe, te, vann og frukt. Spør på forhånd om allergier og spesialkost.",
        ),
    ),
    "samarbeidsavtale-brukerrepresentant.odt": DemoDocument(
        "Samarbeidsavtale mellom kursteamet og brukerrepresentanten",
        (
            "Avtalen fylles ut og signeres av brukerrepresentanten og den som er ansvarlig for kurset. "
            "Hver part beholder ett eksemplar.",
            "1. Rolle. Brukerrepresentanten er med og planlegger, gjennomfører og evaluerer kurset etter "
            "Standard metode, og er en likeverdig partner i kursteamet.",
            "2. Taushetsplikt. "
            + AGREEMENT_PHRASE
            + " Plikten følger av forvaltningsloven og gjelder også etter at samarbeidet er slutt.",
            "3. Honorar. Brukerrepresentanten får honorar for møter, forberedelser og undervisning etter "
            "de satsene helseforetaket eller kommunen bruker.",
            "4. Reiseutgifter. Reise dekkes etter statens regulativ, med kjøregodtgjørelse for egen bil "
            "når det ikke går kollektivtransport.",
            "5. Oppsigelse. Begge parter kan avslutte samarbeidet med én måneds varsel.",
        ),
    ),
}

PHRASES = {
    "standard-metode-kort-innforing.pdf": STANDARD_METHOD_PHRASE,
    "brosjyre-laering-og-mestring.pdf": BROCHURE_PHRASE,
    "sporreskjema-etter-kurs.pdf": EVALUATION_PHRASE,
    "mal-for-kursplan.txt": TEMPLATE_PHRASE,
    "sjekkliste-for-kursdagen.docx": CHECKLIST_PHRASE,
    "samarbeidsavtale-brukerrepresentant.odt": AGREEMENT_PHRASE,
}


def write_documents(directory):
    """Write every demo file into `directory` (a Path)."""
    for filename, document in DOCUMENTS.items():
        (directory / filename).write_bytes(document.render(filename))
