"""Facts in, decision out: `decide()`, the next question and the trace.

The fact space is small (9 facts), and the rule base is compiled into boxes
(one allowed-value set per fact, see rules.py). For partial facts the rules that
can still apply are exactly the boxes that agree with every known fact, so
`decide` never enumerates the space. The outcome is made when all those boxes
register the same thing.

Decisions are cached per (rule version, facts); each caller gets its own copy.
"""
from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Any

from .model import DEFAULT_ACTIVITY, FACT_DOMAINS, validate_facts
from .rules import DECISION_FACTS, CompiledRule, Outcome, RuleSet, default_rulebook

State = tuple[Any, ...]  # one value per DECISION_FACTS entry; None = unknown
ACTIVITY = DECISION_FACTS.index("activity")


def to_state(facts: dict[str, Any]) -> State:
    """The raw state: absent facts are None, including an absent activity."""
    return tuple(facts.get(f) for f in DECISION_FACTS)


def with_default(state: State) -> State:
    if state[ACTIVITY] is None:
        return state[:ACTIVITY] + (DEFAULT_ACTIVITY,) + state[ACTIVITY + 1 :]
    return state


class _BoxIndex:
    """Bit masks over the compiled rules: bit j of masks[i][v] is set when rule j allows value v of fact i."""

    def __init__(self, ruleset: RuleSet):
        self.compiled = ruleset.compiled
        self.everything = (1 << len(self.compiled)) - 1
        self.masks = [
            {v: sum(1 << j for j, c in enumerate(self.compiled) if v in c.box[i]) for v in FACT_DOMAINS[f]}
            for i, f in enumerate(DECISION_FACTS)
        ]

    def live_mask(self, state: State) -> int:
        mask = self.everything
        for value, masks in zip(state, self.masks):
            if value is not None:
                mask &= masks[value]
        return mask

    def rules(self, mask: int) -> list[CompiledRule]:
        return [c for j, c in enumerate(self.compiled) if mask >> j & 1]


@lru_cache(maxsize=16)
def _index(ruleset: RuleSet) -> _BoxIndex:
    return _BoxIndex(ruleset)


def influential_facts(live: list[CompiledRule], state: State) -> list[str]:
    """Unknown facts that can change the outcome: flipping them alone, with the
    other unknowns fixed somewhere, moves a completion from one outcome to another."""
    unknown = [i for i, v in enumerate(state) if v is None]
    found: set[int] = set()
    for a, b in itertools.combinations(live, 2):
        if a.outcome == b.outcome:
            continue
        # Boxes of distinct rules are disjoint; they are neighbours along fact f when
        # they overlap on every other unknown fact.
        clash = [i for i in unknown if not (a.box[i] & b.box[i])]
        if len(clash) == 1:
            found.add(clash[0])
    return [DECISION_FACTS[i] for i in sorted(found)]


# --------------------------------------------------------------------------
# Questions
# --------------------------------------------------------------------------
def _merge(state: State, option: dict[str, Any]) -> State:
    out = list(state)
    for fact, value in option.items():
        out[DECISION_FACTS.index(fact)] = value
    return tuple(out)


class _Question:
    """A question with its options, and which options fit a given state (memoised).

    Fit depends only on the facts the question mentions, so it is cached on the
    state's projection onto those facts.
    """

    def __init__(self, spec: dict[str, Any]):
        self.spec = spec
        self.options = spec["options"]
        self.fact_index = sorted({DECISION_FACTS.index(f) for o in self.options for f in o["facts"]})
        self.sets = {DECISION_FACTS[i] for i in self.fact_index}
        self._fits: dict[tuple, list[dict[str, Any]] | None] = {}

    def fitting_options(self, state: State) -> list[dict[str, Any]] | None:
        """Options that contradict no known fact and settle something new, or None
        when they do not together cover every case still possible."""
        key = tuple(state[i] for i in self.fact_index)
        if key not in self._fits:
            self._fits[key] = self._compute(dict(zip((DECISION_FACTS[i] for i in self.fact_index), key)))
        return self._fits[key]

    def _compute(self, known: dict[str, Any]) -> list[dict[str, Any]] | None:
        options = []
        for option in self.options:
            facts = option["facts"]
            if all(known[f] is None or known[f] == v for f, v in facts.items()) and any(
                known[f] is None for f in facts
            ):
                options.append(option)
        axes = [FACT_DOMAINS[f] if v is None else (v,) for f, v in known.items()]
        for combo in itertools.product(*axes):
            point = dict(zip(known, combo))
            if not any(all(point[f] == v for f, v in o["facts"].items()) for o in options):
                return None
        return options or None


