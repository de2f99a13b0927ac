"""The audit pipeline, independent of engine and CLI."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import sql as S
from .engines import make_engine
from .spec import AuditRules, default_codebook, load_audit_rules

FINDING_COLUMNS = ("line", "contact_id", "rule", "severity", "message")
# A text cell starting with one of these is run as a formula by a spreadsheet (findings CSV and the Excel report).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _sob_codes() -> tuple[list[str], list[str]]:
    from ..rules import default_rulebook

    spec = default_rulebook().current.spec
    for m in spec.markings:
        if m.id == "sob_marking":
            return list(m.pmo_attributes), list(m.pasis_kva)
    return ["SOB"], ["UW040"]


@dataclass
class AuditResult:
    findings: Any  # pyarrow.Table with FINDING_COLUMNS, sorted by line, rule
    summary: dict


@contextmanager
def audited(path, engine: str = "duckdb", codebook=None, rules: AuditRules | None = None, extra_columns=True, **engine_kwargs):
    """Load the extract and materialise one audited row per input row as `audit_rows`.

    Yields (engine, rules). The source is scanned once; findings, summary and
    report aggregates are then read from `audit_rows`.
    """
    rules = rules or load_audit_rules()
    codebook = codebook or default_codebook()
    pmo, pasis = _sob_codes()
    eng = make_engine(engine, **engine_kwargs)
    try:
        eng.load(path)
        eng.run(S.rows_sql(rules, codebook, pmo, pasis, extra_columns=extra_columns), materialize_as="audit_rows")
        yield eng, rules
    finally:
        eng.close()


def summarize(eng, rules: AuditRules) -> dict:
    row = eng.run(S.summary_sql(rules)).to_pylist()[0]
    summary = {
        "rows_read": int(row["rows_read"]),
        "rows_checked": int(row["rows_checked"]),
        "rows_quarantined": int(row["rows_quarantined"]),
        "findings_per_rule": {r.id: int(row[f"f_{r.id}"]) for r in rules.rules},
        "eligible_per_rule": {r.id: int(row[f"e_{r.id}"]) for r in rules.rules},
    }
    assert summary["rows_read"] == summary["rows_checked"] + summary["rows_quarantined"]
    return summary


def run_audit(path, engine: str = "duckdb", codebook=None, rules: AuditRules | None = None, **engine_kwargs) -> AuditResult:
    with audited(path, engine, codebook, rules, extra_columns=False, **engine_kwargs) as (eng, rules):
        findings = eng.run(S.findings_sql(rules))
        summary = summarize(eng, rules)
    summary["engine"] = engine
    return AuditResult(findings=findings.select(list(FINDING_COLUMNS)), summary=summary)


_FORMULA_START_RE = "^([" + "".join("\\" + c if c in "-\\]^" else c for c in FORMULA_START) + "])"


def write_findings(findings, out: str | Path) -> None:
    """The findings as CSV. Text cells that a spreadsheet would run as a formula ("=…", "+…", "-…", "@…") get a
    leading apostrophe, as in the Excel report: a contact id comes from the extract and is not trusted."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pcsv

    columns = []
    for name in findings.column_names:
        col = findings[name]
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            col = pc.replace_substring_regex(col, pattern=_FORMULA_START_RE, replacement="'\\1")
        columns.append(col)
    safe = pa.table(columns, names=findings.column_names)
    pcsv.write_csv(safe, str(out), write_options=pcsv.WriteOptions(quoting_style="needed"))


def run_harmonize(path, out, engine: str = "duckdb", codebook=None, **engine_kwargs) -> int:
    """Write every checked row with its category to Parquet; returns the row count."""
    codebook = codebook or default_codebook()
    pmo, pasis = _sob_codes()
    eng = make_engine(engine, **engine_kwargs)
    try:
        eng.load(path)
        query = S.harmonized_sql(codebook, pmo, pasis) + " ORDER BY line"
        eng.copy_parquet(query, out)
    finally:
        eng.close()
    import pyarrow.parquet as pq

    return pq.ParquetFile(str(out)).metadata.num_rows


def format_summary(summary: dict, rules: AuditRules) -> str:
    """The printed summary, in Swedish."""
    lines = [
        f"Rader lästa:         {summary['rows_read']}",
        f"Rader granskade:     {summary['rows_checked']}",
        f"Rader i karantän:    {summary['rows_quarantined']}",
        "Avvikelser per regel (avvikelser / berörda rader):",
    ]
    width = max(len(r.id) for r in rules.rules)
    for r in rules.rules:
        f = summary["findings_per_rule"][r.id]
        e = summary["eligible_per_rule"][r.id]
        rate = f"{100 * f / e:.1f} %" if e else "–"
        lines.append(f"  {r.id:<{width}}  {f:>9} / {e:<9} {rate:>8}  {r.title_sv}")
    return "\n".join(lines)
