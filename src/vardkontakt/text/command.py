"""`vardkontakt classify "TEXT"`: a thin CLI layer over vardkontakt.text.classify.

Kept light to import: the classifier is loaded only in `run`.
"""
from __future__ import annotations

import argparse
import json
import sys


def configure(name: str, parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="*", help="beskrivning av kontakten på svenska; utelämna för standard in")
    parser.add_argument("--pretty", action="store_true", help="indentera JSON-utdata")


def run(name: str, args: argparse.Namespace) -> int:
    from . import classify

    text = " ".join(args.text) if args.text else ("" if sys.stdin.isatty() else sys.stdin.read())
    result = classify(text.strip())
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
    print()
    return 0
