"""Regression tests per failure family found on the 29th and 30th evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from text_cases import cat, fact


@pytest.mark.parametrize("text", [
    "video m pat, bed eksem, la till kortisonkräm",
    "SoB-video, behandlaren lade till en modul om sömn",
    "tel m pat, vi flyttade dosen till kvällen",
    "Svarade pat via 1177, gjort plan m sömndagbok",
    "Pratade med pat i tel och vi kom överens om att sänka dosen",
    "tel m pat, knäont bed, fysioremiss",
])
def test_decisions_in_everyday_words(text):
    assert fact(text, "medical_assessment") is True


@pytest.mark.parametrize("text", [
    "Lab u.a. -> meddelat pat skriftligt",
    "Tel m pat, fråga om journalkopia, hänvisad till journalen på 1177",
    "Tel m pat ang. tid",
    "tel: pat undrar när intyget skickas",
    "Skickade meddelande till pat i 1177 om att remissen har gått iväg",
    "pat ringer om provtagning på vc, labbremiss finns redan",
])
def test_information_and_administration_are_not_decisions(text):
    assert fact(text, "medical_assessment") is not True


@pytest.mark.parametrize("text, expected", [
    ("Samtal m kurator", None),
    ("Tel m kurator om pat", "staff"),
    ("Tel fr distriktsköterska om pats sår", "staff"),
    ("Ringde sjukgymnasten i kommunen så hon kan prova ut en rullstol till patienten", "staff"),
    ("Psykologen skrev till pat i SoB", None),
])
def test_who_the_contact_was_with(text, expected):
    value = fact(text, "counterpart")
    assert value == expected if expected else value != "staff"


@pytest.mark.parametrize("text, expected", [
    ("Via tel bedömde jag att pat har nytta av 1177-programmet, aktiverade det efter samtalet", False),
    ("Pat använder egenvårdsprogrammet på 1177 på egen hand", None),
])
def test_the_program_as_what_was_decided(text, expected):
    assert fact(text, "sob_program") is expected


@pytest.mark.parametrize("text, expected", [
    ("1177-medd t alla listade: ändrade öppettider i jul", "no_registration"),
    ("Text ersätter besök: ryggont bed., fysioremiss", "text_replaces_visit"),
    ("Tfn: feber, ssk bokar dagens läktid på vc:n", "triage"),
    ("Pat använder egenvårdsprogrammet på 1177 på egen hand", "no_registration"),
    ("Tel m pat, bed eksem, la till kortisonkräm", "phone_replaces_visit"),
])
def test_lines_decide(text, expected):
    assert cat(text) == expected
