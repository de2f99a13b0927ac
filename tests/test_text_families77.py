"""Regression tests per failure family found on the 77th to 80th evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from text_cases import fact


@pytest.mark.parametrize("text, key, value", [
    ("SoB: svarat pt i prog, journanteckn gjord", "journal_documented", True),
    ("SoB: kort tfn m pt, journfors ej", "journal_documented", False),
    ("SoB-prog: svar på kommentar, journalfrt", "journal_documented", True),
    ("Video i Stöd och behandling, ny plan, journal finns", "journal_documented", True),
    ("Behandlaren ringde pat i programmet, ingen journal skrivs", "journal_documented", False),
    ("Tel m pat, BT lågt, minskat Entresto", "medical_assessment", True),
    ("Video, eGFR sjunkit, dosreducerar Eliquis", "medical_assessment", True),
    ("1177: bedömt och förnyat i lägre dos", "medical_assessment", True),
    ("Telefonbesök, Cerazette ersattes med p-ring", "medical_assessment", True),
    ("Tel m pat, PAD benign, beslöts om ny biopsi", "medical_assessment", True),
    ("Tel m pat, östrogendosen ökades", "medical_assessment", True),
    ("Det bokade besöket ersattes av ett telefonsamtal, ny dos", "replaces_visit", True),
    ("Läkaren svarade skriftligt, ny behandling, som ett besök", "replaces_visit", True),
    ("Histologisvar efter biopsin noterat, ingen kontakt", "activity", "test_result_noted"),
    ("S-litium 0,8 noterat, ingen kontakt m pt", "activity", "test_result_noted"),
    ("HPV-test togs av barnmorskan inför besöket", "activity", "sampling"),
    ("socialtj ringer om pt, pt ej med", "counterpart", "staff"),
    ("tfn akutpsyk ssk, överrapp om pt", "counterpart", "staff"),
    ("Massmeddelande i 1177 till alla på listan", "activity", "general_message"),
    ("Pat ringde, frågar hur man kommer till vårdcentralen", "same_day_visit_same_unit", False),
])
def test_words(text, key, value):
    assert fact(text, key) == value
