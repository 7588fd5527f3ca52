"""Matching names written in e-mails against names in the register (bot.register.names)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.register.names import (
    AMBIGUOUS,
    NICKNAMES,
    NO_MATCH,
    Match,
    find_person,
    first_name_only,
    fold_name,
    name_matches,
)

# --------------------------------------------------------------------------- fold_name


@pytest.mark.parametrize(
    "spelling", ["Søren-Aagaard", "Soeren Aagaard", "SØREN AAGAARD", "Sören Ågaard", "søren  ågård"]
)
def test_fold_name_makes_danish_spellings_equal(spelling):
    assert fold_name(spelling) == "søren ågård"


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Ærø", "ærø"),
        ("Jäger", "jæger"),
        ("José Müller", "jose muller"),
        ("A.M. Hansen", "a m hansen"),
        ("  Anne\tMarie\n Hansen ", "anne marie hansen"),
        ("Kaare", "kåre"),
        ("Łukasz Kılıç", "lukasz kilic"),
        ("", ""),
        (" .- ", ""),
    ],
)
def test_fold_name(raw, folded):
    assert fold_name(raw) == folded


def test_fold_name_keeps_a_bare_a_apart_from_aa():
    assert fold_name("Agaard") != fold_name("Aagaard")


# --------------------------------------------------------------------------- name_matches


@pytest.mark.parametrize(
    ("written", "on_file"),
    [
        ("Søren Aagaard", "Søren Aagaard"),
        ("Soeren Aagaard", "Søren Aagaard"),
        ("SØREN AAGAARD", "Søren Aagaard"),
        ("Sören Ågaard", "Søren Aagaard"),
        ("Søren Ågaard", "Soeren Aagaard"),
        ("Soren Aagaard", "Søren Aagaard"),
        ("Søren", "Soren Aagaard"),
        ("Soren", "Søren Aagaard"),
        ("Anne Hansen", "Anne Marie Hansen"),
        ("Anne Marie Hansen", "Anne Marie Hansen"),
        ("Anne Kirstine Hansen", "Anne Marie Kirstine Hansen"),
        ("M. Jensen", "Morten Jensen"),
        ("M Jensen", "Morten Jensen"),
        ("m.jensen", "Morten Jensen"),
        ("A.M. Hansen", "Anne Marie Hansen"),
        ("A. M. Hansen", "Anne Marie Hansen"),
        ("A M Hansen", "Anne Marie Hansen"),
        ("A. Hansen", "Anne Marie Hansen"),
        ("Anne M. Hansen", "Anne Marie Hansen"),
        ("Morten J.", "Morten Jensen"),
        ("Chris Madsen", "Christian Madsen"),
        ("Kristian Madsen", "Christian Madsen"),
        ("Chris Madsen", "Kristian Madsen"),
        ("Chris Madsen", "Christoffer Madsen"),
        ("Tommy Berg", "Thomas Berg"),
        ("Stine Lund", "Kristine Lund"),
        ("Morten", "Morten Jensen"),
        ("Morten", "Morten Kaj Jensen"),
        ("morten!", "Morten Jensen"),
        ("Chris", "Christian Madsen"),
        ("Mette Holm", "Mette-Marie Holm"),
        ("Mette", "Mette-Marie Holm"),
        ("Mette Marie Holm", "Mette-Marie Holm"),
        ("Anne Hansen-Holm", "Anne Hansen-Holm"),
        ("Anne Hansen Holm", "Anne Hansen-Holm"),
        ("Anne Holm", "Anne Hansen-Holm"),
        ("Karsten Møller", "Carsten Moeller"),
        ("Morten", "Morten"),
    ],
)
def test_name_matches(written, on_file):
    assert name_matches(written, on_file)


@pytest.mark.parametrize(
    ("written", "on_file"),
    [
        ("Morten Hansen", "Morten Jensen"),  # namesake, other surname
        ("Jensen", "Morten Jensen"),  # surname alone is too weak
        ("Peter Jensen", "Morten Jensen"),  # other first name, same surname
        ("Agaard", "Aagaard"),
        ("Søren Agaard", "Søren Aagaard"),
        ("Søren Agaard", "Søren Ågaard"),
        ("MJ", "Morten Jensen"),
        ("M. J.", "Morten Jensen"),
        ("M", "Morten Jensen"),
        ("K. Jensen", "Morten Jensen"),
        ("M. Hansen", "Anne Marie Hansen"),  # a middle initial is not a first initial
        ("Marie Hansen", "Anne Marie Hansen"),
        ("Anne Marie Hansen", "Anne Hansen"),  # a middle name not on file
        ("Anne Louise Hansen", "Anne Marie Hansen"),
        ("Marie Anne Hansen", "Anne Marie Hansen"),
        ("Christian Madsen", "Christoffer Madsen"),  # both are "Chris", not each other
        ("Mikkel Madsen", "Michael Madsen"),
        ("Hans Madsen", "Johannes Madsen"),
        ("Chris Madsen", "Christian Olsen"),
        ("Marie Holm", "Mette-Marie Holm"),
        ("Anne Hansen", "Anne Hansen-Holm"),
        ("Morten Jensen", "Morten"),  # no surname on file to check
        ("Sø", "Søren Aagaard"),
        ("", "Morten Jensen"),
        ("   ", "Morten Jensen"),
        ("-.", "Morten Jensen"),
        ("Morten", ""),
        ("", ""),
    ],
)
def test_name_does_not_match(written, on_file):
    assert not name_matches(written, on_file)


# --------------------------------------------------------------------------- first_name_only


@pytest.mark.parametrize(
    ("written", "alone"),
    [
        ("Morten", True),
        (" morten. ", True),
        ("Jensen", True),  # syntax cannot tell; name_matches refuses it as a surname
        ("Mette-Marie", False),
        ("M. Jensen", False),
        ("Morten Jensen", False),
        ("M.", False),
        ("", False),
    ],
)
def test_first_name_only(written, alone):
    assert first_name_only(written) is alone


# --------------------------------------------------------------------------- find_person

PEOPLE = [
    ("c1", "Morten Jensen"),
    ("c2", "Morten Kaj Hansen"),
    ("c3", "Anne Marie Hansen"),
    ("c4", "Søren Aagaard"),
    ("c5", None),
    ("c6", ""),
]


@pytest.mark.parametrize(
    ("written", "ref"),
    [
        ("M. Jensen", "c1"),
        ("Morten Jensen", "c1"),
        ("Morten Hansen", "c2"),
        ("Anne Hansen", "c3"),
        ("Soren Aagaard", "c4"),
        ("Søren", "c4"),
    ],
)
def test_find_person_returns_the_one_match(written, ref):
    assert find_person(written, PEOPLE) == Match(ref=ref)


@pytest.mark.parametrize("written", ["Jensen", "Peter Jensen", "MJ", "", "Søren Agaard"])
def test_find_person_without_match(written):
    found = find_person(written, PEOPLE)
    assert found == NO_MATCH
    assert found.ref is None and not found.ambiguous


@pytest.mark.parametrize("written", ["Morten", "M. Hansen", "Anne"])
def test_find_person_two_matches_are_ambiguous(written):
    people = [*PEOPLE, ("c7", "Mads Hansen"), ("c8", "Anne Holm")]
    found = find_person(written, people)
    assert found == AMBIGUOUS
    assert found.ambiguous and found.ref is None


def test_find_person_same_ref_twice_is_one_person():
    found = find_person("Morten", [("a", "Morten Jensen"), ("a", "Morten Kaj Jensen")])
    assert found == Match(ref="a")


def test_find_person_with_no_candidates():
    assert find_person("Morten Jensen", []) == NO_MATCH


def test_ambiguous_match_cannot_carry_a_ref():
    with pytest.raises(ValueError, match="no ref"):
        Match(ref="a", ambiguous=True)


# --------------------------------------------------------------------------- nickname table


def test_nickname_groups_hold_distinct_folded_forms():
    for group in NICKNAMES:
        assert len({fold_name(form) for form in group}) == len(group), group


# --------------------------------------------------------------------------- properties

_LETTER = st.sampled_from("abcdefghijklmnopqrstuvwxyzæøåäöéüABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅÄÖÉÜ")
_WORD = st.text(_LETTER, min_size=1, max_size=12)
_NAME = st.lists(_WORD, min_size=1, max_size=4).flatmap(
    lambda words: st.sampled_from([" ", "-", " - "]).map(lambda sep: sep.join(words))
)


@given(_NAME)
def test_a_name_matches_itself(name):
    assert name_matches(name, name)


@given(st.text(st.characters(categories=["Lu", "Ll"]), min_size=1))
def test_any_alphabetic_name_matches_itself(name):
    assert name_matches(name, name)


@given(st.text())
def test_fold_name_is_idempotent(text):
    assert fold_name(fold_name(text)) == fold_name(text)


@given(_NAME, _NAME)
def test_matching_ignores_case(written, on_file):
    expected = name_matches(written, on_file)
    assert name_matches(written.upper(), on_file.lower()) == expected
    assert name_matches(written.lower(), on_file.upper()) == expected


@given(_NAME)
def test_matching_ignores_case_of_the_same_name(name):
    assert name_matches(name.upper(), name.lower())
