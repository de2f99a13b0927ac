"""Guided questions: every question in the guided tree covers every case still possible,
each option moves forward, and the measured question counts meet the goals."""
from __future__ import annotations

import itertools

from vardkontakt.engine import decide
from vardkontakt.model import FACT_DOMAINS
from vardkontakt.rules import default_rulebook
from vardkontakt.verify import check

KEYS = list(FACT_DOMAINS)


def tree_states():
    """Every undecided facts object a user can reach from empty facts by answering."""
    seen, todo = [], [{}]
    while todo:
        facts = todo.pop()
        decision = decide(facts)
        if decision["category"] is None:
            seen.append((facts, decision["next_question"]))
            todo.extend({**facts, **o["facts"]} for o in decision["next_question"]["options"])
    return seen


def test_options_cover_every_case_still_possible():
    for facts, question in tree_states():
        free = [k for k in KEYS if k not in facts]
        for values in itertools.product(*(FACT_DOMAINS[k] for k in free)):
            case = dict(zip(free, values))
            assert any(
                all(case.get(k, facts.get(k)) == v for k, v in option["facts"].items())
                for option in question["options"]
            ), f"question {question['id']} at {facts} has no option for {case}"


def test_every_option_is_new_information():
    for facts, question in tree_states():
        labels = [o["label_sv"] for o in question["options"]]
        assert len(labels) == len(set(labels))
        for option in question["options"]:
            assert any(k not in facts for k in option["facts"]), (question["id"], option)


def test_question_counts_meet_the_goals():
    report = check(default_rulebook().current)
    assert report.unfinished_paths == 0
    assert report.questions_avg <= 3
    assert report.questions_worst <= 5
