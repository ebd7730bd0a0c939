"""Give a centre its staff and lead groups, and optionally put people in them.

    manage.py centre_team <centre: page id or slug> [--staff USERNAME ...] [--lead USERNAME ...]

Running it again is harmless: the groups keep their members and get exactly their permissions.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from centres.models import CentrePage
from editorial.centres import centre_team


class Command(BaseCommand):
    help = "Create or repair a centre's staff and lead groups (Senterredaktør, Senterleder)."

    def add_arguments(self, parser):
        parser.add_argument("centre", help="the centre page's id or slug")
        parser.add_argument("--staff", nargs="+", default=[], metavar="USERNAME", help="add these users as staff")
        parser.add_argument("--lead", nargs="+", default=[], metavar="USERNAME", help="add these users as leads")

    def handle(self, centre, staff, lead, **options):
        centres = (
            CentrePage.objects.filter(pk=int(centre)) if centre.isdigit() else CentrePage.objects.filter(slug=centre)
        )
        if not centres:
            raise CommandError(f"No centre page with id or slug {centre!r}.")
        if len(centres) > 1:
            ids = ", ".join(str(page.pk) for page in centres)
            raise CommandError(f"Several centre pages have the slug {centre!r} (ids {ids}); give the id.")
        users = get_user_model().objects
        wanted = {name: users.filter(username=name).first() for name in [*staff, *lead]}
        missing = sorted(name for name, user in wanted.items() if user is None)
        if missing:
            raise CommandError(f"No such user: {', '.join(missing)}. Nothing was changed.")
        with transaction.atomic():
            team = centre_team(centres[0])
            for name in staff:
                wanted[name].groups.add(team.staff_group)
            for name in lead:
                wanted[name].groups.add(team.lead_group)
        self.stdout.write(f"{team.centre}: «{team.staff_group}» and «{team.lead_group}».")
