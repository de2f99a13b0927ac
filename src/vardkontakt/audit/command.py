"""CLI adapter for `vardkontakt audit`, `harmonize` and `demo-data`.

The main CLI calls configure(name, parser) to add arguments and run(name, args)
to execute. Heavy libraries (DuckDB, PySpark, pyarrow) are imported inside run.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

COMMANDS = ("audit", "harmonize", "demo-data")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("extract", metavar="EXTRACT", help="uttag att läsa: .csv (UTF-8, rubrikrad), .parquet eller .xlsx")
    parser.add_argument(
        "--engine", choices=("duckdb", "spark"), default="duckdb",
        help="motor: duckdb (inbyggd, standard) eller spark (Apache Spark, för data större än en dator)",
    )
    parser.add_argument(
        "--codebook", metavar="FILE",
        help="eget kodverk (YAML eller JSON): {PMO: {kontakttyp: kategori}, PASiS: {...}}; standard: regelbasen",
    )


def configure(name: str, parser: argparse.ArgumentParser) -> None:
    if name == "audit":
        parser.description = "Granska ett uttag av registrerade kontakter mot registreringsanvisningarna."
        _common(parser)
        parser.add_argument("--findings", metavar="OUT.csv", required=True,
                            help="skriv avvikelser hit (CSV: line,contact_id,rule,severity,message)")
        parser.add_argument("--summary", metavar="FILE", help="skriv sammanfattningen som JSON hit")
        parser.add_argument("--rules", metavar="FILE", help="egna granskningsregler (samma form som audit/rules.yaml)")
    elif name == "harmonize":
        parser.description = "Skriv alla giltiga rader med en gemensam kategori för PMO och PASiS (Parquet)."
        _common(parser)
        parser.add_argument("out", metavar="OUT.parquet", help="Parquet-fil att skriva")
    elif name == "demo-data":
        parser.description = "Skapa ett syntetiskt uttag med kända fel och en facitfil (OUT.truth.csv)."
        parser.add_argument("n", metavar="N", type=int, help="antal rader (minst 60)")
        parser.add_argument("out", metavar="OUT", help="fil att skriva: .csv eller .parquet")
        parser.add_argument("--seed", type=int, default=0, help="slumpfrö; samma frö ger samma fil (standard 0)")
    else:
        raise ValueError(f"unknown command {name!r}; expected one of {', '.join(COMMANDS)}")


def _fail(message: str) -> int:
    print(f"vardkontakt: fel: {message}", file=sys.stderr)
    return 2


def _check_out(path: str) -> None:
    from .errors import InputError

    parent = Path(path).resolve().parent
    if not parent.is_dir():
        raise InputError(f"katalogen för utfilen finns inte: {parent}")


def run(name: str, args: argparse.Namespace) -> int:
    from .errors import AuditError

    try:
        if name == "audit":
            return _audit(args)
        if name == "harmonize":
            return _harmonize(args)
        if name == "demo-data":
            return _demo(args)
    except AuditError as exc:
        return _fail(str(exc))
    return _fail(f"okänt kommando '{name}'")


def _audit(args) -> int:
    from .core import format_summary, run_audit, write_findings
    from .spec import load_audit_rules, load_codebook

    codebook = load_codebook(args.codebook)
    rules = load_audit_rules(args.rules) if getattr(args, "rules", None) else load_audit_rules()
    _check_out(args.findings)
    if args.summary:
        _check_out(args.summary)
    result = run_audit(args.extract, engine=args.engine, codebook=codebook, rules=rules)
    write_findings(result.findings, args.findings)
    print(format_summary(result.summary, rules))
    if args.summary:
        Path(args.summary).write_text(json.dumps(result.summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


def _harmonize(args) -> int:
    from .core import run_harmonize
    from .spec import load_codebook

    codebook = load_codebook(args.codebook)
    _check_out(args.out)
    n = run_harmonize(args.extract, args.out, engine=args.engine, codebook=codebook)
    print(f"Skrev {n} giltiga rader med kategori till {args.out}")
    return 0


def _demo(args) -> int:
    from .demo import generate_demo

    _check_out(args.out)
    out, truth = generate_demo(args.n, args.out, seed=args.seed)
    print(f"Skrev {args.n} rader till {out} och facit till {truth}")
    return 0
