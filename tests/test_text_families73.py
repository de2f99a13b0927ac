"""Regression tests per failure family found on the 73rd to 76th evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from text_cases import fact


@pytest.mark.parametrize("text, key, value", [
    # "jn" is the journal in personal shorthand
    ("SoB: nytt meddelande i prog, jn förd", "journal_documented", True),
    ("SoB: video m pt, ny plan, ingen jn skriven", "journal_documented", False),
    ("SoB-tfn m pt, justerad plan, jn-anteckn gjord", "journal_documented", True),
    # a negation spent on its own noun does not reach the journal cue after it
    ("SoB: tfn m pt, påminnelse, ingen bed. jn skriven", "journal_documented", True),
    ("Svarade i 1177: receptet på hans sedan länge insatta medicin förnyat", "medical_assessment", None),
    ("Tel m pat om receptet, någon bedömning av nya besvär gjordes inte", "medical_assessment", False),
    ("Ombud ringde om fel adress, ändrat i systemet", "medical_assessment", False),
    ("Pt tfn: har receptet gått till apoteket? ja", "counterpart", "patient"),
    ("Video m pt, ny salva, ersätter halvårskontrollen", "replaces_visit", True),
    ("Telefonsamtalet hade samma innehåll och längd som ett mottagningsbesök", "replaces_visit", True),
    ("Video i stället för att familjen skulle åka in, ny dos", "replaces_visit", True),
    ("Rektor ringde om elev, pat inte med", "counterpart", "staff"),
    ("Frivilligt digitalt föräldramöte om astma", "activity", "voluntary_info_meeting"),
    ("Inkomna rapporter från hemtjänsten sammanfattade, ingen kontakt", "activity", "documentation_summary"),
    ("Prover efter besöket tagna, blodstatus", "activity", "sampling"),
    ("Quantiferon neg noterat", "activity", "test_result_noted"),
    ("Video, bedömt hosta, beslut om lungröntgen", "medical_assessment", True),
    ("Video med tonåringen, överenskommen ny plan", "medical_assessment", True),
])
def test_words(text, key, value):
    assert fact(text, key) == value
