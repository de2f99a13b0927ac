"""Regression tests per failure family found on the fifteenth and sixteenth evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from text_cases import cat, fact


@pytest.mark.parametrize("text, expected", [
    ("BUP vb, pappa + pojke 11 år, pappa inloggad m bankid. Bed: sömnen bättre, höjer melatonin till 3 mg.", "video"),
    ("Vb m ssk 30 min i ADHD-programmet.", "video"),
    ("Alvedon vb vid feber, pat ringer om det blir värre.", "phone"),
    ("Jourtel kväll: pat m hosta och feber, ssk bed, jourläk förskriver pc.", "phone"),
    ("Realtidsmöte med ljud o bild med pat, bedömt eksem, ny kräm.", "video"),
    ("Återkoppling i text på pats blodtryckslogg i appen, Enalapril höjs till 10 mg.", "text"),
])
def test_channel_families(text, expected):
    assert fact(text, "channel") == expected


@pytest.mark.parametrize("text, expected", [
    ("samtal per telefon, skuren i handen -> sys på vår mottagning inom två timmar", "triage"),
    ("Jourlinje vc: dotter ringer, pappa förvirrad sedan igår, bokas hos jourläk på vc om 2 tim.", "triage"),
    ("Svar från röntgen: ua. Noterat.", "note"),
    ("Läkemedelsgenomgång gjord utifrån journalen, ingen kontakt med pat.", "note"),
    ("Skannat in pappersformulär (PHQ-9) som pat lämnat i receptionen.", "note"),
    ("Skrivit till pat: träningsplanen följs som beslutat, nästa träff 5 maj.", "text_message"),
    ("Telefon m pat inom SoB-programmet för oro; hjälp med plattformen, inga behandlingsbeslut. Journalanteckning finns.",
     "phone_call"),
    ("Hjärtsviktsmott via video m BankID: titrerar bisoprolol 2,5 -> 5 mg.", "video_visit"),
    ("Stöd o beh-programmet oro (1177). Videomöte m pat, behandlaren lägger in extra session. Journalförd.", "video_visit"),
    ("Textkontakt 1177: pat frågar om yrsel efter stroke, läk bed -> DT skalle bokas, svar m info.", "text_replaces_visit"),
    ("BUP-psykolog och skolpsykolog tel om pats testresultat.", "staff_about_patient"),
])
def test_fifteenth_and_sixteenth_set_families(text, expected):
    assert cat(text) == expected


def test_a_note_not_written_in_the_journal_system():
    text = "Inom pats internetbehandling i 1177 skrev jag ett kort svar. Någon anteckning i journalen har jag inte gjort."
    assert fact(text, "journal_documented") is False
    assert fact(text, "sob_program") is True
    assert cat(text) == "no_registration"
