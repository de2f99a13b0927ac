"""Regression guard on the held-out set (see docs/classify.md for the protocol).

This only checks the goals; nothing is tuned on these texts.
"""
from __future__ import annotations

import json
from pathlib import Path

from vardkontakt.text import classify

HELDOUT = Path(__file__).resolve().parent / "data" / "classify_heldout.jsonl"


def test_heldout_goals():
    records = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) >= 100
    got = [classify(r["text"])["category"] for r in records]
    n = len(records)
    correct = sum(g == r["category"] for g, r in zip(got, records))
    wrong = sum(g is not None and g != r["category"] for g, r in zip(got, records))
    answerable = [r for r in records if r["category"] is not None]
    abstained = sum(g is None for g, r in zip(got, records) if r["category"] is not None)
    assert correct / n >= 0.95
    assert wrong / n <= 0.02
    assert abstained / len(answerable) <= 0.05
