"""JSON endpoints: REST API v1, FHIR output and the CDS Hooks service.

Bodies are parsed here rather than by pydantic models: the engine's FactError
already names the key and the allowed values, and the decide hot path stays
short. Every invalid input answers 422 with `detail[].loc` naming the field.
"""
from __future__ import annotations

import importlib.util
import json
import logging
from functools import lru_cache
from typing import Any, Callable

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ..engine import decide
from ..model import FactError
from ..rules import default_rulebook
from ..verify import table_rows
from . import schemas
from .cds import CdsRequestError, cards_for, discovery
from .fhir import IncompleteFacts, encounter_for

router = APIRouter()
logger = logging.getLogger(__name__)
JSON = "application/json"
FHIR_JSON = "application/fhir+json"
CORS = {"Access-Control-Allow-Origin": "*"}


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()


def json_response(obj: Any, status: int = 200, media_type: str = JSON, headers: dict | None = None) -> Response:
    return Response(dumps(obj), status_code=status, media_type=media_type, headers=headers)


def invalid(loc: list[Any], msg: str, kind: str, headers: dict | None = None) -> Response:
    return json_response({"detail": [{"loc": loc, "msg": msg, "type": kind}]}, 422, headers=headers)


class BadBody(Exception):
    def __init__(self, response: Response):
        self.response = response


async def read_json(request: Request, headers: dict | None = None) -> Any:
    body = await request.body()
    if len(body) > schemas.MAX_BODY_BYTES:
        raise BadBody(
            json_response(
                {"detail": [{"loc": ["body"], "msg": "body larger than 64 KiB", "type": "too_large"}]},
                413,
                headers=headers,
            )
        )
    try:
        return json.loads(body)
    except json.JSONDecodeError as exc:
        raise BadBody(
            invalid(["body"], f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", "json_invalid", headers)
        ) from None
    except (ValueError, RecursionError):
        raise BadBody(invalid(["body"], "invalid JSON", "json_invalid", headers)) from None


def fact_error(exc: FactError, prefix: list[Any] | None = None) -> Response:
    loc = (prefix or ["body"]) + ([exc.key] if exc.key else [])
    return invalid(loc, str(exc), "fact_error")


# --------------------------------------------------------------------------
# REST API v1
# --------------------------------------------------------------------------
@router.post(
    "/api/v1/decide",
    tags=["decisions"],
    summary="Decide the registration for facts (same contract as `vardkontakt decide`).",
    openapi_extra=schemas.json_body("Facts"),
    responses={200: schemas.json_response("The decision.", "Decision"), **schemas.INVALID, **schemas.TOO_LARGE},
    response_class=Response,
)
async def api_decide(request: Request) -> Response:
    return await facts_endpoint(request, decide, JSON)


async def facts_endpoint(request: Request, produce: Callable[[Any], Any], media_type: str) -> Response:
    """Read a facts body, produce the answer, and map bad facts to 422 with the field path."""
    try:
        raw = await read_json(request)
    except BadBody as bad:
        return bad.response
    try:
        answer = produce(raw)
    except FactError as exc:
        return fact_error(exc)
    except IncompleteFacts as exc:
        return invalid(["body"], str(exc), "incomplete_facts")
    return Response(dumps(answer), media_type=media_type)


def text_module_available() -> bool:
    """True when the free-text package exists (a real package, not a half-written folder)."""
    try:
        spec = importlib.util.find_spec("vardkontakt.text")
    except (ImportError, ValueError):
        return False
    return spec is not None and spec.origin is not None


def load_classifier() -> Callable[[str], dict[str, Any]] | None:
    """`vardkontakt.text.classify`, imported lazily; None when it is not installed or cannot load."""
    if not text_module_available():
        return None
    try:
        from ..text import classify
    except Exception:  # an installed but broken classifier must not take the web app down
        logger.exception("vardkontakt.text could not be imported")
        return None
    return classify


TEXT_MISSING_SV = (
    "Fritextstödet (vardkontakt.text) är inte installerat här ännu. "
    "Använd POST /api/v1/decide med fakta, eller guiden Svara på frågor."
)


@router.post(
    "/api/v1/classify",
    tags=["decisions"],
    summary="Classify a Swedish free-text description (same contract as `vardkontakt classify`).",
    openapi_extra=schemas.json_body("ClassifyRequest"),
    responses={
        200: schemas.json_response("The decision plus what was understood.", "Classification"),
        **schemas.INVALID,
        **schemas.TOO_LARGE,
        503: schemas.json_response("The text classifier is not installed.", "Message"),
    },
    response_class=Response,
)
async def api_classify(request: Request) -> Response:
    try:
        raw = await read_json(request)
    except BadBody as bad:
        return bad.response
    if not isinstance(raw, dict):
        return invalid(["body"], "the body must be a JSON object with a 'text' string", "type_error")
    for key in raw:
        if key != "text":
            return invalid(["body", key], f"unknown key '{key}'; allowed keys: text", "extra_forbidden")
    text = raw.get("text")
    if not isinstance(text, str):
        return invalid(["body", "text"], "'text' must be a string", "missing" if text is None else "type_error")
    if not text.strip() or len(text) > schemas.MAX_TEXT_CHARS:
        return invalid(
            ["body", "text"], f"'text' must hold 1 to {schemas.MAX_TEXT_CHARS} characters", "value_error"
        )
    classify = load_classifier()
    if classify is None:
        return json_response({"detail": TEXT_MISSING_SV}, 503)
    return json_response(classify(text))


@lru_cache(maxsize=1)
def _rules_payload() -> bytes:
    rulebook = default_rulebook()
    current = rulebook.current
    return dumps(
        {
            "version": current.version,
            "valid_from": current.valid_from.isoformat(),
            "title_sv": current.spec.title_sv,
            "publisher": current.spec.publisher,
            "versions": [{"version": r.version, "valid_from": r.valid_from.isoformat()} for r in rulebook.versions],
            "decision_table": table_rows(current),
            "rulebase": current.spec.model_dump(mode="json"),
        }
    )


@router.get(
    "/api/v1/rules",
    tags=["rules"],
    summary="The rule base in force today, its version, and its decision table.",
    responses={
        200: schemas.json_response(
            "Rule base.",
            {
                "type": "object",
                "required": ["version", "valid_from", "versions", "decision_table", "rulebase"],
                "properties": {
                    "version": {"type": "string"},
                    "valid_from": {"type": "string", "format": "date"},
                    "versions": {"type": "array", "items": {"type": "object"}},
                    "decision_table": {"type": "array", "items": {"type": "object"}},
                    "rulebase": {"type": "object"},
                },
            },
        )
    },
    response_class=Response,
)
async def api_rules() -> Response:
    return Response(_rules_payload(), media_type=JSON)


@router.get(
    "/api/v1/health",
    tags=["service"],
    summary="Liveness: the service answers and the rule base is loaded.",
    responses={
        200: schemas.json_response(
            "Healthy.",
            {
                "type": "object",
                "required": ["status", "rules_version", "text_classifier"],
                "properties": {
                    "status": {"type": "string", "enum": ["ok"]},
                    "rules_version": {"type": "string"},
                    "text_classifier": {"type": "boolean"},
                },
            },
        )
    },
    response_class=Response,
)
async def api_health() -> Response:
    return json_response(
        {"status": "ok", "rules_version": default_rulebook().current.version, "text_classifier": text_module_available()}
    )


# --------------------------------------------------------------------------
# FHIR
# --------------------------------------------------------------------------
@router.post(
    "/api/v1/fhir/encounter",
    tags=["fhir"],
    summary="Record the decision for complete facts as a FHIR R4 Encounter.",
    openapi_extra=schemas.json_body("Facts"),
    responses={
        200: {
            "description": "An R4 Encounter (see docs/fhir-codesystems.md).",
            "content": {
                FHIR_JSON: {
                    "schema": {
                        "type": "object",
                        "required": ["resourceType", "status", "class", "type"],
                        "properties": {"resourceType": {"type": "string", "enum": ["Encounter"]}},
                    }
                }
            },
        },
        **schemas.INVALID,
        **schemas.TOO_LARGE,
    },
    response_class=Response,
)
async def api_fhir_encounter(request: Request) -> Response:
    return await facts_endpoint(request, encounter_for, FHIR_JSON)


# --------------------------------------------------------------------------
# CDS Hooks
# --------------------------------------------------------------------------
CDS_REQUEST_SCHEMA = {
    "type": "object",
    "required": ["hook", "hookInstance", "context"],
    "properties": {
        "hook": {"type": "string", "enum": ["encounter-discharge"]},
        "hookInstance": {"type": "string", "minLength": 1},
        "fhirServer": {"type": "string"},
        "context": {"type": "object"},
        "prefetch": {
            "type": "object",
            "properties": {"encounter": {"type": ["object", "null"]}},
        },
        "extension": {
            "type": "object",
            "properties": {"vardkontakt-facts": schemas._ref("Facts")},
        },
    },
}
CARDS_SCHEMA = {
    "type": "object",
    "required": ["cards"],
    "properties": {
        "cards": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["summary", "indicator", "source"],
                "properties": {
                    "summary": {"type": "string", "maxLength": 139},
                    "indicator": {"type": "string", "enum": ["info", "warning", "critical"]},
                    "detail": {"type": "string"},
                    "source": {"type": "object", "required": ["label"]},
                    "links": {"type": "array"},
                },
            },
        }
    },
}


