"""Load, validate and compile the rule base (YAML files in vardkontakt/guideline/).

Loading is strict: a schema (pydantic) checks every key, and a broken file raises
`RuleBaseError` naming the file and the key path. Compiling turns each rule into
*boxes*: one allowed-value set per fact, so the engine and the completeness proof
can reason over the whole fact space without enumerating it on every call.
"""
from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from .model import CATEGORIES, FACT_DOMAINS, FactError

GUIDELINE_DIR = Path(__file__).parent / "guideline"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 5x faster start
DECISION_FACTS: tuple[str, ...] = tuple(FACT_DOMAINS)  # the dimensions of the fact space


class RuleBaseError(ValueError):
    """A rule-base file is missing, unreadable, or breaks the schema."""


# --------------------------------------------------------------------------
# Schema (what a rule-base YAML file may contain)
# --------------------------------------------------------------------------
Strict = ConfigDict(extra="forbid", frozen=True)
FactBox = dict[str, list[Any]]  # fact -> allowed values


class CategorySpec(BaseModel):
    model_config = Strict
    label_sv: str
    pmo: str | None
    pasis: str | None
    journal: Literal["required", "optional", "not_applicable"]
    vardkontakt: bool
    sections: list[str]
    summary_sv: str


class MarkingSpec(BaseModel):
    model_config = Strict
    id: str
    when: FactBox
    categories: list[str]
    pmo_attributes: list[str] = []
    pasis_kva: list[str] = []
    journal: Literal["required", "optional", "not_applicable"] | None = None
    sections: list[str]
    interpretation: str | None = None
    explanation_sv: str


class AnyOf(BaseModel):
    model_config = Strict
    any_of: list[FactBox]


class RuleSpec(BaseModel):
    model_config = Strict
    id: str
    category: str
    when: list[str | FactBox]
    section: str
    pmo_attributes: list[str] = []
    interpretation: str | list[str] | None = None
    explanation_sv: str

    @property
    def interpretation_ids(self) -> list[str]:
        if self.interpretation is None:
            return []
        return [self.interpretation] if isinstance(self.interpretation, str) else list(self.interpretation)


class WarningSpec(BaseModel):
    model_config = Strict
    code: str
    when: FactBox
    categories: list[str] | None = None
    journal: Literal["required", "optional", "not_applicable"] | None = None
    message_sv: str


class InterpretationSpec(BaseModel):
    model_config = Strict
    id: str
    sections: list[str]
    question_sv: str
    choice_sv: str
    reason_sv: str


class FactSpec(BaseModel):
    model_config = Strict
    label_sv: str
    question_sv: str
    values: dict[Any, str]


class OptionSpec(BaseModel):
    model_config = Strict
    label_sv: str
    facts: dict[str, Any]


class QuestionSpec(BaseModel):
    model_config = Strict
    id: str
    text_sv: str
    options: list[OptionSpec]


class ExpectSpec(BaseModel):
    model_config = Strict
    category: str
    pmo_attributes: list[str] = []
    pasis_kva: list[str] = []


class ExampleSpec(BaseModel):
    model_config = Strict
    id: str
    sections: list[str]
    text_sv: str
    facts: dict[str, Any]
    expect: ExpectSpec
    interpretation: str | None = None


class RuleBaseSpec(BaseModel):
    model_config = Strict
    version: str
    valid_from: dt.date
    title_sv: str
    publisher: str
    sections: dict[str, str]
    categories: dict[str, CategorySpec]
    markings: list[MarkingSpec] = []
    conditions: dict[str, AnyOf | list[FactBox]]
    rules: list[RuleSpec]
    warnings: list[WarningSpec] = []
    interpretations: list[InterpretationSpec]
    facts: dict[str, FactSpec]
    questions: list[QuestionSpec]
    examples: list[ExampleSpec]

    @field_validator("valid_from", mode="before")
    @classmethod
    def _date(cls, v: Any) -> Any:
        return dt.date.fromisoformat(v) if isinstance(v, str) else v


# --------------------------------------------------------------------------
# Compiled form
# --------------------------------------------------------------------------
Box = tuple[frozenset, ...]  # one allowed-value set per DECISION_FACTS entry
FULL_BOX: Box = tuple(frozenset(FACT_DOMAINS[f]) for f in DECISION_FACTS)


@dataclass(frozen=True)
class Outcome:
    """What gets registered. Two facts with equal Outcomes register the same thing."""

    category: str
    pmo_attributes: tuple[str, ...] = ()
    pasis_kva: tuple[str, ...] = ()


@dataclass(frozen=True)
class CompiledRule:
    """One box of a rule, with the markings that apply inside it."""

    rule_id: str
    box: Box
    outcome: Outcome
    markings: tuple[str, ...]


