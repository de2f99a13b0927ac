"""FHIR R4 Encounter <-> facts, with the code systems vardkontakt defines.

`encounter_for(facts)` records a decision as an Encounter; `facts_from_encounter`
reads what an EHR's Encounter tells (used by the CDS Hooks service). The code
systems and extensions are documented in docs/fhir-codesystems.md. Everything
here works on plain JSON dicts; `fhir.resources` is only used by the tests.
"""
from __future__ import annotations

from typing import Any

from ..engine import decide_valid, ruleset_for
from ..model import FACT_DOMAINS, PATIENT_CONTACT_CATEGORIES, FactError, validate_facts

BASE = "https://vardkontakt.example/fhir"
CS_CATEGORY = f"{BASE}/CodeSystem/kategori"
CS_PMO = f"{BASE}/CodeSystem/pmo-kontakttyp"
CS_PASIS = f"{BASE}/CodeSystem/pasis-kontakttyp"
CS_PMO_ATTR = f"{BASE}/CodeSystem/pmo-attribut"
CS_KVA = f"{BASE}/CodeSystem/kva"
CS_CHANNEL = f"{BASE}/CodeSystem/kanal"
EXT_CHANNEL = f"{BASE}/StructureDefinition/kanal"
EXT_FACTS = f"{BASE}/StructureDefinition/fakta"
EXT_DECISION = f"{BASE}/StructureDefinition/registrering"
V3_ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
V3_MODE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode"

CLASS_VR = {"system": V3_ACT, "code": "VR", "display": "virtual"}
CLASS_AMB = {"system": V3_ACT, "code": "AMB", "display": "ambulatory"}
REMOTE_CHANNELS = ("video", "phone", "text")
# Our channel -> HL7 v3 ParticipationMode (written online covers 1177 messages).
CHANNEL_TO_MODE = {"video": "VIDEOCONF", "phone": "PHONE", "text": "ONLINEWRIT"}
MODE_TO_CHANNEL = {
    "VIDEOCONF": "video",
    "PHONE": "phone",
    **{m: "text" for m in ("WRITTEN", "ONLINEWRIT", "EMAILWRIT", "TYPEWRIT", "FAXWRIT", "MAILWRIT", "HANDWRIT")},
}
CHANNEL_SV = {"video": "Video", "phone": "Telefon", "text": "Text", "none": "Ingen direktkontakt"}


class IncompleteFacts(ValueError):
    """The facts do not settle a registration yet; `missing` names what would."""

    def __init__(self, missing: list[str]):
        super().__init__("the facts do not settle a registration; missing: " + ", ".join(missing))
        self.missing = missing


def prune(value: Any) -> Any:
    """Drop None, empty strings, empty lists and empty objects, recursively."""
    if isinstance(value, dict):
        out = {k: prune(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        out_list = [prune(v) for v in value]
        return [v for v in out_list if v not in (None, "", [], {})]
    return value


def _coding(system: str, code: str, display: str | None = None) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code, "display": display}], "text": display}


def _fact_extension(key: str, value: Any) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"url": key, "valueBoolean": value}
    if key == "contact_date":
        return {"url": key, "valueDate": value.isoformat()}
    return {"url": key, "valueCode": value}


def encounter_class(decision: dict[str, Any], facts: dict[str, Any]) -> dict[str, str]:
    """VR for a remote contact that took place; AMB for everything else (see the docs)."""
    category = decision["category"]
    remote = facts.get("channel") in REMOTE_CHANNELS
    if category in PATIENT_CONTACT_CATEGORIES or category == "triage":
        return CLASS_VR
    if category == "staff_about_patient" and remote:
        return CLASS_VR
    return CLASS_AMB


def encounter_for(raw_facts: Any) -> dict[str, Any]:
    """An R4 Encounter recording the registration the facts lead to.

    Raises FactError for invalid facts and IncompleteFacts when undecided.
    """
    facts = validate_facts(raw_facts)
    decision = decide_valid(facts)
    if decision["category"] is None:
        raise IncompleteFacts(decision["missing"])
    ruleset = ruleset_for(facts)
    category = decision["category"]
    cat = ruleset.spec.categories[category]
    types = [_coding(CS_CATEGORY, category, cat.label_sv)]
    if decision["pmo"]:
        types.append(_coding(CS_PMO, decision["pmo"]["contact_type"], decision["pmo"]["contact_type"]))
        types += [_coding(CS_PMO_ATTR, a, a) for a in decision["pmo"]["attributes"]]
    if decision["pasis"]:
        types.append(_coding(CS_PASIS, decision["pasis"]["contact_type"], decision["pasis"]["contact_type"]))
        types += [_coding(CS_KVA, k, k) for k in decision["pasis"]["kva"]]
    extensions: list[dict[str, Any]] = []
    channel = facts.get("channel")
    if channel:
        codings = [{"system": CS_CHANNEL, "code": channel, "display": CHANNEL_SV[channel]}]
        if channel in CHANNEL_TO_MODE:
            codings.append({"system": V3_MODE, "code": CHANNEL_TO_MODE[channel]})
        extensions.append({"url": EXT_CHANNEL, "valueCodeableConcept": {"coding": codings}})
    extensions.append(
        {
            "url": EXT_DECISION,
            "extension": [
                {"url": "register", "valueBoolean": decision["register"]},
                {"url": "journal", "valueCode": decision["journal"]},
                {"url": "vardkontakt", "valueBoolean": decision["vardkontakt"]},
                {"url": "rules-version", "valueString": decision["rules_version"]},
            ],
        }
    )
    extensions.append({"url": EXT_FACTS, "extension": [_fact_extension(k, v) for k, v in facts.items()]})
    status = "cancelled" if facts.get("activity") == "no_show" else "finished"
    encounter = {
        "resourceType": "Encounter",
        "extension": extensions,
        "status": status,
        "class": encounter_class(decision, facts),
        "type": types,
        "period": {"start": facts["contact_date"].isoformat()} if "contact_date" in facts else None,
    }
    return prune(encounter)


