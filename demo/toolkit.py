"""Demo toolkit (verktøykasse) resources: methods, templates, brochures, concepts and evaluation tools."""

from .common import ago

ALL_PHASES = ["planlegge", "gjennomfore", "evaluere"]
BOTH_AUDIENCES = ["fagpersoner", "brukerrepresentanter"]


def resource(slug, title, resource_type, phases, audiences, intro, body, **extra):
    return {
        "type": "toolkit",
        "slug": slug,
        "title": title,
        "resource_type": resource_type,
        "phases": phases,
        "audiences": audiences,
        "intro": intro,
        "body": body,
        **extra,
    }


def document(title, filename):
    return {"title": title, "file": filename}


RESOURCES = [
    resource(
        "standard-metode",
        "Standard metode",
        "metode",
        ALL_PHASES,
        BOTH_AUDIENCES,
        "Metoden for å utvikle, gjennomføre og evaluere lærings- og mestringstilbud sammen med brukerrepresentanter.",
        "<p>Standard metode er felles for lærings- og mestringstjenestene i hele landet. Den sikrer at "
        "erfaringskunnskap og fagkunnskap får like stor plass.</p><h2>Fasene</h2><ul><li>Planlegge</li>"
        "<li>Gjennomføre</li><li>Evaluere</li></ul><p>Last ned den korte innføringen som PDF.</p>",
        documents=[document("Standard metode – en kort innføring", "standard-metode-kort-innforing.pdf")],
        last_reviewed_at=ago(45),
    ),
    resource(
        "mal-for-kursplan",
        "Mal for kursplan",
        "mal",
        ["planlegge"],
        BOTH_AUDIENCES,
        "En enkel mal kursteamet fyller ut sammen: mål, målgruppe, program og evaluering.",
        "<p>Malen er en tekstfil som kan åpnes i alle skriveprogrammer. Fyll den ut i første "
        "planleggingsmøte, og oppdater den underveis.</p>",
        documents=[document("Mal for kursplan", "mal-for-kursplan.txt")],
    ),
    resource(
        "mal-invitasjon-brukerrepresentant",
        "Mal for invitasjon til brukerrepresentanter",
        "mal",
        ["planlegge"],
        ["fagpersoner"],
        "Et forslag til brev når dere spør en pasient- eller brukerorganisasjon om en brukerrepresentant.",
        "<p>Beskriv kurset, hva dere ønsker at brukerrepresentanten skal bidra med, hvor mye tid det tar, "
        "og hvilket honorar dere betaler.</p><h2>Husk</h2><ul><li>Send invitasjonen før programmet er "
        "laget.</li><li>Oppgi en kontaktperson.</li></ul>",
    ),
    resource(
        "mal-samarbeidsavtale",
        "Mal for samarbeidsavtale med brukerrepresentant",
        "mal",
        ["planlegge"],
        BOTH_AUDIENCES,
        "Avtalen avklarer rolle, taushetsplikt, honorar og reiseutgifter.",
        "<p>En skriftlig avtale gjør det tydelig hva begge parter kan forvente. Gå gjennom avtalen sammen.</p>"
        "<p>Malen er et ODT-dokument som kan åpnes i alle vanlige skriveprogrammer.</p>",
        documents=[document("Mal for samarbeidsavtale", "samarbeidsavtale-brukerrepresentant.odt")],
    ),
    resource(
        "sjekkliste-for-kursdagen",
        "Sjekkliste for kursdagen",
        "mal",
        ["gjennomfore"],
        BOTH_AUDIENCES,
        "En liste å krysse av før kurset starter: rommet, utstyret, pausene og hvem i kursteamet som gjør hva.",
        "<p>Mye kan gå galt på en kursdag, og det meste kan sjekkes på forhånd. Last ned listen som "
        "Word-dokument og tilpass den til deres eget kurs.</p>",
        documents=[document("Sjekkliste for kursdagen", "sjekkliste-for-kursdagen.docx")],
    ),
    resource(
        "brosjyre-laering-og-mestring",
        "Brosjyre: Læring og mestring for pasienter og pårørende",
        "brosjyre",
        ["gjennomfore"],
        BOTH_AUDIENCES,
        "En brosjyre som forklarer hva et lærings- og mestringskurs er. Gratis å skrive ut og dele.",
        "<p>Brosjyren kan deles ut på poliklinikken, hos fastlegen eller på frisklivssentralen.</p>",
        documents=[
            document("Brosjyre: Læring og mestring for pasienter og pårørende", "brosjyre-laering-og-mestring.pdf")
        ],
    ),
    resource(
        "brosjyre-for-parorende",
        "Brosjyre for pårørende",
        "brosjyre",
        ["gjennomfore"],
        ["fagpersoner"],
        "Kort informasjon til pårørende om kurs, rettigheter og hvor de kan få støtte.",
        "<p>Brosjyren kan bestilles gratis fra ditt lokale lærings- og mestringssenter.</p>",
    ),
    resource(
        "begrep-helsekompetanse",
        "Helsekompetanse",
        "begrep",
        ["planlegge", "gjennomfore"],
        BOTH_AUDIENCES,
        "Evnen til å finne, forstå, vurdere og bruke helseinformasjon.",
        "<p>Helsekompetanse er både en personlig ferdighet og et ansvar for helsetjenesten: informasjonen "
        "må være lett å finne og forstå.</p>",
        last_reviewed_at=ago(100),
    ),
    resource(
        "begrep-likeperson",
        "Likeperson",
        "begrep",
        ["gjennomfore"],
        BOTH_AUDIENCES,
        "En person som bruker egen erfaring som pasient eller pårørende til å støtte andre. Tidligere kalt likemann.",
        "<p>Likepersoner har ofte fått opplæring gjennom en pasient- eller brukerorganisasjon. De deler "
        "erfaring, men gir ikke medisinske råd.</p>",
    ),
    resource(
        "begrep-helsepedagogikk",
        "Helsepedagogikk",
        "begrep",
        ["gjennomfore"],
        ["fagpersoner"],
        "Pedagogikk i møtet mellom helsepersonell og pasienter, brukere og pårørende.",
        "<p>Helsepedagogikk handler om å legge til rette for læring, ikke bare å gi informasjon.</p>",
    ),
    resource(
        "begrep-brukermedvirkning",
        "Brukermedvirkning",
        "begrep",
        ALL_PHASES,
        BOTH_AUDIENCES,
        "At de som tjenesten er til for, er med og påvirker hvordan den utformes.",
        "<p>I Standard metode betyr brukermedvirkning at brukerrepresentanter er likeverdige partnere i "
        "hele prosessen.</p>",
    ),
    resource(
        "sporreskjema-etter-kurs",
        "Spørreskjema til deltakere etter kurs",
        "evaluering",
        ["evaluere"],
        ["fagpersoner"],
        "Ti spørsmål som viser hva deltakerne fikk ut av kurset, og hva som bør endres.",
        "<p>Del ut skjemaet på siste kursdag, eller send det digitalt. Svarene er anonyme.</p>",
        documents=[document("Spørreskjema til deltakere etter kurs", "sporreskjema-etter-kurs.pdf")],
        last_reviewed_at=ago(20),
    ),
    resource(
        "evalueringsmote-samtaleguide",
        "Samtaleguide for evalueringsmøtet",
        "evaluering",
        ["evaluere"],
        BOTH_AUDIENCES,
        "Spørsmål kursteamet kan gå gjennom sammen når kurset er ferdig.",
        "<ul><li>Nådde vi målene vi satte?</li><li>Hva sa deltakerne?</li><li>Fikk brukerrepresentanten "
        "den rollen vi avtalte?</li><li>Hva endrer vi til neste gang?</li></ul>",
    ),
    resource(
        "gruppeledelse",
        "Gruppeledelse og gruppeprosesser",
        "metode",
        ["gjennomfore"],
        BOTH_AUDIENCES,
        "Råd om hvordan dere leder en kursgruppe, slipper alle til og håndterer vanskelige situasjoner.",
        "<p>En god gruppeleder gir rom for erfaringsdeling og passer på at ingen tar over.</p>"
        "<h2>Råd</h2><ul><li>Lag felles spilleregler første dag.</li><li>Bruk runder der alle får si "
        "noe.</li><li>Avtal på forhånd hvem som tar ordet hvis noen blir lei seg.</li></ul>",
    ),
    resource(
        "digitale-tilbud",
        "Digitale lærings- og mestringstilbud",
        "metode",
        ["planlegge", "gjennomfore"],
        ["fagpersoner"],
        "Hva dere bør tenke på når et kurs skal holdes digitalt.",
        "<ul><li>Velg en løsning som fungerer på telefon og er godkjent for helsetjenesten.</li>"
        "<li>Ha en teknisk vert.</li><li>Hold øktene korte.</li><li>Tenk på personvern: ingen "
        "helseopplysninger i chatten.</li></ul>",
    ),
]
