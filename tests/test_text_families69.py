"""Regression tests per failure family found on the 69th to 72nd evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from text_cases import cat, fact
from vardkontakt.text._classify import _read
from vardkontakt.text._extract import extract
from vardkontakt.text._normalize import normalize


@pytest.mark.parametrize("text, joined", [
    # compounds written apart, as speech recognition and hurried typing leave them ("särskrivning")
    ("pat ute blev från videotiden", "uteblev"),
    ("epi kris har kommit från kirurgen", "epikris"),
    ("remiss in kommen från ortopeden", "inkommen"),
    ("svar journal förde i dag", "journalforde"),
])
def test_split_compounds_are_joined(text, joined):
    assert joined in normalize(text).tokens


@pytest.mark.parametrize("text, apart", [
    ("får komma in till oss i eftermiddag", ("in", "till")),
    ("videobesök med pat, ny dos", ("med", "patient")),
])
def test_ordinary_word_pairs_stay_apart(text, apart):
    tokens = normalize(text).tokens
    assert any(tokens[i:i + 2] == apart for i in range(len(tokens)))


def test_a_joined_compound_quotes_the_words_as_typed():
    out = cat("pat ute blev från telefontiden hos dsk")
    assert out == "note"


@pytest.mark.parametrize("text, key, value", [
    ("Kontakt med ombud om pats boende", "counterpart", "representative"),
    ("Mejl med avgiftningsenheten om pat", "counterpart", "staff"),
    ("Tel m pat i SoB för att påminna om att fylla i dagboken", "activity", "dialogue"),
    ("U-provssvar noterat, negativt", "activity", "test_result_noted"),
    ("Ringde socialtjänsten i hemkommunen om pat", "counterpart", "staff"),
    ("Pat har gjort veckans registrering i programmet, ingen kontakt", "activity", "self_report_form"),
    ("Tel m biståndshandlägare om pat", "counterpart", "staff"),
    ("1177 till pat med förberedande råd inför gastroskopin", "medical_assessment", False),
])
def test_words(text, key, value):
    assert fact(text, key) == value


def test_a_discharge_from_hospital_names_no_counterpart():
    # "hemgång från sjukhuset": where the patient comes from, not who the call was with
    assert fact("Samtal ang pat hemgång från sjukhuset på fredag", "counterpart") != "staff"


class _Always:
    """A stand-in reader that is sure of one value (the real readers are fitted models)."""

    def __init__(self, value: str):
        self.value = value

    def proba(self, text: str) -> dict[str, float]:
        return {self.value: 0.99}


def test_a_same_day_visit_is_read_when_a_reader_supplies_the_call():
    # no channel word: when a reader supplies the call, the words' own same-day reading is applied too
    text = "Feber sedan i går, pat får komma hit på eftermiddagen, tid bokad"
    facts = extract(text)
    assert "channel" not in facts and "same_day_visit_same_unit" not in facts
    assert "channel" in _read(facts, normalize(text), {"channel": _Always("phone")}, 0.5)
    assert facts["same_day_visit_same_unit"].value is True
