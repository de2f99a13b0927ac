"""Every paraphrased guideline example in the rule base gets its expected outcome."""
from __future__ import annotations

import pytest

from vardkontakt.engine import decide
from vardkontakt.rules import default_rulebook

EXAMPLES = default_rulebook().current.spec.examples


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_example_gets_expected_registration(example):
    decision = decide(example.facts)
    assert decision["category"] == example.expect.category, decision["missing"]
    attributes = (decision["pmo"] or {}).get("attributes", [])
    kva = (decision["pasis"] or {}).get("kva", [])
    assert sorted(attributes) == sorted(example.expect.pmo_attributes)
    assert sorted(kva) == sorted(example.expect.pasis_kva)
    assert decision["missing"] == []


def test_examples_cover_every_category():
    assert {e.expect.category for e in EXAMPLES} == set(default_rulebook().current.spec.categories)
