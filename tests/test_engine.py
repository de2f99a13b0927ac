"""The decision engine: categories, registrations, incomplete facts, questions and rule versions."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from vardkontakt.engine import _merge, decide, to_state, why_not
from vardkontakt.model import FactError
from vardkontakt.rules import GUIDELINE_DIR, load_rulebook

PHONE = {"channel": "phone", "counterpart": "patient", "same_day_visit_same_unit": False, "sob_program": False}
REPLACES = {"replaces_visit": True, "medical_assessment": True}

CASES = {
    "video_visit": ({"channel": "video", "counterpart": "patient", **REPLACES, "sob_program": False},
                    "Distanskontakt realtid bild/ljud/chatt", "VK"),
    "phone_replaces_visit": ({**PHONE, **REPLACES}, "Telefonkontakt som ersätter besök", "KT"),
    "phone_call": ({**PHONE, "medical_assessment": False}, "Telefonsamtal", "TE"),
    "text_replaces_visit": ({"channel": "text", "counterpart": "representative", **REPLACES, "sob_program": False},
                            "Text som ersätter besök", "KB"),
    "text_message": ({"channel": "text", "counterpart": "patient", "replaces_visit": False, "sob_program": False},
                     "Text som inte ersätter besök", "BR"),
    "staff_about_patient": ({"counterpart": "staff", "channel": "text"}, "Kontakt med personal om patient", "KO"),
    "note": ({"activity": "referral_received"}, "Kommentar", None),
    "triage": ({**PHONE, "same_day_visit_same_unit": True}, "Triage", "Triage"),
    "no_registration": ({"activity": "self_help_program"}, None, None),
}


@pytest.mark.parametrize("category", list(CASES))
def test_every_category_registers_as_the_contract_says(category):
    facts, pmo, pasis = CASES[category]
    d = decide(facts)
    assert d["category"] == category
    assert (d["pmo"] or {}).get("contact_type") == pmo
    assert (d["pasis"] or {}).get("contact_type") == pasis
    assert d["register"] is (category != "no_registration")
    assert d["missing"] == [] and d["next_question"] is None
    assert d["trace"] and all(t["section"] for t in d["trace"])
    assert d["rules_version"] == "1.0"


@pytest.mark.parametrize("category", ["video_visit", "phone_replaces_visit", "phone_call", "text_replaces_visit", "text_message"])
def test_sob_program_adds_sob_and_uw040_and_requires_journal(category):
    facts = {**CASES[category][0], "sob_program": True, "journal_documented": True}
    d = decide(facts)
    assert d["category"] == category
    assert d["pmo"]["attributes"] == ["SOB"]
    assert d["pasis"]["kva"] == ["UW040"]
    assert d["journal"] == "required"


@pytest.mark.parametrize("category", ["video_visit", "phone_call", "text_message"])
def test_sob_contact_without_journal_is_not_registered(category):
    d = decide({**CASES[category][0], "sob_program": True, "journal_documented": False})
    assert d["category"] == "no_registration"
    assert d["register"] is False and d["pmo"] is None and d["pasis"] is None


def test_no_show_is_a_note_with_uteblivit_and_nothing_in_pasis():
    d = decide({"activity": "no_show", "channel": "video", "counterpart": "patient"})
    assert d["category"] == "note"
    assert d["pmo"] == {"contact_type": "Kommentar", "attributes": ["Uteblivit"]}
    assert d["pasis"] is None
    assert d["vardkontakt"] is False


def test_journal_levels():
    assert decide(CASES["phone_replaces_visit"][0])["journal"] == "required"
    assert decide(CASES["phone_call"][0])["journal"] == "optional"
    assert decide(CASES["no_registration"][0])["journal"] == "not_applicable"


def test_identity_only_warns_and_never_blocks_a_video_decision():
    base = CASES["video_visit"][0]
    assert decide(base)["category"] == "video_visit"  # identity unknown: not required
    d = decide({**base, "identity_verified": False})
    assert d["category"] == "video_visit"
    assert [w["code"] for w in d["warnings"]] == ["identity_not_verified"]
    assert decide({**base, "identity_verified": True})["warnings"] == []


def test_missing_journal_on_visit_replacing_contact_warns():
    d = decide({**CASES["phone_replaces_visit"][0], "journal_documented": False})
    assert d["category"] == "phone_replaces_visit"
    assert "journal_missing" in [w["code"] for w in d["warnings"]]


def test_interpretations_are_visible_in_trace_and_warnings():
    d = decide({"channel": "video", "counterpart": "patient", "medical_assessment": False, "sob_program": False})
    assert d["category"] == "phone_call"
    assert {"rule": "interpretation:video_not_replacing_visit", "section": "PMO - Distanskontakt realtid bild/ljud/chatt"} in d["trace"]
    assert "video_not_replacing_visit" in [w["code"] for w in d["warnings"]]
    d = decide({**PHONE, **REPLACES, "same_day_visit_same_unit": True})
    assert d["category"] == "triage"
    assert "triage_overrides_replaces_visit" in [w["code"] for w in d["warnings"]]


# --- incomplete facts ------------------------------------------------------
def test_empty_facts_are_undecided_and_ask_a_question():
    d = decide({})
    assert d["category"] is None and d["register"] is None and d["pmo"] is None and d["pasis"] is None
    assert "channel" in d["missing"] and "counterpart" in d["missing"]
    assert "activity" not in d["missing"]  # absent activity means dialogue
    assert "identity_verified" not in d["missing"]  # never changes the outcome
    assert d["next_question"]["options"]


def test_a_fact_that_cannot_change_the_outcome_is_never_missing():
    d = decide({"channel": "phone", "counterpart": "patient", "sob_program": False})
    assert "identity_verified" not in d["missing"]
    assert "journal_documented" not in d["missing"]  # outside SOB it only warns
    assert set(d["missing"]) == {"replaces_visit", "medical_assessment", "same_day_visit_same_unit"}


def test_journal_is_missing_only_when_it_can_change_the_outcome():
    d = decide({"channel": "text", "counterpart": "patient", "sob_program": True, **REPLACES})
    assert d["category"] is None and d["missing"] == ["journal_documented"]


def test_a_known_non_dialogue_activity_decides_without_other_facts():
    assert decide({"activity": "test_result_noted"})["category"] == "note"


def test_answering_the_next_question_always_progresses_to_a_decision():
    facts: dict = {}
    for _ in range(6):
        d = decide(facts)
        if d["category"]:
            break
        option = d["next_question"]["options"][-1]
        facts = {**facts, **option["facts"]}
    assert d["category"] is not None


def test_next_question_options_set_facts_that_are_still_unknown():
    facts = {"channel": "phone", "counterpart": "patient"}
    q = decide(facts)["next_question"]
    for option in q["options"]:
        assert option["label_sv"]
        assert not (set(option["facts"]) & set(facts))


def test_one_option_can_settle_several_facts():
    q = decide({"channel": "text", "counterpart": "patient", "sob_program": False})["next_question"]
    assert any(len(o["facts"]) >= 2 for o in q["options"])


# --- why not ---------------------------------------------------------------
def test_why_not_names_the_change_to_the_neighbouring_category():
    alternatives = why_not(CASES["phone_call"][0])
    kt = next(a for a in alternatives if a["category"] == "phone_replaces_visit")
    assert [c["fact"] for c in kt["changes"]] == ["medical_assessment"]
    assert kt["changes"][0]["would_need"] == [True]


# --- rule versions -----------------------------------------------------------
@pytest.fixture(scope="module")
def two_versions(tmp_path_factory) -> "object":
    """The real v1 plus a made-up v2 (valid from 2030) where video without a visit becomes text."""
    directory = tmp_path_factory.mktemp("rules")
    raw = yaml.safe_load((GUIDELINE_DIR / "v1.yaml").read_text(encoding="utf-8"))
    (directory / "v1.yaml").write_text((GUIDELINE_DIR / "v1.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    raw["version"], raw["valid_from"] = "2.0-test", "2030-01-01"
    for rule in raw["rules"]:
        if rule["id"] == "video_not_replacing_visit":
            rule["category"] = "text_message"
    raw["examples"] = [e for e in raw["examples"] if e["id"] != "interp_video_not_replacing"]
    (directory / "v2.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return load_rulebook(directory)


def test_the_version_in_force_on_the_contact_date_is_used(two_versions):
    facts = {"channel": "video", "counterpart": "patient", "medical_assessment": False, "sob_program": False}
    old = decide({**facts, "contact_date": "2029-12-31"}, rulebook=two_versions)
    new = decide({**facts, "contact_date": "2030-01-01"}, rulebook=two_versions)
    assert (old["rules_version"], old["category"]) == ("1.0", "phone_call")
    assert (new["rules_version"], new["category"]) == ("2.0-test", "text_message")


def test_a_date_before_the_first_version_is_an_error(two_versions):
    with pytest.raises(FactError) as err:
        decide({"contact_date": "2019-12-31"}, rulebook=two_versions)
    assert err.value.key == "contact_date"


def test_without_a_date_today_selects_the_version():
    assert decide({"activity": "no_show"})["rules_version"] == "1.0"
    assert dt.date.today() >= dt.date(2020, 1, 1)


def test_changing_a_returned_decision_does_not_change_the_next_one():
    facts = {**CASES["phone_call"][0], "sob_program": True, "journal_documented": True}
    first = decide(facts)
    first["pmo"]["attributes"].append("X")
    first["trace"].clear()
    first["warnings"].append({"code": "x", "message_sv": "x"})
    again = decide(facts)
    assert again["pmo"]["attributes"] == ["SOB"] and again["trace"] and again["warnings"] == []
    undecided = decide({})
    undecided["next_question"]["options"][0]["facts"]["channel"] = "video"
    assert "channel" not in decide({})["next_question"]["options"][0]["facts"]


def test_decision_keys_are_in_contract_order():
    assert list(decide({})) == [
        "category", "register", "pmo", "pasis", "journal", "vardkontakt",
        "missing", "next_question", "warnings", "trace", "rules_version",
    ]
    assert list(decide({"activity": "no_show"})) == list(decide({}))


# --- review findings (rule base v1 review) -----------------------------------
def codes(decision):
    return [w["code"] for w in decision["warnings"]]


def test_sob_visit_replacing_without_journal_is_not_lost_silently():
    d = decide({**CASES["phone_replaces_visit"][0], "sob_program": True, "journal_documented": False})
    assert d["category"] == "no_registration"
    assert "sob_journal_expected" in codes(d)
    assert {"rule": "interpretation:sob_gate_vs_journal_required", "section": "Tillägg för Program via Stöd och behandlingsplattformen via 1177"} in d["trace"]


def test_representative_on_a_visit_replacing_type_warns_about_ombud():
    d = decide({**CASES["phone_replaces_visit"][0], "counterpart": "representative"})
    assert d["category"] == "phone_replaces_visit" and "representative_visit_replacing" in codes(d)
    assert "representative_visit_replacing" not in codes(decide(CASES["phone_replaces_visit"][0]))
    assert "representative_visit_replacing" not in codes(decide({**CASES["phone_call"][0], "counterpart": "representative"}))


def test_triage_in_sob_is_marked_and_needs_a_journal_note():
    facts = {**CASES["triage"][0], "sob_program": True}
    marked = decide({**facts, "journal_documented": True})
    assert marked["category"] == "triage"
    assert marked["pmo"]["attributes"] == ["SOB"] and marked["pasis"]["kva"] == ["UW040"]
    assert marked["journal"] == "required"
    assert decide({**facts, "journal_documented": False})["category"] == "no_registration"


def test_a_note_event_stated_together_with_a_patient_dialogue_warns():
    d = decide({"activity": "test_result_noted", "channel": "phone", "counterpart": "patient"})
    assert d["category"] == "note" and "activity_with_dialogue_facts" in codes(d)
    assert "activity_with_dialogue_facts" not in codes(decide({"activity": "no_show", "channel": "video", "counterpart": "patient"}))


def test_dialogue_without_a_remote_channel_says_it_is_outside_the_guideline():
    d = decide({"channel": "none", "counterpart": "patient"})
    assert d["category"] == "note" and "outside_remote_contacts" in codes(d)


def test_triage_warning_only_when_the_call_would_otherwise_replace_a_visit():
    base = {**CASES["triage"][0], "replaces_visit": True}
    assert "triage_overrides_replaces_visit" in codes(decide({**base, "medical_assessment": True}))
    assert "triage_overrides_replaces_visit" not in codes(decide({**base, "medical_assessment": False}))