@router.get(
    "/cds-services",
    tags=["cds-hooks"],
    summary="CDS Hooks discovery.",
    responses={200: schemas.json_response("Services.", {"type": "object", "required": ["services"]})},
    response_class=Response,
)
async def cds_discovery() -> Response:
    return json_response(discovery(), headers=CORS)


@router.options("/cds-services", include_in_schema=False)
@router.options("/cds-services/{service_id}", include_in_schema=False)
async def cds_preflight() -> Response:
    return Response(
        status_code=204,
        headers={
            **CORS,
            "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Allow-Headers": "Content-Type, Authorization",
        },
    )


@router.post(
    "/cds-services/{service_id}",
    tags=["cds-hooks"],
    summary="CDS Hooks service call (encounter-discharge).",
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": CDS_REQUEST_SCHEMA}}}},
    responses={
        200: schemas.json_response("Cards.", CARDS_SCHEMA),
        404: schemas.json_response("No such service.", "Message"),
        **schemas.INVALID,
        **schemas.TOO_LARGE,
    },
    response_class=Response,
)
async def cds_call(service_id: str, request: Request) -> Response:
    if service_id != discovery()["services"][0]["id"]:
        return json_response({"detail": f"no CDS service '{service_id}'"}, 404, headers=CORS)
    try:
        raw = await read_json(request, headers=CORS)
    except BadBody as bad:
        return bad.response
    try:
        payload = cards_for(raw, str(request.base_url))
    except CdsRequestError as exc:
        return invalid(exc.loc, str(exc), "cds_request", headers=CORS)
    return json_response(payload, headers=CORS)
