"""Readable Swedish text for a decision (used by `decide --human` and the demo)."""
from __future__ import annotations

from typing import Any

JOURNAL_SV = {
    "required": "krävs",
    "optional": "valfri",
    "not_applicable": "ej tillämplig",
}


def render_decision(decision: dict[str, Any]) -> str:
    lines: list[str] = []
    if decision["category"] is None:
        lines.append("Inget beslut ännu: fler uppgifter behövs.")
        question = decision.get("next_question")
        if question:
            lines.append(f"Fråga: {question['text_sv']}")
            for number, option in enumerate(question["options"], 1):
                lines.append(f"  {number}. {option['label_sv']}")
    elif not decision["register"]:
        lines.append("Ingen registrering ska göras.")
    else:
        pmo, pasis = decision["pmo"], decision["pasis"]
        if pmo:
            attrs = f" (attribut: {', '.join(pmo['attributes'])})" if pmo["attributes"] else ""
            lines.append(f"PMO:   {pmo['contact_type']}{attrs}")
        else:
            lines.append("PMO:   ingen registrering")
        if pasis:
            kva = f" (KVÅ: {', '.join(pasis['kva'])})" if pasis["kva"] else ""
            lines.append(f"PASiS: {pasis['contact_type']}{kva}")
        else:
            lines.append("PASiS: ingen registrering")
    if decision["category"] is not None:
        lines.append(f"Journalanteckning: {JOURNAL_SV[decision['journal']]}")
        lines.append(f"Vårdkontakt: {'ja' if decision['vardkontakt'] else 'nej'}")
    for warning in decision["warnings"]:
        lines.append(f"Varning: {warning['message_sv']}")
    if decision["trace"]:
        lines.append("Grund: " + "; ".join(f"{t['rule']} ({t['section']})" for t in decision["trace"]))
    lines.append(f"Regelverk {decision['rules_version']}")
    return "\n".join(lines)
