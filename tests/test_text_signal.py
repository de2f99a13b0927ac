"""The confidence signal (vardkontakt.text._signal): shipped model, plain-Python inference, veto."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from vardkontakt.engine import decide
from vardkontakt.text import _classify, _signal, classify
from vardkontakt.text._normalize import normalize

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_model_is_fitted_on_development_data_only():
    d = json.loads((ROOT / "src/vardkontakt/text/data/signal.json").read_text(encoding="utf-8"))
    assert d["fitted_on"] == ["src/vardkontakt/text/data/train.jsonl", *_signal.DEV_FILES]
    assert not any("classify_heldout.jsonl" in f for f in d["fitted_on"])  # set 1 stays held out
    assert set(d["classes"]) >= {"video_visit", "note", "abstain"}
    proposer = json.loads((ROOT / "src/vardkontakt/text/data/proposer.json").read_text(encoding="utf-8"))
    assert proposer["fitted_on"] == d["fitted_on"] and proposer["classes"] == d["classes"]


def test_probabilities_are_a_distribution():
    p = _signal.load().proba(normalize("Ringde upp pat och lämnade normalt provsvar").text)
    assert abs(sum(p.values()) - 1) < 1e-9
    assert max(p, key=p.get) == "phone_call"


def test_plain_python_matches_scikit_learn():
    pytest.importorskip("sklearn")
    recs = _signal.dev_records(ROOT)[:120]
    d = _signal.fit(recs)
    sig = _signal.from_dict(d)
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [normalize(r["text"]).text for r in recs]
    vec = TfidfVectorizer(analyzer=_signal.analyzer, sublinear_tf=True, min_df=_signal.MIN_DF,
                          max_features=_signal.MAX_FEATURES)
    lr = LogisticRegression(C=_signal.C, max_iter=5000).fit(vec.fit_transform(texts), [r["category"] or "abstain" for r in recs])
    probe = "Tel pat, sätter in penicillin, recept skickat."
    ref = lr.predict_proba(vec.transform([normalize(probe).text]))[0]
    got = sig.proba(normalize(probe).text)
    for c, p in zip(lr.classes_, ref):
        assert abs(got[c] - p) < 2e-3  # weights are rounded to 4 decimals in the shipped file


def test_veto_ends_in_a_question_and_keeps_the_engine_contract(monkeypatch):
    monkeypatch.setattr(_classify, "VETO_P", 1.01)  # every decision vetoed
    _classify.model.cache_clear()
    r = classify("Videobesök med pat, BankID, läk satte in ny behandling.")
    assert r["category"] is None and r["confidence"] == 0.0
    assert r["next_question"] is not None
    assert decide({k: v["value"] for k, v in r["facts"].items()})["category"] is None
    assert any(n.startswith("textmodellen") for n in r["confidence_notes"])


def test_no_veto_when_the_signal_agrees():
    r = classify("Videobesök med pat, BankID, läk satte in ny behandling.")
    assert r["category"] == "video_visit" and r["confidence"] >= 0.8
    assert not any(n.startswith("textmodellen") for n in r["confidence_notes"])
