"""The audit as one SQL statement, written once in DuckDB's dialect.

Every engine exposes the extract as a relation `raw`: a BIGINT `line` (1-based
data row) and the eleven extract columns as strings. `rows_sql` turns it into one
row per input row with the status, category and one flag/eligible pair per rule.
The whole chain is a single scan: the duplicate and triage checks are window
functions partitioned by validity instead of self-joins or filtered copies.

For Spark the statement is translated with sqlglot (`to_spark`).
"""
from __future__ import annotations

from .spec import AuditRules

TIME_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2})?$"
TRUE_WORDS = ("true", "1", "ja")
FALSE_WORDS = ("false", "0", "nej")


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _in(values) -> str:
    return "(" + ", ".join(_lit(v) for v in values) + ")"


def _bool(col: str) -> str:
    v = f"lower(trim({col}))"
    return f"CASE WHEN {v} IN {_in(TRUE_WORDS)} THEN TRUE WHEN {v} IN {_in(FALSE_WORDS)} THEN FALSE END"


def _has_code(col: str, code: str) -> str:
    # col is upper-cased, codes separated by ';' with optional spaces around.
    return f"regexp_matches({col}, {_lit('(^|;) *' + code.upper() + ' *(;|$)')})"


def _category_case(codebook: dict[str, dict[str, str]]) -> str:
    whens = [
        f"WHEN {_lit(system + '|' + name)} THEN {_lit(cat)}"
        for system, types in codebook.items()
        for name, cat in sorted(types.items())
    ]
    if not whens:
        return "CAST(NULL AS VARCHAR)"
    return "CASE system || '|' || contact_type " + " ".join(whens) + " END"


def _marking(system: str, codes: list[str], col: str) -> str:
    if not codes:
        return "FALSE"
    return f"(system = {_lit(system)} AND (" + " OR ".join(_has_code(col, c) for c in codes) + "))"


def base_sql(codebook: dict[str, dict[str, str]], sob_pmo: list[str], sob_pasis: list[str]) -> str:
    """CTE chain ending in relation `r`: one row per input row, all derived columns."""
    ts_text = "replace(st, 'T', ' ') || CASE WHEN length(st) = 16 THEN ':00' ELSE '' END"
    return f"""
WITH t AS (
  SELECT line,
    coalesce(trim(contact_id), '') AS contact_id,
    coalesce(trim(patient_id), '') AS patient_id,
    coalesce(trim(unit_id), '') AS unit_id,
    CASE upper(trim(system)) WHEN 'PMO' THEN 'PMO' WHEN 'PASIS' THEN 'PASiS' END AS system,
    coalesce(trim(start_time), '') AS st,
    lower(coalesce(trim(contact_type), '')) AS contact_type,
    trim(contact_type) AS contact_type_text,
    trim(attributes) AS attributes_text,
    trim(kva_codes) AS kva_text,
    upper(coalesce(trim(attributes), '')) AS attributes_u,
    upper(coalesce(trim(kva_codes), '')) AS kva_u,
    {_bool('journal_note')} AS journal_note,
    {_bool('sob_program')} AS sob_program,
    coalesce(trim(identity_verified), '') = '' AS identity_empty,
    {_bool('identity_verified')} AS identity_verified
  FROM raw
), p AS (
  SELECT *,
    TRY_CAST(CASE WHEN regexp_matches(st, {_lit(TIME_PATTERN)}) THEN {ts_text} END AS TIMESTAMP) AS ts
  FROM t
), q AS (
  SELECT *,
    concat_ws(', ',
      CASE WHEN contact_id = '' THEN 'contact_id' END,
      CASE WHEN patient_id = '' THEN 'patient_id' END,
      CASE WHEN unit_id = '' THEN 'unit_id' END,
      CASE WHEN system IS NULL THEN 'system' END,
      CASE WHEN ts IS NULL THEN 'start_time' END,
      CASE WHEN contact_type = '' THEN 'contact_type' END,
      CASE WHEN journal_note IS NULL THEN 'journal_note' END,
      CASE WHEN sob_program IS NULL THEN 'sob_program' END,
      CASE WHEN identity_verified IS NULL AND NOT identity_empty THEN 'identity_verified' END
    ) AS invalid_fields
  FROM p
), d AS (
  SELECT *,
    invalid_fields = '' AS valid,
    row_number() OVER (PARTITION BY invalid_fields = '', contact_id ORDER BY line) AS occurrence,
    min(line) OVER (PARTITION BY invalid_fields = '', contact_id) AS first_line,
    {_category_case(codebook)} AS category,
    ({_marking('PMO', sob_pmo, 'attributes_u')} OR {_marking('PASiS', sob_pasis, 'kva_u')}) AS sob_marking
  FROM q
), c AS (
  SELECT *,
    valid AND occurrence = 1 AS checked,
    max(CASE WHEN category = 'physical_visit' THEN ts END) OVER (
      PARTITION BY valid AND occurrence = 1, system, patient_id, unit_id, CAST(ts AS DATE)
    ) AS last_visit
  FROM d
), r AS (
  SELECT *,
    CASE WHEN NOT valid THEN 'invalid' WHEN NOT checked THEN 'duplicate' ELSE 'checked' END AS status,
    coalesce(checked AND last_visit > ts, FALSE) AS later_visit_same_day,
    checked AND category IS NOT NULL AS known
  FROM c
)"""


