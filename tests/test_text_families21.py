"""Regression tests per failure family found on the 21st to 24th evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from text_cases import cat, fact


@pytest.mark.parametrize("text, expected", [
    ("SoB video m beh, exponering genomgången + ny övning, jf", True),
    ("tel m pat inom SoB, ingen journalant.", False),
    ("SoB text m pat, ej jf", False),
    ("videobesök SoB: hemuppg genomgången, justerad plan, antecknat i journ", True),
])
def test_journal_shorthand(text, expected):
    assert fact(text, "journal_documented") is expected


@pytest.mark.parametrize("text", [
    "tel m pat, ont i örat 3d -> kåvepenin",
    "videomöte m vh + barnet, impetigo -> fucidin",
    "ringt pat: lös mage 1v, bedömt -> F-prov + loperamid",
])
def test_an_action_after_an_arrow_is_a_decision(text):
    assert fact(text, "medical_assessment") is True


@pytest.mark.parametrize("text", [
    "pat ringer, ont i knät -> tid nästa tisdag",
    "Pat ringt, undrar om provsvar -> normalt, inga åtgärder",
    "vh ringt om vaccintiden -> flyttad till fredag",
    "1177: pat undrar vad dr heter -> svarat",
])
def test_a_booking_or_an_answer_after_an_arrow_is_not(text):
    assert fact(text, "medical_assessment") is not True


@pytest.mark.parametrize("text, expected", [
    ("pat gjort självskattn i SoB, beh ej inblandad", "no_registration"),
    ("sökt pat tfn 2 ggr, ej nått", "note"),
    ("allmänt 1177-medd till alla i programmet om nya funktioner", "no_registration"),
    ("läst igenom inkommen dokumentation, sammanfattat", "note"),
])
def test_terse_families(text, expected):
    assert cat(text) == expected
