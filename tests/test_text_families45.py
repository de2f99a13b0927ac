"""Regression tests per failure family found on the 45th to 48th evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from vardkontakt.text._normalize import normalize

from text_cases import cat, fact


@pytest.mark.parametrize("written, normalized", [
    ("S&B video", "sob video"),
    ("Stöd&beh", "stod och behandling"),
    ("jnl skriven", "journal skriven"),
    ("Typ: tel. Med: kurator", "typ telefon , med kurator"),
])
def test_shorthand_and_template_labels(written, normalized):
    assert normalize(written).text == normalized


@pytest.mark.parametrize("text, expected", [
    ("S&B tel m pat, ingen jnl-ant", False),
    ("SOB-video, plan ändrad, jnl ok", True),
    ("Typ: meddelande i SoB. Journal: ingen", False),
    ("Typ: tel i SoB. Journal: ja", True),
])
def test_journal(text, expected):
    assert fact(text, "journal_documented") is expected


@pytest.mark.parametrize("text, key, value", [
    ("Typ: tel. Med: ambulanssjuksköterska. Innehåll: pats mediciner", "counterpart", "staff"),
    ("Vårdcentralen ringde mig om pats dos", "counterpart", "staff"),
    ("Dosapoteket kontaktat om pats dosrulle", "counterpart", "staff"),
    ("Videotid bokad med pat men ingen anslöt", "activity", "no_show"),
    ("Meddelande via 1177 till alla i astmaskolan om ny lokal", "activity", "general_message"),
    ("Pat ringde, fick tid till ssk på vår enhet senare idag", "same_day_visit_same_unit", True),
])
def test_words(text, key, value):
    assert fact(text, key) == value


def test_nothing_more_to_do_is_no_decision():
    assert fact("Ringde pat, biopsin godartad, inget mer behöver göras", "medical_assessment") is False


def test_a_template_line_decides():
    assert cat("Typ: tel. Med: ambulanssjuksköterska. Innehåll: pats mediciner inför transport") == "staff_about_patient"
