"""Wagtail's admin in bokmål and nynorsk: the catalogues in locale/wagtail/.

Wagtail and wagtail-localize ship a bokmål (nb) catalogue that lacks about half their strings and
no nynorsk (nn) one at all. `LOCALE_PATHS` lists locale/wagtail/ after the project's own locale/,
so the catalogues here fill the gaps in the installed ones without replacing anything: the nb file
holds only what the installed nb lacks, the nn file every Wagtail and wagtail-localize string.

    .venv/bin/python scripts/admin_catalogue.py missing [--domain django|djangojs]
        (a) for each installed Wagtail and wagtail-localize catalogue, the msgids its nb
            translation lacks or has only as fuzzy, and how many of them ours fills.
    .venv/bin/python scripts/admin_catalogue.py nb
        (b) writes locale/wagtail/nb/LC_MESSAGES/{django,djangojs}.po: one entry per missing
            msgid, keeping every translation already written there by hand.
    .venv/bin/python scripts/admin_catalogue.py fill nb|nn FILE.json
        sets translations from [{"msgid", "msgctxt"?, "msgstr" | "msgstr_plural": [...]}, ...]
        (the way hand translations are added in batches); in nn they are marked checked.
    .venv/bin/python scripts/admin_catalogue.py nn
        (c) writes locale/wagtail/nn/LC_MESSAGES/*.po from the bokmål text (Wagtail's nb and
            ours) through `apertium nob-nno`, offline. Placeholders (%(name)s, %s, {name}, {0}),
            HTML tags and entities are kept out of Apertium's reach and put back exactly; plural
            forms are translated one by one. An entry whose translator comment says "checked"
            was read by a person and is never overwritten; one whose placeholders Apertium lost
            keeps the bokmål text with the comment "apertium-failed" for a person to fix.
    .venv/bin/python scripts/admin_catalogue.py stats
        how many nb strings were filled by hand, how many nn came from Apertium and how many
        nn were checked by hand.
    .venv/bin/python scripts/admin_catalogue.py check
        msgfmt --check on every file (also done after each write).

The .mo files are build output (`make install`), not in git.
"""

import argparse
import html
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib

BASE_DIR = Path(__file__).resolve().parent.parent
TARGET = BASE_DIR / "locale" / "wagtail"
PACKAGES = ("wagtail", "wagtail_localize")
DOMAINS = ("django", "djangojs")
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"
LANGUAGE_NAMES = {"nb": "Norwegian Bokmål", "nn": "Norwegian Nynorsk"}
CHECKED = "checked"
# A bokmål entry that replaces Wagtail's own translation on purpose (its "Logg inn på Wagtail").
OVERRIDE = "override"
# Catalogues of apps that are not installed, so Django never loads them, whose strings Wagtail uses
# (its "5 minutes ago" comes from django.contrib.humanize): their own nb and nn are copied in.
BORROWED = ("django/contrib/humanize",)
BORROWED_COMMENT = "copied from Django"
APERTIUM_FAILED = "apertium-failed"

# What Apertium must not touch: Python and JavaScript format placeholders, HTML tags, entities.
PROTECTED = re.compile(
    r"%\(\w+\)[-+ #0]*\d*(?:\.\d+)?[sdifr]"
    r"|%[-+ #0]*\d*(?:\.\d+)?[sdifr%]"
    r"|\{[\w.]*(?:![rsa])?(?::[^{}]*)?\}"
    r"|<[^<>]+>"
    r"|&#?\w+;"
    r"|__\w+__"
)
SEGMENT = '<hr id="seg{}">'
SEGMENT_SPLIT = re.compile(r'<hr id="seg\d+">')
MASK = re.compile(r'<i id="p(\d+)"/>')


def key(entry):
    return (entry.msgctxt, entry.msgid)


def is_translated(entry):
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def sources(domain):
    """(name, English catalogue, installed nb catalogue) of every Wagtail/wagtail-localize app."""
    found = []
    for package in PACKAGES:
        root = Path(importlib.util.find_spec(package).origin).parent
        for english in sorted(root.rglob(f"locale/en/LC_MESSAGES/{domain}.po")):
            app_dir = english.parents[3]
            name = str(app_dir.relative_to(root.parent))
            bokmal = app_dir / "locale" / "nb" / "LC_MESSAGES" / f"{domain}.po"
            found.append((name, polib.pofile(str(english)), polib.pofile(str(bokmal)) if bokmal.exists() else None))
    return found


