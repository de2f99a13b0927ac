"""Regression tests per failure family found on the 49th to 52nd evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from text_cases import fact


@pytest.mark.parametrize("text, key, value", [
    ("Ringde pat, proverna fina, vi ändrar ingenting", "medical_assessment", False),
    ("Tel m pat i SoB, ändrade planen men har ente journalfört", "journal_documented", False),
    ("SoB-video, ny övning, jour skriven", "journal_documented", True),
    ("Allmänt meddelande i 1177 om nya telefontider i sommar", "activity", "general_message"),
    ("Tel m distriktssköt ang pats sår", "counterpart", "staff"),
    ("Ambulanspers ringde om pat", "counterpart", "staff"),
    ("Pat loggat blodtryck i SoB-dagboken, ingen kontakt", "activity", "self_report_form"),
    ("Pat ringde om färdtjänst till besöket", "medical_assessment", False),
    ("Textsvar: Ventoline förnyad, inget nytt bedömt", "medical_assessment", False),
    ("Tel, pat vill byta tid -> ombokad", "medical_assessment", False),
    ("Telefonkontakt, hänvisad till egen mottagning idag 15.00", "same_day_visit_same_unit", True),
    ("S&B tel m pat, plan ändrad, jnl skriven", "medical_assessment", True),
])
def test_words(text, key, value):
    assert fact(text, key) == value
