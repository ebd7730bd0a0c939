"""The site's Norwegian text analysis (search/analysis.py), word by word, with real words.

Every engine indexes and queries what this analysis makes of a text, so a change here changes what
visitors find everywhere: these tests pin down folding, stemming in bokmål, nynorsk and English,
compound splitting, query parsing with synonyms, and typo correction against the corpus.
"""

import pytest
from django.core.exceptions import ValidationError

from search import analysis, vocabulary
from search.analysis import analyse, fold, is_known, parse_query, split_compound, words
from search.models import SearchEntry, SearchTerm, Synonym


def stem(word, language):
    """The stem the site indexes for a word as written."""
    return analysis.stem(fold(word), language)


def split(word, language="nb"):
    return split_compound(fold(word), language)


def clause_stems(plan):
    """Each clause as its alternatives, each alternative as the stems of its terms."""
    return [
        [tuple(term.stem for term in alternative) for alternative in clause.alternatives] for clause in plan.clauses
    ]


# --- folding ---------------------------------------------------------------------------------


def test_every_spelling_of_parorende_folds_alike():
    assert fold("Pårørende") == fold("PAARORENDE") == fold("parorende") == "parorende"
    assert words("Pårørende") == words("PAARORENDE") == words("parorende") == ["parorende"]


def test_ae_becomes_ae_and_either_spelling_finds_the_other():
    assert fold("ernæring") == "ernaering"
    assert fold("Ernæring") == fold("ernaering")


def test_accents_are_dropped():
    assert fold("café") == "cafe"
    assert fold("Tromsø") == fold("Tromso") == "tromso"


def test_ascii_oe_and_aa_stand_for_o_and_a():
    assert fold("Tromsoe") == fold("Tromsø")
    assert fold("Bjoern") == fold("Bjørn") == "bjorn"
    assert fold("Aalesund") == fold("Ålesund") == "alesund"


def test_words_are_folded_and_split_on_everything_but_letters_and_digits():
    assert words("Lærings- og mestringssenter (LMS), 2025!") == ["laering", "og", "mestringssenter", "lms", "2025"]
    assert words("snake_case") == ["snake", "case"]


# --- stemming --------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["tilbudene", "tilbudet", "tilbud"])
def test_bokmal_inflections_of_tilbud_share_a_stem(word):
    assert stem(word, "nb") == "tilbud"


def test_bokmal_definite_forms_of_kurs_share_a_stem():
    assert stem("kursene", "nb") == stem("kurset", "nb") == "kurs"


# Snowball's Norwegian stemmer removes one ending: from a base form a final -a, -s or -er
# (kurs → kur, astma → astm), from an inflected form only the inflection (kursene → kurs).
# search.analysis.stem() applies it until the stem stops changing, keeps a bare final -s and
# undoubles a last consonant, so base and inflected forms meet.
@pytest.mark.parametrize(
    ("base", "inflected"),
    [
        ("kurs", "kursene"),
        ("kurs", "kurset"),
        ("astma", "astmaen"),
        ("diabetes", "diabetesen"),
        ("kols", "kolsen"),
        ("senter", "senteret"),
        ("sykdom", "sykdommen"),
        ("helse", "helsa"),
        ("puls", "pulsen"),
    ],
)
def test_base_and_inflected_forms_share_a_stem(base, inflected):
    assert stem(base, "nb") == stem(inflected, "nb")


def test_keeping_the_final_s_keeps_helse_apart_from_hele():
    assert stem("helse", "nb") != stem("hele", "nb")


@pytest.mark.parametrize("word", ["tenesta", "tenestene", "teneste"])
def test_nynorsk_inflections_of_teneste_share_a_stem(word):
    assert stem(word, "nn") == stem("teneste", "nn")


def test_nynorsk_definite_form_shares_the_stem():
    assert stem("kvardagen", "nn") == stem("kvardag", "nn")


def test_nynorsk_and_bokmal_spellings_of_parorende_meet():
    assert stem("pårørande", "nn") == stem("pårørende", "nn")
    assert stem("pårørande", "nn") == stem("pårørende", "nb")


@pytest.mark.parametrize(("plural", "singular"), [("carers", "carer"), ("courses", "course")])
def test_english_plurals_share_the_stem_of_the_singular(plural, singular):
    assert stem(plural, "en") == stem(singular, "en")


