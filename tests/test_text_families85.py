"""Regression tests per failure family found on the 85th to 88th evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from text_cases import fact


@pytest.mark.parametrize("text, key, value", [
    # the emergency department as the writer's own unit, when the words say so
    ("Ringde pat, CRP stigit, ska tillbaka till akuten idag", "same_day_visit_same_unit", True),
    ("Ringde pat, får komma till oss på akuten igen i eftermiddag", "same_day_visit_same_unit", True),
    ("Ringde pat, hänvisad till akuten idag", "same_day_visit_same_unit", False),
    # the team going out the same day
    ("Maken ringde, pat orolig, vi i teamet åker hem till pat ikväll", "same_day_visit_same_unit", True),
    ("Tel m pat, läk ringer tillbaka i dag med besked", "same_day_visit_same_unit", False),
    ("tfn, elev ont i magen, ner till mig direkt", "same_day_visit_same_unit", True),
    ("Video, helt administrativt, ej medicinsk bedömning", "medical_assessment", False),
    ("tfn habiliteringen ang elev", "counterpart", "staff"),
    ("ehm om elev, elev ej med", "counterpart", "staff"),
    ("sms till mentor om elev", "counterpart", "staff"),
    ("Tel m pat, svar lämnat, start blir enligt tidigare plan", "medical_assessment", False),
])
def test_words(text, key, value):
    assert fact(text, key) == value
