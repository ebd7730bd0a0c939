from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from interchange.api import InterchangeError, export_file


class Command(BaseCommand):
    help = "Export every article, centre, offer and toolkit resource to a JSONL file (docs/import-export.md)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="the .jsonl file to write; documents go to <name>_files/ beside it")

    def handle(self, *args, path, **options):
        try:
            report = export_file(path)
        except InterchangeError as error:
            for problem in error.errors:
                self.stderr.write(str(problem))
            raise CommandError(_("Ingenting ble eksportert.")) from error
        for warning in report.warnings:
            self.stderr.write(warning)
        self.stdout.write(self.style.SUCCESS(str(report)))