class _Planner:
    """Chooses the question with the fewest expected further questions.

    Expected cost assumes each offered option is equally likely; ties go to the
    worst case, then to catalogue order. Catalogue questions from the rule base
    come first; single-fact questions are used only when none of them fits.
    """

    def __init__(self, ruleset: RuleSet):
        self.ruleset = ruleset
        self.index = _index(ruleset)
        self.catalogue = [_Question(q.model_dump()) for q in ruleset.spec.questions]
        self.single = {}
        for fact in DECISION_FACTS:
            spec = ruleset.spec.facts[fact]
            options = [{"label_sv": spec.values[v], "facts": {fact: v}} for v in FACT_DOMAINS[fact]]
            self.single[fact] = _Question({"id": f"fact.{fact}", "text_sv": spec.question_sv, "options": options})

    @lru_cache(maxsize=None)
    def status(self, state: State) -> tuple[bool, tuple[str, ...]]:
        live_state = with_default(state)
        live = self.index.rules(self.index.live_mask(live_state))
        decided = len({c.outcome for c in live}) == 1
        return decided, () if decided else tuple(influential_facts(live, live_state))

    def candidates(self, state: State) -> list[tuple[_Question, list[dict[str, Any]]]]:
        _, missing = self.status(state)
        for pool in (self.catalogue, [self.single[f] for f in missing]):
            found = []
            for question in pool:
                if not question.sets.intersection(missing):
                    continue
                options = question.fitting_options(state)
                if options and any(f in missing for o in options for f in o["facts"]):
                    found.append((question, options))
            if found:
                return found
        return []

    @lru_cache(maxsize=None)
    def plan(self, state: State) -> tuple[float, int, int]:
        """(expected questions, worst case, index of the best candidate)."""
        if self.status(state)[0]:
            return 0.0, 0, -1
        best = (float("inf"), 1 << 30, -1)
        for index, (_, options) in enumerate(self.candidates(state)):
            costs = [self.plan(_merge(state, o["facts"])) for o in options]
            expected = 1 + sum(c[0] for c in costs) / len(costs)
            worst = 1 + max(c[1] for c in costs)
            if (round(expected, 9), worst) < (round(best[0], 9), best[1]):
                best = (expected, worst, index)
        return best

    def next_question(self, state: State) -> dict[str, Any] | None:
        _, _, index = self.plan(state)
        if index < 0:
            return None
        question, options = self.candidates(state)[index]
        return {"id": question.spec["id"], "text_sv": question.spec["text_sv"], "options": options}


@lru_cache(maxsize=16)
def planner_for(ruleset: RuleSet) -> _Planner:
    return _Planner(ruleset)


# --------------------------------------------------------------------------
# Decision
# --------------------------------------------------------------------------
def _warnings(ruleset: RuleSet, state: State, category: str | None, journal: str) -> list[dict[str, str]]:
    out = []
    for w in ruleset.spec.warnings:
        if w.categories is not None and category not in w.categories:
            continue
        if w.journal is not None and journal != w.journal:
            continue
        if all(state[DECISION_FACTS.index(f)] in vals for f, vals in w.when.items()):
            out.append({"code": w.code, "message_sv": w.message_sv.strip()})
    return out


def _registration(ruleset: RuleSet, outcome: Outcome) -> tuple[dict | None, dict | None]:
    cat = ruleset.spec.categories[outcome.category]
    pmo = {"contact_type": cat.pmo, "attributes": list(outcome.pmo_attributes)} if cat.pmo else None
    pasis = {"contact_type": cat.pasis, "kva": list(outcome.pasis_kva)} if cat.pasis else None
    return pmo, pasis


def _trace(ruleset: RuleSet, live: list[CompiledRule]) -> list[dict[str, str]]:
    trace: list[dict[str, str]] = []
    seen: set[str] = set()

    def add(rule: str, section_key: str) -> None:
        if rule not in seen:
            seen.add(rule)
            trace.append({"rule": rule, "section": ruleset.section(section_key)})

    for c in live:
        rule = ruleset.rules_by_id[c.rule_id]
        add(rule.id, rule.section)
        for interp_id in rule.interpretation_ids:
            interp = ruleset.interpretations_by_id[interp_id]
            add(f"interpretation:{interp.id}", interp.sections[0])
        for marking_id in c.markings:
            marking = ruleset.markings_by_id[marking_id]
            add(f"marking:{marking.id}", marking.sections[0])
            if marking.interpretation:
                interp = ruleset.interpretations_by_id[marking.interpretation]
                add(f"interpretation:{interp.id}", interp.sections[0])
    return trace


@lru_cache(maxsize=200_000)
def _decide_state(ruleset: RuleSet, state: State) -> dict[str, Any]:
    live_state = with_default(state)
    index = _index(ruleset)
    parts = _decision_for_rules(ruleset, index.live_mask(live_state))
    missing, question = [], None
    if parts["category"] is None:
        planner = planner_for(ruleset)
        missing, question = list(planner.status(state)[1]), planner.next_question(state)
    return {  # keys in the order the contract documents them
        **{k: parts[k] for k in ("category", "register", "pmo", "pasis", "journal", "vardkontakt")},
        "missing": missing,
        "next_question": question,
        "warnings": _warnings(ruleset, live_state, parts["category"], parts["journal"]),
        "trace": parts["trace"],
        "rules_version": ruleset.version,
    }


