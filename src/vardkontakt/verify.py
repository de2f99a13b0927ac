"""Prove a rule-base version complete, and render its decision table.

`check` enumerates every complete combination of facts (12,288 for the current
fact vocabulary) and proves: exactly one rule applies to each (no gaps, no
overlaps); every rule is reachable; every example gets its expected outcome;
every guided path ends in a decision. It also measures how many questions the
guided flow needs.
"""
from __future__ import annotations

import csv
import io
import itertools
from dataclasses import dataclass, field
from typing import Any

from .engine import _decide_state, _merge, to_state
from .model import FACT_DOMAINS
from .rules import DECISION_FACTS, RuleSet


@dataclass
class CheckReport:
    version: str
    valid_from: str
    combinations: int = 0
    rules: int = 0
    gaps: list[dict[str, Any]] = field(default_factory=list)
    overlaps: list[tuple[dict[str, Any], list[str]]] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)
    examples: int = 0
    failed_examples: list[str] = field(default_factory=list)
    question_paths: int = 0
    questions_avg: float = 0.0
    questions_worst: int = 0
    questions_avg_over_combinations: float = 0.0
    unfinished_paths: int = 0

    @property
    def ok(self) -> bool:
        return not (self.gaps or self.overlaps or self.unreachable or self.failed_examples or self.unfinished_paths)


def all_combinations() -> list[tuple[Any, ...]]:
    return list(itertools.product(*(FACT_DOMAINS[f] for f in DECISION_FACTS)))


def check(ruleset: RuleSet) -> CheckReport:
    report = CheckReport(ruleset.version, ruleset.valid_from.isoformat(), rules=len(ruleset.spec.rules))
    hits: dict[str, int] = {r.id: 0 for r in ruleset.spec.rules}
    for combo in all_combinations():
        report.combinations += 1
        matched = sorted(
            {c.rule_id for c in ruleset.compiled if all(v in s for v, s in zip(combo, c.box))}
        )
        if not matched:
            report.gaps.append(dict(zip(DECISION_FACTS, combo)))
        elif len(matched) > 1:
            report.overlaps.append((dict(zip(DECISION_FACTS, combo)), matched))
        for rule_id in matched:
            hits[rule_id] += 1
    report.unreachable = [rule_id for rule_id, n in hits.items() if n == 0]

    for example in ruleset.spec.examples:
        report.examples += 1
        decision = _decide_state(ruleset, to_state(example.facts))
        got = (
            decision["category"],
            sorted((decision["pmo"] or {}).get("attributes", [])),
            sorted((decision["pasis"] or {}).get("kva", [])),
        )
        want = (example.expect.category, sorted(example.expect.pmo_attributes), sorted(example.expect.pasis_kva))
        if got != want:
            report.failed_examples.append(f"{example.id}: expected {want}, got {got}")

    _measure_questions(ruleset, report)
    return report


def _measure_questions(ruleset: RuleSet, report: CheckReport) -> None:
    """Walk the guided flow from empty facts: every answer path, and every complete combination."""
    empty = (None,) * len(DECISION_FACTS)
    depths: list[int] = []

    def walk(state: tuple, depth: int) -> None:
        decision = _decide_state(ruleset, state)
        if decision["category"] is not None:
            depths.append(depth)
            return
        question = decision["next_question"]
        if question is None or depth > 20:
            report.unfinished_paths += 1
            return
        for option in question["options"]:
            walk(_merge(state, option["facts"]), depth + 1)

    walk(empty, 0)
    report.question_paths = len(depths)
    report.questions_avg = sum(depths) / len(depths) if depths else 0.0
    report.questions_worst = max(depths, default=0)

    # A person with a real contact in mind picks the first option that is true for it.
    total = 0
    combos = all_combinations()
    for combo in combos:
        truth = dict(zip(DECISION_FACTS, combo))
        state, asked = empty, 0
        while True:
            decision = _decide_state(ruleset, state)
            if decision["category"] is not None:
                break
            question = decision["next_question"]
            option = question and next(
                (o for o in question["options"] if all(truth[f] == v for f, v in o["facts"].items())), None
            )
            if option is None or asked > 20:
                report.unfinished_paths += 1
                break
            state, asked = _merge(state, option["facts"]), asked + 1
        total += asked
    report.questions_avg_over_combinations = total / len(combos)


