"""A real Chromium (Debian's, driven by Playwright) against pytest-django's live server.

No browser is downloaded: Playwright drives /usr/bin/chromium (override with CHROMIUM_PATH).
If it cannot start, the tests fail and say why; they never skip.
"""

import datetime
import mimetypes
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls from a thread
# with a running loop unless told this is fine. The tests and the live server never share a
# connection concurrently, so it is.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _axe_script():
    import axe_playwright_python

    return Path(axe_playwright_python.__file__).with_name("axe.min.js")


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the whole session."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:  # pragma: no cover - the package is in requirements
        pytest.fail(f"Browser tests need the Python package 'playwright': {error}", pytrace=False)
    if not Path(CHROMIUM_PATH).exists():
        pytest.fail(
            f"Browser tests need Chromium at {CHROMIUM_PATH} (apt-get install chromium), "
            "or CHROMIUM_PATH pointing at one.",
            pytrace=False,
        )
    before = _connections_now()
    playwright = sync_playwright().start()
    _carry_serialized_contents(before)
    try:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
    except Exception as error:  # Playwright raises its own Error for every launch failure
        playwright.stop()
        pytest.fail(f"Could not launch Chromium at {CHROMIUM_PATH}: {error}", pytrace=False)
    yield chromium
    chromium.close()
    playwright.stop()


def _connections_now():
    from django.db import connections

    return {alias: connections[alias] for alias in connections}


def _carry_serialized_contents(before):
    """Give the connections tests use from now on the database snapshot serialized rollback restores.

    Starting Playwright's sync API leaves an event loop marked as running in this thread. Django
    keeps its connections in an asgiref Local, which then hands out new connection objects (the
    same test database) instead of the ones created before; the snapshot Django took at setup
    lives on those old objects. Without it, the first flush would lose the home page and locales
    the migrations created. Remove this when pytest-django or Playwright make it unnecessary.
    """
    from django.db import connections

    for alias, old in before.items():
        contents = getattr(old, "_test_serialized_contents", None)
        if contents is not None and not hasattr(connections[alias], "_test_serialized_contents"):
            connections[alias]._test_serialized_contents = contents


@pytest.fixture
def page(browser, live_server):
    """A fresh tab at desktop width; uploaded media are served from MEDIA_ROOT.

    The live server serves static files but not media (only DEBUG's URLconf does), so the tab
    answers /media/ itself; then images load and are checked like everything else.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url)
    context.route("**/media/**", _serve_media)
    tab = context.new_page()
    yield tab
    context.close()


def _serve_media(route):
    path = route.request.url.split("/media/", 1)[1].split("?", 1)[0]
    file = Path(settings.MEDIA_ROOT, path)
    if file.is_file():
        route.fulfill(status=200, body=file.read_bytes(), content_type=mimetypes.guess_type(file.name)[0])
    else:
        route.fulfill(status=404, body="")


def axe_violations(tab):
    """axe-core's WCAG 2.1 A/AA violations on the current page, one readable line each."""
    if not tab.evaluate("typeof window.axe !== 'undefined'"):
        tab.add_script_tag(path=str(_axe_script()))
    result = tab.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} -> "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"])
        for violation in result["violations"]
    ]


