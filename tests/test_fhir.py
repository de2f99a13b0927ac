"""FHIR output: facts -> R4 Encounter, validated with fhir.resources (R4B models, Encounter is unchanged from R4)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from vardkontakt.engine import decide
from vardkontakt.rules import default_rulebook
from vardkontakt.web import fhir
from vardkontakt.web.app import create_app

Encounter = pytest.importorskip("fhir.resources.R4B.encounter").Encounter
client = TestClient(create_app())
RULESET = default_rulebook().current


def codes(enc: dict, system: str) -> list[str]:
    return [c["code"] for t in enc["type"] for c in t["coding"] if c["system"] == system]


def has_empty(value) -> bool:
    if value in (None, "", [], {}):
        return True
    if isinstance(value, dict):
        return any(has_empty(v) for v in value.values())
    if isinstance(value, list):
        return any(has_empty(v) for v in value)
    return False


@pytest.mark.parametrize("example", RULESET.spec.examples, ids=lambda e: e.id)
def test_every_example_becomes_a_valid_r4_encounter(example):
    r = client.post("/api/v1/fhir/encounter", json=example.facts)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/fhir+json")
    enc = r.json()
    Encounter.model_validate(enc)  # raises on any R4 structural error
    assert not has_empty(enc)
    decision = decide(example.facts)
    assert codes(enc, fhir.CS_CATEGORY) == [decision["category"]]
    if decision["pmo"]:
        assert codes(enc, fhir.CS_PMO) == [decision["pmo"]["contact_type"]]
        assert codes(enc, fhir.CS_PMO_ATTR) == decision["pmo"]["attributes"]
    if decision["pasis"]:
        assert codes(enc, fhir.CS_PASIS) == [decision["pasis"]["contact_type"]]
        assert codes(enc, fhir.CS_KVA) == decision["pasis"]["kva"]
    distance = decision["category"] in ("video_visit", "phone_replaces_visit", "phone_call",
                                        "text_replaces_visit", "text_message", "triage")
    if distance:
        assert enc["class"]["code"] == "VR"
    if decision["category"] in ("note", "no_registration"):
        assert enc["class"]["code"] == "AMB"


def test_sob_phone_call_carries_attribute_kva_channel_and_date():
    facts = {"channel": "phone", "counterpart": "patient", "medical_assessment": False, "same_day_visit_same_unit": False,
             "sob_program": True, "journal_documented": True, "contact_date": "2024-03-05"}
    enc = client.post("/api/v1/fhir/encounter", json=facts).json()
    assert enc["class"] == {"system": fhir.V3_ACT, "code": "VR", "display": "virtual"}
    assert codes(enc, fhir.CS_PMO) == ["Telefonsamtal"] and codes(enc, fhir.CS_PASIS) == ["TE"]
    assert codes(enc, fhir.CS_PMO_ATTR) == ["SOB"] and codes(enc, fhir.CS_KVA) == ["UW040"]
    channel = next(e for e in enc["extension"] if e["url"] == fhir.EXT_CHANNEL)
    assert {"system": fhir.V3_MODE, "code": "PHONE"} in channel["valueCodeableConcept"]["coding"]
    assert enc["period"] == {"start": "2024-03-05"}
    decision = next(e for e in enc["extension"] if e["url"] == fhir.EXT_DECISION)
    assert {"url": "journal", "valueCode": "required"} in decision["extension"]


def test_no_show_is_cancelled_note():
    enc = client.post("/api/v1/fhir/encounter", json={"activity": "no_show", "channel": "video"}).json()
    assert enc["status"] == "cancelled" and enc["class"]["code"] == "AMB"
    assert codes(enc, fhir.CS_PMO_ATTR) == ["Uteblivit"] and not codes(enc, fhir.CS_PASIS)


def test_incomplete_or_invalid_facts_are_422():
    r = client.post("/api/v1/fhir/encounter", json={"channel": "phone"})
    assert r.status_code == 422 and r.json()["detail"][0]["type"] == "incomplete_facts"
    r = client.post("/api/v1/fhir/encounter", json={"channel": "pigeon"})
    assert r.json()["detail"][0]["loc"] == ["body", "channel"]


def test_encounter_round_trips_to_the_same_facts():
    for example in RULESET.spec.examples:
        enc = fhir.encounter_for(example.facts)
        facts, _ = fhir.facts_from_encounter(enc)
        assert decide(facts)["category"] == example.expect.category


def test_reading_an_ehr_encounter():
    enc = {
        "resourceType": "Encounter", "status": "finished",
        "class": {"system": fhir.V3_ACT, "code": "VR"},
        "type": [{"coding": [{"system": fhir.V3_MODE, "code": "VIDEOCONF"}]}],
        "participant": [{"individual": {"reference": "RelatedPerson/1"}}, {"individual": {"reference": "Practitioner/2"}}],
        "period": {"start": "2024-05-01T10:00:00+02:00"},
    }
    Encounter.model_validate(enc)
    facts, notes = fhir.facts_from_encounter(enc)
    assert facts == {"channel": "video", "counterpart": "representative", "contact_date": "2024-05-01"}
    assert notes
    staff = dict(enc, participant=[{"individual": {"reference": "Practitioner/1"}},
                                   {"individual": {"reference": "PractitionerRole/2"}}])
    assert fhir.facts_from_encounter(staff)[0]["counterpart"] == "staff"
    alone = dict(enc, participant=[{"individual": {"reference": "Practitioner/1"}}])
    assert "counterpart" not in fhir.facts_from_encounter(alone)[0]  # one clinician alone says nothing about who else
