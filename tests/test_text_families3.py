"""Regression tests per failure family found on the third evaluation set (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set. Each family
has sentences the change must handle and neighbours that must keep their reading.
"""
from __future__ import annotations

import pytest

from vardkontakt.text import classify

from text_cases import cat, cat_from_words


# --- 1. chart headers and abbreviations: "Bed:", "Beslut:", "Plan:", "rec", "enl" -------------------
@pytest.mark.parametrize("text, expected", [
    ("Tel pat, halsont 4 dagar. Bed: tonsillit. Beslut: PcV 10 dagar.", "phone_replaces_visit"),
    ("Videobesök m pat, BankID. Bed: kontakteksem. Plan: hydrokortison 1 % i 2 v.", "video_visit"),
    ("1177-ärende: känd astma, mer besvär. Bed: försämring. Höjer Symbicort till 2 x 2.", "text_replaces_visit"),
    ("Tel pat, rec på ögondroppar skickat efter bedömning av rött öga.", "phone_replaces_visit"),
    ("Svar via 1177: recept på Waran förnyat enl tidigare, ingen ny fråga.", "text_message"),
])
def test_headers_and_abbreviations(text, expected):
    assert cat(text) == expected


# --- 2. inflections and compounds of decision words -------------------------------------------------
def test_a_bare_decision_word_is_read_and_the_signal_may_still_ask():
    # Since sets 57-60 (writers who leave such bare lines open) the signal vetoes this four-word line; the
    # words still decide it, and a veto may only ever turn it into a question, never another category.
    text = "Tel pat, påbörjar järntabletter."
    assert cat_from_words(text) == "phone_replaces_visit"
    assert cat(text) in ("phone_replaces_visit", None)


@pytest.mark.parametrize("text, expected", [
    ("Videobesök med pat, BankID, insulindosen anpassad efter kurvorna.", "video_visit"),
    ("1177-meddelande till pat: ändrad kortisondos enligt schema från idag.", "text_replaces_visit"),
    ("Tel pat, remiss ortopeden pga knäsmärta.", "phone_replaces_visit"),
    ("Tel pat, metoprolol sätts ut.", "phone_replaces_visit"),
    ("Tel pat, ökad stress senaste veckan, ingen ändring.", "phone_call"),  # "ökad stress" is a finding
])
def test_decision_word_families(text, expected):
    assert cat(text) == expected


# --- 3. thin texts: an assessment without a decision does not imply a replaced visit ----------------
@pytest.mark.parametrize("text", [
    "Tel pat, bedömd.",
    "Ringde pat, bedömning gjord av läk.",
    "1177-meddelande, pat bedömd.",
])
def test_thin_assessment_abstains(text):
    r = classify(text)
    assert r["category"] is None
    assert "replaces_visit" in r["missing"] or "medical_assessment" in r["missing"]


def test_renewal_after_a_check_without_a_decision_asks():
    # a renewal with "inga nya besvär": the guideline allows both readings, so the engine asks
    assert cat("Rp-förnyelse efter tel-kontroll: diabetes, inga nya besvär. Förnyar metformin 1 år.") is None


# --- 4. same-day visits: "om en stund", "under förmiddagen", "dagens drop-in", English ---------------
@pytest.mark.parametrize("text", [
    "Tel pat, yrsel, får komma hit om en stund.",
    "Pat ringde om ont i örat, ombedd att komma till mottagningen under förmiddagen.",
    "Pappa ringer om barnets utslag, får komma på dagens drop-in.",
    "Pat called re: cough and fever, booked same-day appointment kl 15.",
    "Rådgivningssamtal: brännskada på handen, bokad på vår ssk-mottagning idag kl 14.",
])
def test_same_day_visit_phrasings(text):
    assert cat(text) == "triage"


def test_a_named_later_day_is_not_same_day():
    assert cat("Tel pat, ont i knät, bokad till läk på torsdag, ingen ändring idag.") != "triage"


# --- 5. notes: not reached, chart review, samples handed in, results in English ---------------------
@pytest.mark.parametrize("text", [
    "Ringt pat två gånger utan svar.",
    "Genomläsning av journalen inför återbesöket, ingen kontakt med pat.",
    "Gått igenom journalen inför operationen.",
    "Urinprov lämnat på lab.",
    "Test results noted: Hb normal.",
])
def test_notes(text):
    assert cat(text) == "note"