def test_english_is_stemmed_as_english():
    # The Norwegian stemmer would cut "carers" to "car", as in "cars".
    assert stem("carers", "en") == "carer"
    assert stem("carers", "nb") == "car"
    assert stem("running", "en") == "run"


# --- compounds -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("astmaskolen", ("astma", "skolen")),
        ("rehabiliteringstilbudet", ("rehabilitering", "tilbudet")),
        ("pårørendeskole", ("parorende", "skole")),
        ("diabetesopplæring", ("diabetes", "opplaering")),
        ("barnehagelærer", ("barnehage", "laerer")),
    ],
)
def test_compounds_of_known_words_are_split(word, parts):
    assert split(word) == parts


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("frisklivssentralen", ("friskliv", "sentralen")),
        ("mestringskurs", ("mestring", "kurs")),
        ("hverdagsmestring", ("hverdag", "mestring")),
    ],
)
def test_linking_s_is_dropped_between_parts(word, parts):
    assert split(word) == parts


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("barneavdeling", ("barn", "avdeling")),
        ("barnesykdom", ("barn", "sykdom")),
    ],
)
def test_linking_e_is_dropped_between_parts(word, parts):
    assert split(word) == parts


def test_an_s_that_begins_the_next_part_is_kept():
    # "astma" + "skolen", not "astma" + linking s + "kolen".
    assert split("astmaskolen")[-1] == "skolen"


def test_nynorsk_compounds_are_split():
    assert split("pårørandeskule", "nn") == ("parorande", "skule")
    assert split("tenestetilbodet", "nn") == ("teneste", "tilbodet")


@pytest.mark.parametrize(("word", "language"), [("kols", "nb"), ("sykehuset", "nb"), ("kvardagen", "nn")])
def test_short_or_known_words_are_not_split(word, language):
    assert split(word, language) == ()


def test_known_words_are_split_only_into_long_parts():
    # "helsetjenesten" is a word of its own, but its parts are long enough to be worth matching.
    assert split("helsetjenesten") == ("helse", "tjenesten")
    # "kvardagen" would only give "kvar" + "dagen".
    assert split("kvardagen", "nn") == ()


def test_english_words_are_never_split():
    assert split("astmaskolen", "en") == ()
    assert split("childcare", "en") == ()


def test_analyse_keeps_stems_in_order_and_puts_compound_parts_after_them():
    assert analyse("Astmaskolen for pårørende", "nb") == "astmaskol for paror astm skol"
    assert analyse("Rehabiliteringstilbudet i Tromsø", "nb") == "rehabiliteringstilbud i tromso rehabilitering tilbud"


def test_analyse_of_text_without_compounds_is_its_stems():
    assert analyse("Skole for pårørende", "nb") == "skol for paror"


# --- queries ---------------------------------------------------------------------------------


def test_quotes_make_a_phrase_clause():
    plan = parse_query('"skole for pårørende"', "nb")
    assert len(plan.clauses) == 1
    assert plan.clauses[0].phrase
    assert clause_stems(plan) == [[("skol", "for", "paror")]]


def test_a_phrase_among_words_is_one_clause_of_its_own():
    plan = parse_query('astma "skole for" kols', "nb")
    assert [clause.phrase for clause in plan.clauses] == [False, True, False]
    assert plan.words() == ["astma", "skole", "for", "kols"]


def test_a_quoted_single_word_is_a_word():
    plan = parse_query('"astma"', "nb")
    assert [clause.phrase for clause in plan.clauses] == [False]


def test_every_word_must_match():
    plan = parse_query("astma kols", "nb")
    assert clause_stems(plan) == [[("astm",)], [("kols",)]]


NOTHING_TO_SEARCH = ['"', '""', "***", "( ) : ^ ~", "\x00\x01\x1f", "\\", "[]{}<>/", "_", "", "   ", '" "']