def rows_sql(rules: AuditRules, codebook, sob_pmo, sob_pasis, extra_columns: bool = True) -> str:
    """One row per input row: status, detail and f_<rule>/e_<rule> (violation, eligible)."""
    cols = [
        "line", "contact_id", "status",
        "CASE WHEN status = 'invalid' THEN invalid_fields "
        "WHEN status = 'duplicate' THEN CAST(first_line AS VARCHAR) ELSE '' END AS detail",
    ]
    if extra_columns:
        cols += [
            "system", "unit_id", "category", "strftime(ts, '%Y-%m') AS month",
            "sob_program", "journal_note",
        ]
    for rule in rules.rules:
        if rule.id == "invalid_row":
            f, e = "status = 'invalid'", "TRUE"
        elif rule.id == "duplicate_contact_id":
            f, e = "status = 'duplicate'", "valid"
        elif rule.id == "unknown_contact_type":
            f, e = "checked AND category IS NULL", "checked"
        else:
            e = f"known AND coalesce({rule.eligible_sql}, FALSE)"
            f = f"{e} AND coalesce({rule.when_sql}, FALSE)"
        cols += [f"coalesce({f}, FALSE) AS f_{rule.id}", f"coalesce({e}, FALSE) AS e_{rule.id}"]
    return base_sql(codebook, sob_pmo, sob_pasis) + "\nSELECT " + ",\n  ".join(cols) + "\nFROM r"


def harmonized_sql(codebook, sob_pmo, sob_pasis) -> str:
    """Every checked (not quarantined) row, normalised, with its category."""
    return base_sql(codebook, sob_pmo, sob_pasis) + """
SELECT line, contact_id, patient_id, unit_id, system, ts AS start_time, contact_type_text AS contact_type,
  coalesce(attributes_text, '') AS attributes, coalesce(kva_text, '') AS kva_codes, journal_note, sob_program, identity_verified,
  sob_marking, category
FROM r WHERE checked"""


def findings_sql(rules: AuditRules, source: str = "audit_rows") -> str:
    """Findings (line, contact_id, rule, severity, message) from the per-row relation."""
    parts = []
    for rule in rules.rules:
        msg = _lit(rule.message_sv)
        message = f"replace({msg}, '{{detail}}', detail)" if "{detail}" in rule.message_sv else msg
        parts.append(
            f"SELECT line, contact_id, {_lit(rule.id)} AS rule, {_lit(rule.severity)} AS severity, "
            f"{message} AS message FROM {source} WHERE f_{rule.id}"
        )
    return "SELECT * FROM (\n" + "\nUNION ALL\n".join(parts) + "\n) ORDER BY line, rule"


def summary_sql(rules: AuditRules, source: str = "audit_rows") -> str:
    cols = [
        "count(*) AS rows_read",
        "coalesce(sum(CASE WHEN status = 'checked' THEN 1 ELSE 0 END), 0) AS rows_checked",
        "coalesce(sum(CASE WHEN status <> 'checked' THEN 1 ELSE 0 END), 0) AS rows_quarantined",
    ]
    for rule in rules.rules:
        cols.append(f"coalesce(sum(CASE WHEN f_{rule.id} THEN 1 ELSE 0 END), 0) AS f_{rule.id}")
        cols.append(f"coalesce(sum(CASE WHEN e_{rule.id} THEN 1 ELSE 0 END), 0) AS e_{rule.id}")
    return "SELECT " + ", ".join(cols) + f" FROM {source}"


def to_spark(sql: str) -> str:
    import sqlglot

    return sqlglot.transpile(sql, read="duckdb", write="spark")[0]
