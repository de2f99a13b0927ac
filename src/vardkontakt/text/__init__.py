"""Free text to registration: `classify("Ringde upp pat och lämnade normalt provsvar")`.

Importing this package is light; the lexicon, the rule base and the small
nearest-neighbour model are loaded at the first call and cached.
"""
from __future__ import annotations

from typing import Any

__all__ = ["classify"]


def classify(text: str) -> dict[str, Any]:
    """The decision for a Swedish contact description, with confidence, facts and evidence.

    Same shape as `vardkontakt.engine.decide`, plus `confidence` (0-1), `facts`
    ({fact: {"value", "evidence"}}), `evidence` (closest rule-base examples) and
    `confidence_notes`. The registration is always `decide()` of the returned
    facts' values. Abstains (category null, `missing`, `next_question`) when
    the text does not settle the registration.
    """
    from ._classify import classify as _classify

    return _classify(text)
