"""CDS Hooks service: at encounter-discharge, suggest how to register the contact.

The mapping from an Encounter to facts lives in `fhir.py`; this module builds
the discovery document and the cards (Swedish, Markdown detail, no empty fields).
"""
from __future__ import annotations

import uuid
from typing import Any

from ..engine import decide_valid, ruleset_for
from ..model import FactError, validate_facts
from .fhir import facts_from_encounter, prune
from .present import JOURNAL_SV, facts_to_query, fact_label, reasoning, value_label

SERVICE_ID = "vardkontakt-registrering"
HOOK = "encounter-discharge"
FACTS_EXTENSION = "vardkontakt-facts"  # request-level `extension` key carrying facts JSON
SUMMARY_MAX = 139


def discovery() -> dict[str, Any]:
    return {
        "services": [
            {
                "hook": HOOK,
                "id": SERVICE_ID,
                "title": "Registrering av distanskontakt",
                "description": (
                    "Föreslår kontakttyp i PMO och PASiS, journalkrav och om kontakten är en vårdkontakt, "
                    "enligt Registreringsanvisningar distanskontakter (Region Skåne)."
                ),
                "prefetch": {"encounter": "Encounter/{{context.encounterId}}"},
                "usageRequirements": (
                    "Skicka gärna fler uppgifter som request.extension['vardkontakt-facts'] "
                    "eller som vardkontakts faktatillägg på Encounter."
                ),
            }
        ]
    }


class CdsRequestError(ValueError):
    def __init__(self, loc: list[str | int], message: str):
        super().__init__(message)
        self.loc = loc


