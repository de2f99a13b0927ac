"""Decisions turned into what a person reads: Swedish labels, reasoning, "why not".

Pure functions over the engine and the rule base; no web framework here, so the
HTML pages, the CDS cards and the tests share one wording.
"""
from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from ..engine import to_state, why_not, with_default
from ..model import BOOLEAN_FACTS, FACT_DOMAINS, FACT_KEYS, FactError, validate_facts
from ..rules import DECISION_FACTS, FULL_BOX, RuleSet

JOURNAL_SV = {
    "required": "Journalanteckning krävs",
    "optional": "Journalanteckning är valfri",
    "not_applicable": "Journalanteckning är inte aktuell (inget registreras)",
}

# Query parameters the guide uses besides the fact keys.
ANSWER_PARAM = "svar"
CHANGE_PARAM = "andra"


# --------------------------------------------------------------------------
# Facts <-> URL query
# --------------------------------------------------------------------------
def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def query_pairs(facts: dict[str, Any]) -> list[tuple[str, str]]:
    """Known facts as (key, text) pairs in vocabulary order: query strings and hidden fields."""
    return [(k, _query_value(facts[k])) for k in FACT_KEYS if facts.get(k) is not None]


def facts_to_query(facts: dict[str, Any]) -> str:
    """Known facts as a query string (stable, bookmarkable URLs)."""
    return urlencode(query_pairs(facts))


def facts_from_query(params: Any) -> dict[str, Any]:
    """Read fact keys from query or form parameters; other parameters are ignored.

    Booleans arrive as the strings true/false. Raises FactError for bad values.
    """
    raw: dict[str, Any] = {}
    for key in FACT_KEYS:
        value = params.get(key)
        if value is None or value == "":
            continue
        if key in BOOLEAN_FACTS:
            if value not in ("true", "false"):
                raise FactError(key, f"invalid value {value!r} for '{key}'; allowed values: true, false")
            raw[key] = value == "true"
        else:
            raw[key] = value
    return validate_facts(raw)


def merge_answer(facts: dict[str, Any], answer_json: str) -> dict[str, Any]:
    """Apply a chosen option (a JSON object of facts; null removes a fact)."""
    try:
        answer = json.loads(answer_json)
    except ValueError:
        raise FactError(ANSWER_PARAM, "the answer is not valid JSON") from None
    if not isinstance(answer, dict):
        raise FactError(ANSWER_PARAM, "the answer must be a JSON object of facts")
    merged = dict(facts)
    for key, value in answer.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return validate_facts(merged)


def option_value(option_facts: dict[str, Any]) -> str:
    return json.dumps(option_facts, ensure_ascii=False, separators=(",", ":"))


# --------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------
def fact_label(ruleset: RuleSet, key: str) -> str:
    if key == "contact_date":
        return "Kontaktdatum"
    return ruleset.spec.facts[key].label_sv


def value_label(ruleset: RuleSet, key: str, value: Any) -> str:
    if key == "contact_date":
        return _query_value(value)
    return ruleset.spec.facts[key].values.get(value, str(value))


def category_label(ruleset: RuleSet, category: str) -> str:
    return ruleset.spec.categories[category].label_sv


def answers(ruleset: RuleSet, facts: dict[str, Any]) -> list[dict[str, Any]]:
    """The known facts as rows: key, label, value label, URL to change it."""
    rows = []
    for key in FACT_KEYS:
        if facts.get(key) is None:
            continue
        rows.append(
            {
                "key": key,
                "label": fact_label(ruleset, key),
                "value": value_label(ruleset, key, facts[key]),
                "change_url": "/fragor?" + _with_param(facts, CHANGE_PARAM, key),
            }
        )
    return rows


def _with_param(facts: dict[str, Any], name: str, value: str) -> str:
    query = facts_to_query(facts)
    return (query + "&" if query else "") + urlencode({name: value})


def change_question(ruleset: RuleSet, facts: dict[str, Any], key: str) -> dict[str, Any]:
    """A question that sets one fact to any of its values, or forgets it."""
    if key not in FACT_DOMAINS:
        raise FactError(CHANGE_PARAM, f"unknown fact key '{key}'")
    spec = ruleset.spec.facts[key]
    options = [
        {"label_sv": spec.values[v], "facts": {key: v}, "checked": facts.get(key) == v and key in facts}
        for v in FACT_DOMAINS[key]
    ]
    options.append({"label_sv": "Vet inte (ta bort svaret)", "facts": {key: None}, "checked": False})
    return {"id": f"change.{key}", "text_sv": spec.question_sv, "options": options}


