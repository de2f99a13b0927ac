"""vardkontakt: registration support for remote care contacts in Region Skåne.

The public Python API (pinned by tests/test_public_api.py):

    decide(facts) -> decision        the contract documented in the README
    why_not(facts) -> alternatives   what would have led to each other category
    classify(text) -> decision       Swedish free text (needs the `text` extra)
    load_rulebook(dir) / default_rulebook()
    FactError, RuleBaseError

Names are loaded on first use so that importing a submodule stays cheap.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "decide": "vardkontakt.engine",
    "why_not": "vardkontakt.engine",
    "classify": "vardkontakt.text",
    "load_rulebook": "vardkontakt.rules",
    "default_rulebook": "vardkontakt.rules",
    "FactError": "vardkontakt.model",
    "RuleBaseError": "vardkontakt.rules",
}
__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'vardkontakt' has no attribute '{name}'")
