"""Per-fact readers (vardkontakt.text._readers) and the assessment-with-dose cue: new sentences, none from a set."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from vardkontakt.engine import decide
from vardkontakt.text import _classify, _readers, _signal, classify
from vardkontakt.text._classify import classify_with, model
from vardkontakt.text._normalize import normalize

from text_cases import cat

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_readers_are_fitted_on_development_data_only():
    d = json.loads((ROOT / "src/vardkontakt/text/data/readers.json").read_text(encoding="utf-8"))
    assert d["fitted_on"] == ["src/vardkontakt/text/data/train.jsonl", *_signal.DEV_FILES]
    blind = tuple(f"heldout{i}.jsonl" for i in range(_signal.LAST_DEV_SET + 1, _signal.LAST_DEV_SET + 3))
    assert not any(f.endswith(("classify_heldout.jsonl", *blind)) for f in d["fitted_on"])  # set 1 and unscored sets
    assert set(d["readers"]) == {"content", "channel", "staff"}  # no same-day reader: triage stays a question


def test_reader_probabilities_are_distributions_with_an_unsure_class():
    for name, r in _readers.load().items():
        p = r.proba(normalize("Ringde pat").text)
        assert abs(sum(p.values()) - 1) < 1e-9 and "?" in p, name


def test_plain_python_matches_scikit_learn():
    pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    recs = _readers.dev_records(ROOT)[:200]
    got = _readers.from_dict(_readers.fit(recs))["staff"]
    rows = [(normalize(r["text"]).text, _readers.LABELS["staff"].get(r["category"], "?")) for r in recs
            if r["category"] in _readers.LABELS["staff"] or r["category"] is None]
    vec = TfidfVectorizer(analyzer=_readers.analyzer, sublinear_tf=True, min_df=_readers.MIN_DF,
                          max_features=_readers.MAX_FEATURES)
    lr = LogisticRegression(C=_readers.C, max_iter=5000).fit(vec.fit_transform([t for t, _ in rows]), [y for _, y in rows])
    probe = normalize("Kurator från kommunen ringde om pat:s boende.").text
    ref = lr.predict_proba(vec.transform([probe]))[0]
    for c, p in zip(lr.classes_, ref):
        assert abs(got.proba(probe)[c] - p) < 2e-3


# --- the assessment-with-dose cue: an assessment followed by a treatment with a dose is a decision ---
@pytest.mark.parametrize("text, expected", [
    ("Pat skriver i 1177 om klåda i ljumsken sedan 2 v. Bedömt som svamp, Pevaryl kräm 2 ggr/d i 3 v.", "text_replaces_visit"),
    ("Tel pat, hosta och feber 5 d. Bed: pneumoni, Kåvepenin 1 g x 3 i 7 d.", "phone_replaces_visit"),
    ("Svarar pat via 1177: tolkas som impetigo, Fucidin kräm x 3 i 5 d.", "text_replaces_visit"),
])
def test_assessment_with_a_dose_is_a_decision(text, expected):
    r = classify(text)
    assert r["category"] in (expected, None)  # the signal may still veto a rare wording, never another category
    assert r["facts"].get("medical_assessment", {}).get("value") in (True, None)


@pytest.mark.parametrize("text", [
    "Tel pat: fortsätter Waran 2,5 mg enligt plan, ny PK om 2 v.",
    "1177-svar till pat: Levaxin 50 mikrog oförändrat, bedömt stabilt.",
    "Tel pat, recept på Omeprazol 20 mg x 1 förnyat, bedömd som tidigare.",
])
def test_a_continued_treatment_with_a_dose_is_not_a_new_decision(text):
    assert cat(text) not in ("phone_replaces_visit", "text_replaces_visit")


# --- the readers: fill only what the words left open, marked and with lower confidence ---
def test_reader_filled_facts_are_marked_and_cost_confidence(monkeypatch):
    text = "Svar till pat via 1177 efter genomgång av bilderna på utslaget: Elocon kräm vb i 2 v."
    with_r = classify_with(text, model())
    without = classify_with(text, model(), use_readers=False, propose_p=2.0)  # no category proposals either
    marked = [k for k, f in with_r["facts"].items() if f["evidence"] and f["evidence"][0].startswith("(textmodell p=")]
    if with_r["category"] is not None and marked:
        assert without["category"] is None
        assert with_r["confidence"] <= 0.97 - _classify.COST["model"] + 1e-9
        assert any(n.endswith(": model") for n in with_r["confidence_notes"])
    assert decide({k: v["value"] for k, v in with_r["facts"].items()})["category"] == with_r["category"]


@pytest.mark.parametrize("text", [
    "Ringde pat.",
    "Pat ringde.",
    "Samtal med pat.",
    "1177-meddelande från pat.",
])
def test_thin_texts_are_not_filled_in(text):
    r = classify(text)
    assert r["category"] is None
    assert not any(f["evidence"] and f["evidence"][0].startswith("(textmodell") for f in r["facts"].values())


def test_readers_never_override_what_the_words_said(monkeypatch):
    monkeypatch.setattr(_classify, "READER_P", 0.0)  # a reader that would fill anything
    _classify.model.cache_clear()
    try:
        r = classify("Tel pat, ingen ändring av behandlingen, nytt provsvar normalt.")
        assert r["facts"]["medical_assessment"]["value"] is False
        assert not r["facts"]["medical_assessment"]["evidence"][0].startswith("(textmodell")
        r = classify("Tel pat m ont i örat, får komma in till mottagningen.")  # the triage question stays a question
        assert "same_day_visit_same_unit" not in r["facts"] or not \
            r["facts"]["same_day_visit_same_unit"]["evidence"][0].startswith("(textmodell")
    finally:
        _classify.model.cache_clear()


def test_without_readers_the_lexicon_reading_is_unchanged():
    text = "Videobesök med pat, BankID, läk satte in ny behandling."
    assert classify_with(text, model(), use_readers=False)["category"] == cat(text) == "video_visit"
