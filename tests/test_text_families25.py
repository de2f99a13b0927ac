"""Regression tests per failure family found on the 25th and 26th evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from text_cases import cat, fact


@pytest.mark.parametrize("text, expected", [
    ("SoB video m beh, sömnschema ändrat, journ.", True),
    ("tel inom SoB, oro, plan justerad, journ. skriven", True),
    ("Stöd och behandling: meddelande m pat, journaltext klar", True),
    ("SoB-tel m pat, ej journ.", False),
    ("chatt i Stöd och behandling, ingen journal skriven", False),
])
def test_journal_as_a_clause_of_its_own(text, expected):
    assert fact(text, "journal_documented") is expected


@pytest.mark.parametrize("text", [
    "Läste journal, kopia begärd av pat",
    "Pat undrar hur man beställer journal",
])
def test_journal_as_a_topic_is_not_a_note_written(text):
    assert fact(text, "journal_documented") is not True


@pytest.mark.parametrize("text", [
    "Pat har ej dykt upp på bokad video",
    "Ingen anslutning från pat till videomötet, väntade 15 min",
    "pat har inte anslutit till videotiden",
])
def test_no_show_shorthand(text):
    assert fact(text, "activity") == "no_show"


def test_a_missed_period_is_a_symptom_not_a_no_show():
    assert fact("Pat ringer, utebliven mens och illamående", "activity") != "no_show"


def test_a_normal_finding_does_not_negate_the_decision_after_it():
    text = "Video m pat, läk bedömer såret ua och beslutar att stygnen tas på vc"
    assert fact(text, "medical_assessment") is True


@pytest.mark.parametrize("text, key, value", [
    ("skriftl. svar till pat om hemmätt blodtryck, dosen höjd", "channel", "text"),
    ("telrådgivn m pat om halsont", "channel", "phone"),
    ("Tel m distriktsssk ang pats sår", "counterpart", "staff"),
    ("Kontakt m hemsjukv om pats katetrar", "counterpart", "staff"),
    ("Tel fr skolan ang elev med magont", "counterpart", "staff"),
    ("Frivillig webbinfo om astma, pat deltog", "activity", "voluntary_info_meeting"),
    ("Dagboksregistrering i SoB, ingen kontakt m behandlare", "activity", "self_report_form"),
])
def test_terse_shorthand_words(text, key, value):
    assert fact(text, key) == value


@pytest.mark.parametrize("text", [
    "Chatt m pat om tidsbokning, inget medicinskt",
    "1177 medd till pat m bokningsbekräftelse",
    "pat ringde, hosta, läkartid imorgon",
    "video m pat, bara teknisk genomgång av appen",
])
def test_administration_in_shorthand_is_no_assessment(text):
    assert fact(text, "medical_assessment") is False


@pytest.mark.parametrize("text, expected", [
    ("Pat ringer pga feber, kommer hit på besök i eftermidag.", "triage"),
    ("Chatt m pat om tidsbokning, inget medicinskt", "text_message"),
    ("Tel fr skolan ang elev, oro för mående", "staff_about_patient"),
    ("SoB-tel m pat, ej journ.", "no_registration"),
    ("Pat har ej dykt upp på bokad video", "note"),
])
def test_terse_lines_decide(text, expected):
    assert cat(text) == expected
