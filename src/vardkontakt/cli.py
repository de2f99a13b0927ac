"""The `vardkontakt` command: a thin layer that parses arguments, calls the library and prints.

Only the chosen subcommand's module is imported, so `vardkontakt decide` starts fast.
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from typing import Any

# name -> (module, one-line help). Each module exposes configure(name, parser) and run(name, args).
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "decide": ("vardkontakt.cli", "Bestäm registreringen för fakta i JSON (fil eller standard in)."),
    "rules": ("vardkontakt.cli", "Kontrollera regelverket eller skriv ut beslutstabellen."),
    "demo": ("vardkontakt.cli", "Visa några exempelkontakter och hur de registreras."),
    "classify": ("vardkontakt.text.command", "Beskriv kontakten med en svensk mening och få registreringen."),
    "serve": ("vardkontakt.web.command", "Starta webbguiden och API:t på localhost."),
    "audit": ("vardkontakt.audit.command", "Granska ett registreringsuttag mot anvisningen."),
    "harmonize": ("vardkontakt.audit.command", "Skriv uttaget med en gemensam kategori för PMO och PASiS."),
    "report": ("vardkontakt.report.command", "Skapa en uppföljningsrapport (HTML och Excel)."),
    "demo-data": ("vardkontakt.audit.command", "Skapa ett syntetiskt uttag med facit."),
}

DESCRIPTION = (
    "vardkontakt: registreringsstöd för distanskontakter enligt Region Skånes "
    "Registreringsanvisningar distanskontakter (PMO och PASiS)."
)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


# --------------------------------------------------------------------------
# decide
# --------------------------------------------------------------------------
def _read_json(path: str | None) -> Any:
    text = sys.stdin.read() if path in (None, "-") else open(path, encoding="utf-8").read()
    return json.loads(text)


def _run_decide(args: argparse.Namespace) -> int:
    from .engine import decide
    from .model import FactError

    try:
        raw = _read_json(args.file)
    except OSError as exc:
        return _fail(f"error: cannot read {args.file}: {exc.strerror}")
    except json.JSONDecodeError as exc:
        return _fail(f"error: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")
    try:
        decision = decide(raw)
    except FactError as exc:
        return _fail(f"error: {exc}")
    if args.human:
        from .render import render_decision

        print(render_decision(decision))
    else:
        json.dump(decision, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
        print()
    return 0


# --------------------------------------------------------------------------
# rules check / rules table
# --------------------------------------------------------------------------
def _run_rules(args: argparse.Namespace) -> int:
    from . import verify
    from .rules import RuleBaseError, load_rulebook

    try:
        rulebook = load_rulebook(args.dir, extra=args.extra or [])
    except RuleBaseError as exc:
        return _fail(f"error: {exc}")
    if args.action == "check":
        ok = True
        for ruleset in rulebook.versions:
            report = verify.check(ruleset)
            print(verify.format_report(report))
            ok = ok and report.ok
        return 0 if ok else 1
    ruleset = rulebook.versions[-1] if args.version is None else _pick(rulebook, args.version)
    if ruleset is None:
        return _fail(f"error: unknown rule version '{args.version}'")
    if args.action == "interpretations":
        sys.stdout.write(verify.interpretations_markdown(ruleset))
    elif args.format == "csv":
        sys.stdout.write(verify.table_csv(ruleset))
    else:
        sys.stdout.write(verify.table_markdown(ruleset))
    return 0


def _pick(rulebook, version: str):
    return next((r for r in rulebook.versions if r.version == version), None)


# --------------------------------------------------------------------------
# demo
# --------------------------------------------------------------------------
def _run_demo(args: argparse.Namespace) -> int:
    from .engine import decide
    from .render import render_decision
    from .rules import default_rulebook

    ruleset = default_rulebook().current
    for example in ruleset.spec.examples[: args.count]:
        print(f"» {example.text_sv}")
        print(f"  fakta: {json.dumps(example.facts, ensure_ascii=False)}")
        print("  " + render_decision(decide(example.facts)).replace("\n", "\n  "))
        print()
    return 0


# --------------------------------------------------------------------------
def configure(name: str, parser: argparse.ArgumentParser) -> None:
    if name == "decide":
        parser.add_argument("file", nargs="?", help="JSON-fil med fakta; utelämna eller '-' för standard in")
        parser.add_argument("--human", action="store_true", help="skriv ett läsbart svenskt svar i stället för JSON")
        parser.add_argument("--pretty", action="store_true", help="indentera JSON-utdata")
    elif name == "rules":
        parser.add_argument(
            "action",
            choices=["check", "table", "interpretations"],
            help="check: bevisa fullständighet; table: beslutstabell; interpretations: tolkningarna som Markdown",
        )
        parser.add_argument("--format", choices=["markdown", "csv"], default="markdown", help="format för table")
        parser.add_argument("--dir", help="katalog med regelverksfiler (*.yaml); standard: det inbyggda")
        parser.add_argument("--extra", action="append", metavar="FILE", help="ytterligare regelverksfil (kan upprepas)")
        parser.add_argument("--version", help="vilken version table ska visa; standard: den senaste")
    elif name == "demo":
        parser.add_argument("--count", type=int, default=6, help="antal exempel (standard 6)")


def run(name: str, args: argparse.Namespace) -> int:
    return {"decide": _run_decide, "rules": _run_rules, "demo": _run_demo}[name](args)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vardkontakt", description=DESCRIPTION)
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        if only is None or name == only:
            importlib.import_module(module_name).configure(name, p)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    chosen = next((a for a in argv if not a.startswith("-")), None)
    only = chosen if chosen in SUBCOMMANDS else None
    try:
        parser = build_parser(only=only or "")
    except ModuleNotFoundError as exc:
        return _fail(f"error: '{chosen}' is not available in this installation ({exc.name} missing)")
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    module = importlib.import_module(SUBCOMMANDS[args.command][0])
    try:
        return int(module.run(args.command, args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
