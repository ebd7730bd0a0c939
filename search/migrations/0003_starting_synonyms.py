"""The starting list of synonyms and abbreviations; editors keep it in the admin from here on.

Drawn from the field's words (../shared/DOMAIN.md) and the demo content: abbreviations, the
health trusts' short names, older terms and the nynorsk and English forms people search with.
"""

from django.db import migrations

STARTING = {
    "nb": [
        ("FLS, frisklivssentral", "Forkortelse"),
        ("NK LMH, Nasjonal kompetansetjeneste for læring og mestring innen helse", "Forkortelse"),
        ("LMS, lærings- og mestringssenter", "Forkortelse"),
        ("LMT, lærings- og mestringstjeneste", "Forkortelse"),
        ("HF, helseforetak", "Forkortelse"),
        ("OUS, Oslo universitetssykehus", "Helseforetakets kortnavn"),
        ("UNN, Universitetssykehuset Nord-Norge", "Helseforetakets kortnavn"),
        ("St. Olavs, St. Olavs hospital", "Helseforetakets kortnavn"),
        ("SUS, Stavanger universitetssjukehus", "Helseforetakets kortnavn"),
        ("Haukeland, Haukeland universitetssjukehus", "Helseforetakets kortnavn"),
        ("NLSH, Nordlandssykehuset", "Helseforetakets kortnavn"),
        ("KOLS, kronisk obstruktiv lungesykdom", "Forkortelse"),
        ("likeperson, likemann", "Eldre ord"),
        ("pårørende, familie, nærstående", "Samme målgruppe"),
        ("pasientopplæring, pasientundervisning", "Eldre ord"),
        ("kurs, tilbud, opplæring", "Det folk søker etter"),
        ("helsekompetanse, health literacy", "Fagbegrep"),
        ("diabetes, sukkersyke", "Eldre ord"),
        ("sykehus, sjukehus", "Begge formene finnes i navn på sykehus"),
        ("røykeslutt, slutte å røyke", "Det folk søker etter"),
    ],
    "nn": [
        ("FLS, frisklivssentral", "Forkorting"),
        ("NK LMH, Nasjonal kompetanseteneste for læring og meistring innan helse", "Forkorting"),
        ("LMS, lærings- og meistringssenter", "Forkorting"),
        ("KOLS, kronisk obstruktiv lungesjukdom", "Forkorting"),
        ("likeperson, likemann", "Eldre ord"),
        ("pårørande, pårørende, familie", "Same målgruppe"),
        ("kurs, tilbod, opplæring", "Det folk søkjer etter"),
        ("sjukehus, sykehus", "Bokmålsforma"),
        ("teneste, tjeneste", "Bokmålsforma"),
        ("meistring, mestring", "Bokmålsforma"),
        ("kvardag, hverdag", "Bokmålsforma"),
    ],
    "en": [
        ("COPD, chronic obstructive pulmonary disease, KOLS", "Abbreviation"),
        ("carers, relatives, next of kin, pårørende", "Same group"),
        ("peer, peer supporter, likeperson", "Same role"),
        ("learning and coping centre, LMS", "Abbreviation"),
        ("healthy life centre, healthy-life centre, frisklivssentral, FLS", "Abbreviation"),
        ("course, offer, programme, program", "What people search for"),
    ],
}


def add(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for language, groups in STARTING.items():
        for terms, note in groups:
            Synonym.objects.get_or_create(language=language, terms=terms, defaults={"note": note})


def remove(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for language, groups in STARTING.items():
        Synonym.objects.filter(language=language, terms__in=[terms for terms, _ in groups]).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_postgresql_text_search")]

    operations = [migrations.RunPython(add, remove)]
