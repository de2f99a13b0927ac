"""Property: classify's registration is always decide() of the facts it reports."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vardkontakt.engine import decide
from vardkontakt.text import classify

DECIDE_KEYS = set(decide({}).keys())

FRAGMENTS = [
    "pat", "ringde", "ringer", "har ringt", "tel", "videobesök", "video", "1177", "meddelande", "skrev",
    "bedömde", "ingen ändring", "normalt provsvar", "u.a.", "satte in ny behandling", "höjer dosen",
    "remiss till", "SoB", "Stöd och behandling", "journalfört", "ej journalfört", "uteblev", "kom inte",
    "hemtjänsten", "Försäkringskassan", "kollega", "vårdnadshavare", "god man", "ombud", "anhörig",
    "samma dag", "idag på mottagningen", "BankID", "utan", "inte", "ingen kontakt med behandlare",
    "formulär", "epikris", "remiss inkommen", "blodprov taget", "inget svar", ",", ".", "ang.", "pga",
    "informerade", "ber om recept", "ersätter besök", "iKBT", "självhjälpsprogram", "allmän fråga",
    # arrows, decimal commas, coming in now or at a time: the same-day reading has several paths
    "kom direkt", "kom", "direkt", "genast", "till mott", "hit", "kl 15", "->", "=>", "INR 3,1", "istället för besök",
]


def _same(text: str) -> None:
    r = classify(text)
    plain = {k: v["value"] for k, v in r["facts"].items()}
    assert {k: r[k] for k in DECIDE_KEYS} == decide(plain)
    assert 0.0 <= r["confidence"] <= 1.0
    if r["category"] is None:
        assert r["confidence"] == 0.0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=0, max_size=10))
def test_registration_is_decide_of_reported_facts(parts):
    _same(" ".join(parts))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_handled(text):
    _same(text)