@dataclass(eq=False)  # identity hash: used as a cache key
class RuleSet:
    """One version of the guideline as validated, compiled data."""

    spec: RuleBaseSpec
    source: str
    compiled: list[CompiledRule] = field(default_factory=list)

    @property
    def version(self) -> str:
        return self.spec.version

    @property
    def valid_from(self) -> dt.date:
        return self.spec.valid_from

    @cached_property
    def rules_by_id(self) -> dict[str, RuleSpec]:
        return {r.id: r for r in self.spec.rules}

    @cached_property
    def markings_by_id(self) -> dict[str, MarkingSpec]:
        return {m.id: m for m in self.spec.markings}

    @cached_property
    def interpretations_by_id(self) -> dict[str, InterpretationSpec]:
        return {i.id: i for i in self.spec.interpretations}

    def section(self, key: str) -> str:
        return self.spec.sections[key]

    def journal_level(self, outcome: Outcome, markings: tuple[str, ...]) -> str:
        level = self.spec.categories[outcome.category].journal
        for marking_id in markings:
            override = self.markings_by_id[marking_id].journal
            if override:
                level = override
        return level

    def codebook(self) -> dict[str, dict[str, str]]:
        """System -> {contact type (lower case) -> category}, from the categories.

        `Besök` (a physical visit) is not a distance contact but is known in both
        systems so extracts can be audited and followed up as a whole.
        """
        book: dict[str, dict[str, str]] = {"PMO": {}, "PASiS": {}}
        for name, cat in self.spec.categories.items():
            if cat.pmo:
                book["PMO"][cat.pmo.lower()] = name
            if cat.pasis:
                book["PASiS"][cat.pasis.lower()] = name
        for system in book:
            book[system]["besök"] = "physical_visit"
        return book


def _fail(source: str, where: str, message: str) -> RuleBaseError:
    return RuleBaseError(f"{source}: {where}: {message}")


def _check_box(source: str, where: str, box: FactBox) -> None:
    for fact, values in box.items():
        if fact not in FACT_DOMAINS:
            raise _fail(source, f"{where}.{fact}", f"unknown fact; allowed: {', '.join(FACT_DOMAINS)}")
        for v in values:
            if v not in FACT_DOMAINS[fact] or type(v) is not type(FACT_DOMAINS[fact][0]):
                allowed = ", ".join(map(str, FACT_DOMAINS[fact]))
                raise _fail(source, f"{where}.{fact}", f"value {v!r} not allowed; allowed: {allowed}")


def _to_box(fact_box: FactBox) -> Box:
    return tuple(
        frozenset(fact_box[f]) if f in fact_box else FULL_BOX[i] for i, f in enumerate(DECISION_FACTS)
    )


def _intersect(a: Box, b: Box) -> Box | None:
    out = tuple(x & y for x, y in zip(a, b))
    return None if any(not s for s in out) else out


def _compile(spec: RuleBaseSpec, source: str) -> list[CompiledRule]:
    # Each named condition is a union of boxes; a rule is the conjunction of its conditions.
    named: dict[str, list[Box]] = {}
    for name, cond in spec.conditions.items():
        boxes = cond.any_of if isinstance(cond, AnyOf) else cond
        for i, b in enumerate(boxes):
            _check_box(source, f"conditions.{name}[{i}]", b)
        named[name] = [_to_box(b) for b in boxes]

    compiled: list[CompiledRule] = []
    for r_index, rule in enumerate(spec.rules):
        where = f"rules[{r_index}] ({rule.id})"
        alternatives: list[list[Box]] = []
        for c_index, cond in enumerate(rule.when):
            if isinstance(cond, str):
                if cond not in named:
                    raise _fail(source, f"{where}.when[{c_index}]", f"unknown condition '{cond}'")
                alternatives.append(named[cond])
            else:
                _check_box(source, f"{where}.when[{c_index}]", cond)
                alternatives.append([_to_box(cond)])
        boxes: list[Box] = []
        for combo in itertools.product(*alternatives):
            box: Box | None = FULL_BOX
            for part in combo:
                box = _intersect(box, part) if box else None
            if box:
                boxes.append(box)
        base = Outcome(rule.category, tuple(rule.pmo_attributes), ())
        for box in boxes:
            compiled.extend(_apply_markings(spec, rule.id, box, base))
    return compiled


def _apply_markings(spec: RuleBaseSpec, rule_id: str, box: Box, base: Outcome) -> list[CompiledRule]:
    """Split a box where a marking's one-fact condition holds, so each piece has one outcome."""
    pieces = [(box, base, ())]
    for marking in spec.markings:
        if base.category not in marking.categories:
            continue
        (fact, values), = marking.when.items()
        i = DECISION_FACTS.index(fact)
        hit = frozenset(values)
        next_pieces = []
        for b, outcome, ids in pieces:
            inside, outside = b[i] & hit, b[i] - hit
            if inside:
                marked = Outcome(
                    outcome.category,
                    tuple(sorted(set(outcome.pmo_attributes) | set(marking.pmo_attributes))),
                    tuple(sorted(set(outcome.pasis_kva) | set(marking.pasis_kva))),
                )
                next_pieces.append((b[:i] + (inside,) + b[i + 1 :], marked, ids + (marking.id,)))
            if outside:
                next_pieces.append((b[:i] + (outside,) + b[i + 1 :], outcome, ids))
        pieces = next_pieces
    return [CompiledRule(rule_id, b, o, ids) for b, o, ids in pieces]


