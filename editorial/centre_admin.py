"""The admin action that gives a centre its team: "Opprett senterteam" in a centre page's menu.

Only people who may manage groups (administrators) see it or can use it. It makes the centre's
staff and lead groups and sends the administrator on to add people to them.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from centres.models import CentrePage

from .centres import centre_team
from .models import CentreTeam


def may_manage_teams(user):
    return user.is_active and (user.is_superuser or user.has_perms(["auth.add_group", "auth.change_group"]))


class CentreTeamButton(PageMenuItem):
    label = gettext_lazy("Senterteam")
    icon_name = "group"
    priority = 70

    def is_shown(self, user):
        return isinstance(self.page.specific_deferred, CentrePage) and may_manage_teams(user)

    @property
    def url(self):
        return reverse("editorial_centre_team", args=[self.page.pk])


@hooks.register("register_page_listing_more_buttons")
def centre_team_button(page, user, next_url=None):
    yield CentreTeamButton(page=page)


def centre_team_view(request, page_id):
    if not may_manage_teams(request.user):
        raise PermissionDenied
    centre = get_object_or_404(CentrePage, pk=page_id)
    if request.method == "POST":
        team = centre_team(centre)
        messages.success(
            request,
            _("Senteret «%(centre)s» har nå gruppene «%(staff)s» og «%(lead)s». Legg til personer i dem.")
            % {"centre": centre.title, "staff": team.staff_group.name, "lead": team.lead_group.name},
        )
        return redirect("wagtailusers_groups:edit", team.staff_group.pk)
    team = CentreTeam.objects.select_related("staff_group", "lead_group").filter(centre=centre).first()
    return TemplateResponse(request, "editorial/centre_team.html", {"centre": centre, "team": team})


@hooks.register("register_admin_urls")
def centre_team_urls():
    return [path("senterteam/<int:page_id>/", centre_team_view, name="editorial_centre_team")]