def borrowed(domain, language):
    """(English entries, translated entries by key) of the BORROWED catalogues."""
    english, translated = [], {}
    root = Path(importlib.util.find_spec("django").origin).parent.parent
    for name in BORROWED:
        folder = root / name / "locale"
        if (folder / "en" / "LC_MESSAGES" / f"{domain}.po").exists():
            english += [e for e in polib.pofile(str(folder / "en" / "LC_MESSAGES" / f"{domain}.po")) if not e.obsolete]
            own = folder / language / "LC_MESSAGES" / f"{domain}.po"
            if own.exists():
                translated.update({key(e): e for e in polib.pofile(str(own)) if is_translated(e)})
    return english, translated


def copy_borrowed(catalogue, domain, language):
    existing = {key(e): e for e in catalogue}
    english, translated = borrowed(domain, language)
    for source in english:
        entry = existing.get(key(source))
        if entry is None:
            entry = new_entry(source, BORROWED)
            catalogue.append(entry)
        done = translated.get(key(source))
        if done is not None and entry.tcomment != CHECKED:
            entry.tcomment = BORROWED_COMMENT
            if entry.msgid_plural:
                entry.msgstr_plural = {0: done.msgstr_plural[0], 1: done.msgstr_plural.get(1, done.msgstr_plural[0])}
            else:
                entry.msgstr = done.msgstr
    return {key(e) for e in english}


def installed_bokmal(domain):
    """Every translated nb entry of the installed catalogues, by (msgctxt, msgid)."""
    entries = {}
    for _name, _english, bokmal in sources(domain):
        for entry in bokmal or []:
            if is_translated(entry):
                entries.setdefault(key(entry), entry)
    return entries


def path(language, domain):
    return TARGET / language / "LC_MESSAGES" / f"{domain}.po"


def load(language, domain):
    file = path(language, domain)
    if file.exists():
        return polib.pofile(str(file), wrapwidth=100)
    catalogue = polib.POFile(wrapwidth=100)
    catalogue.metadata = {
        "Project-Id-Version": "mestring: Wagtail admin",
        "PO-Revision-Date": "2026-01-01 00:00+0100",
        "Last-Translator": "mestring",
        "Language": language,
        "Language-Team": LANGUAGE_NAMES[language],
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS,
    }
    return catalogue


def save(catalogue, language, domain):
    file = path(language, domain)
    file.parent.mkdir(parents=True, exist_ok=True)
    catalogue.sort(key=lambda entry: (entry.obsolete, entry.comment or "", entry.msgctxt or "", entry.msgid))
    catalogue.save(str(file))
    msgfmt_check(file)


def msgfmt_check(file):
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(file)], check=True)


def english_entries(domain):
    """Every source msgid of the domain once, with the apps it comes from."""
    entries, apps = {}, {}
    for name, english, _bokmal in sources(domain):
        for entry in english:
            if entry.obsolete:
                continue
            entries.setdefault(key(entry), entry)
            apps.setdefault(key(entry), []).append(name)
    return entries, apps


def new_entry(source, apps):
    entry = polib.POEntry(msgid=source.msgid, msgctxt=source.msgctxt, msgid_plural=source.msgid_plural)
    if source.msgid_plural:
        entry.msgstr_plural = {0: "", 1: ""}
    entry.comment = " ".join(sorted(set(apps)))
    entry.flags = [flag for flag in source.flags if flag.endswith("-format")]
    return entry


def command_missing(args):
    ours = {domain: {key(e): e for e in load("nb", domain) if is_translated(e)} for domain in DOMAINS}
    for domain in [args.domain] if args.domain else DOMAINS:
        for name, english, bokmal in sources(domain):
            done = {key(e) for e in bokmal or [] if is_translated(e)}
            missing = [e for e in english if not e.obsolete and key(e) not in done]
            filled = sum(key(e) in ours[domain] for e in missing)
            print(f"{name} ({domain}): {len(missing)} of {len(english)} missing in nb, {filled} filled by ours")
            for entry in missing:
                mark = "+" if key(entry) in ours[domain] else "-"
                context = f"[{entry.msgctxt}] " if entry.msgctxt else ""
                print(f"  {mark} {context}{entry.msgid!r}")


