"""The files attached to demo toolkit resources: generated PDFs and a plain-text template.

Each file carries a sentence with æ, ø and å (`PHRASES`), so a test can show that the import
extracted the text and that the Norwegian letters survived.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from fpdf import FPDF

STANDARD_METHOD_PHRASE = "Læring og mestring skjer på lag: fagpersoner og brukerrepresentanter gjør jobben sammen."
BROCHURE_PHRASE = "Pårørende lærer også av hverandre."
EVALUATION_PHRASE = "Hva tar du med deg fra kurset til hverdagen din?"
TEMPLATE_PHRASE = "Kursteamet fyller ut malen før første planleggingsmøte."


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


@dataclass(frozen=True)
class DemoDocument:
    title: str
    paragraphs: tuple[str, ...]

    def render(self, filename):
        if filename.endswith(".pdf"):
            return render_pdf(self.title, self.paragraphs)
        return "\n\n".join((self.title, *self.paragraphs)).encode("utf-8") + b"\n"


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
}

PHRASES = {
    "standard-metode-kort-innforing.pdf": STANDARD_METHOD_PHRASE,
    "brosjyre-laering-og-mestring.pdf": BROCHURE_PHRASE,
    "sporreskjema-etter-kurs.pdf": EVALUATION_PHRASE,
    "mal-for-kursplan.txt": TEMPLATE_PHRASE,
}


def write_documents(directory):
    """Write every demo file into `directory` (a Path)."""
    for filename, document in DOCUMENTS.items():
        (directory / filename).write_bytes(document.render(filename))
