"""Demo news articles (nyheter). Events, names and figures are invented for the demo."""

from .common import ago, article

ARTICLES = [
    article(
        "digitale-kurs-erfaringer",
        "Digitale kurs: erfaringer fra tre lærings- og mestringssentre",
        "Siri Lunde",
        ["Digitale tilbud"],
        ago(350),
        "Digitale kurs når deltakere som bor langt unna eller ikke orker å reise. Tre sentre deler hva de har lært.",
        "<p>Flere lærings- og mestringssentre har lagt om deler av kurstilbudet til digitale møter. "
        "Erfaringene er gode, men krever ny planlegging.</p>"
        "<h2>Dette fungerte</h2><ul><li>Korte økter på inntil 90 minutter</li><li>En egen teknisk "
        "vert i tillegg til kursholderne</li><li>Testmøte før første samling</li></ul>"
        "<h2>Dette var vanskelig</h2><p>Erfaringsdeling i store grupper. Mange foretrekker å dele i "
        "mindre grupperom.</p>"
        "<blockquote>Jeg hadde aldri dratt til Tromsø for et kurs. Nå kunne jeg være med fra kjøkkenbordet.</blockquote>",
        updated_at=ago(300),
    ),
    article(
        "nytt-evalueringsskjema",
        "Nytt evalueringsskjema i verktøykassen",
        "Tone Klævold",
        ["Evaluering", "Verktøykasse"],
        ago(230),
        "Et kort spørreskjema hjelper kursteamet å finne ut hva deltakerne fikk ut av kurset.",
        "<p>Skjemaet har ti spørsmål og er testet av deltakere og brukerrepresentanter fra flere sentre. "
        "Det finnes på bokmål og nynorsk.</p><p>Du finner skjemaet under <em>Evaluering</em> i "
        "verktøykassen.</p>",
    ),
    article(
        "nettverkssamling-helse-nord",
        "Nettverkssamling for lærings- og mestringstjenester i Helse Nord",
        "Siri Lunde",
        ["Nettverk", "Samhandling"],
        ago(200),
        "Over 60 deltakere fra sykehus og kommuner møttes i Bodø for å dele erfaringer.",
        "<p>Temaet for årets samling var samarbeid mellom sykehus og kommuner om oppfølging etter kurs.</p>"
        "<h2>Fra programmet</h2><ul><li>Brukerrepresentanter om å være med fra start</li>"
        "<li>Frisklivssentralen i Bodø om felles kurs med sykehuset</li><li>Gruppearbeid om "
        "digitale tilbud</li></ul><p>Presentasjonene sendes til deltakerne.</p>",
    ),
    article(
        "brukerrepresentanter-som-likeverdige-partnere",
        "Brukerrepresentanter som likeverdige partnere",
        "Jon Arild Myhre",
        ["Brukermedvirkning", "Standard metode"],
        ago(160),
        "Hva betyr det i praksis at fagpersoner og brukerrepresentanter er likeverdige? Vi har spurt tre kursteam.",
        "<p>Alle tre teamene nevner det samme: brukerrepresentanten må være med fra første møte, få "
        "tilsendt det samme materiellet og ha en tydelig rolle.</p>"
        "<blockquote>Jeg ble spurt om hva jeg syntes var viktigst å lære, ikke om jeg kunne fortelle "
        "historien min i ti minutter.</blockquote>"
        "<p>Flere sentre gir nå brukerrepresentanter honorar etter faste satser. Se malen for "
        "samarbeidsavtale i verktøykassen.</p>",
        updated_at=ago(150),
    ),
    article(
        "frisklivssentraler-og-mestring",
        "Frisklivssentraler og mestring: to sider av samme sak",
        "Marte Øvrebø",
        ["Kommunehelsetjenesten", "Levevaner"],
        ago(120),
        "Mange frisklivssentraler holder også kurs i mestring. Det gir et helhetlig tilbud nær der folk bor.",
        "<p>Frisklivssentralene hjelper folk å endre levevaner: fysisk aktivitet, kosthold, søvn og "
        "tobakk. Mange av deltakerne lever også med langvarig sykdom.</p>"
        "<p>Når frisklivssentralen og lærings- og mestringstjenesten samarbeider, kan deltakerne få både "
        "kunnskap om sykdommen og hjelp til å endre vaner.</p>",
    ),
    article(
        "tilgjengelig-kursmateriell",
        "Slik lager dere tilgjengelig kursmateriell",
        "Tone Klævold",
        ["Universell utforming", "Helsekompetanse"],
        ago(60),
        "Brosjyrer, lysbilder og skjemaer skal kunne brukes av alle. Her er en sjekkliste.",
        "<h2>Sjekkliste</h2><ul><li>Bruk overskrifter og lister, ikke bare fet skrift.</li>"
        "<li>Skriv lenketekster som sier hvor lenken går.</li><li>Gi bilder en alternativ tekst.</li>"
        "<li>Sjekk kontrasten mellom tekst og bakgrunn.</li><li>Lag PDF-er som kan leses med "
        "skjermleser, eller legg innholdet ut som nettside.</li></ul>"
        "<p>Offentlige nettsteder skal oppfylle WCAG 2.1 på nivå AA.</p>",
        last_reviewed_at=ago(20),
    ),
    article(
        "ny-strategiplan",
        "Ny strategiplan: læring og mestring nær der folk bor",
        "Siri Lunde",
        ["Strategi", "Samhandling"],
        ago(45),
        "Nasjonal kompetansetjeneste for læring og mestring innen helse har lagt fram en strategiplan "
        "for de neste fem årene.",
        "<p>Planen bygger på innspill fra lærings- og mestringssentre, kommuner, frisklivssentraler og "
        "pasient- og brukerorganisasjoner i alle fire helseregioner.</p>"
        "<h2>Tre satsinger</h2><ol><li>Flere tilbud i kommunene, i samarbeid med sykehusene</li>"
        "<li>Helsekompetanse som en del av alle kurs</li><li>Mer forskning på hva kursene betyr for "
        "deltakerne og deres pårørende</li></ol>"
        "<p>Kompetansetjenesten holder til ved Aker sykehus i Oslo og får oppdraget sitt fra Helse- og "
        "omsorgsdepartementet.</p>",
    ),
    article(
        "barn-som-parorende",
        "Barn som pårørende: nytt kurs for helsepersonell",
        "Håkon Bjerkeli",
        ["Pårørende", "Barn og unge"],
        ago(25),
        "Et nytt kurs lærer helsepersonell å snakke med barn når mor, far eller et søsken er alvorlig syk.",
        "<p>Kurset er laget av barneansvarlige på tre sykehus sammen med unge voksne som selv har vært "
        "pårørende som barn.</p><p>Første kurs holdes digitalt i vår. Påmelding skjer via ditt lokale "
        "lærings- og mestringssenter.</p>",
    ),
]