# --- 6. no registration: mass mailings, group messages, webinars, diaries and declarations ----------
@pytest.mark.parametrize("text", [
    "Utskick via 1177 till samtliga listade om höstens vaccinationer.",
    "Gruppmeddelande i programmet till alla deltagare om ny version av appen.",
    "Pat deltog i ett webinar om sömn, ingen individuell kontakt.",
    "Frivillig föreläsning om diabetes för nydebuterade, pat var med.",
    "Pat har fyllt i matdagbok i 1177, ingen behandlarkontakt.",
    "Hälsodeklaration besvarad av pat i 1177 inför besöket, ingen kontakt.",
])
def test_no_registration_families(text):
    assert cat(text) == "no_registration"


# --- 7. Stöd och behandling: modules and sections opened, technical calls, journal wording ----------
@pytest.mark.parametrize("text, expected", [
    ("SoB: meddelande till pat att avsnitt 3 nu är upplåst. Journalanteckning gjord.", "text_message"),
    ("Stöd och behandling: skrev till pat att nästa kapitel har aktiverats. Journalfört.", "text_message"),
    ("SoB: telefonsamtal m pat om tekniskt fel i appen, ingen anteckning i journalen.", "no_registration"),
    ("SoB: pat skrev om sämre mående, behandlaren ändrade behandlingsplanen. Anteckning i journalen gjord.",
     "text_replaces_visit"),
])
def test_sob_families(text, expected):
    assert cat(text) == expected


def test_could_not_log_in_is_not_a_no_show():
    r = classify("SoB: tel m pat som inte kom in i appen, förklarat inloggningen. Journalfört.")
    assert r["facts"]["activity"]["value"] == "dialogue"
    assert r["category"] == "phone_call"


def test_a_training_program_is_not_the_sob_platform():
    r = classify("Fysioterapeut, 1177-meddelande i stället för återbesök: övningarna bedömda, belastningen i "
                 "programmet höjd.")
    assert r["category"] == "text_replaces_visit"
    assert r["facts"]["sob_program"]["value"] is False


# --- 8. staff: pharmacies, other units, team meetings; a colleague consulted during a visit ---------
@pytest.mark.parametrize("text", [
    "Tel m apoteket om pat:s dosering.",
    "Brev till BUP angående barnets utredning.",
    "MDT-konferens om pat, pat ej närvarande, beslut om strålbehandling.",
    "Teams-möte med onkologen re: pat, no patient present.",
])
def test_staff_families(text):
    assert cat(text) == "staff_about_patient"


@pytest.mark.parametrize("text, expected", [
    ("Videobesök, pat BankID-verifierad. Höjer metformin i samråd med läk.", "video_visit"),
    ("BUP: videobesök med flickan och pappa, BankID. Beslut: sänker dosen.", "video_visit"),
])
def test_colleagues_and_unit_headers_do_not_make_staff_contact(text, expected):
    assert cat(text) == expected


# --- 9. identification and English ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Videobesök, inloggning med Freja eID. Bed: eksem. Startar kortisonkräm.",
    "Video consult m pat, ID checked. Assessment: migraine. Plan: sumatriptan.",
])
def test_identification_and_english_video(text):
    r = classify(text)
    assert r["category"] == "video_visit"
    assert r["facts"]["identity_verified"]["value"] is True


# --- 10. the signal's veto: a rare but rule-correct outcome may be withdrawn, never turned into another one --
@pytest.mark.parametrize("text, reading", [
    # a video contact without a decision registers as a phone call (rule base); few texts look like that
    ("Videobesök m pat, BankID. Plan: som tidigare.", "phone_call"),
    # staff named only by role after "med" (a weak cue), in a text that otherwise reads like a patient call
    ("Telefonsamtal med läkare på hudkliniken som bokat pat till ny tid.", "staff_about_patient"),
    # a rare decision verb ("förskrev") that the character model has seen little of (veto at p < 0.10)
    ("Läk ringde pat och förskrev nässpray.", "phone_replaces_visit"),
])
def test_veto_costs_are_abstentions_not_errors(text, reading):
    assert cat(text) in (None, reading)