# --------------------------------------------------------------------------
# Reading an EHR's Encounter
# --------------------------------------------------------------------------
def _codings(concepts: Any) -> list[dict[str, Any]]:
    if isinstance(concepts, dict):
        concepts = [concepts]
    out = []
    for concept in concepts if isinstance(concepts, list) else []:
        if isinstance(concept, dict):
            out += [c for c in concept.get("coding") or [] if isinstance(c, dict)]
    return out


def _extensions(resource: dict[str, Any], url: str) -> list[dict[str, Any]]:
    exts = resource.get("extension")
    return [e for e in exts if isinstance(e, dict) and e.get("url") == url] if isinstance(exts, list) else []


def _fact_value(ext: dict[str, Any]) -> Any:
    for key in ("valueBoolean", "valueCode", "valueString", "valueDate"):
        if key in ext:
            return ext[key]
    return None


def _channel_from_codings(codings: list[dict[str, Any]]) -> str | None:
    for c in codings:
        code, system = c.get("code"), c.get("system")
        if system == CS_CHANNEL and code in FACT_DOMAINS["channel"]:
            return code
        if system == V3_MODE and code in MODE_TO_CHANNEL:
            return MODE_TO_CHANNEL[code]
    return None


def _reference_type(participant: Any) -> str | None:
    if not isinstance(participant, dict):
        return None
    who = participant.get("individual") or participant.get("actor")  # R4 / R5
    ref = who.get("reference") if isinstance(who, dict) else None
    if isinstance(ref, str) and "/" in ref:
        return ref.split("/")[-2]
    typ = who.get("type") if isinstance(who, dict) else None
    return typ if isinstance(typ, str) else None


def facts_from_encounter(encounter: Any) -> tuple[dict[str, Any], list[str]]:
    """Facts an Encounter tells, and Swedish notes on where each came from.

    Raises FactError when the vardkontakt facts extension holds an invalid value.
    """
    facts: dict[str, Any] = {}
    notes: list[str] = []
    if not isinstance(encounter, dict) or encounter.get("resourceType") != "Encounter":
        return facts, notes
    cls = encounter.get("class")
    cls_code = cls.get("code") if isinstance(cls, dict) else None
    if cls_code == "VR":
        notes.append("Encounter.class är VR (virtuell kontakt).")
    elif isinstance(cls_code, str):
        notes.append(f"Encounter.class är {cls_code}, inte VR.")

    channel = None
    for ext in _extensions(encounter, EXT_CHANNEL):
        channel = channel or _channel_from_codings(_codings(ext.get("valueCodeableConcept")))
        if not channel and ext.get("valueCode") in FACT_DOMAINS["channel"]:
            channel = ext["valueCode"]
    channel = channel or _channel_from_codings(
        _codings(encounter.get("type")) + _codings(encounter.get("serviceType"))
    )
    if channel:
        facts["channel"] = channel
        notes.append(f"Kanal {CHANNEL_SV[channel].lower()} enligt kanalkoden på Encounter.")

    kinds = [_reference_type(p) for p in encounter.get("participant") or [] if isinstance(p, dict)]
    if "RelatedPerson" in kinds:
        facts["counterpart"] = "representative"
        notes.append("En RelatedPerson deltog: kontakten var med en företrädare.")
    elif "Patient" in kinds:
        facts["counterpart"] = "patient"
        notes.append("Patienten finns bland deltagarna.")
    elif len(kinds) >= 2 and all(k in ("Practitioner", "PractitionerRole") for k in kinds):
        facts["counterpart"] = "staff"
        notes.append("Bara personal deltog: kontakt med personal om patienten.")

    period = encounter.get("period")
    start = period.get("start") if isinstance(period, dict) else None
    if isinstance(start, str) and len(start) >= 10:
        facts["contact_date"] = start[:10]

    explicit: dict[str, Any] = {}
    for ext in _extensions(encounter, EXT_FACTS):
        for sub in ext.get("extension") or []:
            if isinstance(sub, dict) and isinstance(sub.get("url"), str):
                explicit[sub["url"]] = _fact_value(sub)
    if explicit:
        notes.append("Uppgifter från vardkontakts faktatillägg på Encounter.")
    facts.update(explicit)
    validate_facts(facts)  # raises FactError naming the key
    return facts, notes


__all__ = ["IncompleteFacts", "encounter_for", "facts_from_encounter", "prune", "FactError"]