@pytest.mark.parametrize("text", NOTHING_TO_SEARCH)
def test_query_syntax_alone_is_nothing_to_search(text):
    assert parse_query(text, "nb").empty


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("NEAR(astma, kols)", ["near", "astma", "kols"]),
        ("title:astma^2 kols~", ["title", "astma", "2", "kols"]),
        ("astma*", ["astma"]),
        ("-kols +astma", ["kols", "astma"]),
        ("astma\x00kols", ["astma", "kols"]),
        ('"unclosed phrase', ["unclosed", "phrase"]),
        ("(pårørende OR kols) AND NOT astma", ["parorende", "or", "kols", "and", "not", "astma"]),
    ],
)
def test_query_syntax_among_words_leaves_only_word_clauses(text, found):
    plan = parse_query(text, "nb")
    assert plan.words() == found
    assert not any(clause.phrase for clause in plan.clauses)
    for clause in plan.clauses:
        for alternative in clause.alternatives:
            for term in alternative:
                assert analysis.WORD_RE.fullmatch(term.word)
                assert all(analysis.WORD_RE.fullmatch(part) for part in term.parts)


FLS = [("fls",), ("frisklivssentral",)]


def test_a_synonym_is_one_clause_with_both_alternatives():
    plan = parse_query("FLS", "nb", synonyms=[FLS])
    assert clause_stems(plan) == [[("fls",), ("frisklivssentral",)]]


def test_synonyms_are_matched_by_stem():
    plan = parse_query("frisklivssentralen", "nb", synonyms=[FLS])
    assert len(plan.clauses) == 1
    alternatives = clause_stems(plan)[0]
    assert ("fls",) in alternatives
    assert ("frisklivssentral",) in alternatives


def test_other_words_of_the_query_stay_clauses_of_their_own():
    plan = parse_query("FLS i Tromsø", "nb", synonyms=[FLS])
    assert clause_stems(plan) == [[("fls",), ("frisklivssentral",)], [("i",)], [("tromso",)]]


def test_a_multi_word_synonym_replaces_all_its_words():
    group = Synonym(language="nb", terms="NK LMH, Nasjonal kompetansetjeneste for læring og mestring").expressions()
    assert group == [("nk", "lmh"), ("nasjonal", "kompetansetjeneste", "for", "laering", "og", "mestring")]
    plan = parse_query("kurs fra NK LMH", "nb", synonyms=[group])
    assert len(plan.clauses) == 3
    written, spelled_out = plan.clauses[2].alternatives
    assert [term.word for term in written] == ["nk", "lmh"]
    assert [term.word for term in spelled_out] == list(group[1])
    # Half of an abbreviation is not the abbreviation.
    assert clause_stems(parse_query("NK", "nb", synonyms=[group])) == [[("nk",)]]


def test_the_longest_synonym_expression_wins():
    groups = [[("lms",), ("laering", "og", "mestringssenter")], [("og",), ("samt",)]]
    plan = parse_query("Lærings- og mestringssenter", "nb", synonyms=groups)
    assert len(plan.clauses) == 1
    assert ("lms",) in clause_stems(plan)[0]


def test_a_compound_that_is_not_a_word_of_its_own_may_match_by_its_parts():
    term = parse_query("pårørendeskole", "nb").clauses[0].alternatives[0][0]
    assert not is_known("parorendeskole", "nb")
    assert term.parts == ("paror", "skol")
    assert term.alternatives() == [("parorendeskol",), ("paror", "skol")]


def test_a_known_word_matches_only_itself():
    # split_compound splits "helsetjenesten", but it is a word: a page about "tjenester" for
    # "helse" is not what was asked for.
    assert split("helsetjenesten") and is_known("helsetjenesten", "nb")
    term = parse_query("helsetjenesten", "nb").clauses[0].alternatives[0][0]
    assert term.parts == ()
    assert term.alternatives() == [("helsetjenest",)]


def test_nynorsk_query_compounds_have_parts():
    term = parse_query("pårørandeskule", "nn").clauses[0].alternatives[0][0]
    assert term.parts == ("paror", "skul")


# --- vocabulary and typo correction ----------------------------------------------------------


def publish(key, title, body="", language="nb"):
    """An entry in the corpus and its terms in the vocabulary, as search/corpus.py writes them."""
    entry = SearchEntry(
        key=key, result_type="article", language=language, title=title, url=f"/{key}/", slug=key, body=body
    )
    entry.analyse()
    vocabulary.replace([], [entry])
    entry.save()
    return entry


def count(term, language="nb"):
    row = SearchTerm.objects.filter(language=language, term=term).first()
    return row.entries if row else 0


