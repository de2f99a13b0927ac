"""classify(text): facts from the words, the registration from the engine.

The lexicon (_extract) reads facts from the text; `vardkontakt.engine.decide`
applies the rule base to exactly those facts. A calibrated text model
(_signal: character n-gram TF-IDF + logistic regression, shipped as a small
JSON file) never decides anything and never fills in a fact: it only lowers or
raises the confidence. When confidence is too low, the facts that the decision
rests on but that were only weakly indicated (or defaulted) are withdrawn; when
the model finds the reached category very improbable (a veto), every fact the
decision rests on is withdrawn. Either way the engine abstains and asks the
question that settles it.
Because the returned registration is always `decide(facts)` for the returned
facts, text and guided questions cannot disagree.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..engine import decide
from ..rules import default_rulebook
from ._extract import Fact, extract
from ._ngram import Index, TfIdf
from ._normalize import normalize
from ._signal import Signal
from ._signal import load as load_signal

ABSTAIN_BELOW = 0.6        # confidence under this withdraws uncertain facts
BASE = 0.97
COST = {"default": 0.06, "inferred": 0.10, "weak": 0.12}
AGREE_BONUS = 0.02
AGREE_P = 0.5              # the signal's probability of the reached category for the bonus
VETO_P = 0.10              # below this the signal vetoes (chosen on the blind runs of sets 2-4 and dev CV, decision record 0002)
DISAGREE_COST = 0.25
N_EXAMPLES = 3


@dataclass(frozen=True)
class Model:
    signal: Signal
    examples: list[dict[str, Any]]
    example_index: Index


def training_records() -> list[dict[str, Any]]:
    path = resources.files("vardkontakt.text").joinpath("data/train.jsonl")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@lru_cache(maxsize=1)
def model() -> Model:
    """Built once per process from the shipped training data (deterministic)."""
    records = training_records()
    texts = [normalize(r["text"]).text for r in records]
    spec = default_rulebook().current.spec
    examples = [
        {"id": e.id, "text_sv": e.text_sv, "category": e.expect.category} for e in spec.examples
    ]
    ex_texts = [normalize(e["text_sv"]).text for e in examples]
    example_index = Index(TfIdf(texts + ex_texts), ex_texts)
    return Model(load_signal(), examples, example_index)


def _plain(facts: dict[str, Fact]) -> dict[str, Any]:
    return {k: f.value for k, f in facts.items()}


def _uncertainty(f: Fact) -> str | None:
    if f.how in ("default", "inferred"):
        return f.how
    return "weak" if f.strength == "weak" else None


def _load_bearing(facts: dict[str, Fact], category: str, every: bool = False) -> list[str]:
    """Uncertain facts (with `every`: any facts) without which the engine would no longer reach `category`."""
    out = []
    for key, f in facts.items():
        if _uncertainty(f) is None and not every:
            continue
        rest = {k: v for k, v in _plain(facts).items() if k != key}
        if decide(rest)["category"] != category:
            out.append(key)
    return out


def classify(text: str) -> dict[str, Any]:
    return classify_with(text, model())


def classify_with(text: str, m: Model, *, use_signal: bool = True) -> dict[str, Any]:
    """`classify` with an explicit model; `use_signal=False` scores the lexicon and engine alone."""
    text = "" if text is None else str(text)
    norm = normalize(text)
    facts = extract(text)
    decision = decide(_plain(facts))
    proba = m.signal.proba(norm.text) if use_signal and norm.tokens else None
    notes: list[str] = []
    confidence = 0.0
    if decision["category"] is not None:
        category = decision["category"]
        shaky = _load_bearing(facts, category)
        confidence = BASE - sum(COST[_uncertainty(facts[k])] for k in shaky)
        for k in shaky:
            notes.append(f"{k}: {_uncertainty(facts[k])}")
        p = proba.get(category, 0.0) if proba else None
        vetoed = p is not None and p < VETO_P
        if vetoed:
            confidence -= DISAGREE_COST
            likely = max(proba.items(), key=lambda kv: kv[1])[0]
            notes.append(f"textmodellen finner {category} osannolik (p={p:.2f}; mest lik {likely})")
        elif p is not None and p >= AGREE_P:
            confidence += AGREE_BONUS
        # A veto withdraws every fact the decision rests on, however firmly the words said it; low confidence
        # alone withdraws only the uncertain ones.
        withdraw = _load_bearing(facts, category, every=True) if vetoed else (
            shaky if confidence < ABSTAIN_BELOW else [])
        if withdraw:
            for k in withdraw:
                facts.pop(k)
            decision = decide(_plain(facts))
            for _ in range(3):  # a veto must end in a question, not in another category
                if not vetoed or decision["category"] is None:
                    break
                for k in _load_bearing(facts, decision["category"], every=True):
                    facts.pop(k)
                decision = decide(_plain(facts))
            if decision["category"] is not None and not vetoed:  # the firm facts alone decide
                confidence = max(confidence, ABSTAIN_BELOW)
            else:
                confidence = 0.0
    result = dict(decision)
    result["confidence"] = round(max(0.0, min(1.0, confidence)), 2)
    result["facts"] = {k: f.as_json() for k, f in facts.items()}
    result["evidence"] = _examples(m, norm.text)
    result["confidence_notes"] = notes
    return result


def _examples(m: Model, normalized: str) -> list[dict[str, Any]]:
    if not normalized.strip():
        return []
    out = []
    for sim, i in m.example_index.nearest(normalized, N_EXAMPLES):
        if sim <= 0.05:
            break
        out.append({**m.examples[i], "similarity": round(sim, 2)})
    return out
