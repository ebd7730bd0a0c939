"""Demo professional articles (fagartikler). Authors are invented."""

from .common import ago, article

ARTICLES = [
    article(
        "standard-metode-i-praksis",
        "Standard metode i praksis: slik utvikler dere et nytt kurs",
        "Håkon Bjerkeli",
        ["Standard metode", "Brukermedvirkning"],
        ago(320),
        "Standard metode beskriver hvordan fagpersoner og brukerrepresentanter sammen planlegger, "
        "gjennomfører og evaluerer et lærings- og mestringstilbud.",
        "<p>Et godt lærings- og mestringstilbud starter med et spørsmål: hva trenger de som skal delta? "
        "I Standard metode svarer fagpersoner og brukerrepresentanter på det spørsmålet sammen, som "
        "likeverdige partnere.</p>"
        "<h2>Tre faser</h2><ol><li><strong>Planlegge:</strong> Sett sammen kursteamet, kartlegg behov og "
        "formuler mål.</li><li><strong>Gjennomføre:</strong> Hold kurset, med både fagkunnskap og "
        "erfaringskunnskap på programmet.</li><li><strong>Evaluere:</strong> Spør deltakerne, og hold et "
        "evalueringsmøte i kursteamet.</li></ol>"
        "<blockquote>Brukerrepresentanten er ikke gjest på kurset. Hun er med og eier det.</blockquote>"
        "<h2>Vanlige fallgruver</h2><ul><li>Brukerrepresentanten kommer inn etter at programmet er laget.</li>"
        "<li>Ingen har ansvar for evalueringen.</li><li>Kurset blir en serie forelesninger uten tid til "
        "erfaringsdeling.</li></ul>"
        "<p>I verktøykassen finner dere maler for kursplan, invitasjon og evaluering.</p>",
        updated_at=ago(40),
        last_reviewed_at=ago(40),
    ),
    article(
        "helsekompetanse-i-kursene",
        "Helsekompetanse: mer enn å forstå en brosjyre",
        "Marte Øvrebø",
        ["Helsekompetanse"],
        ago(280),
        "Helsekompetanse handler om å finne, forstå, vurdere og bruke helseinformasjon. "
        "Lærings- og mestringstilbud kan styrke alle fire.",
        "<p>Mange tenker på helsekompetanse som leseferdighet. Men det handler like mye om å vurdere om "
        "informasjonen er til å stole på, og om å tørre å bruke den i møte med helsetjenesten.</p>"
        "<h2>Hva kan kursteamet gjøre?</h2><ul><li>Bruk klart språk og konkrete eksempler.</li>"
        "<li>Sjekk forståelse ved å be deltakerne forklare med egne ord (teach-back).</li>"
        "<li>Gi tid til spørsmål, også de som føles dumme.</li><li>Lag skriftlig materiell som kan "
        "leses av alle, også med skjermleser.</li></ul>"
        "<p>Brukerrepresentantene er ofte de første som merker når et lysbilde er for tett.</p>",
        last_reviewed_at=ago(60),
    ),
    article(
        "likepersoner-erfaring-som-gjor-en-forskjell",
        "Likepersoner: erfaring som gjør en forskjell",
        "Tone Klævold",
        ["Likepersoner", "Brukermedvirkning"],
        ago(245),
        "En likeperson bruker egen erfaring som pasient eller pårørende til å støtte andre. "
        "Hva skal til for at det fungerer godt?",
        "<p>Likepersoner (tidligere kalt likemenn) er ofte det deltakerne husker best fra et kurs. De viser "
        "at det går an å leve et godt liv med sykdommen.</p>"
        "<h2>Forutsetninger</h2><ul><li>Likepersonen har bearbeidet sin egen erfaring.</li>"
        "<li>Rollen er avklart: likepersonen deler erfaring, men gir ikke medisinske råd.</li>"
        "<li>Det finnes en kontaktperson å snakke med etterpå.</li></ul>"
        "<blockquote>Da jeg fortalte om det første året, ble det helt stille. Etterpå kom tre stykker bort "
        "og sa at de kjente seg igjen.</blockquote>"
        "<p>Mange pasient- og brukerorganisasjoner har egne opplæringsprogrammer for likepersoner.</p>",
        updated_at=ago(120),
    ),
    article(
        "parorende-trenger-egne-tilbud",
        "Pårørende trenger egne tilbud",
        "Siri Lunde",
        ["Pårørende"],
        ago(210),
        "Pårørende bærer mye, og har ofte andre spørsmål enn pasienten. Flere sentre lager nå kurs bare for dem.",
        "<p>Når en person blir syk, påvirker det hele familien. Pårørende får ansvar for praktiske ting, "
        "bekymrer seg og glemmer ofte seg selv.</p>"
        "<h2>Hva etterspør pårørende?</h2><ul><li>Kunnskap om sykdommen og behandlingen</li>"
        "<li>Hvilke rettigheter de har, for eksempel til avlastning og pleiepenger</li>"
        "<li>Å møte andre i samme situasjon</li></ul>"
        "<p>Husk også barn som pårørende. Helsepersonell har plikt til å ivareta barn av pasienter med "
        "alvorlig sykdom.</p>",
        last_reviewed_at=ago(30),
    ),
    article(
        "samhandlingsreformen-og-kommunene",
        "Samhandlingsreformen og kommunenes ansvar for læring og mestring",
        "Jon Arild Myhre",
        ["Samhandling", "Kommunehelsetjenesten"],
        ago(180),
        "Samhandlingsreformen flyttet mye av arbeidet med læring og mestring til kommunene. "
        "Hvordan har tjenestene organisert seg?",
        "<p>Siden samhandlingsreformen trådte i kraft i 2012, har kommunene fått et større ansvar for "
        "forebygging og for oppfølging av mennesker med langvarige helseutfordringer.</p>"
        "<h2>Mange måter å organisere på</h2><p>Noen kommuner har egne lærings- og mestringssentre. "
        "Andre har lagt tilbudet til frisklivssentralen, et helsehus eller et interkommunalt samarbeid.</p>"
        "<h2>Samarbeid med sykehuset</h2><p>De beste tilbudene henger sammen: pasienten lærer om diagnosen "
        "på sykehuset og får oppfølging i kommunen.</p>",
        updated_at=ago(90),
        last_reviewed_at=ago(90),
    ),
    article(
        "hva-vet-vi-om-effekten",
        "Hva vet vi om effekten av pasient- og pårørendeopplæring?",
        "Marte Øvrebø",
        ["Evaluering", "Forskning"],
        ago(150),
        "Forskningen peker på bedre mestring og livskvalitet, men effektene er vanskelige å måle. "
        "Evaluering i hvert kurs er derfor viktig.",
        "<p>Studier av gruppebasert pasientopplæring viser ofte bedre mestringstro, mer kunnskap og noe "
        "bedre livskvalitet. Effekten på sykdomsforløpet er mer usikker.</p>"
        "<h2>Hva bør kursteamet måle?</h2><ul><li>Om deltakerne opplever at de mestrer hverdagen bedre</li>"
        "<li>Om innholdet var nyttig og forståelig</li><li>Hva som bør endres til neste gang</li></ul>"
        "<p>Bruk gjerne evalueringsskjemaet i verktøykassen, og husk å ta resultatene med inn i neste "
        "planleggingsmøte.</p>",
        last_reviewed_at=ago(14),
    ),
    article(
        "helsepedagogikk-i-mote-med-pasienten",
        "Helsepedagogikk i møte med pasienten",
        "Håkon Bjerkeli",
        ["Helsepedagogikk"],
        ago(95),
        "Helsepedagogikk handler om hvordan helsepersonell legger til rette for læring i møtet med "
        "pasienter og pårørende.",
        "<p>Å gi informasjon er ikke det samme som at noen lærer. Helsepedagogikken spør hva den andre "
        "allerede vet, hva hun lurer på, og hva hun trenger for å kunne gjøre noe annerledes.</p>"
        "<h2>Tre grep</h2><ol><li>Start med deltakernes egne spørsmål.</li><li>Veksle mellom korte "
        "innlegg, samtale og praktiske øvelser.</li><li>Avslutt med hva den enkelte tar med seg hjem.</li></ol>",
    ),
]
