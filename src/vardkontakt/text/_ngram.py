"""Character n-gram TF-IDF in plain Python: nearest neighbours and example search.

Small enough to build at first use from the shipped training data (a few
hundred texts, well under 100 ms) and free of heavy imports, so that loading
stays far below the 2 s budget. Vectors are sparse dicts, L2-normalized, with
sublinear term frequency; n-grams are taken inside word boundaries (" ord ").
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Iterable, Sequence

NGRAM_RANGE = (3, 5)


def ngrams(text: str, lo: int = NGRAM_RANGE[0], hi: int = NGRAM_RANGE[1]) -> Counter[str]:
    out: Counter[str] = Counter()
    for word in text.split():
        w = f" {word} "
        for n in range(lo, hi + 1):
            for i in range(0, max(1, len(w) - n + 1)):
                out[w[i : i + n]] += 1
    return out


class TfIdf:
    def __init__(self, docs: Sequence[str]):
        df: Counter[str] = Counter()
        for d in docs:
            df.update(set(ngrams(d)))
        n = len(docs)
        self.idf = {g: math.log((1 + n) / (1 + c)) + 1.0 for g, c in df.items()}

    def vector(self, text: str) -> dict[str, float]:
        vec = {g: (1 + math.log(c)) * self.idf[g] for g, c in ngrams(text).items() if g in self.idf}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {g: v / norm for g, v in vec.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(g, 0.0) for g, v in a.items())


class Index:
    """Vectors with labels; `nearest` returns (similarity, position) best first."""

    def __init__(self, tfidf: TfIdf, texts: Iterable[str]):
        self.tfidf = tfidf
        self.vectors = [tfidf.vector(t) for t in texts]
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, v in enumerate(self.vectors):
            for g, w in v.items():
                self.postings[g].append((i, w))

    def nearest(self, text: str, k: int, exclude: int | None = None) -> list[tuple[float, int]]:
        q = self.tfidf.vector(text)
        scores: dict[int, float] = defaultdict(float)
        for g, w in q.items():
            for i, x in self.postings.get(g, ()):
                scores[i] += w * x
        if exclude is not None:
            scores.pop(exclude, None)
        return sorted(((s, i) for i, s in scores.items()), key=lambda t: (-t[0], t[1]))[:k]


class KNN:
    """Similarity-weighted k nearest neighbours over labelled texts."""

    def __init__(self, texts: Sequence[str], labels: Sequence[str], k: int = 5):
        self.labels = list(labels)
        self.k = k
        self.index = Index(TfIdf(texts), texts)

    def predict(self, text: str, exclude: int | None = None) -> tuple[str | None, float, float]:
        """(label, share of the neighbours' weight, best similarity)."""
        near = self.index.nearest(text, self.k, exclude=exclude)
        if not near:
            return None, 0.0, 0.0
        votes: dict[str, float] = defaultdict(float)
        for s, i in near:
            votes[self.labels[i]] += s
        label, weight = max(votes.items(), key=lambda kv: (kv[1], kv[0]))
        total = sum(votes.values()) or 1.0
        return label, weight / total, near[0][0]
