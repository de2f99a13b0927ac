"""Regression tests per failure family found on the 31st and 32nd evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from text_cases import cat, fact


@pytest.mark.parametrize("text, key, value", [
    ("tfn apoteket ang dosett för pat", "counterpart", "staff"),
    ("Ringde röntgen för att flytta pats undersökning", "counterpart", "staff"),
    ("Kontakt boendestöd ang pat", "counterpart", "staff"),
    ("rådfrågade jourhavande psykiater om pats mående", "counterpart", "staff"),
    ("SoB: kort svar till pat, journ ok.", "journal_documented", True),
    ("SoB-tel m pt, jour.fört", "journal_documented", True),
    ("Lab: TSH noterat, ua", "activity", "test_result_noted"),
    ("Har noterat svaret på odlingen från såret", "activity", "test_result_noted"),
    ("Kalprotektinsvaret har noterats, normalt", "activity", "test_result_noted"),
    ("Journalhandlingar från en annan klinik har i dag sammanfattats", "activity", "documentation_summary"),
    ("Familjen erbjöds att frivilligt delta i en digital träff om sömn", "activity", "voluntary_info_meeting"),
])
def test_shorthand_and_wording(text, key, value):
    assert fact(text, key) == value


@pytest.mark.parametrize("text", [
    "1177 till vh: vaccintid bokad",
    "svar via 1177 om sjukintygsblankett",
    "pat tfn: var ligger barnmott?",
])
def test_administration(text):
    assert fact(text, "medical_assessment") is False


@pytest.mark.parametrize("text", [
    "Videobesök: hosta, rec doxycyklin",
    "Telbesök, HbA1c högt, metformin upp",
])
def test_a_new_prescription_or_a_raised_dose_is_a_decision(text):
    assert fact(text, "medical_assessment") is True


@pytest.mark.parametrize("text", [
    "Förnyat recept på Waran via 1177, inga nya besvär",
    "1177: recept på Levaxin förnyat enl tidigare",
])
def test_a_renewed_prescription_is_not_a_new_one(text):
    assert fact(text, "medical_assessment") is not True


def test_a_visit_that_may_happen_today_leaves_the_triage_question_open():
    assert fact("tel pt ang feber, ev in idag?", "same_day_visit_same_unit") is None
    assert cat("tel pt ang feber, ev in idag?") is None


def test_the_replaced_booked_visit_is_not_a_new_booking():
    text = "Läkaren bedömde pat i telefon och förlängde sjukskrivningen; samtalet ersatte det inbokade besöket"
    assert fact(text, "same_day_visit_same_unit") is False


@pytest.mark.parametrize("text, expected", [
    ("tel → samma-dagsbesök vc, bröstsmärta", "triage"),
    ("Tel vh, frågor om vaccinationer, allmän info lämnad", "phone_call"),
    ("Gruppmeddelande via 1177 till alla listade om nya öppettider", "no_registration"),
])
def test_lines_decide(text, expected):
    assert cat(text) == expected
