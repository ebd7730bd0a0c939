"""Demo pages in nynorsk and English, each linked to the bokmål page it translates.

A translation starts as a copy of the bokmål record (so synchronised fields such as a centre's
address, an offer's sessions or an article's dates stay the same) and overrides the translated text.

Each translated field keeps its source's structure: the same paragraphs, headings, list items,
quotes and links in the same order, with only the text translated. The import can then pair every
text with the bokmål one and leave the translation synced in wagtail-localize; a translation of
another structure is linked but not synced, and load_demo would print a warning for it.
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
        "offer",
        "soskengruppe-forde",
        "nn",
        slug="syskengruppe-forde",
        title="Syskengruppe",
        topics=["Pårørande", "Kronisk sjukdom"],
        intro="Ei gruppe for barn frå 8 til 12 år som har ein bror eller ei syster med kronisk sjukdom.",
        body="<p>Barna møtest fire ettermiddagar, leikar, pratar og lærer om sjukdomen. Foreldra får eit eige møte.</p>",
        cost="Gratis",
        co_development_note="Foreldre til barn med kronisk sjukdom var med i planlegginga.",
    ),
    translate(
        "centre",
        "lms-haukeland",
        "nn",
        title="Lærings- og meistringssenteret, Haukeland universitetssjukehus",
        intro="Kurs for pasientar og pårørande ved Haukeland, utvikla saman med brukarrepresentantar.",
        body="<p>Senteret har kurs innan kreft, diabetes, hjarte- og lungesjukdom og psykisk helse. "
        "Fleire av kursa går også digitalt.</p>",
        contact_persons=[
            {"name": "Torunn Mjelde", "role": "Leiar", "email": "torunn.mjelde@helse-bergen.example.no"},
            {"name": "Olav Brekke", "role": "Brukarrepresentant i kursteam"},
        ],
    ),
    translate(
        "offer",
        "leve-med-kreft-haukeland",
        "nn",
        title="Å leve med kreft",
        intro="Eit kurs for deg som har eller har hatt kreft, og for dei nærmaste dine.",
        body="<p>Tema er mellom anna fatigue, kosthald, arbeidsliv og sosiale rettar. Vardesenteret deltek.</p>",
        cost="Gratis",
        co_development_note="Brukarrepresentantane til Kreftforeininga har vore med på å utforme programmet.",
    ),
    translate(
        "centre",
        "frisklivs-og-mestringssenteret-molde",
        "nn",
        title="Frisklivs- og meistringssenteret i Molde",
        intro="Tilbodet frå kommunen om betre levevanar og meistring av kvardagen med langvarig sjukdom.",
        body="<p>Vi samlar frisklivstilbod og lærings- og meistringskurs under eitt tak, slik at du får hjelp "
        "både til å endre vanar og til å leve godt med sjukdom.</p><p>Tenesta er for alle som bur i kommunen, "
        "og du treng ikkje tilvising.</p>",
        contact_persons=[{"name": "Eline Vestad", "role": "Fagleiar"}],
    ),
    translate(
        "offer",
        "sov-godt-molde",
        "nn",
        title="Sov godt – kurs om betre søvn",
        intro="Fire samlingar om søvnvanar, tankar som held deg vaken og kva du kan gjere sjølv.",
        body="<p>Kurset byggjer på kognitiv åtferdsterapi for søvnvanskar. Du fører søvndagbok mellom "
        "samlingane.</p><p>Mange søv betre når kvardagen får ein fast rytme, så vi ser på dagane dine, ikkje "
        "berre på nettene.</p>",
        co_development_note="Ein tidlegare deltakar er med som likeperson og fortel om erfaringa si.",
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
        "<blockquote>Brukarrepresentanten er ikkje gjest på kurset. Ho er med og eig det.</blockquote>"
        "<h2>Vanlege fallgruver</h2><ul><li>Brukarrepresentanten kjem inn etter at programmet er laga.</li>"
        "<li>Ingen har ansvar for evalueringa.</li><li>Kurset blir ein serie førelesingar utan tid til "
        "erfaringsdeling.</li></ul>"
        "<p>I verktøykassa finn de malar for kursplan, invitasjon og evaluering.</p>",
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
        body="<p>Likepersonar (tidlegare kalla likemenn) er ofte det deltakarane hugsar best frå eit kurs. "
        "Dei viser at det går an å leve eit godt liv med sjukdomen.</p>"
        "<h2>Føresetnader</h2><ul><li>Likepersonen har arbeidd med si eiga erfaring.</li>"
        "<li>Rolla er avklart: likepersonen deler erfaring, men gir ikkje medisinske råd.</li>"
        "<li>Det finst ein kontaktperson å snakke med etterpå.</li></ul>"
        "<blockquote>Då eg fortalde om det første året, vart det heilt stille. Etterpå kom tre stykke bort "
        "og sa at dei kjende seg att.</blockquote>"
        "<p>Mange pasient- og brukarorganisasjonar har eigne opplæringsprogram for likepersonar.</p>",
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
        "<li>Å møte andre i same situasjon</li></ul>"
        "<p>Hugs også barn som pårørande. Helsepersonell har plikt til å ta vare på barn av pasientar med "
        "alvorleg sjukdom.</p>",
    ),
    translate(
        "article",
        "samhandlingsreformen-og-kommunene",
        "nn",
        slug="samhandlingsreforma-og-kommunane",
        title="Samhandlingsreforma og ansvaret kommunane har for læring og meistring",
        topics=["Samhandling", "Kommunehelsetenesta"],
        intro="Samhandlingsreforma flytta mykje av arbeidet med læring og meistring til kommunane. "
        "Korleis har tenestene organisert seg?",
        body="<p>Sidan samhandlingsreforma tok til å gjelde i 2012, har kommunane fått eit større ansvar for "
        "førebygging og for oppfølging av menneske med langvarige helseutfordringar.</p>"
        "<h2>Mange måtar å organisere tenesta på</h2><p>Nokre kommunar har eigne lærings- og "
        "meistringssenter. Andre har lagt tilbodet til frisklivssentralen, eit helsehus eller eit "
        "interkommunalt samarbeid.</p>"
        "<h2>Samarbeid med sjukehuset</h2><p>Dei beste tilboda heng saman: pasienten lærer om diagnosen på "
        "sjukehuset og får oppfølging i kommunen.</p>",
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
        "centre",
        "lms-ous",
        "en",
        title="Learning and coping centre, Oslo University Hospital",
        intro="Courses for patients and relatives at the hospital's clinics, from epilepsy to stroke.",
        body="<p>The centre works with the patient organisations on peer support and courses.</p>",
        contact_persons=[{"name": "Nora Bakken Lind", "role": "Coordinator", "email": "nora.lind@ous.example.no"}],
    ),
    translate(
        "offer",
        "epilepsi-foreldre-ous",
        "en",
        slug="living-with-epilepsy-course-for-parents",
        title="Living with epilepsy – a course for parents",
        topics=["Epilepsy", "Relatives"],
        intro="For parents of children with epilepsy: knowledge, practical advice and meeting other parents.",
        body="<p>A paediatrician, a nurse and a peer from the Norwegian Epilepsy Association teach.</p>",
        cost="Free",
        co_development_note="Parents from the Norwegian Epilepsy Association have been part of the course team.",
    ),
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
        "equal partners.</p>"
        "<h2>Three phases</h2><ol><li><strong>Plan:</strong> Put the course team together, map the needs "
        "and set goals.</li><li><strong>Hold:</strong> Run the course, with both professional knowledge "
        "and lived experience on the programme.</li><li><strong>Evaluate:</strong> Ask the participants, "
        "and hold an evaluation meeting in the course team.</li></ol>"
        "<blockquote>The user representative is not a guest on the course. She is one of its "
        "owners.</blockquote>"
        "<h2>Common pitfalls</h2><ul><li>The user representative is brought in after the programme has been "
        "made.</li><li>Nobody is responsible for the evaluation.</li><li>The course becomes a series of "
        "lectures with no time for sharing experience.</li></ul>"
        "<p>In the toolkit you will find templates for a course plan, an invitation and an evaluation.</p>",
    ),
    translate(
        "article",
        "parorende-trenger-egne-tilbud",
        "en",
        slug="relatives-need-offers-of-their-own",
        title="Relatives need offers of their own",
        topics=["Relatives"],
        intro="Relatives carry a lot, and often have other questions than the patient. More centres now hold "
        "courses just for them.",
        body="<p>When someone falls ill, the whole family is affected. Relatives take on practical tasks, worry, "
        "and often forget about themselves.</p>"
        "<h2>What do relatives ask for?</h2><ul><li>Knowledge about the illness and its treatment</li>"
        "<li>Their rights, for example to respite care and care allowance</li>"
        "<li>Meeting others in the same situation</li></ul>"
        "<p>Remember children as relatives too. Health personnel have a duty to look after the children of "
        "patients with serious illness.</p>",
    ),
    translate(
        "article",
        "samhandlingsreformen-og-kommunene",
        "en",
        slug="the-coordination-reform-and-the-municipalities",
        title="The coordination reform and the municipalities' responsibility for learning and coping",
        topics=["Coordination", "Municipal health service"],
        intro="The coordination reform moved much of the work on learning and coping to the municipalities. "
        "How have the services organised themselves?",
        body="<p>Since the coordination reform came into force in 2012, municipalities have had a greater "
        "responsibility for prevention and for following up people with long-term health conditions.</p>"
        "<h2>Many ways to organise</h2><p>Some municipalities have their own learning and coping centres. "
        "Others have placed the service in the healthy-life centre, a health house or an inter-municipal "
        "partnership.</p>"
        "<h2>Working with the hospital</h2><p>The best offers are connected: patients learn about their "
        "diagnosis at the hospital and are followed up in their municipality.</p>",
    ),
    translate(
        "toolkit",
        "begrep-likeperson",
        "en",
        slug="peer",
        title="Peer",
        intro="Someone who uses their own experience as a patient or relative to support others. In Norwegian "
        "a likeperson, formerly called likemann.",
        body="<p>Peers have often been trained by a patient or user organisation. They share experience, but do "
        "not give medical advice.</p>",
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
