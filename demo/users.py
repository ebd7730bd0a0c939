"""One demo user per editorial role, for trying the admin in development.

The user names start with "demo-" so they never collide with a developer's own accounts. Every run
gives each user a new random password, which `load_demo` prints once.
"""

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial import roles
from editorial.centres import centre_team


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: str
    first_name: str
    last_name: str
    superuser: bool = False
    group: str | None = None  # a role from editorial.roles; None for the superuser
    centre: str | None = None  # "staff" or "lead": a member of the demo centre's team


DEMO_USERS = [
    DemoUser("demo-admin", "Administrator (superbruker)", "Astrid", "Nordvik", superuser=True),
    DemoUser(
        "demo-kommunikasjon",
        "Kommunikasjonsrådgiver: skriver, sender til godkjenning",
        "Live",
        "Haugland",
        group=roles.COMMUNICATIONS,
    ),
    DemoUser("demo-redaktor", "Redaktør: godkjenner og publiserer", "Per Ivar", "Sandnes", group=roles.EDITORS),
    DemoUser(
        "demo-fagredaktor",
        "Redaktør nr. 2: den andre godkjenneren i verktøykassen",
        "Hanne",
        "Eriksen",
        group=roles.EDITORS,
    ),
    DemoUser("demo-senter", "Senterredaktør: eget senter og dets tilbud", "Sindre", "Aasheim", centre="staff"),
    DemoUser("demo-senterleder", "Senterleder: godkjenner nye datoer for eget senter", "Mona", "Lie", centre="lead"),
]


@dataclass(frozen=True)
class Credentials:
    user: DemoUser
    password: str
    group: str


def create_demo_users(staff_centre):
    """Create or reset the demo users; return their credentials. `staff_centre` is the centre-staff user's centre."""
    credentials = []
    team = centre_team(staff_centre)
    for demo_user in DEMO_USERS:
        if demo_user.centre == "staff":
            group = team.staff_group
        elif demo_user.centre == "lead":
            group = team.lead_group
        elif demo_user.group:
            group = Group.objects.get(name=demo_user.group)
        else:
            group = None
        password = secrets.token_urlsafe(12)
        user = _reset_user(demo_user, password)
        user.groups.set([group] if group else [])
        credentials.append(Credentials(demo_user, password, group.name if group else "–"))
    return credentials


def _reset_user(demo_user, password):
    user, _ = get_user_model().objects.update_or_create(
        username=demo_user.username,
        defaults={
            "first_name": demo_user.first_name,
            "last_name": demo_user.last_name,
            "email": f"{demo_user.username}@nklmh.example.no",
            "is_active": True,
            "is_staff": demo_user.superuser,
            "is_superuser": demo_user.superuser,
        },
    )
    user.set_password(password)
    user.save(update_fields=["password"])
    return user
