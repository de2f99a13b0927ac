"""Regression tests per failure family found on the 81st to 84th evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from text_cases import fact


@pytest.mark.parametrize("text, key, value", [
    ("Svar på DT thorax inkommet, genomläst och noterat", "activity", "test_result_noted"),
    ("TSH-svaret från labbet har kommit, normalt, noterat", "activity", "test_result_noted"),
    ("Noterat: PAD benign. Pt ej kontaktad", "activity", "test_result_noted"),
    ("PSA taget på lab inför besöket", "activity", "sampling"),
    ("Meddelande till pats husläkare om fortsatt behandling", "counterpart", "staff"),
    ("Tfn m uroterapeuten om pat", "counterpart", "staff"),
    ("Ringde hemtjänstens gruppledare om pats övningar", "counterpart", "staff"),
    ("Socialsekr tfn om pt, pt ej med", "counterpart", "staff"),
    ("tfn m pt, öronvärk, fick lucka idag 15.00", "same_day_visit_same_unit", True),
    ("Pat ringer om förnyelse, ingen bedömning gjord i samtalet", "medical_assessment", False),
    ("Mamma ringde om kursen, när den börjar och om den kostar något", "medical_assessment", False),
    ("Meddelande till pat: planen står fast", "medical_assessment", False),
])
def test_words(text, key, value):
    assert fact(text, key) == value


def test_a_role_that_may_be_the_writers_own_is_no_staff_contact_by_itself():
    # "Dietisten ringde ..." may be the unit's own dietitian calling the patient: not read as a staff contact
    assert fact("Dietisten ringde om att vägningen är flyttad", "counterpart") != "staff"
