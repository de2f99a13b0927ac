"""JSON Schemas for the OpenAPI document, built from the fact vocabulary.

The API endpoints parse JSON themselves (engine messages name the allowed
values, and the hot path skips a second validation layer); these schemas are
what `/openapi.json` promises, and the schemathesis test holds the app to it.
"""
from __future__ import annotations

from typing import Any

from ..model import CATEGORIES, FACT_DOMAINS, JOURNAL_VALUES

MAX_BODY_BYTES = 64 * 1024
MAX_TEXT_CHARS = 5000


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _fact_schema(key: str) -> dict[str, Any]:
    domain = FACT_DOMAINS[key]
    if domain == (True, False):
        return {"type": ["boolean", "null"]}
    return {"type": ["string", "null"], "enum": [*domain, None]}


def _year_at_least(year: int) -> str:
    """A regex alternative matching four-digit years >= `year`."""
    digits = f"{year:04d}"
    alts = [digits]
    for i in range(3, -1, -1):
        d = int(digits[i])
        if d < 9:
            alts.append(digits[:i] + f"[{d + 1}-9]" + r"\d" * (3 - i))
    return "(" + "|".join(alts) + ")"


def _date_schema() -> dict[str, Any]:
    """ISO dates on or after the first rule version, so the schema says exactly what is accepted."""
    from ..rules import default_rulebook

    first = default_rulebook().versions[0].valid_from
    schema: dict[str, Any] = {
        "type": ["string", "null"],
        "format": "date",
        "description": f"YYYY-MM-DD, on or after {first.isoformat()}; selects the rule version in force.",
    }
    if (first.month, first.day) == (1, 1):
        schema["pattern"] = "^" + _year_at_least(first.year) + r"-\d{2}-\d{2}$"
    return schema


FACTS: dict[str, Any] = {
    "type": "object",
    "title": "Facts",
    "description": (
        "What is known about the contact. Every key is optional; an absent key or null means unknown. "
        "Unknown keys are rejected."
    ),
    "additionalProperties": False,
    "properties": {
        **{key: _fact_schema(key) for key in FACT_DOMAINS},
        "contact_date": _date_schema(),
    },
    "example": {"channel": "phone", "counterpart": "patient", "replaces_visit": True},
}

_STRINGS = {"type": "array", "items": {"type": "string"}}

QUESTION: dict[str, Any] = {
    "type": "object",
    "required": ["id", "text_sv", "options"],
    "properties": {
        "id": {"type": "string"},
        "text_sv": {"type": "string"},
        "options": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["label_sv", "facts"],
                "properties": {"label_sv": {"type": "string"}, "facts": {"type": "object"}},
            },
        },
    },
}

DECISION: dict[str, Any] = {
    "type": "object",
    "title": "Decision",
    "required": [
        "category", "register", "pmo", "pasis", "journal", "vardkontakt",
        "missing", "next_question", "warnings", "trace", "rules_version",
    ],
    "properties": {
        "category": {"type": ["string", "null"], "enum": [*CATEGORIES, None]},
        "register": {"type": ["boolean", "null"]},
        "pmo": _nullable(
            {
                "type": "object",
                "required": ["contact_type", "attributes"],
                "properties": {"contact_type": {"type": "string"}, "attributes": _STRINGS},
            }
        ),
        "pasis": _nullable(
            {
                "type": "object",
                "required": ["contact_type", "kva"],
                "properties": {"contact_type": {"type": "string"}, "kva": _STRINGS},
            }
        ),
        "journal": {"type": "string", "enum": list(JOURNAL_VALUES)},
        "vardkontakt": {"type": "boolean"},
        "missing": {"type": "array", "items": {"type": "string", "enum": list(FACT_DOMAINS)}},
        "next_question": _nullable(_ref("Question")),
        "warnings": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["code", "message_sv"],
                "properties": {"code": {"type": "string"}, "message_sv": {"type": "string"}},
            },
        },
        "trace": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["rule", "section"],
                "properties": {"rule": {"type": "string"}, "section": {"type": "string"}},
            },
        },
        "rules_version": {"type": "string"},
    },
}

CLASSIFY_REQUEST: dict[str, Any] = {
    "type": "object",
    "title": "ClassifyRequest",
    "required": ["text"],
    "additionalProperties": False,
    "properties": {"text": {"type": "string", "minLength": 1, "maxLength": MAX_TEXT_CHARS}},
    "example": {"text": "Sjuksköterskan ringde patienten och meddelade ett normalt provsvar."},
}

CLASSIFICATION: dict[str, Any] = {
    "title": "Classification",
    "description": "A Decision plus what the text classifier understood.",
    "allOf": [
        _ref("Decision"),
        {
            "type": "object",
            "required": ["confidence", "facts", "evidence"],
            "properties": {
                "confidence": {"type": "number"},
                "facts": {
                    "type": "object",
                    "additionalProperties": {
                        "type": "object",
                        "required": ["value", "evidence"],
                        "properties": {"evidence": _STRINGS},
                    },
                },
                "evidence": {"type": "array", "items": {"type": "object"}},
            },
        },
    ],
}

VALIDATION_ERROR: dict[str, Any] = {
    "type": "object",
    "title": "ValidationError",
    "required": ["detail"],
    "properties": {
        "detail": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["loc", "msg", "type"],
                "properties": {
                    "loc": {"type": "array", "items": {"type": ["string", "integer"]}},
                    "msg": {"type": "string"},
                    "type": {"type": "string"},
                },
            },
        }
    },
}

MESSAGE: dict[str, Any] = {
    "type": "object",
    "required": ["detail"],
    "properties": {"detail": {"type": "string"}},
}

COMPONENTS = {
    "Facts": FACTS,
    "Decision": DECISION,
    "Question": QUESTION,
    "ClassifyRequest": CLASSIFY_REQUEST,
    "Classification": CLASSIFICATION,
    "ValidationError": VALIDATION_ERROR,
    "Message": MESSAGE,
}


def json_body(name: str) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": _ref(name)}}}}


def json_response(description: str, schema: dict[str, Any] | str) -> dict[str, Any]:
    schema = _ref(schema) if isinstance(schema, str) else schema
    return {"description": description, "content": {"application/json": {"schema": schema}}}


INVALID = {422: json_response("Invalid input; `detail[].loc` names the field.", "ValidationError")}
TOO_LARGE = {413: json_response("Body larger than 64 KiB.", "ValidationError")}
