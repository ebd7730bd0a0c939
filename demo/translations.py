"""Demo pages in nynorsk and English, each linked to the bokmål page it translates.

A translation starts as a copy of the bokmål record (so synchronised fields such as a centre's
address, an offer's sessions or an article's dates stay the same) and overrides the translated text.
"""

from . import articles_news, articles_professional, centres, offers_municipal, offers_specialist, toolkit

_SOURCES = [
    *centres.CENTRES,
    *offers_specialist.OFFERS,
    *offers_municipal.OFFERS,
    *articles_professional.ARTICLES,
    *articles_news.ARTICLES,
    *toolkit.RESOURCES,
]


def translate(page_type, nb_slug, locale, **fields):
    source = next(record for record in _SOURCES if record["type"] == page_type and record["slug"] == nb_slug)
    return {**source, "locale": locale, "translation_of": nb_slug, **fields}


NYNORSK = [
    translate(
        "centre",
        "lms-forde",
        "nn",
        title="Lærings- og meistringssenteret, Førde sentralsjukehus",
        parent_organisation="Helse Førde HF",
        intro="Kurs for pasientar og pårørande i Sogn og Fjordane, på sjukehuset og digitalt.",
        body="<p>Vi samarbeider tett med kommunane i regionen, slik at kursdeltakarane får oppfølging der dei bur.</p>",
        contact_persons=[{"name": "Liv Heggheim", "role": "Koordinator", "phone": "+47 57 00 00 71"}],
    ),
    translate(
        "offer",
        "kols-kurs-forde",
        "nn",
        title="Lærings- og meistringskurs om KOLS",
        intro="To kursdagar om å leve med KOLS, for pasientar og pårørande i Sogn og Fjordane.",
        body="<p>Du lærer om sjukdomen, pusteteknikk, medisinar og korleis du kan halde deg aktiv.</p>",
        cost="Gratis",
        signup_text="Krev tilvising. Spør fastlegen.",
        co_development_note="Laga saman med LHL Sunnfjord.",
    ),
    translate(
        "article",
        "standard-metode-i-praksis",
        "nn",
        title="Standard metode i praksis: slik utviklar de eit nytt kurs",
        topics=["Standard metode", "Brukarmedverknad"],
        intro="Standard metode skildrar korleis fagpersonar og brukarrepresentantar saman planlegg, "
        "gjennomfører og evaluerer eit lærings- og meistringstilbod.",
        body="<p>Eit godt lærings- og meistringstilbod byrjar med eit spørsmål: kva treng dei som skal "
        "delta? I Standard metode svarar fagpersonar og brukarrepresentantar på det spørsmålet saman, "
        "som likeverdige partnarar.</p>"
        "<h2>Tre fasar</h2><ol><li><strong>Planleggje:</strong> Set saman kursteamet, kartlegg behov og "
        "formuler mål.</li><li><strong>Gjennomføre:</strong> Hald kurset, med både fagkunnskap og "
        "erfaringskunnskap på programmet.</li><li><strong>Evaluere:</strong> Spør deltakarane, og hald "
        "eit evalueringsmøte i kursteamet.</li></ol>"
        "<blockquote>Brukarrepresentanten er ikkje gjest på kurset. Ho er med og eig det.</blockquote>",
    ),
    translate(
        "article",
        "likepersoner-erfaring-som-gjor-en-forskjell",
        "nn",
        slug="likepersonar-erfaring-som-gjer-ein-skilnad",
        title="Likepersonar: erfaring som gjer ein skilnad",
        topics=["Likepersonar", "Brukarmedverknad"],
        intro="Ein likeperson brukar eiga erfaring som pasient eller pårørande til å støtte andre. "
        "Kva skal til for at det fungerer godt?",
        body="<p>Likepersonar er ofte det deltakarane hugsar best frå eit kurs. Dei viser at det går an å "
        "leve eit godt liv med sjukdomen.</p>"
        "<h2>Føresetnader</h2><ul><li>Likepersonen har arbeidd med si eiga erfaring.</li>"
        "<li>Rolla er avklart: likepersonen deler erfaring, men gir ikkje medisinske råd.</li>"
        "<li>Det finst ein kontaktperson å snakke med etterpå.</li></ul>",
    ),
    translate(
        "article",
        "parorende-trenger-egne-tilbud",
        "nn",
        slug="parorande-treng-eigne-tilbod",
        title="Pårørande treng eigne tilbod",
        topics=["Pårørande"],
        intro="Pårørande ber mykje, og har ofte andre spørsmål enn pasienten. Fleire senter lagar no kurs "
        "berre for dei.",
        body="<p>Når ein person blir sjuk, påverkar det heile familien. Pårørande får ansvar for praktiske "
        "ting, uroar seg og gløymer ofte seg sjølv.</p>"
        "<h2>Kva etterspør pårørande?</h2><ul><li>Kunnskap om sjukdomen og behandlinga</li>"
        "<li>Kva rettar dei har, til dømes til avlasting og pleiepengar</li>"
        "<li>Å møte andre i same situasjon</li></ul>",
    ),
    translate(
        "toolkit",
        "begrep-helsekompetanse",
        "nn",
        intro="Evna til å finne, forstå, vurdere og bruke helseinformasjon.",
        body="<p>Helsekompetanse er både ein personleg dugleik og eit ansvar for helsetenesta: "
        "informasjonen må vere lett å finne og forstå.</p>",
    ),
]

ENGLISH = [
    translate(
        "article",
        "standard-metode-i-praksis",
        "en",
        slug="the-standard-method-in-practice",
        title="The standard method in practice: developing a new course",
        topics=["The standard method", "User involvement"],
        intro="The standard method describes how professionals and user representatives plan, hold and "
        "evaluate a learning and coping offer together.",
        body="<p>A good learning and coping offer starts with one question: what do the participants "
        "need? In the standard method, professionals and user representatives answer it together, as "
        "equal partners.</p><h2>Three phases</h2><ol><li><strong>Plan</strong></li>"
        "<li><strong>Hold</strong></li><li><strong>Evaluate</strong></li></ol>",
    ),
    translate(
        "toolkit",
        "begrep-helsekompetanse",
        "en",
        slug="health-literacy",
        title="Health literacy",
        intro="The ability to find, understand, judge and use health information.",
        body="<p>Health literacy is both a personal skill and a responsibility of the health service: "
        "information has to be easy to find and to understand.</p>",
    ),
]
