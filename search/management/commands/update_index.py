"""`manage.py update_index`: Wagtail's indexes (the admin's search) and the site's public search,
rebuilt atomically: the old index answers until the new one is ready."""

from django.db import transaction
from wagtail.search.management.commands.update_index import Command as WagtailCommand

from search import engines
from search.corpus import rebuild


class Command(WagtailCommand):
    help = "Rebuild Wagtail's search indexes and the public search corpus (every engine)."

    def handle(self, **options):
        from django.conf import settings

        if settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].endswith(".database"):
            with transaction.atomic():
                super().handle(**options)
        else:
            super().handle(**options)
        count = rebuild()
        remote = engines.server_engine()
        where = f"the database and {remote.name}" if remote else "the database"
        if options.get("verbosity", 1):
            self.stdout.write(f"Public search: {count} entries indexed in {where}.")