@lru_cache(maxsize=4096)
def _decision_for_rules(ruleset: RuleSet, live_mask: int) -> dict[str, Any]:
    """Everything in a decision that depends only on which rules can still apply."""
    live = _index(ruleset).rules(live_mask)
    if len({c.outcome for c in live}) != 1:
        return {
            "category": None,
            "register": None,
            "pmo": None,
            "pasis": None,
            "journal": _undecided_journal(ruleset, live),
            "vardkontakt": _undecided_vardkontakt(ruleset, live),
            "trace": [],
        }
    outcome = live[0].outcome
    markings = tuple(sorted({m for c in live for m in c.markings}))
    category = outcome.category
    pmo, pasis = _registration(ruleset, outcome)
    return {
        "category": category,
        "register": category != "no_registration",
        "pmo": pmo,
        "pasis": pasis,
        "journal": ruleset.journal_level(outcome, markings),
        "vardkontakt": ruleset.spec.categories[category].vardkontakt,
        "trace": _trace(ruleset, live),
    }


def _undecided_journal(ruleset: RuleSet, live: list[CompiledRule]) -> str:
    """While undecided, report the strictest journal level any remaining outcome needs."""
    levels = {ruleset.journal_level(c.outcome, c.markings) for c in live}
    for level in ("required", "optional", "not_applicable"):
        if level in levels:
            return level
    return "not_applicable"


def _undecided_vardkontakt(ruleset: RuleSet, live: list[CompiledRule]) -> bool:
    """True only when every remaining outcome counts as a vårdkontakt."""
    return all(ruleset.spec.categories[c.outcome.category].vardkontakt for c in live)


def decide(facts: dict[str, Any], *, rulebook=None) -> dict[str, Any]:
    """Decide the registration for a facts object (see README: the contract).

    Raises `vardkontakt.model.FactError` for invalid facts.
    """
    checked = validate_facts(facts)
    return decide_valid(checked, rulebook=rulebook)


def decide_valid(checked: dict[str, Any], *, rulebook=None) -> dict[str, Any]:
    """`decide` for facts already passed through `validate_facts`."""
    return _fresh_copy(_decide_state(_in_force(checked, rulebook), to_state(checked)))


def _in_force(checked: dict[str, Any], rulebook) -> RuleSet:
    """The rule version in force on the contact's date (today when absent)."""
    return (rulebook or default_rulebook()).for_date(checked.get("contact_date"))


def _fresh_copy(decision: dict[str, Any]) -> dict[str, Any]:
    """A copy the caller may change without touching the cached decision (cheaper than deepcopy)."""
    out = dict(decision)
    for key in ("pmo", "pasis"):
        if out[key] is not None:
            out[key] = {k: list(v) if isinstance(v, list) else v for k, v in out[key].items()}
    out["missing"] = list(out["missing"])
    out["warnings"] = [dict(w) for w in out["warnings"]]
    out["trace"] = [dict(t) for t in out["trace"]]
    question = out["next_question"]
    if question is not None:
        out["next_question"] = {
            **question,
            "options": [{"label_sv": o["label_sv"], "facts": dict(o["facts"])} for o in question["options"]],
        }
    return out


def ruleset_for(facts: dict[str, Any], rulebook=None) -> RuleSet:
    return _in_force(validate_facts(facts), rulebook)


# --------------------------------------------------------------------------
# Why not ...?
# --------------------------------------------------------------------------
def why_not(facts: dict[str, Any], *, rulebook=None) -> list[dict[str, Any]]:
    """For each other category: the fewest fact changes that would lead to it.

    Returns [{"category", "changes": [{"fact", "now", "would_need": [values]}]}],
    nearest categories first. Known facts only are compared; unknown ones are free.
    """
    checked = validate_facts(facts)
    ruleset = _in_force(checked, rulebook)
    raw_state = to_state(checked)
    state = with_default(raw_state)
    current = _decide_state(ruleset, raw_state)["category"]
    best: dict[str, list[dict[str, Any]]] = {}
    for c in ruleset.compiled:
        cat = c.outcome.category
        if cat == current:
            continue
        changes = [
            {"fact": f, "now": v, "would_need": [x for x in FACT_DOMAINS[f] if x in c.box[i]]}
            for i, (f, v) in enumerate(zip(DECISION_FACTS, state))
            if v is not None and v not in c.box[i]
        ]
        if cat not in best or len(changes) < len(best[cat]):
            best[cat] = changes
    ordered = sorted(best.items(), key=lambda kv: (len(kv[1]), list(ruleset.spec.categories).index(kv[0])))
    return [{"category": cat, "changes": changes} for cat, changes in ordered]


def clear_caches() -> None:
    """Forget cached decisions (used by benchmarks to time the uncached path)."""
    _decide_state.cache_clear()
    _decision_for_rules.cache_clear()
    planner_for.cache_clear()
