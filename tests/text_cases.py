"""Shared helpers for the free-text tests: the category `classify` returns, and one fact the extractor reads."""
from __future__ import annotations

from vardkontakt.text import classify
from vardkontakt.text._classify import classify_with, model
from vardkontakt.text._extract import extract


def cat(text: str) -> str | None:
    return classify(text)["category"]


def cat_from_words(text: str) -> str | None:
    """The category the words and the engine reach, before the confidence signal may veto it."""
    return classify_with(text, model(), use_signal=False)["category"]


def fact(text: str, key: str):
    f = extract(text).get(key)
    return None if f is None else f.value
