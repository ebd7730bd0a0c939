"""The matched words of a snippet marked with <mark>, and everything else escaped.

On the database the words are found here, with the analysis the search used (search/analysis.py):
a word is marked when its stem, or one of its compound parts, is a stem the query matches through,
so "paarorende" marks "pårørende" and "astma" marks "Astmaskolen". On OpenSearch and Elasticsearch
the engine's highlighter marks its fragment with two private-use characters (never markup), and
`from_engine()` turns them into <mark> after escaping the text, so a page's own text can never
inject markup, whatever it holds.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from . import analysis

# What the engine's highlighter puts around a matched word: private-use characters, not markup.
# A page's text holding them can at worst mark a word wrongly: the text is escaped either way.
PRE, POST = "\ue000", "\ue001"


def unmarked(fragment: str) -> str:
    """An engine fragment as plain text."""
    return fragment.replace(PRE, "").replace(POST, "")


def targets(plan) -> set[str]:
    """Every stem the query matches through: its words', their synonyms' and their compound parts'."""
    stems = set()
    for clause in plan.clauses:
        for alternative in clause.alternatives:
            for term in alternative:
                stems.add(term.stem)
                stems.update(term.parts)
    return stems


def _matches(word: str, stems: set[str], languages) -> bool:
    folded = analysis.fold(word)
    for language in languages:
        whole, parts = analysis.analyse_word(folded, language)
        if whole in stems or any(part in stems for part in parts):
            return True
    return False


def mark(text: str, plan, languages) -> SafeString:
    """`text` escaped, with the words the query matched inside <mark>."""
    stems = targets(plan)
    pieces, position = [], 0
    for match in analysis.WORD_RE.finditer(text):
        word = match.group()
        if len(word) < 2 or not _matches(word, stems, languages):
            continue
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(word)}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece of the text is escaped above)


def from_engine(fragment: str) -> SafeString:
    """An engine fragment with PRE/POST around matches, as escaped HTML with balanced <mark>s."""
    pieces, open_mark, current = [], False, []
    for character in fragment:
        if character in (PRE, POST):
            pieces.append(escape("".join(current)))
            current = []
            if character == PRE and not open_mark:
                pieces.append("<mark>")
                open_mark = True
            elif character == POST and open_mark:
                pieces.append("</mark>")
                open_mark = False
            continue
        current.append(character)
    pieces.append(escape("".join(current)))
    if open_mark:
        pieces.append("</mark>")
    return mark_safe("".join(pieces))  # noqa: S308 (the text is escaped; only our own tags are added)
