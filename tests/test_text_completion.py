"""Cut-off words completed from the development vocabulary (vardkontakt.text._normalize.complete)."""
from __future__ import annotations

import pytest

from vardkontakt.text import _normalize
from vardkontakt.text._normalize import complete


@pytest.fixture
def vocabulary(monkeypatch):
    counts = {"inloggning": 12, "inloggad": 3, "provtagning": 40, "pappa": 9, "bedomning": 200, "bedomde": 150}

    def fake():
        return counts, sorted(w for w, c in counts.items() if c >= 2)

    monkeypatch.setattr(_normalize, "_vocabulary", fake)
    _normalize.correct.cache_clear()
    yield counts
    _normalize.correct.cache_clear()


def test_an_unseen_cut_off_word_is_completed_to_the_dominant_word(vocabulary):
    assert complete("inlogg") == "inloggning"
    assert complete("provtag") == "provtagning"


def test_known_short_or_ambiguous_words_are_left_alone(vocabulary):
    assert complete("pappa") is None        # a known word
    assert complete("prov") is None         # too short to be sure
    assert complete("bedom") is None        # two common completions, neither dominates
    assert complete("sjukskr") is None      # an abbreviation with its own spelling-out
    assert complete("xyzzyq") is None       # nothing starts with it


def test_the_normalizer_uses_the_completion(vocabulary):
    assert _normalize.normalize("Pat ringde ang inlogg").text == "patient ringde angaende inloggning"


def test_the_shipped_vocabulary_loads():
    counts, common = _normalize._vocabulary()
    assert counts["patienten"] > 100 and common == sorted(common)
