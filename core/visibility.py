"""Which pages a visitor may see in a list or a link: the one rule every list on the site uses.

A page is visible to a visitor when it is live, has not expired, and every view restriction on it
or above it lets this visitor through, as Wagtail decides when it serves the page
(`BaseViewRestriction.accept_request`): a shared password the visitor has entered in this
session, a login, or membership of one of the restriction's groups (superusers pass group
restrictions, as Wagtail lets them). Being staff, or previewing in the admin, is no reason of
its own. Listings, related pages, menus, breadcrumbs, the language switcher and `hreflang`, the
centre's offers and the sitemap (as an anonymous visitor) all narrow their pages with
`visible_pages()` or `can_see()`; see docs/privacy.md.

The restrictions are read once per request (two queries at most, a third for the visitor's
groups when a group restriction exists) and kept on the request, so a list costs the same
whatever its length and a page with several lists pays once.
"""

from __future__ import annotations

from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.models import Page, PageViewRestriction

_REQUEST_ATTRIBUTE = "_mestring_visibility"


class Visibility:
    """What one visitor may see. `request` None is a visitor with no session and no login."""

    def __init__(self, request=None):
        self._request = request

    @classmethod
    def of(cls, request) -> Visibility:
        """The visibility of the request's visitor, computed once per request."""
        if request is None:
            return cls()
        visibility = getattr(request, _REQUEST_ATTRIBUTE, None)
        if visibility is None:
            visibility = cls(request)
            setattr(request, _REQUEST_ATTRIBUTE, visibility)
        return visibility

    @cached_property
    def hidden_paths(self) -> list[str]:
        """The tree paths of the restricted sections this visitor has not passed."""
        restrictions = list(PageViewRestriction.objects.values_list("pk", "restriction_type", "page__path"))
        groups_of = self._restriction_groups(restrictions)
        hidden = [path for pk, kind, path in restrictions if not self._passes(pk, kind, groups_of.get(pk, set()))]
        # A section inside another hidden section adds nothing to the filter.
        hidden.sort()
        return [path for i, path in enumerate(hidden) if not any(path.startswith(p) for p in hidden[:i])]

    def pages(self, queryset):
        """`queryset` narrowed to the pages this visitor may see; its order and prefetches are kept."""
        now = timezone.now()
        queryset = queryset.filter(live=True, expired=False).filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        hidden = Q()
        for path in self.hidden_paths:
            hidden |= Q(path__startswith=path)
        return queryset.exclude(hidden) if hidden else queryset

    def can_see(self, page) -> bool:
        """The same rule for one page already in memory, without a query of its own."""
        if not isinstance(page, Page) or not page.live or page.expired:
            return False
        if page.expire_at and page.expire_at <= timezone.now():
            return False
        return not any(page.path.startswith(path) for path in self.hidden_paths)

    # What Wagtail's accept_request decides, without a query per restriction.

    @cached_property
    def _user(self):
        return getattr(self._request, "user", None)

    def _is_authenticated(self) -> bool:
        return bool(self._user is not None and self._user.is_authenticated)

    @cached_property
    def _passed_passwords(self) -> set[int]:
        session = getattr(self._request, "session", None)
        if session is None:
            return set()
        return set(session.get(PageViewRestriction.passed_view_restrictions_session_key, []))

    @cached_property
    def _user_group_ids(self) -> set[int]:
        if not self._is_authenticated():
            return set()
        return set(self._user.groups.values_list("pk", flat=True))

    def _passes(self, pk, kind, group_ids) -> bool:
        if kind == PageViewRestriction.PASSWORD:
            return pk in self._passed_passwords
        if kind == PageViewRestriction.LOGIN:
            return self._is_authenticated()
        if kind == PageViewRestriction.GROUPS:
            if not self._is_authenticated():
                return False
            return self._user.is_superuser or bool(group_ids & self._user_group_ids)
        return True

    @staticmethod
    def _restriction_groups(restrictions) -> dict[int, set[int]]:
        group_restrictions = [pk for pk, kind, _path in restrictions if kind == PageViewRestriction.GROUPS]
        if not group_restrictions:
            return {}
        through = PageViewRestriction.groups.through
        groups_of: dict[int, set[int]] = {}
        rows = through.objects.filter(pageviewrestriction_id__in=group_restrictions).values_list(
            "pageviewrestriction_id", "group_id"
        )
        for restriction_id, group_id in rows:
            groups_of.setdefault(restriction_id, set()).add(group_id)
        return groups_of


def visible_pages(request, queryset):
    """The pages of `queryset` the request's visitor may see listed or linked."""
    return Visibility.of(request).pages(queryset)


def can_see(request, page) -> bool:
    """Whether the request's visitor may see `page` listed or linked."""
    return Visibility.of(request).can_see(page)


def localized_choice(request, queryset, chosen_ids, locale):
    """Pages an editor chose, in the order chosen: each in `locale` where a translation the
    visitor may see exists, else as chosen if the visitor may see that, else left out; a page
    chosen twice (or with its translation) is shown once.

    A fixed number of queries however many were chosen. `queryset` says which pages can be
    shown and what they come with (`.specific()`, prefetches).
    """
    if not chosen_ids:
        return []
    key_of = dict(Page.objects.filter(pk__in=chosen_ids).values_list("pk", "translation_key"))
    found = visible_pages(
        request,
        queryset.filter(Q(pk__in=chosen_ids) | Q(translation_key__in=key_of.values(), locale=locale)),
    )
    localized, as_chosen = {}, {}
    for page in found:
        as_chosen[page.pk] = page
        if page.locale_id == locale.pk:
            localized[page.translation_key] = page
    shown = {}
    for page_id in chosen_ids:
        page = localized.get(key_of.get(page_id)) or as_chosen.get(page_id)
        if page is not None:
            shown.setdefault(page.pk, page)
    return list(shown.values())
