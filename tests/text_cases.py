"""Shared helpers for the free-text tests: the category `classify` returns, and one fact the extractor reads."""
from __future__ import annotations

from vardkontakt.text import classify
from vardkontakt.text._extract import extract


def cat(text: str) -> str | None:
    return classify(text)["category"]


def fact(text: str, key: str):
    f = extract(text).get(key)
    return None if f is None else f.value
