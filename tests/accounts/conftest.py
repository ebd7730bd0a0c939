import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache

from editorial import roles

PASSWORD = "riktig-passord-2025"


@pytest.fixture(autouse=True)
def _fresh_counters():
    """Rate-limit counters live in the cache, which outlives a test's transaction."""
    cache.clear()
    yield
    cache.clear()


def make_staff(username, group_name=roles.COMMUNICATIONS, **fields):
    """A staff member who may use the admin, in the group until the editorial migration makes it."""
    group, _ = Group.objects.get_or_create(name=group_name)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    user = get_user_model().objects.create_user(
        username=username, password=PASSWORD, email=fields.pop("email", f"{username}@example.no"), **fields
    )
    user.groups.add(group)
    return user


@pytest.fixture
def staff(db):
    return make_staff("kari")


@pytest.fixture
def editor(db):
    return make_staff("redaktor", roles.EDITORS)


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("admin", "admin@example.no", PASSWORD)


def log_in(client, username, password=PASSWORD, address="10.0.0.1", **extra):
    """Post Wagtail's real login form from a client address."""
    data = {"username": username, "password": password, "next": "/admin/", **extra}
    return client.post("/admin/login/", data, REMOTE_ADDR=address)


def is_logged_in(client):
    response = client.get("/admin/")
    return response.status_code == 200
