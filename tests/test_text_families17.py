"""Regression tests per failure family found on the seventeenth and eighteenth evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set. Safety families
accept an abstention where a wrong category would be the alternative.
"""
from __future__ import annotations

import pytest

from text_cases import cat, fact


# --- SAFETY: organisations as a topic, or helping the patient take part, are not the counterpart ---------
@pytest.mark.parametrize("text, expected", [
    ("Make ringer för pats räkning och undrar när hemtjänstens besök kommer i morgon. Besked lämnat.", "representative"),
    ("Dsk och pat i videolänk, hemtjänstpersonal fanns hos pat och höll kameran. Bensår bedömt, nytt förband.", "patient"),
    ("Dotter ringer, hemsjukvårdspat med feber, de kommer in till vc kl 15 idag.", "representative"),
])
def test_organisations_as_topic_or_helper(text, expected):
    assert fact(text, "counterpart") == expected


@pytest.mark.parametrize("text", [
    "Hemtjänstens personal ringer om pats fall i natt.",
    "Kommunens arbetsterapeut ringde om hjälpmedel hemma hos pat.",
    "Neurologen ringde reumatologen om pats ledbesvär.",
    "Remitterande vårdcentral ringde och frågade om provsvaren, besvarat.",
    "Samtal med förskolepersonalen om barnets epilepsi (barn och föräldrar ej med).",
    "Telefonmöte med vuxenpsykiatrin om pats samsjuklighet, pat deltog inte.",
])
def test_outside_parties_stay_staff(text):
    assert cat(text) in ("staff_about_patient", None)
    assert fact(text, "counterpart") in ("staff", None)


@pytest.mark.parametrize("text, expected", [
    ("Bokad kontroll via video: varken vh eller barn anslöt på avtalad tid.", "note"),
    ("Pat skattade sin smärta i 1177-programmet, ingen behandlare involverad, ingen kontakt.", "no_registration"),
    ("Pat i SoB registrerade dagens sömndagbok, ingen kontakt med psykologen.", "no_registration"),
    ("Behandlare och pat chattade i SoB-plattformen om schemat, ingen dokumentation i journalen.", "no_registration"),
    ("Videosession i SoB-programmet, nytt sömnfönster beslutat, men anteckning i journalen gjordes ej.", "no_registration"),
    ("Ringde upp pat som överenskommet: BT högt, Enalapril ökas till 20 mg.", "phone_replaces_visit"),
    ("Video inom SoB: gick igenom dagboken och satte ett nytt sängtidsfönster. Journalfört.", "video_visit"),
    ("SoB, iKBT sömn: behandlaren ringde upp pat och kortar sängtiden ytterligare. Journalfört.", "phone_replaces_visit"),
    ("Videobesök, MS-pat, EDSS oförändrad men nya lesioner, neurologen beslutar byte till Kesimpta.", "video_visit"),
    ("Ssk ringde upp pat: tuberkulintestet var negativt, behandlingen startar som planerat.", "phone_call"),
    ("PSG-rapporten från sömnlabbet noterad, inga åtgärder.", "note"),
    ("Pat ringer om feber efter infusionen, får komma till mottagningen för prover senare idag.", "triage"),
    ("SoB: skrev till pat att modul 4 är öppnad och kan påbörjas. Journalfört.", "text_message"),
])
def test_seventeenth_and_eighteenth_set_families(text, expected):
    assert cat(text) == expected
