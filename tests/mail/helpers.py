"""What the mail tests share besides fixtures."""

from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile


def body(message):
    """The plain-text body, with the line endings SMTP gave it made Python's."""
    return message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")


def make_user(username, group, language="", **fields):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.no", password="x" * 12, **fields
    )
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user
