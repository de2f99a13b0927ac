"""Regression tests per failure family found on the eleventh and twelfth evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set. Safety families
accept an abstention where a wrong category would be the alternative.
"""
from __future__ import annotations

import pytest

from vardkontakt.text._classify import classify_with, model
from vardkontakt.text._extract import extract

from text_cases import cat, fact


# --- SAFETY: the text model never settles whether a contact was journalled or whether anything was assessed
# when nothing clinical was said; readers need a few words to read.
@pytest.mark.parametrize("text", [
    "SoB-behandlaren ringde pat och gick igenom veckans skattningar, samtalet tog en kvart.",
    "Jag har pratat med patienten i video idag, hon loggade in själv med bankid och sonen var med.",
    "Digitalt möte med vårdnadshavaren, BankID-inloggning, ca 45 min, barnet satt bredvid.",
    "Videobesök gjort. Se journal.",
])
def test_model_never_answers_what_only_the_writer_knows(text):
    assert cat(text) is None


# --- who the contact was with ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Bm mejlade förlossningen om pat inför förlossningsplaneringen.", "staff"),
    ("Tfn med palliativa teamet på lasarettet om pats smärtpump, enades om ny dos.", "staff"),
    ("Mejl från företagshälsovården om pats återgång i arbete, besvarat med rehabplanen.", "staff"),
    ("Tel med företagssköterskan om anpassade arbetsuppgifter, pat var inte med i samtalet.", "staff"),
])
def test_outside_parties_are_staff(text, expected):
    assert fact(text, "counterpart") == expected


@pytest.mark.parametrize("text", [
    "Videomöte med mamma och sonen 12 år om magont, han är borta från skolan ofta. Läk bedömde, remiss till BUM.",
    "Video, pat visade köket med kameran, jag bedömde fallrisken och förskrev rollator, hemtjänsten informeras av pat.",
    "1177: pat ber om nytt recept på Levaxin, ärendet skickat till läk.",
])
def test_places_and_later_hand_overs_are_not_the_counterpart(text):
    assert fact(text, "counterpart") != "staff"


# --- same day, no-shows, general messages, decisions ----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("ASIH ssk ringde pat, mer andfådd, bedömt med läk, morfin vb höjs, inget extra hembesök behövs idag.",
     "phone_replaces_visit"),
    ("Pt ringer, ont i magen, ssk bokar in honom hos läk på eftermidagen på vår vc.", "triage"),
    ("Ssk: pat ringde med panikkänsla, erbjöd samtal hos vår kurator kl 14 idag.", "triage"),
    ("Allmän info via 1177 till alla som går i gruppen: nya öppettider.", "no_registration"),
    ("Veckoskattning inskickad i SoB-programmet, behandlaren har inte varit i kontakt med pat.", "no_registration"),
    ("Sårfoto via 1177, ssk bedömde läkningen och bytte till silverförband. Ingen tid bokad.", "text_replaces_visit"),
    ("Föräldrar och 14-åring i videomötet, aknen har inte svarat på kräm, vi påbörjar doxycyklin.", "video_visit"),
])
def test_eleventh_and_twelfth_set_families(text, expected):
    assert cat(text) == expected


def test_a_patient_who_has_not_logged_in_for_weeks_is_not_a_no_show():
    assert fact("Behandlaren ringde pat som inte loggat in på två veckor, ingen ändring, journalfört.",
                "activity") == "dialogue"


def test_a_new_time_booked_without_a_day_asks():
    assert "same_day_visit_same_unit" not in extract("tel pat, ny tid bokad hos dr")


def test_a_future_video_visit_is_not_the_channel():
    assert fact("Skriftlig info till pat inför videobesöket på tisdag om inloggning.", "channel") == "text"


def test_earlier_investigation_is_background_not_no_decision():
    text = "Tel.bedömning, panikattacker, inget somatiskt enl tidigare utredning, aktiverar iKBT-programmet efter samtalet."
    assert fact(text, "medical_assessment") is True


def test_proposals_still_work_on_clinical_text():
    text = ("Uppföljning efter knäoperationen via videolänk, svullnaden har lagt sig och rörligheten är god, "
            "får gå utan kryckor.")
    assert classify_with(text, model(), use_readers=False)["category"] == "video_visit"
