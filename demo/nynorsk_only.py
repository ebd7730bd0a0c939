"""Demo pages written only in nynorsk, with no bokmål version.

Most pages exist in one written standard only (Språkrådet's rule is that bokmål and nynorsk
alternate, not that every page exists in both), so the demo has some that only nynorsk readers got
first: the bokmål and English listings show them, marked as nynorsk.
"""

from .common import ago, article
from .toolkit import BOTH_AUDIENCES, resource

ARTICLES = [
    article(
        "klart-sprak-i-kursmateriellet",
        "Klart språk i kursmateriellet",
        "Ingrid Sæbø",
        ["Helsekompetanse", "Klarspråk"],
        ago(35),
        "Deltakarane lærer meir når invitasjonen, programmet og heftet er skrivne så dei forstår dei med ein gong.",
        "<p>Mange deltakarar kjem til kurset med lite krefter og mykje å hugse på. Då hjelper det at "
        "teksten seier det viktigaste først.</p>"
        "<h2>Tre råd frå kursteama</h2><ul><li>Skriv til lesaren: «du» og «de», ikkje «pasienten».</li>"
        "<li>Bytt ut fagord, eller forklar dei der dei står.</li><li>La ein brukarrepresentant lese "
        "teksten før han blir trykt.</li></ul>"
        "<p>Språkrådet har fleire døme på klart språk i offentlege tekstar.</p>",
    ),
]

RESOURCES = [
    resource(
        "sjekkliste-for-klart-sprak",
        "Sjekkliste for klart språk",
        "mal",
        ["planlegge"],
        BOTH_AUDIENCES,
        "Ti spørsmål å stille før de sender ut ein invitasjon eller eit kurshefte.",
        "<p>Går det fram kven teksten er til, og kva lesaren skal gjere? Står det viktigaste først? "
        "Er setningane korte, og er fagorda forklarte?</p>",
        last_reviewed_at=ago(20),
    ),
]

PAGES = [{**record, "locale": "nn"} for record in [*ARTICLES, *RESOURCES]]
