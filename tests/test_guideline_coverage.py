"""The rule base cites real section headings and has an example for every guideline bullet."""
from __future__ import annotations

import re

import pytest
import yaml

from conftest import GUIDELINE

pytestmark = pytest.mark.skipif(not GUIDELINE.exists(), reason="shared guideline not checked out beside the repo")

# Bullets under this heading describe the contact types themselves, not examples.
NOT_EXAMPLES = {"Tre olika typer av distanskontakter"}


def bullets_per_section() -> dict[str, int]:
    counts: dict[str, int] = {}
    heading = None
    for line in GUIDELINE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
            counts.setdefault(heading, 0)
        elif line.startswith("- ") and heading:
            counts[heading] += 1
    return counts


def test_every_cited_section_heading_exists(ruleset):
    headings = set(bullets_per_section())
    for key, heading in ruleset.spec.sections.items():
        assert heading in headings, f"section '{key}' cites a heading the guideline does not have: {heading}"


def test_every_example_bullet_has_a_scenario(ruleset):
    by_heading = {h: 0 for h in ruleset.spec.sections.values()}
    for example in ruleset.spec.examples:
        if example.interpretation:
            continue
        for key in example.sections:
            by_heading[ruleset.section(key)] += 1
    for heading, bullets in bullets_per_section().items():
        if heading in NOT_EXAMPLES or bullets == 0:
            continue
        assert heading in by_heading, f"guideline section without rules: {heading}"
        assert by_heading[heading] >= bullets, f"{heading}: {bullets} bullets, {by_heading[heading]} scenarios"


def test_no_guideline_sentence_is_pasted(ruleset):
    """Explanations are our own words: no 8-word run from the guideline appears in the rule base."""
    def runs(text: str) -> set[str]:
        words = re.findall(r"\w+", text.lower())
        return {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}

    guideline = runs(GUIDELINE.read_text(encoding="utf-8"))
    from vardkontakt.rules import GUIDELINE_DIR

    def strings(node):
        if isinstance(node, str):
            yield node
        elif isinstance(node, dict):
            for key, value in node.items():
                if key != "sections":  # headings are cited on purpose
                    yield from strings(value)
        elif isinstance(node, list):
            for value in node:
                yield from strings(value)

    raw = yaml.safe_load((GUIDELINE_DIR / "v1.yaml").read_text(encoding="utf-8"))
    pasted = sorted({run for text in strings(raw) for run in runs(text)} & guideline)
    assert not pasted, pasted[:5]