@pytest.fixture
def site_pages(transactional_db, django_db_serialized_rollback, compiled_messages):
    """One live page of every public type, with the content that makes each one worth checking.

    Returns the URL of each, by name. The live server needs real commits, so the database is
    emptied after each test; serialized rollback brings back what the migrations created (the
    locales, the home page and the site) before the next.
    """
    from articles.models import ArticleAuthor, ArticleTopic
    from centres.choices import Weekday
    from centres.models import ContactPerson, OpeningHours
    from offers.choices import TargetGroup
    from offers.models import OfferTopic
    from tests.factories import (
        ArticleIndexPageFactory,
        ArticlePageFactory,
        CentreIndexPageFactory,
        CentrePageFactory,
        OfferIndexPageFactory,
        OfferPageFactory,
        OfferSessionFactory,
        PersonFactory,
        ToolkitIndexPageFactory,
        ToolkitResourcePageFactory,
        TopicFactory,
        default_home,
    )
    from tests.helpers import make_document, make_image, publish_parents_in, translate_page
    from toolkit.choices import Audience, MethodPhase
    from toolkit.models import ToolkitDocument

    home = default_home()
    home.lead = "<p>Vi støtter alle som lager <b>lærings- og mestringstilbud</b> i Norge.</p>"
    home.save_revision().publish()
    topic = TopicFactory(name="Pårørende", slug="parorende")

    articles = ArticleIndexPageFactory(show_in_menus=True, intro="Nyheter og fagartikler.")
    image = make_image()
    document = make_document()
    article = ArticlePageFactory(
        parent=articles,
        title="Slik lager dere et mestringskurs sammen med brukerne",
        intro="Standard metode steg for steg, fra idé til evaluering.",
        listing_image=image,
        published_at=datetime.date(2026, 3, 14),
        updated_at=datetime.date(2026, 4, 2),
        last_reviewed_at=datetime.date(2026, 1, 20),
        body=[
            {"type": "paragraph", "value": "<p>Brukere og fagfolk lager kurset sammen, som likeverdige parter.</p>"},
            {"type": "heading", "value": {"text": "Planlegging", "level": "h2"}},
            {"type": "paragraph", "value": '<p>Les mer i <a href="https://example.no/">håndboka</a>.</p>'},
            {
                "type": "quote",
                "value": {"text": "Vi lærte like mye av hverandre.", "attribution": "Kari", "role": "Kursdeltaker"},
            },
            {
                "type": "fact_box",
                "value": {"title": "Fakta", "body": "<ul><li>Fire samlinger</li><li>Gratis</li></ul>"},
            },
            {"type": "image", "value": {"image": image.pk, "caption": "Fra et kurs på Aker.", "decorative": False}},
            {"type": "image", "value": {"image": make_image().pk, "caption": "", "decorative": True}},
            {"type": "document", "value": {"document": document.pk, "title": ""}},
        ],
    )
    ArticleAuthor.objects.create(page=article, person=PersonFactory(name="Kari Nordmann", job_title="Rådgiver"))
    ArticleTopic.objects.create(page=article, topic=topic)
    for number in range(13):  # enough for a second page of the listing
        ArticlePageFactory(parent=articles, title=f"Nyhet nummer {number + 1} om læring og mestring")

    centres = CentreIndexPageFactory(show_in_menus=True, intro="Lærings- og mestringstjenester i hele landet.")
    centre = CentrePageFactory(
        parent=centres,
        title="Lærings- og mestringssenteret ved Aker",
        intro="Kurs for pasienter og pårørende.",
        parent_organisation="Oslo universitetssykehus HF",
        address="Trondheimsveien 235\n0586 Oslo",
        phone="22 00 00 00",
        email="lms@example.no",
        website="https://example.no/lms",
        verified_on=datetime.date(2026, 2, 1),
    )
    OpeningHours.objects.create(centre=centre, weekday=Weekday.MONDAY, opens="08:00", closes="15:30")
    OpeningHours.objects.create(centre=centre, weekday=Weekday.SATURDAY, note="Stengt i helgene")
    ContactPerson.objects.create(centre=centre, name="Anne Berg", role="Leder", email="anne@example.no")
    CentrePageFactory(parent=centres, title="Frisklivssentralen i Tromsø", kind="frisklivssentral", region="nord")

    offers = OfferIndexPageFactory(show_in_menus=True, intro="Kurs og samtaler for pasienter og pårørende.")
    offer = OfferPageFactory(
        parent=centre,
        title="Kurs for pårørende til personer med demens",
        intro="Fire kvelder om å være pårørende.",
        target_groups=[TargetGroup.RELATIVES],
        cost="Gratis",
        signup_url="https://example.no/pamelding",
        signup_text="Meld deg på innen fristen.",
        co_developed=True,
        co_development_note="To brukerrepresentanter har laget kursplanen sammen med oss.",
    )
    OfferTopic.objects.create(page=offer, topic=topic)
    start = timezone.make_aware(datetime.datetime(2031, 5, 6, 17, 0))
    OfferSessionFactory(offer=offer, start=start, capacity=14, signup_deadline=datetime.date(2031, 4, 28))
    OfferSessionFactory(offer=offer, start=start + datetime.timedelta(days=7), place="Aker sykehus, bygg 7, 2. etasje")

    toolkit = ToolkitIndexPageFactory(show_in_menus=True, intro="Maler, metoder og evalueringsverktøy.")
    resource = ToolkitResourcePageFactory(
        parent=toolkit,
        title="Mal for kursplan",
        phases=[MethodPhase.PLAN],
        audiences=[Audience.PROFESSIONALS, Audience.USER_REPRESENTATIVES],
        last_reviewed_at=datetime.date(2026, 3, 14),
    )
    ToolkitDocument.objects.create(page=resource, document=make_document("Kursplan", "kursplan.pdf"))

    nn_home = translate_page(
        home, "nn", title="Læring og meistring", intro="Nasjonal kompetanseteneste for læring og meistring innan helse."
    )
    nn_article = translate_page(article, "nn", title="Slik lagar de eit meistringskurs saman med brukarane")
    publish_parents_in(nn_article, "nn")

    return {
        "home": "/",
        "article_index": articles.url,
        "article": article.url,
        "centre_index": centres.url,
        "centre": centre.url,
        "offer_index": offers.url,
        "offer": offer.url,
        "toolkit_index": toolkit.url,
        "toolkit_resource": resource.url,
        "search": "/sok/?q=mestring",
        "not_found": "/finnes-ikke/",
        "nn_home": nn_home.url,
        "nn_article": nn_article.url,
    }
