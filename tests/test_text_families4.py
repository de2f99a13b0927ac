"""Regression tests per failure family found on the fourth evaluation set (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set. Each family
has sentences the change must handle and neighbours that must keep their reading. The safety
families (who the contact was with, same-day visits) accept an abstention where a wrong category
would be the alternative: the point is that they never return the wrong one.
"""
from __future__ import annotations

import pytest

from vardkontakt.text import classify

from text_cases import cat, cat_from_words, fact


# --- 1. SAFETY: an authority or organisation as the caller or addressee is staff ---------------------
@pytest.mark.parametrize("text", [
    "Polisen ringer och vill veta om pat är inskriven hos oss.",
    "Kriminalvården mejlade ang pat:s medicinering.",
    "Tingsrätten begär utlåtande om pat, svar skickat per post.",
    "Samtal med handläggare på Arbetsförmedlingen om pat:s arbetsträning.",
    "Apoteket hör av sig, oklart om pat:s insulin ska bytas.",
    "Möte på Teams med socialsekreterare angående barnet, vh ej med.",
    "Skickat brev till Migrationsverket om pat:s vårdbehov.",
])
def test_authorities_are_staff(text):
    assert fact(text, "counterpart") == "staff"
    assert cat(text) in ("staff_about_patient", None)


@pytest.mark.parametrize("text, expected", [
    ("Pappa ringer ang intyg till förskolan, skickas hem.", "phone_call"),   # where a certificate goes
    ("Pat ringer, vill ha intyg till Försäkringskassan, skickas.", "phone_call"),
    ("Tel pat, e-recept skickat till apoteket efter bedömning av urinvägsinfektion, nitrofurantoin insatt.",
     "phone_replaces_visit"),
])
def test_destinations_of_papers_are_not_the_counterpart(text, expected):
    assert cat(text) == expected


@pytest.mark.parametrize("text", [
    "Någon ringde och frågade om pat, ville inte uppge namn.",
    "Samtal angående pat, oklart med vem.",
])
def test_patient_only_as_topic_is_not_assumed_to_be_the_counterpart(text):
    assert fact(text, "counterpart") in (None, "staff")
    assert cat(text) is None


# --- 2. SAFETY: a professional named as performer or consulted is not the counterpart ----------------
@pytest.mark.parametrize("text, expected", [
    ("Stödsamtal per telefon m psykolog 50 min, ersätter besöket på mottagningen.", "phone_replaces_visit"),
    ("Behandlande samtal via video med kurator, BankID, 45 min.", "video_visit"),
    ("Sjukvårdsrådgivning: kvinna 40 år med yrsel, läk konsulterad, pat ombeds komma in direkt.", "triage"),
])
def test_performer_and_consulted_colleague(text, expected):
    assert cat(text) in (expected, None)
    assert cat(text) != "staff_about_patient"


@pytest.mark.parametrize("text", [
    "Konsulterade ortoped per mejl ang pat:s röntgenbild.",
    "Tel m kurator på vc om pat, överlämning inför samtalsbehandling.",
    "Diskuterade pat m geriatrikkonsult per telefon.",
])
def test_consulting_about_the_patient_without_the_patient_stays_staff(text):
    assert cat(text) == "staff_about_patient"


# --- 3. SAFETY: same-day visits; coming in without a day asks ----------------------------------------
@pytest.mark.parametrize("text", [
    "Tel pat, bröstsmärta, ombeds komma till vc genast.",
    "Pat ringer m hög feber, kommer hit med en gång för bedömning.",
    "Tfn: barn med andningsljud, ssk vill se barnet, kommer in inom en halvtimme.",
    "Mamma ringer, barnet tas emot på mottagningen i eftermiddag.",
    "Ringtid: pat m ögonskada, får tid kl 14 i dag hos oss.",
])
def test_same_day_cues(text):
    assert cat(text) == "triage"


@pytest.mark.parametrize("text", [
    "Tel pat m ont i örat, får komma in till mottagningen.",
    "Pat ringer, ssk vill se hen på mottagningen.",
])
def test_coming_in_without_a_day_asks(text):
    assert cat(text) is None
    assert fact(text, "same_day_visit_same_unit") is None


