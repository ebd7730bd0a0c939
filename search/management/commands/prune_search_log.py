"""`manage.py prune_search_log [--days N]`: delete the query log's days older than N days
(default settings.SEARCH_LOG_MAX_AGE_DAYS). Run it daily, e.g. from cron; running it twice is
harmless."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from search.models import LoggedQuery


class Command(BaseCommand):
    help = "Delete the search query log's rows older than --days (default SEARCH_LOG_MAX_AGE_DAYS)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"keep this many days (default: SEARCH_LOG_MAX_AGE_DAYS, now {settings.SEARCH_LOG_MAX_AGE_DAYS})",
        )

    def handle(self, days=None, **options):
        days = settings.SEARCH_LOG_MAX_AGE_DAYS if days is None else days
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        cutoff = timezone.localdate() - datetime.timedelta(days=days)
        deleted, _counts = LoggedQuery.objects.filter(day__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} query log rows from before {cutoff:%Y-%m-%d} (older than {days} days).")
