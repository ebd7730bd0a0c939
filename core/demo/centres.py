"""Demo centres: hospital learning and coping centres and municipal services in all four regions.

The institutions are real kinds of places; every address detail, phone number, e-mail address and
contact person is invented (phone numbers end in zeros, e-mail domains are example.no).
"""

from .common import ago, weekdays

STAFF_CENTRE = "lms-ahus"
"""The centre whose page the demo centre-staff user may edit."""


def _centre(slug, title, kind, level, region, county, municipality, parent, address, email, phone, **extra):
    return {
        "type": "centre",
        "slug": slug,
        "title": title,
        "kind": kind,
        "level": level,
        "region": region,
        "county": county,
        "municipality": municipality,
        "parent_organisation": parent,
        "address": address,
        "email": email,
        "phone": phone,
        **extra,
    }


CENTRES = [
    _centre(
        "lms-unn", "Lærings- og mestringssenteret, Universitetssykehuset Nord-Norge",
        "lms", "spesialist", "nord", "Troms", "Tromsø", "Universitetssykehuset Nord-Norge HF",
        "Sykehusvegen 1, inngang B\n9019 Tromsø", "lms@unn.example.no", "+47 77 00 00 10",
        url="https://unn.example.no/lms",
        intro="Vi koordinerer pasient- og pårørendeopplæringen ved sykehuset og utvikler kurs sammen med brukerrepresentanter.",
        body="<p>Lærings- og mestringssenteret hjelper avdelingene med å planlegge, gjennomføre og evaluere "
        "kurs for pasienter og pårørende. Alle kurs utvikles etter Standard metode.</p>"
        "<h2>Til deg som er pasient eller pårørende</h2><p>Du trenger ikke å ha vært innlagt for å delta. "
        "Noen kurs krever henvisning; det står på hvert tilbud.</p>",
        opening_hours=weekdays("08:00", "15:30", friday_closes="15:00"),
        contact_persons=[
            {"name": "Ingrid Solbakk", "role": "Leder", "phone": "+47 77 00 00 11", "email": "ingrid.solbakk@unn.example.no"},
            {"name": "Mats Eidem", "role": "Rådgiver, brukermedvirkning", "email": "mats.eidem@unn.example.no"},
        ],
        verified_on=ago(21),
    ),
    _centre(
        "lms-finnmarkssykehuset", "Lærings- og mestringssenteret, Finnmarkssykehuset Hammerfest",
        "lms", "spesialist", "nord", "Finnmark", "Hammerfest", "Finnmarkssykehuset HF",
        "Sykehusveien 5\n9600 Hammerfest", "lms@finnmark.example.no", "+47 78 00 00 20",
        intro="Kurs for pasienter og pårørende i Finnmark, både på sykehuset og digitalt.",
        body="<p>Lange avstander gjør at mange av kursene våre også går digitalt. Vi samarbeider med "
        "kommunene i fylket om oppfølging etter kurs.</p>",
        opening_hours=weekdays("08:30", "15:00"),
        contact_persons=[{"name": "Ánde Mikkelsen Pedersen", "role": "Koordinator", "phone": "+47 78 00 00 21"}],
        verified_on=ago(64),
    ),
    _centre(
        "frisklivssentralen-bodo", "Frisklivssentralen i Bodø",
        "frisklivssentral", "kommune", "nord", "Nordland", "Bodø", "Bodø kommune",
        "Storgata 10, 2. etasje\n8006 Bodø", "frisklivssentralen@bodo.kommune.example.no", "+47 75 00 00 30",
        intro="Hjelp til å endre levevaner: fysisk aktivitet, kosthold, søvn og tobakk. Du trenger ikke henvisning.",
        body="<p>Frisklivssentralen tilbyr helsesamtaler, gruppetrening og kurs. Du kan ta kontakt selv, "
        "eller bli henvist av fastlegen.</p>",
        opening_hours=weekdays("08:00", "15:30", note="Telefon 09–14"),
        contact_persons=[{"name": "Sunniva Hamnes", "role": "Frisklivsveileder", "email": "sunniva.hamnes@bodo.kommune.example.no"}],
        verified_on=ago(12),
    ),
    _centre(
        "lms-st-olavs", "Lærings- og mestringssenteret, St. Olavs hospital",
        "lms", "spesialist", "midt", "Trøndelag", "Trondheim", "St. Olavs hospital HF",
        "Prinsesse Kristinas gate 3, Kunnskapssenteret\n7030 Trondheim", "lms@stolav.example.no", "+47 73 00 00 40",
        url="https://stolav.example.no/lms",
        intro="Kurs og samtalegrupper for pasienter, pårørende og helsepersonell ved St. Olavs hospital.",
        body="<p>Vi har lang erfaring med pårørendeskoler og kurs om langvarige smerter. Brukerrepresentanter "
        "deltar i alle kursteam.</p><ul><li>Kurs for pasienter og pårørende</li>"
        "<li>Veiledning av helsepersonell i helsepedagogikk</li><li>Likepersonsarbeid</li></ul>",
        opening_hours=weekdays("08:00", "15:30"),
        contact_persons=[
            {"name": "Kristoffer Rønning", "role": "Seksjonsleder", "phone": "+47 73 00 00 41"},
            {"name": "Marianne Skjølberg", "role": "Sykepleier og kursansvarlig", "email": "marianne.skjolberg@stolav.example.no"},
        ],
        verified_on=ago(35),
    ),
    _centre(
        "frisklivs-og-mestringssenteret-molde", "Frisklivs- og mestringssenteret i Molde",
        "frisklivs-og-mestringssenter", "kommune", "midt", "Møre og Romsdal", "Molde", "Molde kommune",
        "Parkvegen 2\n6413 Molde", "friskliv@molde.kommune.example.no", "+47 71 00 00 50",
        intro="Kommunens tilbud om bedre levevaner og mestring av hverdagen med langvarig sykdom.",
        body="<p>Vi samler frisklivstilbud og lærings- og mestringskurs under ett tak, slik at du får hjelp "
        "både til å endre vaner og til å leve godt med sykdom.</p>",
        opening_hours=weekdays("08:00", "15:00"),
        contact_persons=[{"name": "Eline Vestad", "role": "Fagleder"}],
        verified_on=ago(90),
    ),
    _centre(
        "lms-haukeland", "Lærings- og mestringssenteret, Haukeland universitetssjukehus",
        "lms", "spesialist", "vest", "Vestland", "Bergen", "Helse Bergen HF",
        "Jonas Lies veg 65, sentralblokka\n5021 Bergen", "lms@helse-bergen.example.no", "+47 55 00 00 60",
        url="https://helse-bergen.example.no/lms",
        intro="Kurs for pasienter og pårørende ved Haukeland, utviklet sammen med brukerrepresentanter.",
        body="<p>Senteret har kurs innen kreft, diabetes, hjerte- og lungesykdom og psykisk helse. "
        "Flere av kursene går også digitalt.</p>",
        opening_hours=weekdays("08:00", "15:30", friday_closes="14:30"),
        contact_persons=[
            {"name": "Torunn Mjelde", "role": "Leder", "email": "torunn.mjelde@helse-bergen.example.no"},
            {"name": "Olav Brekke", "role": "Brukerrepresentant i kursteam"},
        ],
        verified_on=ago(8),
    ),
    _centre(
        "lms-forde", "Lærings- og mestringssenteret, Førde sentralsjukehus",
        "lms", "spesialist", "vest", "Vestland", "Sunnfjord", "Helse Førde HF",
        "Svanehaugvegen 2\n6812 Førde", "lms@helse-forde.example.no", "+47 57 00 00 70",
        intro="Kurs for pasienter og pårørende i Sogn og Fjordane, på sykehuset og digitalt.",
        body="<p>Vi samarbeider tett med kommunene i regionen, slik at kursdeltakerne får oppfølging der de bor.</p>",
        opening_hours=weekdays("08:00", "15:30"),
        contact_persons=[{"name": "Liv Heggheim", "role": "Koordinator", "phone": "+47 57 00 00 71"}],
        verified_on=ago(40),
    ),
    _centre(
        "frisklivssentralen-stavanger", "Frisklivssentralen i Stavanger",
        "frisklivssentral", "kommune", "vest", "Rogaland", "Stavanger", "Stavanger kommune",
        "Klubbgata 5\n4006 Stavanger", "friskliv@stavanger.kommune.example.no", "+47 51 00 00 80",
        intro="Gratis hjelp til å komme i gang med fysisk aktivitet, sunnere kosthold og røykeslutt.",
        body="<p>Alle som bor i Stavanger kan ta kontakt. Frisklivsresepten varer i tolv uker og starter "
        "med en helsesamtale.</p>",
        opening_hours=weekdays("08:00", "16:00", friday_closes="15:00"),
        contact_persons=[{"name": "Joakim Tjelta", "role": "Fysioterapeut"}],
        verified_on=ago(17),
    ),
    _centre(
        STAFF_CENTRE, "Lærings- og mestringssenteret, Akershus universitetssykehus",
        "lms", "spesialist", "sor-ost", "Akershus", "Lørenskog", "Akershus universitetssykehus HF",
        "Sykehusveien 25, inngang vest\n1478 Lørenskog", "lms@ahus.example.no", "+47 67 00 00 90",
        url="https://ahus.example.no/lms",
        intro="Kurs for pasienter og pårørende ved Ahus, og veiledning for avdelinger som vil lage egne kurs.",
        body="<p>Vi koordinerer over førti kurs i året. Brukerrepresentanter og likepersoner deltar i "
        "planleggingen og undervisningen.</p><h2>Kontakt</h2><p>Ring eller send e-post; vi svarer "
        "innen to arbeidsdager.</p>",
        opening_hours=weekdays("08:00", "15:30"),
        contact_persons=[
            {"name": "Hanne Lervik", "role": "Leder", "email": "hanne.lervik@ahus.example.no"},
            {"name": "Sindre Aasheim", "role": "Kursrådgiver", "phone": "+47 67 00 00 91"},
        ],
        verified_on=ago(5),
    ),
    _centre(
        "lms-ous", "Lærings- og mestringssenteret, Oslo universitetssykehus",
        "lms", "spesialist", "sor-ost", "Oslo", "Oslo", "Oslo universitetssykehus HF",
        "Kirkeveien 166, bygg 20\n0450 Oslo", "lms@ous.example.no", "+47 22 00 00 00",
        intro="Kurs for pasienter og pårørende ved sykehusets klinikker, fra epilepsi til hjerneslag.",
        body="<p>Senteret samarbeider med pasientorganisasjonene om likepersonsarbeid og kurs.</p>",
        opening_hours=weekdays("08:00", "15:45"),
        contact_persons=[{"name": "Nora Bakken Lind", "role": "Koordinator", "email": "nora.lind@ous.example.no"}],
        verified_on=ago(28),
    ),
    _centre(
        "helsehuset-drammen", "Helsehuset i Drammen",
        "helsehus", "kommune", "sor-ost", "Buskerud", "Drammen", "Drammen kommune",
        "Tollbugata 20\n3044 Drammen", "helsehuset@drammen.kommune.example.no", "+47 32 00 00 10",
        intro="Kommunens lærings- og mestringstjeneste: kurs, samtaler og hverdagsrehabilitering.",
        body="<p>Helsehuset samler kommunens tilbud til innbyggere med langvarig sykdom og til pårørende.</p>",
        opening_hours=weekdays("08:00", "15:30"),
        contact_persons=[{"name": "Ahmed Rahimi", "role": "Koordinator for lærings- og mestringstilbud"}],
        verified_on=ago(55),
    ),
    _centre(
        "lms-hamar-kommune", "Lærings- og mestringstjenesten i Hamar kommune",
        "annet", "kommune", "sor-ost", "Innlandet", "Hamar", "Hamar kommune",
        "Vangsvegen 10\n2317 Hamar", "mestring@hamar.kommune.example.no", "+47 62 00 00 20",
        intro="Kurs i mestring av smerte, stress og depresjon for innbyggere i Hamar.",
        body="<p>Tjenesten er en del av kommunens psykiske helse- og rustjeneste og holder kurs både på dagtid og kveldstid.</p>",
        opening_hours=weekdays("08:00", "15:30", note="Kveldskurs etter avtale"),
        contact_persons=[{"name": "Guro Sveen", "role": "Psykiatrisk sykepleier"}],
        verified_on=ago(75),
    ),
    _centre(
        "lms-sykehuset-innlandet", "Lærings- og mestringssenteret, Sykehuset Innlandet Gjøvik",
        "lms", "spesialist", "sor-ost", "Innlandet", "Gjøvik", "Sykehuset Innlandet HF",
        "Kyrre Grepps gate 11\n2819 Gjøvik", "lms@sykehuset-innlandet.example.no", "+47 61 00 00 30",
        intro="Kurs for pasienter og pårørende, og opplæring i helsepedagogikk for helsepersonell.",
        body="<p>Senteret tilbyr også kurs i Standard metode for fagpersoner og brukerrepresentanter som skal "
        "utvikle nye tilbud.</p>",
        opening_hours=weekdays("08:00", "15:00"),
        contact_persons=[{"name": "Bjørn Tore Rustad", "role": "Rådgiver"}],
        verified_on=ago(30),
    ),
]
