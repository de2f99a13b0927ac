"""Audit rules (rules.yaml) and the codebook, loaded and checked.

The rules are data so the region can read and tune them; row rules carry SQL
predicates that are validated here (parsed with sqlglot, columns checked) before
any engine sees them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import AuditRulesError, CodebookError

RULES_FILE = Path(__file__).parent / "rules.yaml"

STRUCTURAL_RULES = ("invalid_row", "duplicate_contact_id", "unknown_contact_type")
SEVERITIES = ("error", "warning", "info")
SYSTEMS = ("PMO", "PASiS")
# Columns a row rule's predicates may use (see rules.yaml).
PREDICATE_COLUMNS = frozenset(
    {
        "system", "category", "contact_type", "journal_note", "sob_program",
        "identity_verified", "sob_marking", "later_visit_same_day",
    }
)
# The extract's columns, in the documented order.
EXTRACT_COLUMNS = (
    "contact_id", "patient_id", "unit_id", "system", "start_time", "contact_type",
    "attributes", "kva_codes", "journal_note", "sob_program", "identity_verified",
)


@dataclass(frozen=True)
class AuditRule:
    id: str
    kind: str  # "structural" or "row"
    severity: str
    section: str
    threshold: float
    title_sv: str
    message_sv: str
    explanation_sv: str
    eligible_sql: str | None = None  # DuckDB dialect, category sets expanded
    when_sql: str | None = None


@dataclass(frozen=True)
class AuditRules:
    version: str
    rules: tuple[AuditRule, ...]
    category_sets: dict[str, tuple[str, ...]]
    source: str

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.rules)

    def by_id(self, rule_id: str) -> AuditRule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    @property
    def row_rules(self) -> tuple[AuditRule, ...]:
        return tuple(r for r in self.rules if r.kind == "row")


def _known_categories() -> set[str]:
    from ..rules import default_rulebook

    return set(default_rulebook().current.spec.categories) | {"physical_visit"}


def _check_predicate(source: str, where: str, sql: str) -> None:
    import sqlglot
    from sqlglot import exp

    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except sqlglot.errors.ParseError as exc:
        raise AuditRulesError(f"{source}: {where}: not a valid SQL predicate: {exc}") from None
    for col in tree.find_all(exp.Column):
        if col.table or col.name not in PREDICATE_COLUMNS:
            allowed = ", ".join(sorted(PREDICATE_COLUMNS))
            raise AuditRulesError(f"{source}: {where}: unknown column '{col.sql()}'; allowed: {allowed}")
    if tree.find(exp.Select, exp.Subquery, exp.Window, exp.AggFunc):
        raise AuditRulesError(f"{source}: {where}: only row-level predicates are allowed")


def load_audit_rules(path: str | Path | None = None) -> AuditRules:
    path = Path(path) if path else RULES_FILE
    source = str(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AuditRulesError(f"{source}: cannot read: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise AuditRulesError(f"{source}: not valid YAML: {exc}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("rules"), list):
        raise AuditRulesError(f"{source}: expected a mapping with a 'rules' list")
    known = _known_categories()
    sets: dict[str, tuple[str, ...]] = {}
    for name, cats in (raw.get("category_sets") or {}).items():
        if not isinstance(cats, list) or not cats:
            raise AuditRulesError(f"{source}: category_sets.{name}: expected a non-empty list")
        for c in cats:
            if c not in known:
                raise AuditRulesError(
                    f"{source}: category_sets.{name}: unknown category '{c}'; allowed: {', '.join(sorted(known))}"
                )
        sets[name] = tuple(cats)
    expand = {name: "(" + ", ".join(f"'{c}'" for c in cats) + ")" for name, cats in sets.items()}

    rules: list[AuditRule] = []
    seen: set[str] = set()
    required = {"id", "kind", "severity", "section", "threshold", "title_sv", "message_sv", "explanation_sv"}
    for i, r in enumerate(raw["rules"]):
        where = f"rules[{i}]"
        if not isinstance(r, dict):
            raise AuditRulesError(f"{source}: {where}: expected a mapping")
        missing = required - set(r)
        if missing:
            raise AuditRulesError(f"{source}: {where}: missing keys: {', '.join(sorted(missing))}")
        extra = set(r) - required - {"eligible", "when"}
        if extra:
            raise AuditRulesError(f"{source}: {where}: unknown keys: {', '.join(sorted(extra))}")
        rid = str(r["id"])
        where = f"rules[{i}] ({rid})"
        if not rid.isidentifier() or rid != rid.lower():
            raise AuditRulesError(f"{source}: {where}.id: use lower_case_with_underscores")
        if rid in seen:
            raise AuditRulesError(f"{source}: {where}.id: duplicate rule id")
        seen.add(rid)
        if r["severity"] not in SEVERITIES:
            raise AuditRulesError(f"{source}: {where}.severity: allowed: {', '.join(SEVERITIES)}")
        try:
            threshold = float(r["threshold"])
        except (TypeError, ValueError):
            raise AuditRulesError(f"{source}: {where}.threshold: expected a number between 0 and 1") from None
        if not 0.0 <= threshold <= 1.0:
            raise AuditRulesError(f"{source}: {where}.threshold: expected a number between 0 and 1")
        kind = r["kind"]
        eligible = when = None
        if kind == "structural":
            if rid not in STRUCTURAL_RULES:
                raise AuditRulesError(
                    f"{source}: {where}.kind: structural rules are only: {', '.join(STRUCTURAL_RULES)}"
                )
        elif kind == "row":
            for key in ("eligible", "when"):
                if not isinstance(r.get(key), str) or not r[key].strip():
                    raise AuditRulesError(f"{source}: {where}.{key}: a SQL predicate is required")
            try:
                eligible = r["eligible"].format(**expand)
                when = r["when"].format(**expand)
            except KeyError as exc:
                raise AuditRulesError(f"{source}: {where}: unknown category set {exc}") from None
            _check_predicate(source, f"{where}.eligible", eligible)
            _check_predicate(source, f"{where}.when", when)
        else:
            raise AuditRulesError(f"{source}: {where}.kind: allowed: structural, row")
        rules.append(
            AuditRule(
                id=rid, kind=kind, severity=r["severity"], section=str(r["section"]), threshold=threshold,
                title_sv=str(r["title_sv"]), message_sv=" ".join(str(r["message_sv"]).split()),
                explanation_sv=" ".join(str(r["explanation_sv"]).split()), eligible_sql=eligible, when_sql=when,
            )
        )
    for rid in STRUCTURAL_RULES:
        if rid not in seen:
            raise AuditRulesError(f"{source}: rules: the structural rule '{rid}' must be declared")
    return AuditRules(version=str(raw.get("version", "")), rules=tuple(rules), category_sets=sets, source=source)


# --------------------------------------------------------------------------
# Codebook
# --------------------------------------------------------------------------
def default_codebook() -> dict[str, dict[str, str]]:
    from ..rules import default_rulebook

    return default_rulebook().current.codebook()


def load_codebook(path: str | Path | None) -> dict[str, dict[str, str]]:
    """Read a codebook file (YAML or JSON): {"PMO": {type: category}, "PASiS": {...}}."""
    if path is None:
        return default_codebook()
    path = Path(path)
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CodebookError(f"kodverket {source} kan inte läsas: {exc.strerror}") from None
    try:
        raw: Any = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise CodebookError(f"kodverket {source} är inte giltig JSON/YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(raw, dict) or not raw:
        raise CodebookError(f"kodverket {source}: förväntade ett objekt med systemen PMO och/eller PASiS")
    known = _known_categories()
    book: dict[str, dict[str, str]] = {s: {} for s in SYSTEMS}
    for system, types in raw.items():
        if system not in SYSTEMS:
            raise CodebookError(f"kodverket {source}: okänt system '{system}'; tillåtna: PMO, PASiS")
        if not isinstance(types, dict):
            raise CodebookError(f"kodverket {source}: {system}: förväntade kontakttyp -> kategori")
        for name, cat in types.items():
            key = str(name).strip().lower()
            if not key:
                raise CodebookError(f"kodverket {source}: {system}: tom kontakttyp")
            if cat not in known:
                raise CodebookError(
                    f"kodverket {source}: {system}.{name}: okänd kategori '{cat}'; tillåtna: {', '.join(sorted(known))}"
                )
            book[system][key] = cat
    return book