# --------------------------------------------------------------------------
# Reasoning and "why not"
# --------------------------------------------------------------------------
def reasoning(ruleset: RuleSet, decision: dict[str, Any]) -> list[dict[str, str]]:
    """One entry per trace step: the rule, marking or interpretation in plain Swedish."""
    out = []
    for step in decision.get("trace") or []:
        ref = step["rule"]
        kind, _, ident = ref.partition(":") if ":" in ref else ("rule", "", ref)
        entry = {"kind": kind, "id": ident, "section": step["section"]}
        if kind == "rule":
            entry["text"] = ruleset.rules_by_id[ident].explanation_sv.strip()
        elif kind == "marking":
            entry["text"] = ruleset.markings_by_id[ident].explanation_sv.strip()
        else:
            it = ruleset.interpretations_by_id[ident]
            entry.update(
                question=it.question_sv.strip(), choice=it.choice_sv.strip(), reason=it.reason_sv.strip()
            )
        out.append(entry)
    return out


def _values_sv(ruleset: RuleSet, key: str, values: list[Any]) -> str:
    labels = [f"”{value_label(ruleset, key, v)}”" for v in values]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " eller " + labels[-1]


def _also_needed(ruleset: RuleSet, facts: dict[str, Any], category: str, changes: list[dict]) -> list:
    """Unanswered facts the neighbouring category would also need, after the changes.

    `engine.why_not` compares known facts only; a reader also wants to know that,
    say, a medical assessment would have been needed too.
    """
    state = list(with_default(to_state(facts)))
    for ch in changes:
        state[DECISION_FACTS.index(ch["fact"])] = ch["would_need"][0]
    best: list | None = None
    for c in ruleset.compiled:
        if c.outcome.category != category or not all(v is None or v in s for v, s in zip(state, c.box)):
            continue
        extra = [
            (f, [x for x in FACT_DOMAINS[f] if x in c.box[i]])
            for i, f in enumerate(DECISION_FACTS)
            if state[i] is None and c.box[i] != FULL_BOX[i]
        ]
        if best is None or len(extra) < len(best):
            best = extra
    return best or []


def why_not_sv(ruleset: RuleSet, facts: dict[str, Any], limit: int | None = None) -> list[dict[str, Any]]:
    """For the neighbouring categories: what would have had to differ, in Swedish."""
    items = []
    for item in why_not(facts)[:limit]:
        cat = item["category"]
        changes = [
            {
                "fact": ch["fact"],
                "text": (
                    f"{fact_label(ruleset, ch['fact'])} hade varit "
                    f"{_values_sv(ruleset, ch['fact'], ch['would_need'])} i stället för "
                    f"”{value_label(ruleset, ch['fact'], ch['now'])}”"
                    + (" (som guiden antar när inget annat är sagt)" if ch["fact"] not in facts else "")
                    + "."
                ),
            }
            for ch in item["changes"]
        ]
        changes += [
            {
                "fact": fact,
                "text": f"{fact_label(ruleset, fact)} hade varit {_values_sv(ruleset, fact, values)} (inte besvarat).",
            }
            for fact, values in _also_needed(ruleset, facts, cat, item["changes"])
        ]
        items.append(
            {
                "category": cat,
                "label": category_label(ruleset, cat),
                "summary": ruleset.spec.categories[cat].summary_sv.strip(),
                "changes": changes,
            }
        )
    return items


def registration_rows(decision: dict[str, Any]) -> dict[str, list[dict[str, str]]]:
    """What to enter in each system, one copyable value per row."""
    pmo, pasis = decision.get("pmo"), decision.get("pasis")
    rows: dict[str, list[dict[str, str]]] = {"pmo": [], "pasis": []}
    if pmo:
        rows["pmo"].append({"label": "Kontakttyp", "value": pmo["contact_type"]})
        for attr in pmo["attributes"]:
            rows["pmo"].append({"label": "Attribut", "value": attr})
    if pasis:
        rows["pasis"].append({"label": "Kontakttyp", "value": pasis["contact_type"]})
        for code in pasis["kva"]:
            rows["pasis"].append({"label": "KVÅ-kod", "value": code})
    return rows