def command_nb(_args):
    for domain in DOMAINS:
        english, apps = english_entries(domain)
        installed = installed_bokmal(domain)
        catalogue = load("nb", domain)
        existing = {key(e): e for e in catalogue}
        for entry_key, source in english.items():
            if entry_key in installed:
                continue
            entry = existing.get(entry_key)
            if entry is None:
                entry = new_entry(source, apps[entry_key])
                catalogue.append(entry)
                existing[entry_key] = entry
            entry.obsolete = False
            entry.comment = " ".join(sorted(set(apps[entry_key])))
        kept = copy_borrowed(catalogue, domain, "nb")
        for entry_key, entry in existing.items():
            # Gone from Wagtail: kept as obsolete so a translation is not lost on a downgrade.
            if entry_key not in english and entry_key not in kept and entry.tcomment != OVERRIDE:
                entry.obsolete = True
        save(catalogue, "nb", domain)
        print(f"{path('nb', domain).relative_to(BASE_DIR)}: {len(catalogue.translated_entries())} translated")


def command_fill(args):
    items = json.loads(Path(args.file).read_text())
    changed = 0
    for domain in DOMAINS:
        catalogue = load(args.language, domain)
        existing = {key(e): e for e in catalogue}
        for item in items:
            entry = existing.get((item.get("msgctxt"), item["msgid"]))
            if entry is None and item.get("override") and item.get("domain", "django") == domain:
                entry = polib.POEntry(msgid=item["msgid"], msgctxt=item.get("msgctxt"), comment="mestring")
                catalogue.append(entry)
            if entry is None:
                continue
            if entry.msgid_plural:
                forms = item["msgstr_plural"]
                entry.msgstr_plural = {0: forms[0], 1: forms[1]}
            else:
                entry.msgstr = item["msgstr"]
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            if args.language == "nn":
                entry.tcomment = CHECKED
            elif item.get("override"):
                entry.tcomment = OVERRIDE
            changed += 1
        save(catalogue, args.language, domain)
    print(f"{changed} entries set in {args.language}")


def protect(text):
    """The text HTML-escaped, with each protected part replaced by a tag Apertium passes through."""
    tokens = PROTECTED.findall(text)
    parts = PROTECTED.split(text)
    masked = html.escape(parts[0], quote=False)
    for index, part in enumerate(parts[1:]):
        masked += f'<i id="p{index}"/>' + html.escape(part, quote=False)
    return masked, tokens


def restore(translated, tokens):
    """The Apertium output with the protected parts put back, or None when any was lost."""
    if [int(n) for n in MASK.findall(translated)] != list(range(len(tokens))):
        return None
    pieces = MASK.split(translated)
    out = ""
    for index, piece in enumerate(pieces):
        out += html.unescape(piece) if index % 2 == 0 else tokens[int(piece)]
    return out


def apertium(texts):
    """nynorsk for each bokmål text (None where a placeholder did not survive)."""
    if not texts:
        return []
    if not shutil.which("apertium"):
        sys.exit("apertium is not installed: apt-get install apertium apertium-nno-nob")
    masked = [protect(text) for text in texts]
    joined = "".join(f"{text}{SEGMENT.format(n)}" for n, (text, _tokens) in enumerate(masked))
    result = subprocess.run(
        ["apertium", "-u", "-f", "html", "nob-nno"], input=joined, capture_output=True, text=True, check=True
    )
    pieces = SEGMENT_SPLIT.split(result.stdout)
    if len(pieces) != len(texts) + 1:
        sys.exit("apertium changed the segment boundaries")
    out = []
    for (_text, tokens), piece, original in zip(masked, pieces, texts, strict=False):
        restored = restore(piece, tokens)
        # Apertium keeps the outer whitespace of a segment only roughly.
        if restored is not None:
            restored = original[: len(original) - len(original.lstrip())] + restored.strip()
            restored += original[len(original.rstrip()) :]
        out.append(restored)
    return out


