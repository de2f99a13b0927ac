"""Regression tests per failure family found on the 27th and 28th evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from vardkontakt.text._normalize import normalize

from text_cases import cat, fact


@pytest.mark.parametrize("written, normalized", [
    ("Tel-bes ssk", "telefonbesok sjukskoterska"),
    ("tel-uppf", "telefonuppfoljning"),
    ("barnläk", "barnlakare"),
    ("diabetesssk", "diabetessjukskoterska"),
    ("läkarbes", "lakarbesok"),
    ("ist f åb", "i stallet f aterbesok"),
    ("rem ortoped", "remiss ortoped"),
    ("ingen journ.ant.", "ingen journalanteckning ,"),
    ("Dietist vk", "dietist videokontakt"),
])
def test_shorthand_is_spelled_out(written, normalized):
    assert normalize(written).text == normalized


@pytest.mark.parametrize("text", [
    "Tel-uppf efter op, smärtlindring ändrad",
    "video m pat, metformin ökad",
    "Tel m pat, ångest bed, 1177-prog aktiverat efter samtalet",
    "SoB-tel m pat, behandlingen förlängs med två moduler",
    "video m pat, sömnövningarna lades om",
])
def test_a_change_in_shorthand_is_a_decision(text):
    assert fact(text, "medical_assessment") is True


@pytest.mark.parametrize("text", [
    "video m pat, kreatinin ökat",
    "1177: nästa del av programmet har aktiverats",
    "Skrev till pat att vi kör på som vi sa",
])
def test_findings_and_agreed_plans_are_not_decisions(text):
    assert fact(text, "medical_assessment") is not True


@pytest.mark.parametrize("text", [
    "Tel m avd 4 om pat",
    "Infektionsläk konsulterad per tel ang pat",
    "Barnpsykiatrin ringde ang gemensam pat",
    "mejl t ssk på korttids ang pat",
])
def test_other_units_in_shorthand_are_staff(text):
    assert fact(text, "counterpart") == "staff"


def test_a_failed_bankid_login_is_not_a_no_show():
    text = "Pat kom inte in med BankID, vi tog videobesöket ändå och läk bedömde utslaget"
    assert fact(text, "activity") != "no_show"


def test_treatment_outside_sob_is_not_sob():
    text = "Behandlaren skickade ett meddelande i vår egen iKBT, som ges utanför Stöd och behandling"
    assert fact(text, "sob_program") is False


@pytest.mark.parametrize("text, expected", [
    ("Pat ringde, fick komma hit några timmar senare samma dag", True),
    ("Pat ringer, dålig, ska komma in till oss vid tio", True),
])
def test_same_day_shorthand(text, expected):
    assert fact(text, "same_day_visit_same_unit") is expected


@pytest.mark.parametrize("text, expected", [
    ("Telbes ist f åb, läk bed, sjukskr förl 2 v", "phone_replaces_visit"),
    ("Pratade med pat i telefon om kosten, ny plan gjord, det blev istället för besöket", "phone_replaces_visit"),
    ("vidbes, diabetes, insulin justerat", "video_visit"),
    ("1177-medd till pat: remiss skickad, väntetid ca 2 mån", None),
    ("Remissvar MR knä noterat, ua. Pat ej kontaktad.", "note"),
])
def test_terse_lines_decide(text, expected):
    assert cat(text) == expected
