"""Build a realistic demo site through the same code path as a content import.

The demo content (core/demo) is written as a JSON Lines file with its documents into a temporary
directory and loaded with `import_content`; then the home pages get a lead text and featured
articles. In development (DEBUG on) it also creates one user per editorial role and prints their
new passwords. Running it again updates the same pages; see docs/demo-content.md.
"""

import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from centres.models import CentrePage
from demo.bundle import write_bundle
from demo.centres import STAFF_CENTRE
from demo.home import update_home_pages
from demo.promotions import add_promotions
from demo.users import create_demo_users


class Command(BaseCommand):
    help = (
        "Load demo articles, centres, offers and toolkit resources (bokmål, nynorsk, English) through "
        "import_content; in development also create one user per role."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--keep-files",
            metavar="DIR",
            help="Write the generated JSONL file and documents to DIR and keep them (default: a temporary directory).",
        )

    def handle(self, *args, keep_files=None, **options):
        today = timezone.localdate()
        with transaction.atomic():
            if keep_files:
                directory = Path(keep_files)
                directory.mkdir(parents=True, exist_ok=True)
                self._import(directory, today)
            else:
                with tempfile.TemporaryDirectory(prefix="mestring-demo-") as tmp:
                    self._import(Path(tmp), today)
            updated = update_home_pages()
            self.stdout.write(f"Forsider oppdatert: {', '.join(updated) or 'ingen endringer'}.")
            promoted = add_promotions()
            self.stdout.write(f"Anbefalte søkeresultater: {', '.join(promoted) or 'ingen nye'}.")
            if settings.DEBUG:
                self._users()
            else:
                self.stdout.write(
                    self.style.WARNING("DEBUG er av: demobrukere opprettes bare i utvikling (DEBUG=True).")
                )

    def _import(self, directory, today):
        path = write_bundle(directory, today)
        self.stdout.write(f"Importerer {path} …")
        call_command("import_content", str(path), stdout=self.stdout, stderr=self.stderr)

    def _users(self):
        centre = CentrePage.objects.get(locale__language_code=settings.LANGUAGE_CODE, slug=STAFF_CENTRE)
        credentials = create_demo_users(centre)
        rows = [("Brukernavn", "Passord", "Rolle", "Gruppe")]
        rows += [(c.user.username, c.password, c.user.role, c.group) for c in credentials]
        widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
        self.stdout.write("")
        for index, row in enumerate(rows):
            self.stdout.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
            if index == 0:
                self.stdout.write("  ".join("-" * width for width in widths))
        login_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Logg inn på {login_url} (nye passord ved hver kjøring)."))
