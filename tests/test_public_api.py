"""The public Python surface is pinned: changing it must be a deliberate act."""
from __future__ import annotations

import vardkontakt


def test_exported_names_are_pinned():
    assert vardkontakt.__all__ == [
        "FactError", "RuleBaseError", "__version__", "classify", "decide",
        "default_rulebook", "load_rulebook", "why_not",
    ]


def test_exports_resolve():
    for name in vardkontakt.__all__:
        if name != "classify":  # the text extra is optional
            assert getattr(vardkontakt, name) is not None
    assert vardkontakt.decide({"activity": "no_show"})["category"] == "note"
