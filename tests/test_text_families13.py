"""Regression tests per failure family found on the thirteenth and fourteenth evaluation sets (docs/classify.md).

Every sentence here was written for this file; none is copied from an evaluation set. Safety families
accept an abstention where a wrong category would be the alternative.
"""
from __future__ import annotations

import pytest

from text_cases import cat, fact


@pytest.mark.parametrize("text", [
    "Chatt (endast text) med ssk: halsont bedömt, pc förskrivet enligt läk.",
    "1177 meddelande fr läk: bedömt pats blodsockerlogg, ökar insulinet, ny kontroll om 1 mån.",
    "SoB-programmet oro: videosamtal m psykolog, exponering planerad, journalfört.",
])
def test_the_role_that_performs_a_patient_contact_is_not_the_counterpart(text):
    assert fact(text, "counterpart") != "staff"


@pytest.mark.parametrize("text", [
    "Ringt vc i Höör ang. pats Waran under semestern.",
    "Distriktssköterskan ringde fotterapeuten ang. pats sår.",
    "Tfn-kontakt m barnmorska på MVC om pats blodsocker, överens om kontroll.",
    "Kontakt med BVC-ssk om pojkens längdkurva.",
])
def test_someone_else_about_the_patient_is_staff(text):
    assert cat(text) in ("staff_about_patient", None)
    assert fact(text, "counterpart") in ("staff", None)


@pytest.mark.parametrize("text, expected", [
    ("Tel-konsultation gyn: smärta vid ägglossning bedömd i telefonbesöket, byter till Cerazette.", "phone_replaces_visit"),
    ("Fotvårdsprov taget på mottagningen, svar inväntas.", "note"),
    ("Skrev kort svar i Stöd och behandling, dokumenteras inte i journalen.", "no_registration"),
    ("SoB-programmet stress: pat ringde om inloggning m BankID, hjälpt, kort ant i journal.", "phone_call"),
    ("SoB-program oro: behandlaren läste dagboken, svarat skriftligt m ändrad plan, dokumenterat i PMO.",
     "text_replaces_visit"),
    ("Stöd och behandling: pat skrev en fråga, behandlaren kvitterade kort, ant i journalen.", "text_message"),
    ("1177 svar: INR 2,8 ok, Warandosen kvarstår, nästa prov om 4 v.", "text_message"),
    ("1177 skriftligt: klåda efter antibiotika, bed, Canesten rp, ingen ytterligare åtgärd.", "text_replaces_visit"),
    ("Pat ringdes upp av astmassk, försämring bedömd, kortisonkur enligt läk, kontroll om 2 v.", "phone_replaces_visit"),
    ("Samtal med pat om yrsel, pat ombads komma in till oss direkt för EKG.", "triage"),
    ("Inkommande samtal, feber sedan 3 dagar, ssk gav tid på vårdcentralens akutmottagning idag.", "triage"),
    ("Tel från pat med infekterat sår, bokad till sårmottagningen hos oss om två timmar.", "triage"),
    ("Pat ringde och var orolig, fick en av eftermiddagens akuttider på samma mottagning.", "triage"),
    ("Vh fyllde själv i SNAP-IV via 1177, ingen kontakt med personal.", "no_registration"),
    ("Behandlaren svarade på pats fråga i SoB-programmet, ingen journaldokumentation.", "no_registration"),
    ("Skrivit till pat via 1177 med instruktioner inför hemmamätningen.", "text_message"),
])
def test_thirteenth_and_fourteenth_set_families(text, expected):
    assert cat(text) == expected


@pytest.mark.parametrize("text", [
    "Pat ringde, utslag sedan igår, ssk bokade tid hos läk på fredag (ej idag).",
    "Informerat pat per tel inför gastroskopi: fasta, tid kl 08.",
])
def test_not_today_and_times_of_later_procedures_are_not_same_day(text):
    assert fact(text, "same_day_visit_same_unit") is not True
    assert cat(text) != "triage"