def bokmal_text(entry_key, installed, ours):
    """The bokmål translation of a msgid (ours first), as a list of forms, or None."""
    for catalogue in (ours, installed):
        entry = catalogue.get(entry_key)
        if entry is not None and is_translated(entry):
            if entry.msgid_plural:
                return [entry.msgstr_plural[n] for n in sorted(entry.msgstr_plural)][:2]
            return [entry.msgstr]
    return None


def command_nn(_args):
    for domain in DOMAINS:
        english, apps = english_entries(domain)
        installed = installed_bokmal(domain)
        ours = {key(e): e for e in load("nb", domain)}
        catalogue = load("nn", domain)
        existing = {key(e): e for e in catalogue}
        todo = []
        for entry_key, source in english.items():
            entry = existing.get(entry_key)
            if entry is None:
                entry = new_entry(source, apps[entry_key])
                catalogue.append(entry)
                existing[entry_key] = entry
            entry.obsolete = False
            entry.comment = " ".join(sorted(set(apps[entry_key])))
            if entry.tcomment in (CHECKED, BORROWED_COMMENT):
                continue
            forms = bokmal_text(entry_key, installed, ours)
            if forms is None:
                entry.msgstr, entry.tcomment = "", ""
                if entry.msgid_plural:
                    entry.msgstr_plural = {0: "", 1: ""}
                continue
            if entry.msgid_plural and len(forms) == 1:
                forms = forms * 2
            todo.append((entry, forms))
        flat = [form for _entry, forms in todo for form in forms]
        translated = iter(zip(flat, apertium(flat), strict=True))
        for entry, forms in todo:
            results = [next(translated) for _form in forms]
            failed = any(nynorsk is None for _bokmal, nynorsk in results)
            texts = [bokmal if nynorsk is None else nynorsk for bokmal, nynorsk in results]
            entry.tcomment = APERTIUM_FAILED if failed else "apertium"
            if entry.msgid_plural:
                entry.msgstr_plural = {0: texts[0], 1: texts[1]}
            else:
                entry.msgstr = texts[0]
        kept = copy_borrowed(catalogue, domain, "nn")
        for entry_key, entry in existing.items():
            if entry_key not in english and entry_key not in kept:
                entry.obsolete = True
        save(catalogue, "nn", domain)
        print(f"{path('nn', domain).relative_to(BASE_DIR)}: {len(todo)} from Apertium")


def counts():
    nb = sum(e.tcomment != BORROWED_COMMENT for d in DOMAINS for e in load("nb", d).translated_entries())
    nn = [e for d in DOMAINS for e in load("nn", d) if not e.obsolete]
    return {
        "nb filled by hand": nb,
        "nb missing still": sum(len(load("nb", d).untranslated_entries()) for d in DOMAINS),
        "nn from apertium": sum(e.tcomment == "apertium" for e in nn),
        "nn checked by hand": sum(e.tcomment == CHECKED for e in nn),
        "nn apertium failed": sum(e.tcomment == APERTIUM_FAILED for e in nn),
        "nn untranslated": sum(not is_translated(e) for e in nn),
    }


def command_stats(_args):
    for name, value in counts().items():
        print(f"{name}: {value}")


def command_check(_args):
    for file in sorted(TARGET.glob("*/LC_MESSAGES/*.po")):
        msgfmt_check(file)
        print(f"{file.relative_to(BASE_DIR)}: ok")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    missing = commands.add_parser("missing")
    missing.add_argument("--domain", choices=DOMAINS)
    missing.set_defaults(run=command_missing)
    commands.add_parser("nb").set_defaults(run=command_nb)
    commands.add_parser("nn").set_defaults(run=command_nn)
    fill = commands.add_parser("fill")
    fill.add_argument("language", choices=("nb", "nn"))
    fill.add_argument("file")
    fill.set_defaults(run=command_fill)
    commands.add_parser("stats").set_defaults(run=command_stats)
    commands.add_parser("check").set_defaults(run=command_check)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
