from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from interchange.api import InterchangeError, import_file


class Command(BaseCommand):
    help = "Import articles, centres, offers and toolkit resources from a JSONL file (docs/import-export.md)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="the .jsonl file; document paths in it are relative to it")
        parser.add_argument(
            "--submit",
            action="store_true",
            help="put pages the file marks published into their workflow for review instead of publishing them",
        )

    def handle(self, *args, path, submit=False, **options):
        try:
            report = import_file(path, submit=submit)
        except InterchangeError as error:
            for problem in error.errors:
                self.stderr.write(str(problem))
            raise CommandError(_("Ingenting ble importert (%(count)s feil).") % {"count": len(error.errors)}) from error
        self.stdout.write(self.style.SUCCESS(str(report)))
