"""Server-rendered Swedish pages: start, guided questions, result, free text, anvisningar, API docs.

All state is in the URL (one query parameter per known fact) or in hidden form
fields; there is no server session. Every flow is a plain HTML form; the small
script in static/app.js only adds copy buttons.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape

from ..engine import decide_valid, ruleset_for
from ..model import FACT_DOMAINS, FactError, validate_facts
from ..rules import default_rulebook
from ..verify import TABLE_COLUMNS, table_rows
from . import present
from .api import TEXT_MISSING_SV, load_classifier, text_module_available
from .schemas import MAX_TEXT_CHARS

router = APIRouter(include_in_schema=False)

HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("vardkontakt.web", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["option_value"] = present.option_value
    return env


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    ruleset = context.setdefault("ruleset", default_rulebook().current)
    context.setdefault("rules_version", ruleset.version)
    html = _env().get_template(name).render(**context)
    return HTMLResponse(html, status_code=status, headers=HEADERS)


def bad_request(exc: FactError) -> HTMLResponse:
    return render(
        "error.html",
        status=400,
        title="Uppgifterna i adressen kunde inte läsas",
        message=(
            "Adressen innehåller en uppgift som guiden inte känner igen. "
            "Börja om, eller gå tillbaka och ändra svaret."
        ),
        technical=str(exc),
    )


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _url(path: str, facts: dict[str, Any]) -> str:
    query = present.facts_to_query(facts)
    return f"{path}?{query}" if query else path


# --------------------------------------------------------------------------
@router.get("/", response_class=HTMLResponse)
async def start() -> HTMLResponse:
    return render("start.html", title="Registrera en distanskontakt")


@router.get("/fragor", response_class=HTMLResponse)
async def questions(request: Request) -> Response:
    params = request.query_params
    try:
        facts = present.facts_from_query(params)
        if present.ANSWER_PARAM in params:
            merged = present.merge_answer(facts, params[present.ANSWER_PARAM])
            done = decide_valid(merged)["category"] is not None
            return see_other(_url("/resultat" if done else "/fragor", merged))
        ruleset = ruleset_for(facts)
        change = params.get(present.CHANGE_PARAM)
        if change:
            question = present.change_question(ruleset, facts, change)
            return _question_page(ruleset, facts, question, "Ändra svar", params, changing=True)
    except FactError as exc:
        return bad_request(exc)
    decision = decide_valid(facts)
    if decision["category"] is not None:
        return see_other(_url("/resultat", facts))
    question = decision["next_question"]
    return _question_page(ruleset, facts, question, question["text_sv"], params, changing=False)


def _question_page(ruleset, facts: dict[str, Any], question, title: str, params, changing: bool) -> HTMLResponse:
    return render(
        "question.html",
        title=title,
        ruleset=ruleset,
        facts=facts,
        hidden=present.query_pairs(facts),
        question={**question, "options": [_with_outcome(ruleset, facts, o) for o in question["options"]]},
        answers=present.answers(ruleset, facts),
        step_error=params.get("nasta") is not None,
        changing=changing,
    )


def _with_outcome(ruleset, facts: dict[str, Any], option: dict[str, Any]) -> dict[str, Any]:
    """Copy of an option with `outcome_sv`: what it registers when it settles the contact by itself."""
    decision = decide_valid({**facts, **option["facts"]})
    outcome = None
    if decision["category"] is not None:
        outcome = ruleset.spec.categories[decision["category"]].label_sv
        attributes = (decision["pmo"] or {}).get("attributes") or []
        if attributes:
            outcome += " (" + ", ".join(attributes) + ")"
    return {**option, "outcome_sv": outcome}


def result_context(ruleset, facts: dict[str, Any], decision: dict[str, Any]) -> dict[str, Any]:
    category = decision["category"]
    return {
        "decision": decision,
        "category": ruleset.spec.categories[category],
        "category_id": category,
        "rows": present.registration_rows(decision),
        "journal_sv": present.JOURNAL_SV[decision["journal"]],
        "reasoning": present.reasoning(ruleset, decision),
        "why_not": present.why_not_sv(ruleset, facts),
        "answers": present.answers(ruleset, facts),
        "facts": facts,
        "result_url": _url("/resultat", facts),
    }


@router.get("/resultat", response_class=HTMLResponse)
async def result(request: Request) -> Response:
    try:
        facts = present.facts_from_query(request.query_params)
        ruleset = ruleset_for(facts)
    except FactError as exc:
        return bad_request(exc)
    decision = decide_valid(facts)
    if decision["category"] is None:
        return see_other(_url("/fragor", facts))
    ctx = result_context(ruleset, facts, decision)
    return render("result.html", title=f"Resultat: {ctx['category'].label_sv}", ruleset=ruleset, **ctx)


# --------------------------------------------------------------------------
@router.get("/beskriv", response_class=HTMLResponse)
async def freetext_form() -> HTMLResponse:
    return render(
        "freetext.html",
        title="Beskriv kontakten",
        available=text_module_available(),
        missing_message=TEXT_MISSING_SV,
        max_chars=MAX_TEXT_CHARS,
        text="",
    )


@router.post("/beskriv", response_class=HTMLResponse)
async def freetext_submit(request: Request) -> HTMLResponse:
    form = await request.form()
    text = form.get("text")
    text = text if isinstance(text, str) else ""
    base = {"title": "Beskriv kontakten", "max_chars": MAX_TEXT_CHARS, "text": text[:MAX_TEXT_CHARS]}
    if not text_module_available():
        return render("freetext.html", available=False, missing_message=TEXT_MISSING_SV, **base)
    if not text.strip() or len(text) > MAX_TEXT_CHARS:
        error = "Skriv en kort beskrivning av kontakten." if not text.strip() else (
            f"Beskrivningen får vara högst {MAX_TEXT_CHARS} tecken."
        )
        return render("freetext.html", status=422, available=True, error=error, **base)
    try:
        from ..text import classify
    except Exception as exc:  # the module exists but cannot load (for example a missing model file)
        return render(
            "freetext.html",
            available=False,
            missing_message=f"Fritextstödet kunde inte startas ({type(exc).__name__}). Använd Svara på frågor.",
            **base,
        )
    classification = classify(text)
    understood = classification.get("facts") or {}
    try:
        facts = validate_facts({k: v.get("value") for k, v in understood.items() if k in FACT_DOMAINS})
    except FactError as exc:  # the classifier broke the fact contract; say so instead of failing
        return bad_request(exc)
    ruleset = ruleset_for(facts)
    decision = decide_valid(facts)
    rows = [
        {
            "label": present.fact_label(ruleset, key),
            "value": present.value_label(ruleset, key, facts[key]),
            "words": list(understood.get(key, {}).get("evidence") or []),
        }
        for key in facts
    ]
    ctx: dict[str, Any] = {
        "understood": rows,
        "confidence": classification.get("confidence"),
        "facts": facts,
        "hidden": present.query_pairs(facts),
        "answers": present.answers(ruleset, facts),
    }
    if decision["category"] is not None:
        ctx.update(result_context(ruleset, facts, decision))
    else:
        ctx["question"] = decision["next_question"]
    base["title"] = "Så här förstod vi beskrivningen"
    return render("freetext_result.html", ruleset=ruleset, **base, **ctx)


# --------------------------------------------------------------------------
@router.get("/anvisningar", response_class=HTMLResponse)
async def guideline() -> HTMLResponse:
    ruleset = default_rulebook().current
    examples: dict[str, list] = {}
    for ex in ruleset.spec.examples:
        examples.setdefault(ex.expect.category, []).append(ex)
    fact_columns = [c for c in TABLE_COLUMNS if c in FACT_DOMAINS]
    return render(
        "guideline.html",
        title="Anvisningar",
        ruleset=ruleset,
        spec=ruleset.spec,
        examples=examples,
        table=table_rows(ruleset),
        fact_columns=fact_columns,
        fact_label=lambda k: present.fact_label(ruleset, k),
        journal_sv=present.JOURNAL_SV,
        versions=default_rulebook().versions,
    )


@router.get("/docs", response_class=HTMLResponse)
async def api_docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    operations = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            body = (op.get("requestBody") or {}).get("content", {})
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "tag": (op.get("tags") or [""])[0],
                    "body": json.dumps(next(iter(body.values()))["schema"], ensure_ascii=False, indent=2)
                    if body
                    else None,
                    "responses": [(code, r.get("description", "")) for code, r in op.get("responses", {}).items()],
                }
            )
    schemas_json = {
        name: json.dumps(s, ensure_ascii=False, indent=2) for name, s in spec["components"]["schemas"].items()
    }
    return render("docs.html", title="API", operations=operations, schemas=schemas_json, info=spec["info"])
