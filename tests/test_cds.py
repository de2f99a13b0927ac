"""CDS Hooks: discovery, Encounter -> facts -> cards, incomplete facts link to the guide."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest
from fastapi.testclient import TestClient

from vardkontakt.rules import default_rulebook
from vardkontakt.web import fhir
from vardkontakt.web.app import create_app
from vardkontakt.web.cds import SERVICE_ID

client = TestClient(create_app())
URL = f"/cds-services/{SERVICE_ID}"
VERSION = default_rulebook().current.version


def request(encounter=None, facts=None, **extra):
    body = {"hook": "encounter-discharge", "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
            "context": {"userId": "Practitioner/1", "patientId": "1", "encounterId": "e1"}, **extra}
    if encounter is not None:
        body["prefetch"] = {"encounter": encounter}
    if facts is not None:
        body["extension"] = {"vardkontakt-facts": facts}
    return body


def encounter(**kw):
    base = {"resourceType": "Encounter", "id": "e1", "status": "finished",
            "class": {"system": fhir.V3_ACT, "code": "VR"}, "subject": {"reference": "Patient/1"}}
    return {**base, **kw}


def no_empties(value):
    assert value not in (None, "", [], {})
    if isinstance(value, dict):
        for v in value.values():
            no_empties(v)
    if isinstance(value, list):
        for v in value:
            no_empties(v)


def cards(body):
    r = client.post(URL, json=body)
    assert r.status_code == 200, r.text
    payload = r.json()
    no_empties(payload)
    for card in payload["cards"]:
        assert len(card["summary"]) < 140
        assert card["indicator"] in ("info", "warning")
        assert "Registreringsanvisningar distanskontakter" in card["source"]["label"]
        assert VERSION in card["source"]["label"]
        for link in card.get("links", []):
            assert link["type"] == "absolute" and link["url"].startswith("http")
    return payload["cards"]


def test_discovery():
    r = client.get("/cds-services")
    assert r.headers["access-control-allow-origin"] == "*"
    (service,) = r.json()["services"]
    assert service["hook"] == "encounter-discharge" and service["id"] == SERVICE_ID
    assert service["prefetch"] == {"encounter": "Encounter/{{context.encounterId}}"}
    no_empties(r.json())


def test_complete_encounter_gives_a_registration_card():
    enc = encounter(
        type=[{"coding": [{"system": fhir.V3_MODE, "code": "PHONE"}]}],
        participant=[{"individual": {"reference": "RelatedPerson/5"}}],
    )
    facts = {"replaces_visit": True, "medical_assessment": True, "same_day_visit_same_unit": False, "sob_program": False}
    (card,) = cards(request(enc, facts))
    assert card["summary"] == "Registrera som Telefonkontakt som ersätter besök i PMO och KT i PASiS."
    # A representative on a visit-replacing type: the card warns that an ombud would not qualify.
    assert card["indicator"] == "warning"
    assert "**Varför**" in card["detail"] and "PMO - Telefonkontakt som ersätter besök" in card["detail"]
    assert "legal företrädare" in card["detail"]
    # The same call with the patient is plain information.
    patient_enc = encounter(type=[{"coding": [{"system": fhir.V3_MODE, "code": "PHONE"}]}])
    (patient_card,) = cards(request(patient_enc, facts))
    assert patient_card["indicator"] == "info"


def test_warning_indicator_when_the_decision_warns():
    facts = {"replaces_visit": True, "medical_assessment": True, "sob_program": False, "identity_verified": False}
    enc = encounter(extension=[{"url": fhir.EXT_CHANNEL, "valueCode": "video"}],
                    participant=[{"individual": {"reference": "Patient/1"}}])
    (card,) = cards(request(enc, facts))
    assert card["indicator"] == "warning" and "BankID" in card["detail"]


def test_incomplete_facts_link_to_the_guide_with_known_facts():
    enc = encounter(type=[{"coding": [{"system": fhir.CS_CHANNEL, "code": "text"}]}])
    (card,) = cards(request(enc))
    assert "saknas" in card["summary"]
    (link,) = card["links"]
    parts = urlsplit(link["url"])
    assert parts.path == "/fragor"
    assert dict(parse_qsl(parts.query)) == {"channel": "text"}
    # the guide opens on a question with the known fact shown
    html = client.get(f"/fragor?{parts.query}").text
    assert "Text (till exempel meddelande via 1177 eller brev, eller enbart chatt)" in html


def test_missing_prefetch_still_answers_with_a_card():
    (card,) = cards(request())
    assert "Ingen Encounter" in card["detail"]


def test_non_virtual_encounter_is_not_a_distance_contact():
    (card,) = cards(request(encounter(**{"class": {"system": fhir.V3_ACT, "code": "AMB"}})))
    assert "Ingen distanskontakt" in card["summary"]


def test_our_fhir_output_feeds_the_hook():
    facts = {"channel": "text", "counterpart": "patient", "replaces_visit": True, "medical_assessment": True,
             "sob_program": True, "journal_documented": True}
    enc = client.post("/api/v1/fhir/encounter", json=facts).json()
    (card,) = cards(request(enc))
    assert card["summary"] == "Registrera som Text som ersätter besök (SOB) i PMO och KB med UW040 i PASiS."


@pytest.mark.parametrize(
    "body, loc",
    [
        ({"hookInstance": "x", "context": {}}, ["body", "hook"]),
        ({"hook": "patient-view", "hookInstance": "x", "context": {}}, ["body", "hook"]),
        ({"hook": "encounter-discharge", "hookInstance": "x"}, ["body", "context"]),
        (request(facts={"channel": "fax"}), ["body", "extension", "vardkontakt-facts", "channel"]),
        (request(encounter(extension=[{"url": fhir.EXT_FACTS, "extension": [{"url": "channel", "valueCode": "fax"}]}])),
         ["body", "prefetch", "encounter", "extension", "channel"]),
        (request(prefetch=[1]), ["body", "prefetch"]),
    ],
)
def test_bad_requests_are_422_with_path(body, loc):
    r = client.post(URL, json=body)
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == loc


def test_unknown_service_is_404():
    assert client.post("/cds-services/nope", json=request()).status_code == 404
