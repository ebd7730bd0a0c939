"""Small helpers the demo data modules share: dates relative to the day the demo is loaded.

The data modules describe records in the import format, except that dates are written as
`ago(40)` or `ahead(10, "17:00")`; `resolve()` turns them into ISO strings for one given day, so
course dates are always upcoming and article dates always fall within the last year.
"""

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class Relative:
    """A date (or date-time, when `time` is "HH:MM") a number of days from the load day."""

    days: int
    time: str | None = None

    def resolve(self, today):
        day = (today + datetime.timedelta(days=self.days)).isoformat()
        return day if self.time is None else f"{day}T{self.time}:00"


def ago(days):
    return Relative(-days)


def ahead(days, time=None):
    return Relative(days, time)


def session(days, start, end, place, capacity=None, signup_days_before=None):
    """One course day `days` from the load day; the sign-up deadline defaults to a week before."""
    deadline = days - (7 if signup_days_before is None else signup_days_before)
    return {
        "start": ahead(days, start),
        "end": ahead(days, end),
        "place": place,
        "capacity": capacity,
        "signup_deadline": ahead(max(deadline, 1)),
    }


def article(slug, title, author, topics, published, intro, body, **extra):
    """An article record; `published` is usually `ago(days)`."""
    return {
        "type": "article",
        "slug": slug,
        "title": title,
        "author": author,
        "topics": topics,
        "published_at": published,
        "intro": intro,
        "body": body,
        **extra,
    }


def offer(slug, centre, title, target_groups, topics, intro, body, sessions, **extra):
    """An offer record; group course, free, no referral and co-developed unless stated."""
    return {
        "type": "offer",
        "slug": slug,
        "centre": centre,
        "title": title,
        "target_groups": target_groups,
        "topics": topics,
        "format": extra.pop("format", "gruppe"),
        "referral_required": extra.pop("referral_required", False),
        "cost": extra.pop("cost", "Gratis"),
        "signup_url": extra.pop("signup_url", f"https://example.no/pamelding/{slug}"),
        "co_developed": extra.pop("co_developed", True),
        "intro": intro,
        "body": body,
        "sessions": sessions,
        **extra,
    }


def weekdays(opens, closes, note="", friday_closes=None):
    """Opening hours Monday to Friday, optionally closing earlier on Friday."""
    hours = [{"weekday": day, "opens": opens, "closes": closes, "note": note} for day in range(4)]
    hours.append({"weekday": 4, "opens": opens, "closes": friday_closes or closes, "note": note})
    return hours


def resolve(value, today):
    """`value` with every Relative replaced by an ISO string and every None or "" dropped."""
    if isinstance(value, Relative):
        return value.resolve(today)
    if isinstance(value, dict):
        resolved = {key: resolve(item, today) for key, item in value.items()}
        return {key: item for key, item in resolved.items() if item not in (None, "")}
    if isinstance(value, list):
        return [resolve(item, today) for item in value]
    return value
