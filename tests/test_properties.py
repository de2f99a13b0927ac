"""Property-based tests over all valid facts: decide never raises and is self-consistent."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vardkontakt.engine import decide
from vardkontakt.model import FACT_DOMAINS, PATIENT_CONTACT_CATEGORIES

facts_strategy = st.fixed_dictionaries(
    {},
    optional={key: st.sampled_from(values) for key, values in FACT_DOMAINS.items()}
    | {"contact_date": st.dates(min_value=__import__("datetime").date(2020, 1, 1)).map(str)},
)
complete_facts = st.fixed_dictionaries({key: st.sampled_from(values) for key, values in FACT_DOMAINS.items()})


@settings(max_examples=1500, deadline=None)
@given(facts_strategy)
def test_decide_never_raises_and_is_consistent(facts):
    d = decide(facts)
    category = d["category"]
    if category is None:
        assert d["register"] is None and d["pmo"] is None and d["pasis"] is None
        assert d["missing"] and d["next_question"] is not None
        assert set(d["missing"]) <= set(FACT_DOMAINS) - {"activity"}
        assert not (set(d["missing"]) & set(facts))
        return
    assert d["missing"] == [] and d["next_question"] is None
    assert d["register"] is (category != "no_registration")
    if category == "no_registration":
        assert d["pmo"] is None and d["pasis"] is None and d["journal"] == "not_applicable"
    if category == "note":
        assert d["pasis"] is None and d["pmo"]["contact_type"] == "Kommentar"
    if d["pmo"] and "SOB" in d["pmo"]["attributes"]:
        assert category in (*PATIENT_CONTACT_CATEGORIES, "triage") and d["pasis"]["kva"] == ["UW040"]
        assert d["journal"] == "required"
    if "Uteblivit" in (d["pmo"] or {}).get("attributes", []):
        assert category == "note"
    assert d["vardkontakt"] is (category in PATIENT_CONTACT_CATEGORIES)
    assert d["trace"]


@settings(max_examples=1000, deadline=None)
@given(complete_facts)
def test_complete_facts_always_decide(facts):
    assert decide(facts)["category"] is not None


@settings(max_examples=500, deadline=None)
@given(facts_strategy, st.data())
def test_more_facts_never_change_a_made_decision(facts, data):
    d = decide(facts)
    if d["category"] is None:
        return
    extra_key = data.draw(st.sampled_from(sorted(set(FACT_DOMAINS) - set(facts) - {"activity"})) if set(FACT_DOMAINS) - set(facts) - {"activity"} else st.none())
    if extra_key is None:
        return
    more = {**facts, extra_key: data.draw(st.sampled_from(FACT_DOMAINS[extra_key]))}
    d2 = decide(more)
    assert (d2["category"], d2["pmo"], d2["pasis"]) == (d["category"], d["pmo"], d["pasis"])


@settings(max_examples=300, deadline=None)
@given(facts_strategy)
def test_sob_and_uw040_always_travel_together(facts):
    d = decide(facts)
    if d["category"] in (*PATIENT_CONTACT_CATEGORIES, "triage"):
        assert ("SOB" in d["pmo"]["attributes"]) == ("UW040" in d["pasis"]["kva"]) == (facts.get("sob_program") is True)
