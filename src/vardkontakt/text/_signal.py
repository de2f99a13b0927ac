"""A calibrated text-level confidence signal: character n-gram TF-IDF + logistic regression.

It never decides and never fills in a fact. `classify` asks it one thing: how
probable is the category that the lexicon and the engine reached? When that
probability is very low, the facts the decision rests on are withdrawn and the
engine asks (see _classify).

The model is fitted offline with scikit-learn on the development texts (the
training file and sets 2-5; never set 1, which stays the held-out guard)
and shipped as `data/signal.json`. At run time it is plain Python: the same
n-grams as `_ngram.ngrams` (2-5 characters inside word boundaries, on
normalized text), sublinear TF x IDF, L2 norm, one linear score per class and a
softmax, which is exactly what scikit-learn's multinomial logistic regression
computes. Rebuild with

    .venv/bin/python -m vardkontakt.text._signal

(needs the [text] extra: scikit-learn).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

from ._ngram import ngrams

NGRAMS = (2, 5)
C = 10.0                  # inverse regularisation; chosen on the honest studies (decision record 0002)
MIN_DF = 2
MAX_FEATURES = 15000
DIGITS = 4
# Development data: every evaluation set after its one blind run (set 1 stays the held-out guard; sets numbered
# above LAST_DEV_SET are blind until they are scored once, see docs/classify.md).
LAST_DEV_SET = 88
DEV_FILES = tuple(f"tests/data/classify_heldout{i}.jsonl" for i in range(2, LAST_DEV_SET + 1))
SHIPPED = "data/signal.json"
# The same features, less regularised: sharper probabilities, used only to propose a category when the words left
# the engine asking (see _classify._propose). Chosen by leave-one-writer-out (decision record 0002).
PROPOSER_C = 300.0
PROPOSER_SHIPPED = "data/proposer.json"


def analyzer(text: str) -> list[str]:
    out: list[str] = []
    for g, c in ngrams(text, *NGRAMS).items():
        out.extend([g] * c)
    return out


@dataclass(frozen=True)
class Signal:
    classes: tuple[str, ...]
    idf: dict[str, float]
    weights: dict[str, list[float]]   # n-gram -> one weight per class
    intercept: tuple[float, ...]

    def proba(self, normalized: str) -> dict[str, float]:
        vec = {g: (1 + math.log(c)) * self.idf[g] for g, c in ngrams(normalized, *NGRAMS).items() if g in self.idf}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        scores = list(self.intercept)
        for g, v in vec.items():
            w = self.weights.get(g)
            if w is not None:
                x = v / norm
                for k, wk in enumerate(w):
                    scores[k] += wk * x
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp)}


def from_dict(d: dict[str, Any]) -> Signal:
    return Signal(tuple(d["classes"]), d["idf"], d["weights"], tuple(d["intercept"]))


def load(name: str = SHIPPED) -> Signal:
    path = resources.files("vardkontakt.text").joinpath(name)
    with path.open(encoding="utf-8") as f:
        return from_dict(json.load(f))


def dev_records(root: Path) -> list[dict[str, Any]]:
    """The texts the signal is fitted on: training file, sets 2-5 (development data). Never set 1."""
    from ._classify import training_records

    recs = list(training_records())
    for f in DEV_FILES:
        recs += [json.loads(line) for line in (root / f).read_text(encoding="utf-8").splitlines() if line.strip()]
    return recs


def fit(records: Sequence[dict[str, Any]], c: float = C) -> dict[str, Any]:
    """The shipped model's content, fitted on `records` (needs scikit-learn)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from ._normalize import normalize

    texts = [normalize(r["text"]).text for r in records]
    labels = [r["category"] or "abstain" for r in records]
    vec = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=MIN_DF, max_features=MAX_FEATURES)
    X = vec.fit_transform(texts)
    lr = LogisticRegression(C=c, max_iter=5000).fit(X, labels)
    vocab = vec.vocabulary_
    idf = {g: round(float(vec.idf_[i]), DIGITS) for g, i in sorted(vocab.items())}
    weights = {g: [round(float(x), DIGITS) for x in lr.coef_[:, i]] for g, i in sorted(vocab.items())}
    return {
        "about": "char n-gram TF-IDF + logistic regression; confidence signal only (vardkontakt.text._signal)",
        "fitted_on": ["src/vardkontakt/text/data/train.jsonl", *DEV_FILES],
        "n_texts": len(texts),
        "classes": [str(c) for c in lr.classes_],
        "intercept": [round(float(x), DIGITS) for x in lr.intercept_],
        "idf": idf,
        "weights": weights,
    }


def write_shipped(name: str, model: dict[str, Any]) -> Path:
    """Write a fitted model beside this module (package data) as compact JSON."""
    out = Path(__file__).resolve().parent / name
    out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return out


def vocabulary(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Folded word counts of the development texts, for completing cut-off words (`_normalize.complete`)."""
    import re
    from collections import Counter

    from ._normalize import fold

    counts = Counter(w for r in records for w in re.findall(r"[a-z]+", fold(r["text"])))
    return {"about": "folded word counts of the development texts (vardkontakt.text._normalize.complete)",
            "fitted_on": ["src/vardkontakt/text/data/train.jsonl", *DEV_FILES],
            "counts": dict(sorted(counts.items()))}


def main() -> int:
    from . import _normalize

    records = dev_records(Path(__file__).resolve().parents[3])
    out = write_shipped(_normalize.VOCABULARY, vocabulary(records))
    print(f"wrote {out} ({out.stat().st_size / 1e3:.0f} kB)")
    _normalize._vocabulary.cache_clear()  # the models below see the completions they will see at run time
    _normalize.correct.cache_clear()
    for name, c in ((SHIPPED, C), (PROPOSER_SHIPPED, PROPOSER_C)):
        model = fit(records, c)
        if name == PROPOSER_SHIPPED:
            model["about"] = "char n-gram TF-IDF + logistic regression; category proposals only (vardkontakt.text._signal)"
        out = write_shipped(name, model)
        print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB, {len(model['idf'])} n-grams, {model['n_texts']} texts, C={c})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