def _cross_check(spec: RuleBaseSpec, source: str) -> None:
    """References between parts of the file must resolve."""
    cats, secs = set(spec.categories), set(spec.sections)
    interps = {i.id for i in spec.interpretations}
    if set(CATEGORIES) != cats:
        raise _fail(source, "categories", f"must be exactly: {', '.join(CATEGORIES)}")

    def need(kind: str, value: str | None, known: set[str], where: str) -> None:
        if value is not None and value not in known:
            raise _fail(source, where, f"unknown {kind} '{value}'")

    for name, cat in spec.categories.items():
        for s in cat.sections:
            need("section", s, secs, f"categories.{name}.sections")
    for i, m in enumerate(spec.markings):
        if len(m.when) != 1:
            raise _fail(source, f"markings[{i}].when", "a marking condition names exactly one fact")
        _check_box(source, f"markings[{i}].when", m.when)
        for c in m.categories:
            need("category", c, cats, f"markings[{i}].categories")
        for s in m.sections:
            need("section", s, secs, f"markings[{i}].sections")
        need("interpretation", m.interpretation, interps, f"markings[{i}].interpretation")
    seen: set[str] = set()
    for i, r in enumerate(spec.rules):
        if r.id in seen:
            raise _fail(source, f"rules[{i}].id", f"duplicate rule id '{r.id}'")
        seen.add(r.id)
        need("category", r.category, cats, f"rules[{i}].category")
        need("section", r.section, secs, f"rules[{i}].section")
        for interp in r.interpretation_ids:
            need("interpretation", interp, interps, f"rules[{i}].interpretation")
    for i, w in enumerate(spec.warnings):
        _check_box(source, f"warnings[{i}].when", w.when)
        for c in w.categories or []:
            need("category", c, cats, f"warnings[{i}].categories")
    for i, it in enumerate(spec.interpretations):
        for s in it.sections:
            need("section", s, secs, f"interpretations[{i}].sections")
    if set(spec.facts) != set(FACT_DOMAINS):
        raise _fail(source, "facts", f"must label exactly: {', '.join(FACT_DOMAINS)}")
    for fact, fs in spec.facts.items():
        if set(fs.values) != set(FACT_DOMAINS[fact]):
            raise _fail(source, f"facts.{fact}.values", "must label every allowed value")
    from .model import validate_facts

    for i, q in enumerate(spec.questions):
        for j, opt in enumerate(q.options):
            try:
                validate_facts(opt.facts)
            except FactError as exc:
                raise _fail(source, f"questions[{i}].options[{j}].facts", str(exc)) from None
    for i, ex in enumerate(spec.examples):
        try:
            validate_facts(ex.facts)
        except FactError as exc:
            raise _fail(source, f"examples[{i}].facts", str(exc)) from None
        need("category", ex.expect.category, cats, f"examples[{i}].expect.category")
        need("interpretation", ex.interpretation, interps, f"examples[{i}].interpretation")
        for s in ex.sections:
            need("section", s, secs, f"examples[{i}].sections")


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def load_ruleset(path: str | Path) -> RuleSet:
    path = Path(path)
    source = str(path)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except OSError as exc:
        raise RuleBaseError(f"{source}: cannot read: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise RuleBaseError(f"{source}: not valid YAML: {exc}") from None
    try:
        spec = RuleBaseSpec.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        # Union types report one branch per alternative; the key path is what matters.
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p[:1].isupper()))
        raise _fail(source, _loc(loc), err["msg"]) from None
    _cross_check(spec, source)
    return RuleSet(spec=spec, source=source, compiled=_compile(spec, source))


class Rulebook:
    """All versions of the rule base; picks the one in force on a contact's date."""

    def __init__(self, rulesets: list[RuleSet]):
        if not rulesets:
            raise RuleBaseError("no rule-base versions found")
        self.versions = sorted(rulesets, key=lambda r: r.valid_from)
        dates = [r.valid_from for r in self.versions]
        if len(set(dates)) != len(dates):
            raise RuleBaseError("two rule-base versions share a valid_from date")

    def for_date(self, day: dt.date | None = None) -> RuleSet:
        day = day or dt.date.today()
        chosen = None
        for rs in self.versions:
            if rs.valid_from <= day:
                chosen = rs
        if chosen is None:
            first = self.versions[0].valid_from.isoformat()
            raise FactError(
                "contact_date",
                f"no rule version in force on {day.isoformat()} for 'contact_date'; "
                f"allowed values: a date on or after {first}",
            )
        return chosen

    @property
    def current(self) -> RuleSet:
        return self.for_date(None)


def load_rulebook(directory: str | Path | None = None, extra: list[str | Path] = ()) -> Rulebook:
    directory = Path(directory) if directory else GUIDELINE_DIR
    files = sorted(directory.glob("*.yaml")) + [Path(p) for p in extra]
    return Rulebook([load_ruleset(p) for p in files])


_DEFAULT: Rulebook | None = None


def default_rulebook() -> Rulebook:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_rulebook()
    return _DEFAULT


def default_codebook() -> dict[str, dict[str, str]]:
    return default_rulebook().current.codebook()
