"""Regression tests per failure family found on the sixth evaluation set (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set. Each family
has sentences the change must handle and neighbours that must keep their reading. Safety families
(who the contact was with, same-day visits, no-shows) accept an abstention where a wrong category
would be the alternative.
"""
from __future__ import annotations

import pytest

from vardkontakt.text._extract import extract

from text_cases import cat, fact


# --- 1. Decision wording: abbreviations, re-starts, reversed orders, prescriptions after an assessment --
@pytest.mark.parametrize("text, expected", [
    ("Tel-uppföljning av blodtrycket, fortf högt, ök Amlodipin till 10 mg.", "phone_replaces_visit"),
    ("Videouppföljning onkologi, neuropati grad 2, dosreduktion av oxaliplatin inför nästa kur.", "video_visit"),
    ("Tel m pat, återfall i migrän, återinsatte Sumatriptan vb.", "phone_replaces_visit"),
    ("1177-meddelande om torr hosta, bedömt, lagt till Mometason nässpray 2 x 1.", "text_replaces_visit"),
    ("Video med pat, hälsenan bedömd, får börja jogga lätt, ny kontroll om 4 v.", "video_visit"),
    ("Video med vh, barnets eksem bedömt som infekterat, rp Fucidin kräm.", "video_visit"),
    ("Meddelande via 1177 med bild på utslag, bedömt som nässelfeber, rek Aerius 5 mg.", "text_replaces_visit"),
    ("Tel-kontroll efter ögonop, viss rodnad, förlänger droppbehandlingen 2 v.", "phone_replaces_visit"),
    ("Tel med pat, sömnen sämre, la om behandlingen till Propavan.", "phone_replaces_visit"),
    ("Videosamtal m pat, KBT-i sessjon 2, ny sömnrestriktion 00-06.", "video_visit"),
])
def test_decision_wording(text, expected):
    assert cat(text) == expected


def test_a_decision_next_to_a_continuation_is_read_but_may_be_vetoed():
    # Since the refit with sets 33-36 the text model gives this sentence p = 0.09 for phone_replaces_visit
    # ("fortsätter" reads like an unchanged plan), just under the veto line. Over the blind runs of sets 21-36,
    # vetoes between p 0.08 and 0.10 stopped 7 wrong answers and 3 right ones, so the line stays (decision
    # record 0002). The decision word is still read, and the answer is never another category.
    text = "Telefon med pat om knät, MR beställd och sjukgymnastik fortsätter."
    assert fact(text, "medical_assessment") is True
    assert cat(text) in ("phone_replaces_visit", None)


@pytest.mark.parametrize("text", [
    "Pat ringer och undrar om hon kan ök dosen själv.",                 # a request, not a decision
    "Tel pat, fortsätter befintlig kräm som tidigare.",                 # continuing, not new
    "Pat ringde, mår ok, inga nya besvär.",                             # "ok" is not "ök"
])
def test_decision_wording_neighbours_are_not_decisions(text):
    assert fact(text, "medical_assessment") is not True


def test_extending_a_prescription_stays_a_renewal():
    assert fact("Tel pat, förlänger recept på Levaxin 3 mån.", "medical_assessment") != True  # noqa: E712


# --- 2. Journal wording: shortened forms, a note written, and a note explicitly not written -----------
@pytest.mark.parametrize("text, expected", [
    ("Chatt inom SoB, pat fick svar om nästa steg, journalanteckn skriven.", True),
    ("Videosamtal i Stöd och behandling, dok i journal.", True),
    ("Kort svar i SoB-programmet, anteckning skriven i journalen.", True),
    ("Svarade pat i Stöd och behandling, skrev inget i journalen.", False),
    ("Kort hälsning i SoB, inget dokumenterat i journalen.", False),
])
def test_journal_wording(text, expected):
    assert fact(text, "journal_documented") is expected


# --- 3. Self-report forms on 1177 without anyone in care taking part ---------------------------------
@pytest.mark.parametrize("text", [
    "Symtomskattning inför återbesöket ifylld av pat i 1177, ingen kontakt med ssk.",
    "EPDS inskickat via 1177, ingen kontakt med barnmorskan.",
    "Pat har fyllt i IPSS i 1177, ingen personal inblandad.",
])
def test_self_report_forms(text):
    assert fact(text, "activity") == "self_report_form"
    assert cat(text) == "no_registration"


# --- 4. SAFETY: organisations and roles outside the unit as caller; the patient not present ----------
@pytest.mark.parametrize("text", [
    "Frivården ringer ang pat:s provtagning.",
    "Tandvården mejlar om pat:s blodförtunnande inför extraktion.",
    "Tandläkaren hörde av sig ang pat, svar lämnat.",
    "Kuratorn på neonatalavdelningen ringde om familjen, ingen förälder deltog.",
    "Infektionsjouren konsulterad per tel om pat:s antibiotika.",
    "Rehabkoordinatorn kontaktade oss om pat:s återgång i arbete, pat ej närvarande.",
])
def test_outside_roles_as_caller_are_staff(text):
    assert cat(text) in ("staff_about_patient", None)
    assert fact(text, "counterpart") in ("staff", None)


@pytest.mark.parametrize("text, expected", [
    ("Kurator ringde pat, stödsamtal 30 min.", "patient"),               # our own role calling the patient
    ("Pappan ringde om dottern som har feber.", "representative"),
])
def test_outside_roles_neighbours(text, expected):
    assert fact(text, "counterpart") == expected


