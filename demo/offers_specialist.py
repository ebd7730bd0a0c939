"""Demo offers at the hospital learning and coping centres (spesialisthelsetjenesten)."""

from .common import offer, session

OFFERS = [
    offer(
        "leve-med-diabetes-type-2-unn",
        "lms-unn",
        "Leve med diabetes type 2",
        ["pasienter", "parorende"],
        ["Diabetes type 2"],
        "To kursdager om mat, aktivitet, medisiner og hvordan du kan leve godt med diabetes type 2.",
        "<p>Kurset er for deg som har fått diabetes type 2 det siste året, og for dine pårørende.</p>"
        "<h2>Innhold</h2><ul><li>Hva skjer i kroppen ved diabetes?</li><li>Mat og blodsukker</li>"
        "<li>Fysisk aktivitet i hverdagen</li><li>Erfaringer fra en som lever med diabetes</li></ul>",
        [
            session(10, "09:00", "15:00", "Lærings- og mestringssenteret, UNN Tromsø, kursrom 1", 16),
            session(
                17, "09:00", "15:00", "Lærings- og mestringssenteret, UNN Tromsø, kursrom 1", 16, signup_days_before=14
            ),
        ],
        referral_required=True,
        signup_text="Fastlegen eller sykehuset sender henvisning. Du får innkalling i posten.",
        co_development_note="Kurset er utviklet av diabetessykepleiere og to brukerrepresentanter fra Diabetesforbundet, som også underviser.",
    ),
    offer(
        "hjertesvikt-unn",
        "lms-unn",
        "Hjertesvikt – kurs for pasienter og pårørende",
        ["pasienter", "parorende"],
        ["Hjertesvikt"],
        "Lær mer om hjertesvikt, symptomer du bør følge med på, og hvordan du kan ta vare på deg selv.",
        "<p>Kardiolog, sykepleier, fysioterapeut og en likeperson underviser.</p>"
        "<blockquote>Det hjalp å høre at andre også var redde den første tiden.</blockquote>",
        [session(24, "10:00", "14:30", "UNN Tromsø, auditorium 3", 20)],
        cost="Gratis. Reiseutgifter dekkes etter reglene for pasientreiser.",
        co_development_note="Likepersoner fra LHL deltok i planleggingen og holder en del av kurset.",
    ),
    offer(
        "kols-skole-hammerfest",
        "lms-finnmarkssykehuset",
        "KOLS-skole",
        ["pasienter", "parorende"],
        ["KOLS"],
        "Tre samlinger om pust, fysisk aktivitet, medisiner og å leve med KOLS.",
        "<p>KOLS-skolen holdes i samarbeid med lungepoliklinikken. Du kan delta på sykehuset eller digitalt.</p>",
        [
            session(12, "12:00", "15:00", "Finnmarkssykehuset Hammerfest, møterom Fugløy", 12),
            session(19, "12:00", "15:00", "Finnmarkssykehuset Hammerfest, møterom Fugløy", 12, signup_days_before=14),
            session(26, "12:00", "15:00", "Finnmarkssykehuset Hammerfest, møterom Fugløy", 12, signup_days_before=21),
        ],
        referral_required=True,
        signup_text="Krever henvisning fra lege.",
        co_development_note="En brukerrepresentant med KOLS har vært med i kursteamet fra starten.",
    ),
    offer(
        "pust-og-mestring-digitalt-finnmark",
        "lms-finnmarkssykehuset",
        "Pust og mestring – digitalt kurs",
        ["pasienter"],
        ["KOLS", "Astma"],
        "Fire korte digitale møter om pusteteknikker og aktivitet for deg som har lungesykdom.",
        "<p>Du trenger en datamaskin, nettbrett eller telefon med kamera. Vi hjelper deg å teste utstyret før første møte.</p>",
        [session(9, "18:00", "19:00", "Digitalt (lenke sendes etter påmelding)", 15, signup_days_before=3)],
        format="digital",
        co_developed=False,
    ),
    offer(
        "langvarige-smerter-st-olavs",
        "lms-st-olavs",
        "Leve med langvarige smerter",
        ["pasienter"],
        ["Smerte"],
        "Et kurs om hvordan smerte virker, og hva du selv kan gjøre for å få en bedre hverdag.",
        "<p>Kurset går over fire ettermiddager. Du møter psykolog, fysioterapeut og en likeperson.</p>"
        "<h2>Du lærer om</h2><ul><li>Smertesystemet</li><li>Søvn, stress og smerte</li>"
        "<li>Aktivitet og hvile</li></ul>",
        [
            session(14, "13:00", "16:00", "St. Olavs hospital, Kunnskapssenteret, rom 2.12", 14),
            session(21, "13:00", "16:00", "St. Olavs hospital, Kunnskapssenteret, rom 2.12", 14, signup_days_before=14),
        ],
        referral_required=True,
        cost="Egenandel etter poliklinisk takst",
        signup_text="Henvisning fra fastlege eller spesialist.",
        co_development_note="Brukerrepresentanter fra Smerteforeningen var med på å velge tema og holder en egen økt.",
    ),
    offer(
        "parorendeskole-psykisk-helse-st-olavs",
        "lms-st-olavs",
        "Pårørendeskole – psykisk helse",
        ["parorende"],
        ["Psykisk helse", "Pårørende"],
        "Fem kvelder for deg som er pårørende til en voksen med psykisk lidelse.",
        "<p>Pårørendeskolen gir kunnskap om psykiske lidelser, behandling og rettigheter, og et fellesskap med "
        "andre i samme situasjon.</p><p>Du trenger ikke henvisning, og den du er pårørende til trenger ikke å være pasient hos oss.</p>",
        [
            session(16, "17:30", "20:30", "St. Olavs hospital, Østmarka, kantina", 25),
            session(23, "17:30", "20:30", "St. Olavs hospital, Østmarka, kantina", 25, signup_days_before=14),
        ],
        co_development_note="Planlagt sammen med LPP (Landsforeningen for pårørende innen psykisk helse).",
    ),
    offer(
        "leve-med-kreft-haukeland",
        "lms-haukeland",
        "Å leve med kreft",
        ["pasienter", "parorende"],
        ["Kreft"],
        "Et kurs for deg som har eller har hatt kreft, og for dine nærmeste.",
        "<p>Tema er blant annet fatigue, kosthold, arbeidsliv og sosiale rettigheter. Vardesenteret deltar.</p>",
        [session(18, "10:00", "15:00", "Haukeland universitetssjukehus, Vardesenteret", 20)],
        co_development_note="Kreftforeningens brukerrepresentanter har vært med på å utforme programmet.",
    ),
    offer(
        "diabetes-type-1-ungdom-digitalt",
        "lms-haukeland",
        "Diabetes type 1 – digitalt kurs for ungdom",
        ["ungdom"],
        ["Diabetes type 1"],
        "Tre digitale kvelder for ungdom mellom 16 og 19 år med diabetes type 1.",
        "<p>Vi snakker om trening, fest, skole og overgangen til voksenavdelingen. Kameraet kan være av.</p>",
        [
            session(11, "19:00", "20:30", "Digitalt (lenke sendes etter påmelding)", 12, signup_days_before=3),
            session(25, "19:00", "20:30", "Digitalt (lenke sendes etter påmelding)", 12, signup_days_before=3),
        ],
        format="digital",
        co_development_note="To ungdommer fra ungdomsrådet har laget opplegget sammen med diabetesteamet.",
    ),
    offer(
        "kols-kurs-forde",
        "lms-forde",
        "Lærings- og mestringskurs om KOLS",
        ["pasienter", "parorende"],
        ["KOLS"],
        "To kursdager om å leve med KOLS, for pasienter og pårørende i Sogn og Fjordane.",
        "<p>Du lærer om sykdommen, pusteteknikk, medisiner og hvordan du kan holde deg aktiv.</p>",
        [session(20, "10:00", "15:00", "Førde sentralsjukehus, kurssenteret", 16)],
        referral_required=True,
        signup_text="Krever henvisning. Spør fastlegen.",
        co_development_note="Laget sammen med LHL Sunnfjord.",
    ),
    offer(
        "soskengruppe-forde",
        "lms-forde",
        "Søskengruppe",
        ["barn"],
        ["Pårørende", "Kronisk sykdom"],
        "En gruppe for barn fra 8 til 12 år som har en bror eller søster med kronisk sykdom.",
        "<p>Barna møtes fire ettermiddager, leker, prater og lærer om sykdommen. Foreldrene får et eget møte.</p>",
        [session(30, "16:00", "18:00", "Førde sentralsjukehus, barneavdelingen", 8, signup_days_before=10)],
        co_development_note="Foreldre til barn med kronisk sykdom deltok i planleggingen.",
    ),
    offer(
        "parorende-rus-ahus",
        "lms-ahus",
        "Kurs for pårørende til personer med rusproblemer",
        ["parorende"],
        ["Rus", "Pårørende"],
        "Tre kvelder om avhengighet, grensesetting og å ta vare på seg selv.",
        "<p>Kurset passer for partnere, foreldre, voksne barn og venner.</p>"
        "<blockquote>Jeg lærte at jeg har lov til å ha det godt selv om han har det vondt.</blockquote>",
        [
            session(13, "18:00", "20:30", "Ahus, Lærings- og mestringssenteret, rom Nitelva", 18),
            session(
                27, "18:00", "20:30", "Ahus, Lærings- og mestringssenteret, rom Nitelva", 18, signup_days_before=21
            ),
        ],
        co_development_note="Pårørendealliansen og en likeperson har vært med hele veien.",
    ),
    offer(
        "diabetes-type-2-digitalt-ahus",
        "lms-ahus",
        "Diabetes type 2 – digitalt kveldskurs",
        ["pasienter", "parorende"],
        ["Diabetes type 2"],
        "Fire digitale kvelder for deg som har diabetes type 2 og ikke har anledning til å komme på dagtid.",
        "<p>Diabetessykepleier og klinisk ernæringsfysiolog underviser. Du kan stille spørsmål i chatten.</p>"
        "<p>Kveldskurset er en del av sykehusets diabetes- og ernæringsopplæring. Etter kurset kan du få en "
        "individuell time hos ernæringsfysiologen.</p>",
        [session(15, "18:00", "19:30", "Digitalt (lenke sendes etter påmelding)", 30, signup_days_before=2)],
        format="digital",
        referral_required=True,
        signup_text="Krever henvisning fra fastlege.",
        co_development_note="Brukerrepresentanter testet den digitale løsningen før kurset startet.",
    ),
    offer(
        "hjertesvikt-samtale-ahus",
        "lms-ahus",
        "Samtale med hjertesviktsykepleier",
        ["pasienter", "parorende"],
        ["Hjertesvikt"],
        "En individuell samtale om hvordan du kan følge med på symptomer og justere hverdagen.",
        "<p>Samtalen tar omtrent en time. Ta gjerne med en pårørende.</p>",
        [session(8, "10:00", "11:00", "Ahus, hjertepoliklinikken", 1, signup_days_before=2)],
        format="individuell",
        referral_required=True,
        co_developed=False,
    ),
    offer(
        "epilepsi-foreldre-ous",
        "lms-ous",
        "Leve med epilepsi – kurs for foreldre",
        ["parorende"],
        ["Epilepsi", "Pårørende"],
        "For foreldre til barn med epilepsi: kunnskap, praktiske råd og møte med andre foreldre.",
        "<p>Barnelege, sykepleier og en likeperson fra Norsk Epilepsiforbund underviser.</p>",
        [session(22, "09:00", "15:00", "Rikshospitalet, auditorium 2", 30)],
        co_development_note="Foreldre fra Norsk Epilepsiforbund har vært med i kursteamet.",
    ),
    offer(
        "livet-etter-hjerneslag-ous",
        "lms-ous",
        "Livet etter hjerneslag",
        ["pasienter", "parorende"],
        ["Hjerneslag"],
        "Kurs for deg som har hatt hjerneslag og for dine pårørende, seks måneder til to år etter slaget.",
        "<p>Kurset handler om fatigue, endringer i humør, samliv og å komme tilbake til arbeid.</p>",
        [
            session(28, "10:00", "14:00", "Ullevål sykehus, bygg 20, kursrommet", 16),
            session(35, "10:00", "14:00", "Ullevål sykehus, bygg 20, kursrommet", 16, signup_days_before=14),
        ],
        referral_required=True,
        co_development_note="Utviklet sammen med Afasiforbundet og slagrammede.",
    ),
    offer(
        "standard-metode-kurs-innlandet",
        "lms-sykehuset-innlandet",
        "Kurs i Standard metode for kursteam",
        ["helsepersonell"],
        ["Standard metode", "Helsepedagogikk"],
        "Lær å utvikle et lærings- og mestringstilbud sammen med brukerrepresentanter.",
        "<p>Kurset er for fagpersoner og brukerrepresentanter som skal lage et nytt kurs. Kom gjerne som et team.</p>"
        "<h2>Program</h2><ol><li>Planlegge: behov, målgruppe og mål</li><li>Gjennomføre: pedagogikk og gruppeledelse</li>"
        "<li>Evaluere: spørreskjema og evalueringsmøte</li></ol>",
        [session(45, "09:00", "15:30", "Sykehuset Innlandet Gjøvik, kurssalen", 24, signup_days_before=14)],
        co_development_note="Holdes av en fagperson og en erfaren brukerrepresentant sammen.",
    ),
    offer(
        "astmaskolen",
        "lms-sykehuset-innlandet",
        "Astmaskolen",
        ["barn", "parorende"],
        ["Astma", "Barn og unge"],
        "En kursdag for barn fra 6 til 12 år som har astma, sammen med foreldrene.",
        "<p>På Astmaskolen lærer barna hvordan lungene virker, hvorfor medisinene tas som de gjør, og hvordan "
        "de kan være med på lek og idrett. Foreldrene har egne økter om medisiner, allergi og samarbeid med "
        "skole og barnehage.</p>"
        "<h2>Kursdagen</h2><ul><li>Hva er astma?</li><li>Inhalasjonsteknikk med egen inhalator</li>"
        "<li>Fysisk aktivitet og astma</li><li>Erfaringer fra en forelder</li></ul>",
        [
            session(33, "09:00", "14:00", "Sykehuset Innlandet Lillehammer, barne- og ungdomsklinikken", 10),
            session(
                47,
                "09:00",
                "14:00",
                "Sykehuset Innlandet Lillehammer, barne- og ungdomsklinikken",
                10,
                signup_days_before=21,
            ),
        ],
        referral_required=True,
        signup_text="Barnelegen eller fastlegen sender henvisning.",
        co_development_note="Planlagt sammen med foreldre fra Norges Astma- og Allergiforbund.",
    ),
    offer(
        "leddgikt-lillehammer",
        "lms-sykehuset-innlandet",
        "Leve med leddgikt",
        ["pasienter", "parorende"],
        ["Revmatisk sykdom"],
        "Tre kursdager for deg som har fått leddgikt de siste to årene, og for en av dine pårørende.",
        "<p>Revmatolog, sykepleier, ergoterapeut og fysioterapeut underviser sammen med en likeperson fra "
        "Norsk Revmatikerforbund.</p>"
        "<h2>Tema</h2><ul><li>Sykdommen og behandlingen</li><li>Smerte, fatigue og søvn</li>"
        "<li>Hjelpemidler i hverdagen</li><li>Jobb og rettigheter</li></ul>",
        [
            session(29, "09:30", "15:00", "Sykehuset Innlandet Lillehammer, kurssalen", 14),
            session(36, "09:30", "15:00", "Sykehuset Innlandet Lillehammer, kurssalen", 14, signup_days_before=14),
            session(43, "09:30", "15:00", "Sykehuset Innlandet Lillehammer, kurssalen", 14, signup_days_before=21),
        ],
        referral_required=True,
        signup_text="Krever henvisning fra fastlege eller revmatolog.",
        co_development_note="En likeperson fra Norsk Revmatikerforbund har vært med i kursteamet fra starten.",
    ),
]
