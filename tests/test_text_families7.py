"""Regression tests per failure family found on the seventh and eighth evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set. Safety families
accept an abstention where a wrong category would be the alternative.
"""
from __future__ import annotations

import pytest

from text_cases import cat, fact


@pytest.mark.parametrize("text, expected", [
    # structured notes: a schedule "enligt plan" or an interpreter does not cancel a stated decision
    ("Video med pat, tolk på somaliska. Bed: gikt. Kolkicin insätts. Kontroll enligt plan.", "video_visit"),
    ("Tfn-kontakt, oron ökat, dos escitalopram höjd, ny tid om 3 v.", "phone_replaces_visit"),
    # ending a treatment, KBT given, sent for an urgent check, next treatment step, a test to take
    ("Video efter op, läk bed såret läkt, avslutar antibiotikan.", "video_visit"),
    ("Kurator video m pt, KBT given, journalförd.", "video_visit"),
    ("Videobesök gravid v 34, huvudvärk och högt BT, ombedd åka till förlossningen idag.", "video_visit"),
    ("Tel m vh, bed: målen nådda, går vidare till steg 3 i träningen.", "phone_replaces_visit"),
    ("Tel m pat dag 10 efter cytostatika, lätt feber, bed m onkolog: ta blodstatus imorgon.", "phone_replaces_visit"),
    # shortened words: sjukskr, medd, beh, remis, em, 2h, 2v
    ("tfn m pt, besvären bedömda, sjukskr förlängd, inget besök behövs", "phone_replaces_visit"),
    ("textkontakt 1177 om sjukskrivningen: bedömt, förlängt 3v", "text_replaces_visit"),
    ("remis inkommen fr kirurgen", "note"),
    ("tfn m vh, dottern 39 graders feber och öronvärk, tid hos oss om 1h", "triage"),
    ("stöd o beh, pat ringt, ångestattack, akuttid hos psykolog här i em, journalförd", "triage"),
    # benign results and no more checks: information
    ("Ringer pat och lämnar PAD-svar: benign förändring, inga fler kontroller behövs.", "phone_call"),
    # a voluntary open meeting, a missed connection, a note not written
    ("Pat deltog i digital infoträff om diabetesskolan, frivilligt deltagande.", "no_registration"),
    ("Vh och barn kopplade aldrig upp sig till det bokade videomötet.", "note"),
    ("Behandlare svarade i Stöd och behandling på fråga om inloggning. Anteckning ej gjord.", "no_registration"),
    # admin and check-up calls
    ("kallat pat per tel till årskontroll om 3 v", "phone_call"),
    ("svarat ombud via 1177 ang kopia på intyg", "text_message"),
])
def test_seventh_and_eighth_set_families(text, expected):
    assert cat(text) == expected


@pytest.mark.parametrize("text", [
    "Tel pat idag kl 09.40.",                           # the time of the call, not of a visit
    "Usk ringde pat och påminde om att ta med urinprov till besöket 4/11.",   # "ta med" is not a test ordered
])
def test_neighbours_keep_their_reading(text):
    assert fact(text, "same_day_visit_same_unit") is not True
    assert fact(text, "medical_assessment") is not True


def test_a_missing_video_link_is_not_the_channel():
    assert fact("Pat saknar fungerande video, därför behandlingssession per telefon 45 min.", "channel") == "phone"


def test_the_channel_of_a_later_contact_is_not_this_one():
    assert fact("Skrev till pat via 1177 att nästa samtal blir per telefon.", "channel") == "text"


def test_staff_helping_the_patient_or_a_place_is_not_the_counterpart():
    text = "Videobesök på särskilt boende, pat sitter med usk vid plattan, läk bedömer såret, ny förbandsbehandling."
    assert fact(text, "counterpart") != "staff"
    assert fact("Ssk på särskilt boende mejlar ang pat:s nya sår.", "counterpart") == "staff"
    assert fact("Ny vägning hos skolsköterskan om 2 v, mamma informerad via 1177.", "counterpart") != "staff"


def test_a_form_answered_with_a_decision_is_a_contact():
    text = "Svar via 1177: pat beskriver i formuläret ny oro, läk har bedömt och höjer dosen till 100 mg."
    assert fact(text, "activity") == "dialogue"


def test_a_question_about_when_treatment_starts_is_not_a_decision():
    assert fact("Svarar via 1177 på vh:s fråga om när nästa behandlingsperiod startar: v 36.",
                "medical_assessment") is not True
