"""Aggregate an audited extract and write the HTML and Excel report.

The report reads only the per-row audit relation, which has no patient column,
so no patient identifier can reach it.
"""
from __future__ import annotations

from pathlib import Path

from ..audit.core import audited
from ..audit.errors import InputError
from ..audit.spec import load_audit_rules

DISTANCE = ("video_visit", "phone_replaces_visit", "phone_call", "text_replaces_visit", "text_message")
REPLACING = ("video_visit", "phone_replaces_visit", "text_replaces_visit")
CATEGORY_LABELS = {
    "video_visit": "Videobesök", "phone_replaces_visit": "Telefon som ersätter besök",
    "phone_call": "Telefonsamtal", "text_replaces_visit": "Text som ersätter besök",
    "text_message": "Text som inte ersätter besök", "staff_about_patient": "Kontakt med personal om patient",
    "note": "Kommentar", "triage": "Triage", "physical_visit": "Besök (fysiskt)", "no_registration": "Ingen registrering",
}


def _in(values) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def collect(eng, rules) -> dict:
    """All figures of the report as lists of dicts (small: months x units x categories)."""
    q = eng.run
    known = "status = 'checked' AND category IS NOT NULL"
    data = {}
    data["volumes"] = q(f"""
        SELECT month, unit_id AS unit, category, count(*) AS contacts
        FROM audit_rows WHERE {known} GROUP BY ALL ORDER BY month, unit, category""").to_pylist()
    shares = f"""
        count(*) FILTER (WHERE category IN {_in(DISTANCE + ('physical_visit',))}) AS care_contacts,
        count(*) FILTER (WHERE category IN {_in(DISTANCE)}) AS distance,
        count(*) FILTER (WHERE category IN {_in(REPLACING)}) AS replacing,
        count(*) FILTER (WHERE category IN {_in(DISTANCE)} AND sob_program) AS sob"""
    data["by_month"] = q(f"SELECT month, {shares} FROM audit_rows WHERE {known} GROUP BY month ORDER BY month").to_pylist()
    data["by_unit"] = q(f"SELECT unit_id AS unit, {shares} FROM audit_rows WHERE {known} GROUP BY unit ORDER BY unit").to_pylist()
    data["by_category"] = q(f"""SELECT category, count(*) AS contacts FROM audit_rows WHERE {known}
        GROUP BY category ORDER BY contacts DESC, category""").to_pylist()
    rule_cols = ", ".join(
        f"count(*) FILTER (WHERE f_{r.id}) AS f_{r.id}, count(*) FILTER (WHERE e_{r.id}) AS e_{r.id}" for r in rules.rules
    )
    data["rules_by_month"] = q(f"""SELECT coalesce(month, 'okänd') AS month, {rule_cols}
        FROM audit_rows GROUP BY ALL ORDER BY month""").to_pylist()
    data["rules_by_unit"] = q(f"""SELECT coalesce(nullif(unit_id, ''), 'okänd') AS unit, {rule_cols}
        FROM audit_rows GROUP BY ALL ORDER BY unit""").to_pylist()
    from ..audit.core import summarize

    data["summary"] = summarize(eng, rules)
    return data


def build_report(extract, out_dir, engine: str = "duckdb", codebook=None, rules=None):
    from tqdm import tqdm

    from .html import render_html
    from .xlsx import write_xlsx

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} finns redan och är inte en katalog")
    rules = rules or load_audit_rules()
    steps = tqdm(total=4, desc="Rapport", unit="steg", file=None, disable=None)
    try:
        steps.set_postfix_str("granskar")
        with audited(extract, engine, codebook, rules, extra_columns=True) as (eng, rules):
            steps.update()
            steps.set_postfix_str("summerar")
            data = collect(eng, rules)
        steps.update()
        out.mkdir(parents=True, exist_ok=True)
        steps.set_postfix_str("HTML")
        html_path = out / "rapport.html"
        html_path.write_text(render_html(data, rules, Path(extract).name), encoding="utf-8")
        steps.update()
        steps.set_postfix_str("Excel")
        xlsx_path = out / "rapport.xlsx"
        write_xlsx(data, rules, xlsx_path)
        steps.update()
    finally:
        steps.close()
    return html_path, xlsx_path
