"""Pages each visitor may not see, of every kind, for the privacy tests.

Every kind of hidden page is made the way an editor makes it: a shared password, "logged-in users
only", "users in specific groups" (the editors' group), an unpublished draft, and a page whose
expiry time has passed while it is still marked live (as it is until Wagtail's scheduler runs).
"""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import PageViewRestriction

from editorial import roles

PASSWORD = "kursnøkkel-2026"
HIDDEN_KINDS = ("passord", "innlogging", "gruppe", "utkast", "utløpt")
# The slugs may not carry the Norwegian letter.
SLUG_OF = {"utløpt": "utlopt"}


def hide(page, kind):
    """Make `page` hidden from anonymous visitors in the way `kind` names."""
    if kind == "passord":
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD)
    elif kind == "innlogging":
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    elif kind == "gruppe":
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        restriction.groups.add(Group.objects.get_or_create(name=roles.EDITORS)[0])
    elif kind == "utkast":
        page.unpublish()
    elif kind == "utløpt":
        page.expire_at = timezone.now() - datetime.timedelta(hours=1)
        page.save(update_fields=["expire_at"])
    else:
        raise ValueError(kind)
    page.refresh_from_db()
    return page


def hidden_set(factory, label, **fields):
    """One page hidden in each way, made by `factory`: {kind: page}, titled «Skjult <kind> <label>»."""
    return {
        kind: hide(
            factory(title=f"Skjult {kind} {label}", slug=f"skjult-{SLUG_OF.get(kind, kind)}-{label}", **fields),
            kind,
        )
        for kind in HIDDEN_KINDS
    }


def link(url):
    """How a link to `url` appears in HTML: relative or absolute, the attribute ends after it."""
    return f'{url}"'


def assert_lists_only_open(html, shown, hidden, link=link):
    """`shown` is in the HTML with its title and link; none of `hidden` is, by title or link."""
    assert shown.title in html, "the open page must be listed, or this test proves nothing"
    assert link(shown.url) in html
    for kind, page in hidden.items():
        assert page.title not in html, f"the {kind} page's title is shown"
        assert link(page.url) not in html, f"the {kind} page is linked"


def section(html, start_marker, end_tag):
    """The part of `html` from `start_marker` to the next `end_tag`."""
    part = html[html.index(start_marker) :]
    return part[: part.index(end_tag)]


def form_action(html):
    """The action of the password form Wagtail shows on a protected page."""
    match = re.search(r'<form[^>]*action="([^"]*authenticate_with_password[^"]*)"', html)
    assert match, "no password form on the page"
    return match.group(1)


@pytest.fixture
def editors_group(db):
    return Group.objects.get_or_create(name=roles.EDITORS)[0]
