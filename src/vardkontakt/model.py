"""The public vocabulary: fact keys and values, categories, and the decision shape.

Facts are plain dicts at the edges (JSON); `validate_facts` turns them into a
checked dict and raises `FactError` naming the key and the allowed values.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any

# Fact key -> allowed values. Booleans are JSON true/false. Order matters: it is
# the order used in decision tables and enumeration.
FACT_DOMAINS: dict[str, tuple[Any, ...]] = {
    "channel": ("video", "phone", "text", "none"),
    "counterpart": ("patient", "representative", "staff", "none"),
    "replaces_visit": (True, False),
    "medical_assessment": (True, False),
    "journal_documented": (True, False),
    "sob_program": (True, False),
    "same_day_visit_same_unit": (True, False),
    "identity_verified": (True, False),
    "activity": (
        "dialogue",
        "self_report_form",
        "voluntary_info_meeting",
        "general_message",
        "self_help_program",
        "sampling",
        "document_scanning",
        "referral_received",
        "discharge_summary_received",
        "test_result_noted",
        "documentation_summary",
        "no_show",
    ),
}
# Facts that are not part of the decision space but are accepted.
EXTRA_FACTS = ("contact_date",)
FACT_KEYS: tuple[str, ...] = tuple(FACT_DOMAINS) + EXTRA_FACTS
BOOLEAN_FACTS = frozenset(k for k, v in FACT_DOMAINS.items() if v == (True, False))
DEFAULT_ACTIVITY = "dialogue"

CATEGORIES: tuple[str, ...] = (
    "video_visit",
    "phone_replaces_visit",
    "phone_call",
    "text_replaces_visit",
    "text_message",
    "staff_about_patient",
    "note",
    "triage",
    "no_registration",
)
# The five categories of a remote contact with the patient or a representative.
PATIENT_CONTACT_CATEGORIES = (
    "video_visit",
    "phone_replaces_visit",
    "phone_call",
    "text_replaces_visit",
    "text_message",
)
JOURNAL_VALUES = ("required", "optional", "not_applicable")


class FactError(ValueError):
    """Invalid facts: `key` names the offending key; the message names the allowed values."""

    def __init__(self, key: str | None, message: str):
        super().__init__(message)
        self.key = key


def _fmt(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def allowed_values_text(key: str) -> str:
    if key == "contact_date":
        return "a date YYYY-MM-DD"
    return ", ".join(_fmt(v) for v in FACT_DOMAINS[key])


def validate_facts(raw: Any) -> dict[str, Any]:
    """Check a facts object. Returns a new dict; raises FactError on the first problem."""
    if not isinstance(raw, dict):
        raise FactError(None, f"facts must be a JSON object, got {type(raw).__name__}")
    facts: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in FACT_KEYS:
            raise FactError(key, f"unknown fact key '{key}'; allowed keys: {', '.join(FACT_KEYS)}")
        if value is None:  # null means unknown, same as absent
            continue
        if key == "contact_date":
            facts[key] = parse_contact_date(value)
            continue
        domain = FACT_DOMAINS[key]
        if key in BOOLEAN_FACTS:
            ok = isinstance(value, bool)
        else:
            ok = isinstance(value, str) and value in domain
        if not ok:
            raise FactError(
                key, f"invalid value {value!r} for '{key}'; allowed values: {allowed_values_text(key)}"
            )
        facts[key] = value
    return facts


def parse_contact_date(value: Any) -> _dt.date:
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            if len(value) == 10:
                return _dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise FactError(
        "contact_date", f"invalid value {value!r} for 'contact_date'; allowed values: a date YYYY-MM-DD"
    )