def _check_request(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise CdsRequestError(["body"], "the request must be a JSON object")
    for key in ("hook", "hookInstance"):
        if not isinstance(body.get(key), str) or not body[key]:
            raise CdsRequestError(["body", key], f"'{key}' must be a non-empty string")
    if body["hook"] != HOOK:
        raise CdsRequestError(["body", "hook"], f"this service answers the hook '{HOOK}'")
    if not isinstance(body.get("context"), dict):
        raise CdsRequestError(["body", "context"], "'context' must be an object")
    for key in ("prefetch", "extension"):
        if body.get(key) is not None and not isinstance(body[key], dict):
            raise CdsRequestError(["body", key], f"'{key}' must be an object")
    return body


def _summary(text: str) -> str:
    return text if len(text) <= SUMMARY_MAX else text[: SUMMARY_MAX - 1].rstrip() + "…"


def _source(base_url: str, version: str) -> dict[str, str]:
    return {
        "label": f"Registreringsanvisningar distanskontakter (Region Skåne), regelverk {version}",
        "url": f"{base_url}anvisningar",
    }


def _card(summary: str, indicator: str, detail: str, source: dict[str, str], links: list[dict]) -> dict:
    return {
        "uuid": str(uuid.uuid4()),
        "summary": _summary(summary),
        "indicator": indicator,
        "detail": detail,
        "source": source,
        "links": links,
    }


def _registration_summary(decision: dict[str, Any]) -> str:
    pmo, pasis = decision["pmo"], decision["pasis"]
    if not decision["register"]:
        return "Ingen registrering i PMO eller PASiS enligt registreringsanvisningen."
    pmo_text = pmo["contact_type"] + (f" ({', '.join(pmo['attributes'])})" if pmo["attributes"] else "")
    if not pasis:
        return f"Registrera som {pmo_text} i PMO; ingen registrering i PASiS."
    pasis_text = pasis["contact_type"] + (f" med {', '.join(pasis['kva'])}" if pasis["kva"] else "")
    return f"Registrera som {pmo_text} i PMO och {pasis_text} i PASiS."


def _md_facts(ruleset, facts: dict[str, Any]) -> str:
    return "\n".join(f"- {fact_label(ruleset, k)}: {value_label(ruleset, k, v)}" for k, v in facts.items())


def _decided_detail(ruleset, decision: dict[str, Any], facts: dict[str, Any], notes: list[str]) -> str:
    pmo, pasis = decision["pmo"], decision["pasis"]
    lines = [f"**{ruleset.spec.categories[decision['category']].label_sv}**", ""]
    if pmo:
        attrs = f", attribut {', '.join(pmo['attributes'])}" if pmo["attributes"] else ""
        lines.append(f"- PMO: {pmo['contact_type']}{attrs}")
    if pasis:
        kva = f", KVÅ {', '.join(pasis['kva'])}" if pasis["kva"] else ""
        lines.append(f"- PASiS: {pasis['contact_type']}{kva}")
    lines.append(f"- {JOURNAL_SV[decision['journal']]}")
    lines.append(f"- Vårdkontakt: {'ja' if decision['vardkontakt'] else 'nej'}")
    for w in decision["warnings"]:
        lines += ["", f"**Observera:** {w['message_sv']}"]
    lines += ["", "**Varför**"]
    for step in reasoning(ruleset, decision):
        if step["kind"] == "interpretation":
            lines.append(f"- Tolkning: {step['choice']} {step['reason']} (avsnitt ”{step['section']}”)")
        else:
            lines.append(f"- {step['text']} (avsnitt ”{step['section']}”)")
    lines += ["", "**Underlag**", _md_facts(ruleset, facts)]
    lines += [f"- {n}" for n in notes]
    return "\n".join(lines)


def cards_for(body: Any, base_url: str) -> dict[str, Any]:
    """The CDS response for a hook request. Raises CdsRequestError / FactError for bad input."""
    body = _check_request(body)
    prefetch = body.get("prefetch") or {}
    encounter = prefetch.get("encounter")
    try:
        facts, notes = facts_from_encounter(encounter)
    except FactError as exc:
        raise CdsRequestError(["body", "prefetch", "encounter", "extension", str(exc.key)], str(exc)) from None
    extra = (body.get("extension") or {}).get(FACTS_EXTENSION)
    if extra is not None:
        try:
            facts.update(validate_facts(extra))
        except FactError as exc:
            loc = ["body", "extension", FACTS_EXTENSION] + ([exc.key] if exc.key else [])
            raise CdsRequestError(loc, str(exc)) from None
        notes.append("Uppgifter skickade av journalsystemet (vardkontakt-facts).")
    try:
        facts = validate_facts(facts)
        ruleset = ruleset_for(facts)
    except FactError as exc:
        raise CdsRequestError(["body", "prefetch", "encounter", str(exc.key)], str(exc)) from None
    source = _source(base_url, ruleset.version)
    guide_url = f"{base_url}fragor?{facts_to_query(facts)}".rstrip("?")

    cls = encounter.get("class") if isinstance(encounter, dict) else None
    cls_code = cls.get("code") if isinstance(cls, dict) else None
    if isinstance(encounter, dict) and cls_code not in (None, "VR") and extra is None and "channel" not in facts:
        card = _card(
            "Ingen distanskontakt: vardkontakt har inget registreringsförslag för den här kontakten.",
            "info",
            f"Encounter.class är {cls_code}. Registreringsanvisningen gäller distanskontakter "
            "(class VR). Använd guiden om kontakten ändå skedde på distans.",
            source,
            [{"label": "Öppna registreringsguiden", "url": guide_url, "type": "absolute"}],
        )
        return prune({"cards": [card]})

    decision = decide_valid(facts)
    if decision["category"] is None:
        missing = [fact_label(ruleset, k) for k in decision["missing"]]
        known = _md_facts(ruleset, facts) or "- (inga uppgifter)"
        if not isinstance(encounter, dict):
            notes.insert(0, "Ingen Encounter skickades med (prefetch saknas).")
        detail = "\n".join(
            [
                "Journalsystemet skickade inte tillräckligt för att bestämma registreringen.",
                "",
                "**Kända uppgifter**",
                known,
                *[f"- {n}" for n in notes],
                "",
                "**Saknas**",
                *[f"- {m}" for m in missing],
                "",
                "Öppna guiden: de kända uppgifterna är redan ifyllda.",
            ]
        )
        card = _card(
            f"Underlaget räcker inte för att bestämma registreringen: {len(missing)} uppgifter saknas.",
            "info",
            detail,
            source,
            [{"label": "Svara på de återstående frågorna", "url": guide_url, "type": "absolute"}],
        )
        return prune({"cards": [card]})

    card = _card(
        _registration_summary(decision),
        "warning" if decision["warnings"] else "info",
        _decided_detail(ruleset, decision, facts, notes),
        source,
        [
            {
                "label": "Visa resonemanget i vardkontakt",
                "url": f"{base_url}resultat?{facts_to_query(facts)}",
                "type": "absolute",
            }
        ],
    )
    return prune({"cards": [card]})
