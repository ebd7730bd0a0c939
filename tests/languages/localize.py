"""Helpers for the wagtail-localize admin tests: users by role and the admin's translation views."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.tree import ensure_locale_tree


def make_user(username, *group_names, **extra):
    user = get_user_model().objects.create_user(
        username=username, password="x" * 12, email=f"{username}@example.no", **extra
    )
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return user


def locale(code):
    return Locale.objects.get(language_code=code)


def submit_page(client, page, *codes, include_subtree=False):
    """POST the "Translate this page" form of `page` into the locales `codes`."""
    for code in codes:
        ensure_locale_tree(code)
    data = {"locales": [locale(code).pk for code in codes]}
    if include_subtree:
        data["include_subtree"] = "on"
    return post(client, reverse("wagtail_localize:submit_page_translation", args=[page.pk]), data)


def post(client, url, data):
    """POST as the browser does, running what waits for the commit (wagtail-localize publishes
    translations on commit)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(url, data)


def translation_of(instance, code):
    return Translation.objects.get(source__object_id=instance.translation_key, target_locale=locale(code))


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]
