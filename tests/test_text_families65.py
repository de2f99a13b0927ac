"""Regression tests per failure family found on the 65th to 68th evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from text_cases import cat, fact


@pytest.mark.parametrize("text, key, value", [
    # the representative who called is the counterpart; the organisation is the topic or where it goes
    ("Sonen ringde ang avgiften för hemtjänsten, hänvisad till kommunen", "counterpart", "representative"),
    ("Mamma ringde om friskintyg till förskolan", "counterpart", "representative"),
    # a joint contact with an organisation and a representative stays a question
    ("Telefonmöte med skolan och mamma om pats frånvaro", "counterpart", None),
    # calling the clinic today is not a visit today
    ("Pat har ringt till mottagningen idag om sitt recept", "same_day_visit_same_unit", False),
    ("Tel bes idag, ny dos Metformin", "same_day_visit_same_unit", False),
    ("Skrev till pat i 1177 istf tel-besök, ny dos", "channel", "text"),
    ("SoB: skriftlig återkoppling i programmet, ny plan. journf", "journal_documented", True),
    ("Apotekaren ringde om en interaktion för pat", "counterpart", "staff"),
    ("Konfererat med urolog om pats fynd, pat ej närvarande", "counterpart", "staff"),
    ("Diskuterat pat på MDT, pat ej närvarande", "counterpart", "staff"),
    ("Notering: TSH-svar inkommit, normalt", "activity", "test_result_noted"),
    ("Noterar att drogscreeningen är negativ", "activity", "test_result_noted"),
    ("1177: fortsätt med tabletterna enl nuvarande plan, ingen ändring", "medical_assessment", False),
    ("Tel, kostbehandlingen fortsätter oförändrad", "medical_assessment", False),
    ("1177: förskrivningen av hjälpmedlet förnyad, inget nytt bedömt", "medical_assessment", False),
    ("Tfn fr pat, feber, får komma hit idag kl 14 till läk", "counterpart", "patient"),
    ("1177: påminde pat om provtagningen inför besöket", "medical_assessment", False),
    ("1177 till mamma om det praktiska kring sommaren", "medical_assessment", False),
    ("Pat ringde om högkostnadsskyddet", "medical_assessment", False),
    ("Pat har besvarat PHQ-A i 1177, inga meddelanden till behandlare", "activity", "self_report_form"),
    ("ASIH: videobesök, bedömt smärta, höjd dos", "counterpart", "patient"),
    ("ASIH-ssk ringde om pats smärta", "counterpart", "staff"),
])
def test_words(text, key, value):
    assert fact(text, key) == value


def test_instead_of_coming_in_is_a_replaced_visit_not_a_visit_to_come():
    assert cat("Telefonbesök med vh istället för att de kommer in, bedömt, sätter in antibiotika") \
        == "phone_replaces_visit"
