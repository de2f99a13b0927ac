"""Regression tests per failure family found on the ninth and tenth evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set. The safety
families (who the contact was with) accept an abstention where a wrong category would be the alternative.
"""
from __future__ import annotations

import pytest

from text_cases import cat, fact


# --- SAFETY: a role named as the writer, a place, or a pupil/client is not a staff contact -------------
@pytest.mark.parametrize("text, expected", [
    ("Elev ringde skolsköterskan om stukad fot, fick komma till mottagningen efter lunch.", "patient"),
    ("Brukare på LSS-boende ringde själv och frågade om sin nästa tid.", "patient"),
    ("Skolsköterskan ringde vårdnadshavaren om elevens huvudvärk, bedömt, remiss till vc.", "representative"),
    ("Videobesök med brukare på gruppboende tillsammans med god man, läk satte in melatonin.", "patient"),
    ("Tel ögonmott, tryck 30 vid mätning på annan enhet, läk lägger till Xalatan.", "patient"),
])
def test_writer_roles_places_and_pupils_are_not_staff_contacts(text, expected):
    assert fact(text, "counterpart") in (expected, None)
    assert cat(text) != "staff_about_patient"


@pytest.mark.parametrize("text", [
    "Ssk på särskilt boende ringer om pat:s nya sår.",
    "Tel m mentor på skolan om elevens frånvaro, pat och vh var inte med.",
    "Logoped mejlar förskolan om stöd för barnets språk.",
    "Kontakt har tagits med vårdcentralen i Ystad om pat:s medicinlista.",
])
def test_staff_contacts_keep_their_reading(text):
    assert cat(text) in ("staff_about_patient", None)
    assert fact(text, "counterpart") in ("staff", None)


# --- SoB: named programs, individual feedback, the unit as sender ------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Panikprogrammet i 1177: personligt meddelande med nästa steg i exponeringen. Journalfört.", "text_replaces_visit"),
    ("Svar till pat i IBS-programmet, ingen journalanteckning skriven.", "no_registration"),
    ("iKBT i Stöd och behandling: individuell återkoppling från psykolog på veckans uppgift. Journal: ja.",
     "text_replaces_visit"),
])
def test_sob_program_families(text, expected):
    assert cat(text) == expected


def test_moving_the_sleep_window_is_a_decision_in_the_program():
    # The words are read right; the text model may still veto this rare wording (an abstention, never a wrong answer).
    text = "Skrev till pat i sömnprogrammet: sömnfönstret flyttas 30 min tidigare. Journalfört."
    assert fact(text, "medical_assessment") is True and fact(text, "sob_program") is True
    assert cat(text) in ("text_replaces_visit", None)


def test_a_sob_program_without_a_journal_word_asks():
    assert cat("Svarade pat i oroprogrammet på 1177 med ett individuellt anpassat schema.") is None


# --- decisions and administration ---------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("God man skrev via 1177 om huvudmannens klåda, läk bedömde och satte in Atarax.", "text_replaces_visit"),
    ("Video via 1177, BankID. Status: andas obesvärat. Bed: bättre. Lungröntgen om 6 v beställd.", "video_visit"),
    ("Video med pat, knäbesvär bedömda, remiss till ortoped skickad, info om väntetiden.", "video_visit"),
    ("Skriftlig rådgivning via 1177 om rökstopp inför operation, nikotintuggummi förskrivet.", "text_replaces_visit"),
    ("Skriftligt meddelande till vh om tid för hälsobesök v 14.", "text_message"),
    ("Samtal m pat om en kallelse som inte kommit fram, tid och adress meddelad.", "phone_call"),
])
def test_decision_and_admin_families(text, expected):
    assert cat(text) == expected


def test_an_unanswered_call_is_still_unanswered():
    assert fact("Obesvarat samtal till pat, nytt försök imorgon.", "counterpart") == "none"
