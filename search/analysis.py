"""The site's one Norwegian text analysis, applied to indexed text and to queries alike.

Wagtail knows no Norwegian, and neither SQLite nor PostgreSQL can fold æ/ø/å or split compounds,
so the database engine indexes what this module makes of the text, and analyses the query the
same way. The OpenSearch engine indexes the same analysed terms beside its own per-locale analysis
(see search/engines/analysis.py), so the engines agree on what matches.

The steps, in order, for each word:

1. **fold**: lower case; æ→ae, ø→o, å→a and accents dropped; then the ASCII stand-ins "aa" and
   "oe" collapse the same way, so "pårørende", "paarorende" and "parorende" are one word;
2. **stem**: Snowball's Norwegian stemmer for bokmål and nynorsk (it knows the nynorsk endings
   -ane, -ar, -a as well), Snowball's English stemmer for English;
3. **compounds**: a word made of known words (with the linking letters -s- and -e-) also gives
   its parts: "astmaskolen" → astma + skolen, "rehabiliteringstilbudet" → rehabilitering +
   tilbudet. In a query, the parts are required together, so "pårørendeskole" finds "skole for
   pårørende" but "kreftbehandling" does not find a page that only says "behandling".

The lexicon for compounds is wordfreq's Norwegian word list (the commonest words) plus the
field's own words in search/lexicon.txt, bokmål and nynorsk.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import Stemmer

LANGUAGES = ("nb", "nn", "en")
STEMMERS = {"nb": "norwegian", "nn": "norwegian", "en": "english"}
# Words shorter than this are never split out of a compound, and compounds shorter than twice it
# are never split: "kols" stays one word.
MIN_PART = 3
MIN_PART_OF_KNOWN = 5
MIN_COMPOUND = 7
LINKING_LETTERS = ("s", "e")
# How common a word from wordfreq must be to count as a compound part: about 3 in a million
# words, and 50 in a million for a word of four or five letters.
MIN_FREQUENCY = 3e-6
MIN_SHORT_FREQUENCY = 5e-5
LEXICON_FILE = Path(__file__).with_name("lexicon.txt")

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_FOLD_TABLE = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ß": "ss", "œ": "oe", "ð": "d", "þ": "th", "ł": "l"})


def fold(text: str) -> str:
    """Lower case, Norwegian letters and accents as ASCII, so either spelling finds the other."""
    text = text.lower().translate(_FOLD_TABLE)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.replace("aa", "a").replace("oe", "o")


TRUNCATED_RE = re.compile(r"([^\W_]+)-(?=\s|$)", re.UNICODE)


def words(text: str) -> list[str]:
    """The folded words of a text, in order.

    The first part of a shared compound ("lærings- og mestringssenter") loses its linking -s or
    -e when what is left is a known word, so "lærings-" meets "læring"."""
    folded = fold(text)
    if "-" in folded:
        folded = TRUNCATED_RE.sub(_untruncate, folded)
    return WORD_RE.findall(folded)


def _untruncate(match) -> str:
    word = match.group(1)
    if len(word) > 4 and word[-1] in LINKING_LETTERS and word[:-1] in lexicon("nb")[0]:
        return word[:-1]
    return word


@cache
def _stemmer(language: str):
    return Stemmer.Stemmer(STEMMERS.get(language, "norwegian"))


@lru_cache(maxsize=200000)
def stem(word: str, language: str) -> str:
    """The word's stem. Snowball's Norwegian stemmer strips one ending at a time, so a base form
    and its inflections can part ("kursene" → kurs, but "kurs" → kur). So it is applied until the
    stem stops changing, except that a bare final -s is kept ("kurs", "kols", "helse" → hels,
    which "hele" never meets), and a doubled last consonant is made single ("sykdommen" → sykdom):
    every form of a word meets at one stem."""
    stemmer = _stemmer(language)
    if language == "en":
        return stemmer.stemWord(word)
    current = word
    for _round in range(4):
        shorter = stemmer.stemWord(current)
        if shorter == current or (current.endswith("s") and shorter == current[:-1]):
            break
        current = shorter
    if len(current) > 3 and current[-1] == current[-2] and current[-1] not in "aeiouys":
        current = current[:-1]
    return current


# Part of the lexicon cache's name: change it when stem() changes.
STEM_VERSION = 5


@cache
def _own_words() -> frozenset[str]:
    own = set()
    for line in LEXICON_FILE.read_text(encoding="utf-8").splitlines():
        own.update(WORD_RE.findall(fold(line.split("#", 1)[0])))
    return frozenset(own)


def lexicon(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon of a language, from a cache file in var/ when one matches (building it reads
    wordfreq's whole Norwegian list, about a second)."""
    if language not in _LEXICONS:
        _LEXICONS[language] = _cached_lexicon(language)
    return _LEXICONS[language]


_LEXICONS: dict = {}