@pytest.mark.parametrize("text, expected", [
    ("Tel pat, läk bedömer eksemet, sätter in kortisonkräm, pat behöver inte komma in.", "phone_replaces_visit"),
    ("Pat ringer och bokar om sin tid, bokat återbesök om två veckor.", "phone_call"),
    ("Pat ringer för tid, fullbokat hos oss idag, hänvisas till jourcentralen.", "phone_call"),
])
def test_not_same_day_or_not_same_unit(text, expected):
    assert cat(text) == expected


def test_sent_to_emergency_care_is_a_decision_at_another_unit():
    text = "Pat ringer m sned fot efter fall, hänvisas till akuten för röntgen."
    assert fact(text, "same_day_visit_same_unit") is False and fact(text, "medical_assessment") is True
    # the text model finds this reading rare (p just under 0.10): abstaining is its cost, never another category
    assert cat(text) in ("phone_replaces_visit", None)


# --- 4. explicit replaced visit, decision verbs and channels -----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Återuppringning: ersatte det planerade besöket, läk ändrar dosen av Elvanse.", "phone_replaces_visit"),
    ("Fysioterapi via video 30 min, ersätter det ordinarie besöket.", "video_visit"),
    ("Tel pat, sjukskriver ytterligare två veckor efter bedömning.", "phone_replaces_visit"),
    ("Telefontid läk: halsfluss, skriver rp på PcV.", "phone_replaces_visit"),
    ("1177-meddelande: beställer labb (B12, folat) efter bedömning av domningar.", "text_replaces_visit"),
    ("Svar i e-tjänsten, byter preparat till Ezetrol pga muskelvärk.", "text_replaces_visit"),
    ("Distansbesök med bild, dosjustering av Concerta till 36 mg.", "video_visit"),
    ("Asynkron chatt m pat: dosökning av Sertralin till 75 mg.", "text_replaces_visit"),
])
def test_replaced_visit_and_decision_families(text, expected):
    assert cat(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bekräftat mottagningstiden per telefon m pat.", "phone_call"),
    ("Ringde pat flera gånger, ingen svarade.", "note"),
    ("Sökte mamman på telefon, ingen som lyfte.", "note"),
    ("Meddelande via e-tjänst: oförändrad behandling, planen kvarstår.", "text_message"),
    ("Svar via 1177: receptet förnyat, känd hypertoni, inga nya besvär.", "text_message"),
    ("Skriver till pat via 1177 om provsvaren, allt normalt.", "text_message"),
])
def test_administrative_and_no_answer_families(text, expected):
    assert cat(text) == expected


def test_a_booking_alone_is_read_and_the_signal_may_still_ask():
    # as in test_text_families3: the signal vetoes this short line since sets 57-60; the words decide it
    text = "Tel m pat, bokat återbesök om tre veckor."
    assert cat_from_words(text) == "phone_call"
    assert cat(text) in ("phone_call", None)


# --- 5. no registration and SoB ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Frivillig föräldragrupp digitalt om barns språk, ingen individuell kontakt.",
    "Frivilligt informationstillfälle online om diabetes för nydebuterade.",
])
def test_voluntary_meetings(text):
    assert cat(text) == "no_registration"


def test_next_module_in_sob_with_a_message_is_a_text_message():
    r = classify("Stöd och behandling: aktiverade nästa modul, skickade meddelande till pat, journalfört.")
    assert r["category"] == "text_message"
    assert r["pmo"]["attributes"] == ["SOB"]


def test_program_started_is_still_a_decision():
    assert fact("Tel pat, aktiverat sömnprogram i Stöd och behandling efter bedömning.", "medical_assessment") is True


def test_own_platform_is_not_sob():
    r = classify("iKBT på klinikens egen plattform: individuell återkoppling på hemuppgiften via meddelande.")
    assert r["category"] == "text_replaces_visit"


@pytest.mark.parametrize("text", [
    "Tel pat ang tid, bekräftade direkt att tiden gäller.",          # "direkt" about confirming, not coming in
    "Ringde pat direkt efter provsvaret, normalt, ingen åtgärd.",
    "Tel pat, ska komma in på återbesök om 3 v.",                     # coming in on a named later day
    "Pat ringer, ska inte komma in direkt, avvaktar till imorgon.",
])
def test_at_once_words_only_count_for_coming_in(text):
    assert fact(text, "same_day_visit_same_unit") is not True
    assert cat(text) != "triage"