def format_report(report: CheckReport) -> str:
    lines = [
        f"Regelverk {report.version} (gäller från {report.valid_from})",
        f"  faktakombinationer prövade: {report.combinations}",
        f"  regler: {report.rules}, ej nåbara: {len(report.unreachable)} {report.unreachable or ''}".rstrip(),
        f"  luckor (ingen regel): {len(report.gaps)}",
        f"  överlapp (flera regler): {len(report.overlaps)}",
        f"  exempel: {report.examples}, fel: {len(report.failed_examples)}",
        f"  frågevägar: {report.question_paths}, medel {report.questions_avg:.2f} frågor, "
        f"värsta {report.questions_worst}; medel över alla kombinationer "
        f"{report.questions_avg_over_combinations:.2f}; oavslutade vägar: {report.unfinished_paths}",
    ]
    for gap in report.gaps[:5]:
        lines.append(f"  LUCKA: {gap}")
    for combo, rules in report.overlaps[:5]:
        lines.append(f"  ÖVERLAPP {rules}: {combo}")
    for failure in report.failed_examples:
        lines.append(f"  EXEMPEL FEL: {failure}")
    lines.append("  RESULTAT: " + ("OK" if report.ok else "FEL"))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# Decision table
# --------------------------------------------------------------------------
TABLE_COLUMNS = list(DECISION_FACTS) + [
    "rule", "category", "pmo_contact_type", "pmo_attributes", "pasis_contact_type", "pasis_kva",
    "journal", "vardkontakt", "section",
]


def _cell(values: frozenset, fact: str) -> str:
    domain = FACT_DOMAINS[fact]
    if values == frozenset(domain):
        return "-"
    return "|".join(("true" if v else "false") if isinstance(v, bool) else str(v) for v in domain if v in values)


def table_rows(ruleset: RuleSet) -> list[dict[str, str]]:
    rows = []
    for c in ruleset.compiled:
        cat = ruleset.spec.categories[c.outcome.category]
        rule = ruleset.rules_by_id[c.rule_id]
        row = {f: _cell(c.box[i], f) for i, f in enumerate(DECISION_FACTS)}
        row.update(
            rule=c.rule_id,
            category=c.outcome.category,
            pmo_contact_type=cat.pmo or "",
            pmo_attributes=";".join(c.outcome.pmo_attributes),
            pasis_contact_type=cat.pasis or "",
            pasis_kva=";".join(c.outcome.pasis_kva),
            journal=ruleset.journal_level(c.outcome, c.markings),
            vardkontakt="true" if cat.vardkontakt else "false",
            section=ruleset.section(rule.section),
        )
        rows.append(row)
    return rows


def table_csv(ruleset: RuleSet) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=TABLE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table_rows(ruleset))
    return out.getvalue()


def table_markdown(ruleset: RuleSet) -> str:
    rows = table_rows(ruleset)
    head = f"# Beslutstabell, regelverk {ruleset.version} (gäller från {ruleset.valid_from.isoformat()})\n\n"
    head += "`-` betyder att värdet inte spelar roll. Varje rad är en del av en regel; raderna överlappar inte.\n\n"
    lines = ["| " + " | ".join(TABLE_COLUMNS) + " |", "|" + "---|" * len(TABLE_COLUMNS)]
    for row in rows:
        lines.append("| " + " | ".join(row[c].replace("|", "\\|") for c in TABLE_COLUMNS) + " |")
    return head + "\n".join(lines) + "\n"


def interpretations_markdown(ruleset: RuleSet) -> str:
    """The interpretations of the guideline, for docs/interpretations.md and the web guide."""
    out = [
        f"# Tolkningar av anvisningen (regelverk {ruleset.version})\n",
        "Där anvisningen är tyst eller tvetydig har vardkontakt gjort ett val. "
        "Varje val står här med avsnittet det gäller.\n",
    ]
    for item in ruleset.spec.interpretations:
        sections = "; ".join(ruleset.section(s) for s in item.sections)
        out.append(f"## `{item.id}`\n")
        out.append(f"- **Avsnitt:** {sections}")
        out.append(f"- **Fråga:** {item.question_sv.strip()}")
        out.append(f"- **Val:** {item.choice_sv.strip()}")
        out.append(f"- **Skäl:** {item.reason_sv.strip()}\n")
    return "\n".join(out)
