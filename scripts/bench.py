"""`make bench`: how fast the public pages render and how many queries they make, at size.

Builds a throwaway SQLite site with many pages, then renders each page type repeatedly through
Django's test client and reports the median and 95th-percentile time, the query count for a
small and a large listing, and the peak memory of one render. Nothing here is a unit test:
the figures are for people to read and compare between commits.
"""

import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORKDIR = tempfile.mkdtemp(prefix="mestring-bench-")
os.environ["DJANGO_SETTINGS_MODULE"] = "mestring.settings.test"
os.environ["DATABASE_URL"] = f"sqlite:///{WORKDIR}/bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))
SIZES = {"articles": 300, "centres": 60, "offers_per_centre": 5, "resources": 120}


def build_site():
    from tests import factories as f

    call_command("migrate", verbosity=0)
    articles = f.ArticleIndexPageFactory()
    centres = f.CentreIndexPageFactory()
    f.OfferIndexPageFactory()
    toolkit = f.ToolkitIndexPageFactory()
    topic = f.TopicFactory(name="Diabetes", slug="diabetes")
    first_article = None
    for _ in range(SIZES["articles"]):
        article = f.ArticlePageFactory(parent=articles)
        article.topic_links.create(topic=topic)
        first_article = first_article or article
    first_centre = first_offer = None
    for _ in range(SIZES["centres"]):
        centre = f.CentrePageFactory(parent=centres)
        first_centre = first_centre or centre
        for _ in range(SIZES["offers_per_centre"]):
            offer = f.OfferPageFactory(parent=centre)
            f.OfferSessionFactory(offer=offer)
            first_offer = first_offer or offer
    first_resource = None
    for _ in range(SIZES["resources"]):
        resource = f.ToolkitResourcePageFactory(parent=toolkit)
        first_resource = first_resource or resource
    return {
        "home": "/",
        "article index": articles.url,
        "article": first_article.url,
        "centre index": centres.url,
        "centre": first_centre.url,
        "offer index": "/tilbud/",
        "offer": first_offer.url,
        "toolkit index": toolkit.url,
        "toolkit resource": first_resource.url,
        "search": "/sok/?q=mestring",
    }


def measure(client, url):
    client.get(url)  # warm-up: per-process caches and image renditions
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    # Read now: every request clears the connection's query log.
    query_count = len(queries)
    timings = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    tracemalloc.start()
    client.get(url)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    timings.sort()
    return {
        "queries": query_count,
        "median": statistics.median(timings),
        "p95": timings[int(len(timings) * 0.95) - 1],
        "peak_kib": peak / 1024,
    }


def main():
    setup_test_environment()
    print(f"building a site: {SIZES} (SQLite in {WORKDIR})")
    urls = build_site()
    client = Client()
    print(f"\n{'page':<18}{'queries':>8}{'median ms':>11}{'p95 ms':>9}{'peak KiB':>10}")
    for name, url in urls.items():
        r = measure(client, url)
        print(f"{name:<18}{r['queries']:>8}{r['median']:>11.1f}{r['p95']:>9.1f}{r['peak_kib']:>10.0f}")
    print(f"\n{ROUNDS} renders per page after a warm-up; listing pages show 12 items per page.")


if __name__ == "__main__":
    main()
