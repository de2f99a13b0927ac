"""REST API v1: the decide contract, 422 with field paths, rules, health, OpenAPI and /docs."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from vardkontakt.engine import decide
from vardkontakt.rules import default_rulebook
from vardkontakt.web.api import text_module_available
from vardkontakt.web.app import create_app

client = TestClient(create_app())
PHONE_KT = {
    "channel": "phone", "counterpart": "patient", "replaces_visit": True, "medical_assessment": True,
    "same_day_visit_same_unit": False, "sob_program": False,
}


def test_decide_returns_the_engine_contract():
    for example in default_rulebook().current.spec.examples:
        r = client.post("/api/v1/decide", json=example.facts)
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("application/json")
        assert r.json() == json.loads(json.dumps(decide(example.facts)))


def test_decide_partial_facts_gives_next_question():
    body = client.post("/api/v1/decide", json={}).json()
    assert body["category"] is None and body["next_question"]["options"]


@pytest.mark.parametrize(
    "payload, loc, kind",
    [
        ({"chanel": "phone"}, ["body", "chanel"], "fact_error"),  # unknown key
        ({"channel": "fax"}, ["body", "channel"], "fact_error"),  # bad value
        ({"replaces_visit": "yes"}, ["body", "replaces_visit"], "fact_error"),  # wrong type
        ({"replaces_visit": 1}, ["body", "replaces_visit"], "fact_error"),  # no coercion
        ({"contact_date": "2021-02-30"}, ["body", "contact_date"], "fact_error"),
        ({"contact_date": "2019-06-01"}, ["body", "contact_date"], "fact_error"),  # before the first version
        ([1, 2], ["body"], "fact_error"),  # not an object
        ("phone", ["body"], "fact_error"),
    ],
)
def test_decide_invalid_input_is_422_with_field_path(payload, loc, kind):
    r = client.post("/api/v1/decide", json=payload)
    assert r.status_code == 422
    detail = r.json()["detail"][0]
    assert detail["loc"] == loc and detail["type"] == kind and detail["msg"]


@pytest.mark.parametrize("raw", [b"{", b"", b"\xff\xfe\x00", b"[" * 60_000, b"NaN-ish"])
def test_decide_bad_json_is_422(raw):
    r = client.post("/api/v1/decide", content=raw, headers={"content-type": "application/json"})
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["body"]


def test_unknown_key_message_names_allowed_keys():
    msg = client.post("/api/v1/decide", json={"kanal": "phone"}).json()["detail"][0]["msg"]
    assert "allowed keys" in msg and "channel" in msg


def test_body_over_64_kib_is_413():
    r = client.post("/api/v1/decide", content=b" " * 70_000 + b"{}")
    assert r.status_code == 413


def test_rules_endpoint_has_version_and_table():
    body = client.get("/api/v1/rules").json()
    current = default_rulebook().current
    assert body["version"] == current.version
    assert body["valid_from"] == current.valid_from.isoformat()
    assert len(body["decision_table"]) == len(current.compiled)
    assert set(body["rulebase"]["categories"]) == set(current.spec.categories)


def test_health():
    body = client.get("/api/v1/health").json()
    assert body["status"] == "ok" and body["rules_version"] == default_rulebook().current.version


def test_openapi_documents_every_endpoint():
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in ("/api/v1/decide", "/api/v1/classify", "/api/v1/rules", "/api/v1/health",
                 "/api/v1/fhir/encounter", "/cds-services", "/cds-services/{service_id}"):
        assert path in paths
    decide_op = paths["/api/v1/decide"]["post"]
    assert decide_op["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Facts"}
    assert "422" in decide_op["responses"]
    facts = spec["components"]["schemas"]["Facts"]
    assert facts["additionalProperties"] is False
    assert "/fragor" not in paths  # HTML pages are not part of the API


def test_docs_page_works_offline():
    r = client.get("/docs")
    assert r.status_code == 200
    html = r.text
    assert "/api/v1/decide" in html and "/openapi.json" in html
    assert "cdn" not in html.lower() and "https://" not in html.split("<main")[1].split("</main>")[0].replace(
        "https://vardkontakt.example", ""
    )


def test_classify_validation_does_not_need_the_classifier():
    assert client.post("/api/v1/classify", json={}).json()["detail"][0]["loc"] == ["body", "text"]
    assert client.post("/api/v1/classify", json={"text": 5}).status_code == 422
    assert client.post("/api/v1/classify", json={"text": "   "}).status_code == 422
    assert client.post("/api/v1/classify", json={"text": "x", "extra": 1}).json()["detail"][0]["loc"] == [
        "body", "extra"
    ]
    assert client.post("/api/v1/classify", json={"text": "x" * 5001}).status_code == 422


@pytest.mark.skipif(text_module_available(), reason="the text classifier is installed")
def test_classify_without_classifier_is_a_polite_503():
    r = client.post("/api/v1/classify", json={"text": "Ringde patienten om provsvar."})
    assert r.status_code == 503
    assert "inte installerat" in r.json()["detail"]


@pytest.mark.skipif(not text_module_available(), reason="vardkontakt.text does not exist yet")
def test_classify_contract():
    r = client.post("/api/v1/classify", json={"text": "Sjuksköterskan ringde patienten och meddelade ett normalt provsvar."})
    assert r.status_code == 200
    body = r.json()
    for key in ("category", "pmo", "pasis", "journal", "vardkontakt", "missing", "next_question",
                "warnings", "trace", "rules_version", "confidence", "facts", "evidence"):
        assert key in body
    for fact in body["facts"].values():
        assert "value" in fact and isinstance(fact["evidence"], list)
