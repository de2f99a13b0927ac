"""Per-fact text readers: fill in one fact only where the lexicon is silent and a small model is confident.

Each reader is a small multinomial logistic regression over
character 2-5-grams and word 1-2-grams (TF-IDF), fitted offline with
scikit-learn on the development texts (the training file and sets 2-5; never
set 1) and shipped as `data/readers.json`; inference is plain Python, like
`_signal`. Fact labels are derived from the categories only where the category
implies them under the rule base:

    content   (medical_assessment and replaces_visit both true)
              1: video_visit, phone_replaces_visit, text_replaces_visit
              0: phone_call, text_message (no visit-replacing content)
    channel   video: video_visit; phone: phone_replaces_visit, triage;
              text: text_replaces_visit, text_message
    staff     1: staff_about_patient; 0: every patient-dialogue category
    and "?" for every expected-abstain text (a text that does not settle the
    registration), so that a thin text reads as "?" rather than as a value.

`_classify` asks a reader only when the engine abstains and the fact is
missing from what the words said (absent, a default or an inference). There is deliberately no reader for
same_day_visit_same_unit: a call that books a visit without a day is the
triage question, which the engine must ask (docs/classify.md); a filled fact is
marked `how="model"` with evidence "(textmodell p=...)" and costs confidence.
The registration is still `decide()` of the facts. Rebuild with

    .venv/bin/python -m vardkontakt.text._readers
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
C = 10.0
MIN_DF = 2
MAX_FEATURES = 20000
DIGITS = 4
SHIPPED = "data/readers.json"

REPLACING = ("video_visit", "phone_replaces_visit", "text_replaces_visit")
DIALOGUE = (*REPLACING, "phone_call", "text_message", "triage")
LABELS: dict[str, dict[str, str]] = {
    "content": {**{c: "1" for c in REPLACING}, "phone_call": "0", "text_message": "0"},
    "channel": {"video_visit": "video", "phone_replaces_visit": "phone", "triage": "phone",
                "text_replaces_visit": "text", "text_message": "text"},
    "staff": {"staff_about_patient": "1", **{c: "0" for c in DIALOGUE}},
}


def analyzer(text: str) -> list[str]:
    out: list[str] = []
    for g, c in ngrams(text, *NGRAMS).items():
        out.extend([g] * c)
    words = text.split()
    out.extend("w|" + w for w in words)
    out.extend("b|" + a + " " + b for a, b in zip(words, words[1:]))
    return out


def _counts(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for g in analyzer(text):
        out[g] = out.get(g, 0) + 1
    return out


@dataclass(frozen=True)
class Reader:
    classes: tuple[str, ...]
    idf: dict[str, float]
    weights: dict[str, list[float]]   # feature -> one weight per class
    intercept: tuple[float, ...]

    def proba(self, normalized: str) -> dict[str, float]:
        vec = {g: (1 + math.log(c)) * self.idf[g] for g, c in _counts(normalized).items() if g in self.idf}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        scores = list(self.intercept)
        for g, v in vec.items():
            w = self.weights.get(g)
            if w is not None:
                for k, wk in enumerate(w):
                    scores[k] += wk * v / norm
        if len(self.classes) == 2:  # scikit-learn's binary case: one score, for the second class
            p1 = 1 / (1 + math.exp(-scores[0]))
            return {self.classes[0]: 1 - p1, self.classes[1]: p1}
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp)}


def from_dict(d: dict[str, Any]) -> dict[str, Reader]:
    return {name: Reader(tuple(r["classes"]), r["idf"], r["weights"], tuple(r["intercept"]))
            for name, r in d["readers"].items()}


def load() -> dict[str, Reader]:
    path = resources.files("vardkontakt.text").joinpath(SHIPPED)
    with path.open(encoding="utf-8") as f:
        return from_dict(json.load(f))


def dev_records(root: Path) -> list[dict[str, Any]]:
    from ._signal import dev_records as signal_dev

    return signal_dev(root)


def fit(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The shipped readers' content, fitted on `records` (needs scikit-learn)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from ._normalize import normalize
    from ._signal import DEV_FILES

    norm = [normalize(r["text"]).text for r in records]
    readers: dict[str, Any] = {}
    for name, mapping in LABELS.items():
        # Expected-abstain texts (category null) are a class of their own, "?": the reader learns what a text that
        # does not settle the registration looks like, instead of pushing it towards one of the values.
        rows = [(t, mapping[r["category"]] if r["category"] else "?") for t, r in zip(norm, records)
                if r["category"] in mapping or r["category"] is None]
        texts, labels = [t for t, _ in rows], [y for _, y in rows]
        vec = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=MIN_DF, max_features=MAX_FEATURES)
        X = vec.fit_transform(texts)
        lr = LogisticRegression(C=C, max_iter=5000).fit(X, labels)
        vocab = vec.vocabulary_
        keep = {g: i for g, i in vocab.items() if any(abs(x) >= 10 ** -DIGITS for x in lr.coef_[:, i])}
        readers[name] = {
            "classes": [str(c) for c in lr.classes_],
            "intercept": [round(float(x), DIGITS) for x in lr.intercept_],
            "idf": {g: round(float(vec.idf_[i]), DIGITS) for g, i in sorted(vocab.items())},
            "weights": {g: [round(float(x), DIGITS) for x in lr.coef_[:, i]] for g, i in sorted(keep.items())},
            "n_texts": len(texts),
        }
    return {
        "about": "per-fact char 2-5-gram + word 1-2-gram TF-IDF logistic regressions (vardkontakt.text._readers)",
        "fitted_on": ["src/vardkontakt/text/data/train.jsonl", *DEV_FILES],
        "readers": readers,
    }


def main() -> int:
    from ._signal import write_shipped

    d = fit(dev_records(Path(__file__).resolve().parents[3]))
    out = write_shipped(SHIPPED, d)
    sizes = ", ".join(f"{k}: {v['n_texts']} texts" for k, v in d["readers"].items())
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB; {sizes})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