def test_consulting_a_doctor_during_a_call_is_not_a_staff_contact():
    text = "Tel-uppföljning efter cytostatika, illamående, Postafen tillagt efter samråd m läk."
    assert fact(text, "counterpart") != "staff"


def test_a_video_consultation_is_with_the_patient():
    assert fact("Videokonsultation hudmott, psoriasis bedömd, start Dovobet gel.", "counterpart") != "staff"


def test_the_destination_of_a_referral_is_not_the_counterpart():
    text = "Sonen, som är ombud, ringde och undrade om remissen till hemtjänsten gått iväg."
    assert fact(text, "counterpart") == "representative"


# --- 5. SAFETY: coming in now is the same day -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Mamma ringer om sonen med hög feber, de kommer in till oss nu.",
    "Tel pat, bröstsmärta, ska komma in nu för EKG på vc.",
])
def test_coming_in_now_is_triage(text):
    assert fact(text, "same_day_visit_same_unit") is True
    assert cat(text) in ("triage", None)


def test_now_without_coming_in_is_not_a_same_day_visit():
    assert fact("Tel pat, mår bättre nu, fortsätter som tidigare.", "same_day_visit_same_unit") is not True


# --- 6. SAFETY: a missed booked phone or video time is a no-show ----------------------------------------
@pytest.mark.parametrize("text", [
    "Missad videotid, pat loggade aldrig in.",
    "Pat missade sin telefontid hos dietisten.",
    "Pt nåddes ej på bokad tid för telefonbesök.",
])
def test_missed_booked_time_is_a_no_show(text):
    assert fact(text, "activity") == "no_show"
    assert cat(text) in ("note", None)


# --- 7. SAFETY: a booked visit without a day is the triage question -------------------------------------
def test_booked_time_without_day_asks():
    text = "Pat ringde, halsont sedan i förrgår, bokad tid hos läk."
    assert "same_day_visit_same_unit" not in extract(text)
    assert cat(text) is None


# --- 8. "besvär" is a complaint, not an answer ------------------------------------------------------------
def test_complaint_is_not_a_written_channel():
    assert fact("Pat har besvär med magen, vill ha råd.", "channel") != "text"
    assert fact("Besvarade pat:s fråga i 1177.", "channel") == "text"


# --- 9. Negative results sent as information --------------------------------------------------------------
def test_negative_result_sent_is_information():
    assert cat("Urinodling neg, besked skickat till pat via 1177.") == "text_message"


# --- 10. Spoken contact without a named channel; SoB named as the place of iKBT ---------------------------
def test_talked_with_the_patient_is_read_as_a_call():
    assert fact("Pratade med pat, fortsätter Levaxin som förut.", "channel") == "phone"


def test_a_comment_in_ikbt_is_on_the_platform():
    assert fact("Svarade på pat:s kommentar i iKBT, ingen journalanteckning.", "sob_program") is True
    assert cat("Svarade på pat:s kommentar i iKBT, ingen journalanteckning.") == "no_registration"
    assert "sob_program" not in extract("Erbjuden iKBT, pat ska fundera.")


# --- 11. Families left open on the fifth set, fixed in the same revision --------------------------------
@pytest.mark.parametrize("text, expected", [
    # an earlier decision or a scheduled follow-up "enligt plan" is not a new decision
    ("Meddelande till pat via 1177: Waran fortsätter enligt tidigare beslut.", "text_message"),
    ("Tel pat: planen ligger fast, fortsätt Fosamax som tidigare beslutat.", "phone_call"),
    ("Telefonuppföljning enl plan, blodsocker högt, ök Metformin till 1 g x 2.", "phone_replaces_visit"),
    # a written date is another day; a clock time with no day is today
    ("Pappa ringer, undrar om vaccination, tid bokad 14/6 kl 10.", "phone_call"),
    ("Pat ringer, akut ryggskott, får komma till mottagningen kl 14.", "triage"),
    # an incoming letter that is scanned is a note, whatever it came by
    ("Brev från Pensionsmyndigheten inkommet och skannat.", "note"),
    # a fee for a missed visit is administration
    ("Ombud ringde om avgiften för ett uteblivet besök i våras, hänvisad till kundtjänst.", "phone_call"),
    # results noted without contact
    ("Noterat: Hb 128, krea 80, ingen kontakt med pat.", "note"),
    ("Utlåtande från röntgen inkommet, noteras.", "note"),
    # forms in compounds, handovers, dental care as caller, English decisions
    ("Pat har fyllt hälsoenkäten digitalt inför besöket, ingen kontakt med personal.", "no_registration"),
    ("Överrapportering per tel till hemsjukvården om pat:s såromläggning.", "staff_about_patient"),
    ("Tandhygienist från Folktandvården ringer ang pat:s Eliquis.", "staff_about_patient"),
    ("Phone follow-up, BP still high, adding Enalapril 5 mg.", "phone_replaces_visit"),
    ("Distansbesök bild+ljud, bedömt som bältros, Valaciklovir 1 g x 3 i 7 d.", "video_visit"),
])
def test_fifth_set_families(text, expected):
    assert cat(text) == expected


def test_a_phone_number_is_not_a_phone_call():
    assert fact("Skriftligt meddelande via 1177 till pat med mottagningens telefonnummer.", "channel") == "text"


def test_a_written_consultation_is_with_the_patient():
    text = "Skriftlig konsultation via 1177, pat:s klåda bedömd, start Atarax 25 mg."
    assert fact(text, "counterpart") != "staff"