@pytest.mark.django_db
def test_a_typo_is_corrected_to_the_corpus_word():
    publish("page:1", "Rehabilitering etter hjerneslag", "Kommunen har rehabiliteringstilbudet samlet.")
    result = vocabulary.correct(parse_query("rehabilitring", "nb"))
    assert result is not None
    plan, shown = result
    assert shown == {"rehabilitring": "rehabilitering"}
    assert clause_stems(plan) == [[("rehabilitering",)]]


@pytest.mark.django_db
def test_only_the_misspelt_word_is_corrected():
    publish("page:1", "Mestring av hjerneslag")
    plan, shown = vocabulary.correct(parse_query("hjerneslag mestrnig", "nb"))
    assert shown == {"mestrnig": "mestring"}
    assert clause_stems(plan) == [[("hjerneslag",)], [("mestring",)]]


@pytest.mark.django_db
def test_a_word_nothing_is_close_to_gets_no_correction():
    publish("page:1", "Rehabilitering etter hjerneslag")
    assert vocabulary.correct(parse_query("xylofon", "nb")) is None
    # Same first letter and length as "hjerneslag", but another word.
    assert vocabulary.correct(parse_query("hjertesvikt", "nb")) is None


@pytest.mark.django_db
def test_a_word_the_corpus_has_needs_no_correction():
    publish("page:1", "Rehabilitering etter hjerneslag")
    assert vocabulary.correct(parse_query("rehabilitering", "nb")) is None


@pytest.mark.django_db
def test_corrections_come_from_the_corpus_of_the_query_language():
    publish("page:1", "Rehabilitering etter hjerneslag", language="nn")
    assert vocabulary.correct(parse_query("rehabilitring", "nb")) is None


@pytest.mark.django_db
def test_compound_parts_are_in_the_vocabulary():
    publish("page:1", "Astmaskolen")
    assert count("astmaskol") == 1
    assert count("astm") == 1
    assert count("skol") == 1


@pytest.mark.django_db
def test_counts_go_down_when_an_entry_is_replaced():
    publish("page:1", "Rehabilitering etter hjerneslag")
    publish("page:2", "Rehabilitering for barn")
    assert count("rehabilitering") == 2

    old, new = SearchEntry.objects.get(key="page:1"), SearchEntry.objects.get(key="page:1")
    new.title = "Opptrening etter hjerneslag"
    new.analyse()
    vocabulary.replace([old], [new])
    new.save()
    assert count("rehabilitering") == 1
    assert count("opptrening") == 1
    assert count("hjerneslag") == 1

    old, new = SearchEntry.objects.get(key="page:2"), SearchEntry.objects.get(key="page:2")
    new.title = "Aktiviteter for barn"
    new.analyse()
    vocabulary.replace([old], [new])
    # No entry says "rehabilitering" any more: the term is gone, and no longer suggested.
    assert not SearchTerm.objects.filter(term="rehabilitering").exists()
    assert vocabulary.correct(parse_query("rehabilitring", "nb")) is None


@pytest.mark.django_db
def test_words_of_an_unpublished_page_are_not_suggested():
    publish("page:1", "Rehabilitering etter hjerneslag")
    publish("page:2", "Hjerneslag og språk")
    vocabulary.replace([SearchEntry.objects.get(key="page:1")], [])
    assert count("hjerneslag") == 1
    assert count("rehabilitering") == 0
    assert not SearchTerm.objects.filter(term="etter").exists()
    assert vocabulary.correct(parse_query("rehabilitring", "nb")) is None


# --- synonyms editors keep -------------------------------------------------------------------


def test_synonym_expressions_are_folded_words():
    synonym = Synonym(language="nb", terms="FLS, Frisklivssentral , lærings- og mestringssenter")
    assert synonym.expressions() == [("fls",), ("frisklivssentral",), ("laering", "og", "mestringssenter")]


@pytest.mark.parametrize("terms", ["FLS", "FLS,", "FLS, fls", ", , ,"])
def test_a_synonym_needs_two_different_terms(terms):
    with pytest.raises(ValidationError) as raised:
        Synonym(language="nb", terms=terms).clean()
    message = " ".join(raised.value.message_dict["terms"])
    assert "minst to ord" in message
    assert "komma" in message


def test_a_synonym_of_two_terms_is_accepted():
    Synonym(language="nb", terms="FLS, frisklivssentral").clean()
