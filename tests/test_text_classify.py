"""Free-text classification: edges, staff shorthand, negation, abstention, shape."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from vardkontakt.engine import decide
from vardkontakt.text import classify

from text_cases import cat

DECIDE_KEYS = set(decide({}).keys())


# --- the tricky edges named in the guideline -------------------------------
def test_no_show_for_booked_video_is_note_with_uteblivit():
    r = classify("Pat uteblev från bokat videobesök.")
    assert r["category"] == "note"
    assert r["pmo"]["attributes"] == ["Uteblivit"]
    assert r["pasis"] is None
    assert r["facts"]["activity"]["value"] == "no_show"


@pytest.mark.parametrize("text", [
    "Mejlade kollega på kirurgen ang. pat.",
    "Ringde hemtjänsten om pat:s medicinering.",
    "Försäkringskassan ringer ang pats sjukskrivning.",
    "Möte med socialtjänsten om pat, pat ej närvarande.",
])
def test_staff_about_patient_by_any_channel(text):
    assert cat(text) == "staff_about_patient"


@pytest.mark.parametrize("text", [
    "Pat har fyllt i självskattning i SoB, ingen kontakt med behandlare.",
    "Svarade pat i Stöd och behandling, ingen journalanteckning.",
    "Tel med pat inom SoB, ej journalfört.",
])
def test_sob_without_contact_or_without_journal_is_no_registration(text):
    assert cat(text) == "no_registration"


def test_call_leading_to_same_day_visit_same_unit_is_triage():
    r = classify("Pat ringde med feber, fick tid samma eftermiddag på vårdcentralen.")
    assert r["category"] == "triage"
    assert r["facts"]["same_day_visit_same_unit"]["value"] is True


def test_sob_contact_gets_sob_and_uw040():
    r = classify("Behandlaren i SoB skrev till pat och ändrade behandlingsplanen, journalfört.")
    assert r["category"] == "text_replaces_visit"
    assert r["pmo"]["attributes"] == ["SOB"] and r["pasis"]["kva"] == ["UW040"]


# --- the examples from the issue -----------------------------------------
def test_issue_examples():
    r = classify("Ringde upp pat och lämnade normalt provsvar")
    assert r["category"] == "phone_call"
    assert r["facts"]["channel"] == {"value": "phone", "evidence": ["Ringde"]}
    r = classify("Videobesök med BankID, läk bedömde utslaget och satte in ny behandling")
    assert r["category"] == "video_visit"
    assert r["facts"]["identity_verified"]["value"] is True


# --- regression: "inloggning" as identification is not an administrative topic ---
@pytest.mark.parametrize("text", [
    "Videobesök med BankID-inloggning, läk bedömde utslaget och satte in ny behandling.",
    "Videobesök, inloggning med mobilt BankID. Läk bedömde utslaget och satte in ny behandling.",
])
def test_bankid_login_is_identification_not_administration(text):
    r = classify(text)
    assert r["category"] == "video_visit"
    assert r["facts"]["identity_verified"]["value"] is True
    assert r["facts"]["medical_assessment"]["value"] is True


def test_login_trouble_is_still_administrative():
    r = classify("Pat ringer, har problem med inloggningen i 1177.")
    assert r["category"] == "phone_call"
    assert r["facts"]["medical_assessment"]["value"] is False


# --- how staff write -----------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("tel m pat ang. hosta, bedömt, startar pc", "phone_replaces_visit"),
    ("Ssk ringde pat, labb u.a., ingen åtgärd", "phone_call"),
    ("usk ringde vh ang ombokning", "phone_call"),
    ("Tfn pat pga UVI, bedömning, förskriver antibiotika", "phone_replaces_visit"),
    ("god man ringer och frågar om kallelsen", "phone_call"),
    ("Anhörig ringer, undrar över besökstider", "phone_call"),
    ("Kollega på särskilt boende ringde om pat", "staff_about_patient"),
])
def test_abbreviations_and_representatives(text, expected):
    assert cat(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("videobesok med bankid, lak bedomde utslaget och satte in ny behandling", "video_visit"),
    ("ringde pat, provsvaret normalt, ingen andring", "phone_call"),
    ("pat uteblev fran videobesoket", "note"),
    ("skrev till pat via 1177, bedomt besvaren, hojer dosen", "text_replaces_visit"),
    ("Vidoebesök, bedömning av eksem, ny kräm insatt", "video_visit"),  # typo
])
def test_without_diacritics_and_with_typos(text, expected):
    assert cat(text) == expected


@pytest.mark.parametrize("verb", ["ringer", "ringde", "har ringt", "ringt"])
def test_tenses(verb):
    r = classify(f"Pat {verb} och frågar om tolk till besöket")
    assert r["category"] == "phone_call"
    assert r["facts"]["channel"]["value"] == "phone"


def test_negation():
    assert classify("Ringde pat, ingen ändring av behandlingen")["facts"]["medical_assessment"]["value"] is False
    assert cat("Pat kom inte till videobesöket") == "note"
    assert cat("Formulär ifyllt av pat i 1177 utan kontakt med behandlare") == "no_registration"
    assert cat("Meddelande i SoB, journalförs inte") == "no_registration"
    assert cat("Förnyat recept via 1177 på känd medicin, utan ny bedömning") == "text_message"
    r = classify("Möte om pat utan att pat var närvarande, med kurator på socialtjänsten")
    assert r["category"] == "staff_about_patient"


# --- abstention ------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   ", "asdf qwerty", "The patient called about his prescription.", "...", "12345"])
def test_empty_nonsense_and_other_languages_abstain(text):
    r = classify(text)
    assert r["category"] is None and r["register"] is None
    assert r["confidence"] == 0.0
    assert r["missing"] and r["next_question"] is not None


@pytest.mark.parametrize("text,fact", [
    ("ringde pat", "medical_assessment"),
    ("Videosamtal med pat", "medical_assessment"),
    ("Kontakt i SoB med pat, svarat på frågor", "journal_documented"),
])
def test_genuinely_unclear_texts_ask_the_settling_question(text, fact):
    r = classify(text)
    assert r["category"] is None
    assert fact in r["missing"]
    assert r["next_question"]["options"]


def test_defaults_are_visible_and_cost_confidence():
    r = classify("Ringde upp pat och lämnade normalt provsvar")
    assert r["facts"]["sob_program"] == {"value": False, "evidence": ["(inte nämnt)"]}
    assert r["facts"]["same_day_visit_same_unit"]["evidence"] == ["(inte nämnt)"]
    assert 0.5 < r["confidence"] < 0.95


# --- shape -------------------------------------------------------------------
def test_shape():
    r = classify("Skickat normalt provsvar via 1177, ingen ändring.")
    assert DECIDE_KEYS <= set(r)
    assert 0.0 <= r["confidence"] <= 1.0
    for key, f in r["facts"].items():
        assert set(f) == {"value", "evidence"} and f["evidence"] and all(isinstance(e, str) for e in f["evidence"])
    assert r["evidence"] and all({"id", "text_sv", "category"} <= set(e) for e in r["evidence"])
    json.dumps(r, ensure_ascii=False)


def test_registration_equals_decide_of_facts_on_training_texts():
    path = Path(__file__).resolve().parent.parent / "src" / "vardkontakt" / "text" / "data" / "train.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        r = classify(json.loads(line)["text"])
        d = decide({k: v["value"] for k, v in r["facts"].items()})
        assert {k: r[k] for k in DECIDE_KEYS} == d
