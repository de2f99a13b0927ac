"""Regression tests per failure family found on the 53rd to 56th evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from text_cases import fact


@pytest.mark.parametrize("text, key, value", [
    # "..., dok" closing a line is a journal note; "anteckn i journal" is one too
    ("SoB: tel m pat om sömnen, ny plan, dok", "journal_documented", True),
    ("Tel m pat, ny dos, anteckn i journal", "journal_documented", True),
    ("Pat dök inte upp på videotiden", "journal_documented", None),
    # a negation after a change participle that follows its noun
    ("Svar via 1177 om normala prover, medicineringen ändras inte", "medical_assessment", False),
    # a negation after the first word of a longer cue still counts
    ("SoB-behandlaren ringde, skrev ingen anteckning i journalen", "journal_documented", False),
    ("ringt pat två gånger, ej nåbar", "counterpart", "none"),
    ("Svar på pricktest noterat, ingen kontakt", "activity", "test_result_noted"),
    ("Svar på sårodlingen signerat", "activity", "test_result_noted"),
    ("1177-utskick till alla föräldrar i gruppen om nytt schema", "activity", "general_message"),
    ("Kursdeltagarna fick ett gemensamt sms om lokalbyte", "activity", "general_message"),
    ("Mamma ringde, feber sedan i natt, får komma hit vid lunch", "same_day_visit_same_unit", True),
    ("Elevhälsokonferens om elev, inga föräldrar med", "counterpart", "staff"),
    ("Teammöte kring pat utan pat", "counterpart", "staff"),
    ("Frivillig föräldrainfo om sömn via länk, vh deltog", "activity", "voluntary_info_meeting"),
    ("Videobesök, höj Sertralin till 100 mg", "medical_assessment", True),
    ("Tel m pat, smärtlindringen utökades", "medical_assessment", True),
    ("Videomöte m dietist, inleder glutenfri kost", "medical_assessment", True),
    ("Tel: ökad insulindos efter höga värden", "medical_assessment", True),
    ("Boendestödjare ringer, assistenten på gruppboendet oroar sig", "counterpart", "staff"),
    ("Kontaktpersonen på boendet ringde om pat", "counterpart", "staff"),
    ("Pat har fyllt i AUDIT i 1177, ingen behandlare inblandad", "activity", "self_report_form"),
    ("Läkartel m pat, justerad dos", "channel", "phone"),
    ("Mejl från skolssk om pat", "counterpart", "staff"),
    ("Mamma ringde, kan komma in direkt efter skolan idag", "counterpart", "representative"),
    ("1177-egenprogram utan behandlare (självhjälp)", "activity", "self_help_program"),
    ("Pappa och jag hade vårt inbokade videosamtal, ny kost bestämd", "same_day_visit_same_unit", None),
    ("Blodprov taget inför det bokade telefonbesöket", "channel", None),
    ("Videobesök m vh, eksem, ny behandl", "medical_assessment", True),
])
def test_words(text, key, value):
    assert fact(text, key) == value
