"""The text model's category proposals (vardkontakt.text._classify._propose): what they may and may not fill."""
from __future__ import annotations

import pytest

from vardkontakt.engine import decide
from vardkontakt.text import classify
from vardkontakt.text._classify import PROPOSE_MIN_WORDS, _propose, classify_with, model
from vardkontakt.text._extract import Fact


def facts(**values):
    return {k: Fact(v, ["x"], "text", "strong") for k, v in values.items()}


def test_a_proposal_fills_only_what_the_words_left_open_and_reaches_the_category():
    f = facts(activity="dialogue", channel="video", counterpart="patient")
    f["sob_program"] = Fact(False, ["(inte nämnt)"], "default", "weak")
    filled = _propose(f, "video_visit", 0.93, set())
    assert filled and set(filled) <= {"medical_assessment", "replaces_visit", "journal_documented"}
    assert decide({k: v.value for k, v in f.items()})["category"] == "video_visit"
    assert all(f[k].how == "model" and "p=0.93" in f[k].evidence[0] for k in filled)


def test_a_stated_fact_is_never_changed():
    f = facts(activity="dialogue", channel="text", counterpart="patient", medical_assessment=False)
    before = {k: v.value for k, v in f.items()}
    assert _propose(f, "text_replaces_visit", 0.99, set()) is None
    assert {k: v.value for k, v in f.items()} == before


def test_a_proposal_never_adds_a_marking():
    # SOB/UW040 or Uteblivit must come from the words: a proposal may not set sob_program or a no-show.
    f = facts(activity="dialogue", channel="text", counterpart="patient", medical_assessment=False)
    filled = _propose(f, "text_message", 0.95, set()) or []
    d = decide({k: v.value for k, v in f.items()})
    assert not (d["pmo"] or {}).get("attributes") and not (d["pasis"] or {}).get("kva")
    assert "sob_program" not in filled or f["sob_program"].value is False


def test_a_sob_contact_the_words_place_in_the_program_keeps_its_marking():
    # Before the set-32 re-run every rule box with SOB was skipped, so a journalled SoB video visit with an
    # assessment could not be proposed at all.
    f = facts(activity="dialogue", channel="video", counterpart="patient", sob_program=True,
              journal_documented=True, medical_assessment=True)
    assert _propose(f, "video_visit", 0.99, set()) == ["replaces_visit"]
    d = decide({k: v.value for k, v in f.items()})
    assert d["category"] == "video_visit" and d["pmo"]["attributes"] == ["SOB"] and d["pasis"]["kva"] == ["UW040"]


def test_a_proposal_may_not_place_a_contact_in_the_program():
    f = facts(activity="dialogue", channel="video", counterpart="patient", journal_documented=True,
              medical_assessment=True)
    _propose(f, "video_visit", 0.99, set())
    d = decide({k: v.value for k, v in f.items()})
    assert not (d["pmo"] or {}).get("attributes")


def test_the_same_day_question_is_never_proposed():
    f = facts(activity="dialogue", channel="phone", counterpart="patient")
    assert _propose(f, "triage", 0.99, {"same_day_visit_same_unit"}) is None
    assert "same_day_visit_same_unit" not in f


@pytest.mark.parametrize("text", ["Ringde pat", "Videosamtal med pat.", "Svar via 1177.", ""])
def test_short_texts_are_never_proposed(text):
    assert len(text.split()) < PROPOSE_MIN_WORDS
    res = classify(text)
    assert not any(n.startswith("textmodellen föreslår") for n in res["confidence_notes"])


def test_proposals_can_be_switched_off_and_the_registration_is_still_the_engines():
    text = "Uppföljning efter knäoperationen, svullnaden har lagt sig och rörligheten är god, fortsätter träningen."
    with_p = classify_with(text, model())
    without = classify_with(text, model(), propose_p=2.0)
    for res in (with_p, without):
        assert res["category"] == decide({k: v["value"] for k, v in res["facts"].items()})["category"]
    assert not any(n.startswith("textmodellen föreslår") for n in without["confidence_notes"])


def test_a_long_text_in_unseen_words_gets_a_proposal_with_the_question_still_visible():
    # No decision word the lexicon knows ("får gå utan kryckor"), but the whole text reads like a video visit.
    text = ("Uppföljning efter knäoperationen via videolänk, svullnaden har lagt sig och rörligheten är god, "
            "får gå utan kryckor.")
    res = classify_with(text, model(), use_readers=False)  # the per-fact readers may settle it first
    assert res["category"] == "video_visit"
    assert 0.6 <= res["confidence"] < 0.9
    assert any(n.startswith("textmodellen föreslår video_visit") for n in res["confidence_notes"])
    assert any(f["evidence"][0].startswith("(textmodellen: liknar video_visit") for f in res["facts"].values())