def _cached_lexicon(language):
    import hashlib
    import json

    from django.conf import settings

    digest = hashlib.sha256(LEXICON_FILE.read_bytes() + f"{MIN_FREQUENCY}{MIN_SHORT_FREQUENCY}".encode()).hexdigest()[
        :16
    ]
    cache = Path(settings.SEARCH_CACHE_DIR) / f"lexicon-{language}-{digest}.json"
    try:
        known, known_stems = json.loads(cache.read_text(encoding="utf-8"))
        return frozenset(known), frozenset(known_stems)
    except (OSError, ValueError):
        pass
    built = _build_lexicon(language)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps([sorted(built[0]), sorted(built[1])]), encoding="utf-8")
        temporary.replace(cache)
    except OSError:
        pass
    return built


def _build_lexicon(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Folded words that may be parts of a compound in a language, and their stems.

    The field's own words always count; a common word from wordfreq counts when it has at least
    four letters, and a short one (four or five letters) only when it is very common, so that
    "laerings" is not split into "lae" + "rings".
    """
    known = set(_own_words())
    if language != "en":
        import wordfreq

        for word, frequency in wordfreq.get_frequency_dict("nb").items():
            if frequency < MIN_FREQUENCY:
                continue
            folded = fold(word)
            if len(folded) >= 4 and folded.isalpha() and (len(folded) >= 6 or frequency >= MIN_SHORT_FREQUENCY):
                known.add(folded)
    return frozenset(known), frozenset(stem(word, language) for word in known)


@lru_cache(maxsize=50000)
def split_compound(word: str, language: str) -> tuple[str, ...]:
    """The parts of a folded compound word, or () when it is not a compound of known words.

    A part is a known word; the last part may be any inflection of one ("rehabiliteringa").
    Prefers the split into the fewest parts, then the one with the longest last part (the head of
    a Norwegian compound, which carries its meaning and its inflection).
    """
    if language == "en" or len(word) < MIN_COMPOUND:
        return ()
    known, known_stems = lexicon(language)
    best = _best_split(word, known, known_stems, language, 0)
    if not best or len(best) < 2:
        return ()
    # A word of its own ("kvardagen", "barnehagen") is split only into long parts: "helsetjenesten"
    # gives helse + tjenesten, but "kvardagen" does not give "kvar" + "dagen".
    if stem(word, language) in known_stems and min(len(part) for part in best) < MIN_PART_OF_KNOWN:
        return ()
    return best


def is_known(word: str, language: str) -> bool:
    """The folded word is a word of its own in the lexicon (in any inflection)."""
    known, known_stems = lexicon(language)
    return word in known or stem(word, language) in known_stems


def _best_split(word, known, known_stems, language, depth) -> tuple[str, ...] | None:
    if depth > 3:
        return None
    candidates = []
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, rest = word[:cut], word[cut:]
        if head not in known:
            continue
        tails = [rest]
        if rest[0] in LINKING_LETTERS and len(rest) > MIN_PART:
            tails.append(rest[1:])
        for tail in tails:
            if tail in known or stem(tail, language) in known_stems:
                candidates.append((head, tail))
            else:
                more = _best_split(tail, known, known_stems, language, depth + 1)
                if more:
                    candidates.append((head, *more))
    if not candidates:
        return None
    return min(candidates, key=lambda parts: (len(parts), -len(parts[-1])))


def analyse_word(word: str, language: str) -> tuple[str, tuple[str, ...]]:
    """A folded word's stem, and the stems of its compound parts (empty when it is not one)."""
    parts = split_compound(word, language)
    return stem(word, language), tuple(stem(part, language) for part in parts)


def analyse(text: str, language: str, surface: dict | None = None) -> str:
    """Indexed form of a text: its stems in order, then the stems of compound parts.

    The stems stay in order so phrases still match; compound parts come after them so that a
    phrase is not broken up by the parts of one of its words. `surface`, when given, collects a
    written form of each term (the vocabulary typo correction chooses from).
    """
    stems, extra = [], []
    for word in words(text):
        whole, parts = analyse_word(word, language)
        stems.append(whole)
        extra.extend(parts)
        extra.extend(inner_compounds(word, language))
        if surface is not None:
            surface.setdefault(whole, word)
            for part, part_stem in zip(split_compound(word, language), parts, strict=False):
                surface.setdefault(part_stem, part)
    return " ".join(stems + extra)


@lru_cache(maxsize=50000)
def inner_compounds(word: str, language: str) -> tuple[str, ...]:
    """The stems of the shorter compounds inside a compound of three or more parts:
    "røykesluttkurs" holds "røykeslutt" and "sluttkurs", so a search for "røykeslutt" finds it."""
    parts = split_compound(word, language)
    if len(parts) < 3:
        return ()
    starts, cursor = [], 0
    for part in parts:
        cursor = word.find(part, cursor)
        starts.append(cursor)
        cursor += len(part)
    found = []
    for index in range(1, len(parts)):
        left = word[: starts[index]]
        right = word[starts[index] :]
        for piece in (left, right):
            if len(piece) >= MIN_COMPOUND and piece not in parts:
                found.append(stem(piece.rstrip("".join(LINKING_LETTERS)) if piece is left else piece, language))
    return tuple(dict.fromkeys(found))


def vocabulary(text: str) -> set[str]:
    """The distinct terms of an analysed text."""
    return set(text.split())


# --- queries ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One query word: the stem that may match, or else all the stems of its compound parts."""

    word: str
    stem: str
    parts: tuple[str, ...] = ()

    def alternatives(self) -> list[tuple[str, ...]]:
        alternatives = [(self.stem,)]
        if self.parts:
            alternatives.append(self.parts)
        return alternatives


@dataclass(frozen=True)
class Clause:
    """Something every result must match: any one of its alternatives, each a list of terms that
    must all match. A plain word is one clause; a synonym adds alternatives to the words it
    replaces; a quoted phrase is one clause whose terms must stand together."""

    alternatives: tuple[tuple[Term, ...], ...]
    phrase: bool = False


@dataclass
class QueryPlan:
    text: str
    language: str
    clauses: list[Clause] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.clauses

    def words(self) -> list[str]:
        return [term.word for clause in self.clauses for term in clause.alternatives[0]]

    def with_stems(self, replacements: dict[str, str]) -> QueryPlan:
        """The same plan with some words matched by other stems (a typo by its correction)."""

        def swap(term):
            if term.word in replacements:
                return Term(word=term.word, stem=replacements[term.word])
            return term

        clauses = [
            Clause(alternatives=tuple(tuple(swap(t) for t in alt) for alt in clause.alternatives), phrase=clause.phrase)
            for clause in self.clauses
        ]
        return QueryPlan(text=self.text, language=self.language, clauses=clauses)


PHRASE_RE = re.compile(r'"([^"]*)"')


def _term(word: str, language: str) -> Term:
    """A query word. Its compound parts are an alternative only when it is not a word of its own:
    "pårørendeskole" may match "skole for pårørende", but "kvardagen" only matches itself."""
    whole, parts = analyse_word(word, language)
    if parts and is_known(word, language):
        parts = ()
    return Term(word=word, stem=whole, parts=parts)


def parse_query(text: str, language: str, synonyms=None, also=()) -> QueryPlan:
    """What a visitor typed, as clauses every result must match.

    Query syntax is never passed to an engine: quotes make a phrase, every other non-letter is a
    space. `synonyms` is a list of groups of equivalent expressions (each a list of folded words),
    usually `search.service.synonym_groups(language)`. `also` is a list of (language, synonyms)
    for the other languages the searched entries may be written in (stand-ins, see
    search/corpus.py): each clause may then match the same words as analysed in those languages
    too, so "pårørende" typed on the English site finds a bokmål page.
    """
    plan = QueryPlan(text=text, language=language)
    pieces = []
    position = 0
    for match in PHRASE_RE.finditer(text):
        pieces.append((text[position : match.start()], False))
        pieces.append((match.group(1), True))
        position = match.end()
    pieces.append((text[position:], False))
    for piece, quoted in pieces:
        found = words(piece)
        if not found:
            continue
        if quoted and len(found) > 1:
            alternatives = [tuple(_term(w, language) for w in found)]
            for other, _synonyms in also:
                _add(alternatives, tuple(_term(w, other) for w in found))
            plan.clauses.append(Clause(alternatives=tuple(alternatives), phrase=True))
            continue
        plan.clauses.extend(_word_clauses(found, language, synonyms or [], also))
    return plan


def _add(alternatives: list, terms: tuple) -> None:
    if terms not in alternatives:
        alternatives.append(terms)


def _word_clauses(found: list[str], language: str, synonyms, also=()) -> list[Clause]:
    clauses = []
    index = 0
    while index < len(found):
        group, length = _synonym_at(found, index, synonyms, language)
        length = length if group else 1
        written = tuple(found[index : index + length])
        alternatives = [tuple(_term(w, language) for w in written)]
        for expression in group or ():
            _add(alternatives, tuple(_term(w, language) for w in expression))
        for other, other_synonyms in also:
            _add(alternatives, tuple(_term(w, other) for w in written))
            # The other language's synonyms where one starts here and covers the same words.
            other_group, other_length = _synonym_at(found, index, other_synonyms or [], other)
            if other_group and other_length == length:
                for expression in other_group:
                    _add(alternatives, tuple(_term(w, other) for w in expression))
        clauses.append(Clause(alternatives=tuple(alternatives)))
        index += length
    return clauses


def _synonym_at(found: list[str], index: int, synonyms, language: str):
    """The synonym group whose longest expression starts at found[index], and its length.

    Words are compared by their stems, so "frisklivssentralen" matches "frisklivssentral"."""
    best, best_length = None, 0
    for group in synonyms:
        for expression in group:
            length = len(expression)
            if length <= best_length or index + length > len(found):
                continue
            written = found[index : index + length]
            if all(stem(a, language) == stem(b, language) for a, b in zip(written, expression, strict=True)):
                best, best_length = group, length
    return best, best_length
