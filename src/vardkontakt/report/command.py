"""CLI adapter for `vardkontakt report`."""
from __future__ import annotations

import argparse
import sys


def configure(name: str, parser: argparse.ArgumentParser) -> None:
    if name != "report":
        raise ValueError(f"unknown command {name!r}; expected 'report'")
    parser.description = (
        "Skapa en uppföljningsrapport per månad, enhet och kategori: en HTML-fil som fungerar "
        "utan nätverk och en Excel-arbetsbok."
    )
    parser.add_argument("extract", metavar="EXTRACT", help="uttag att läsa: .csv, .parquet eller .xlsx")
    parser.add_argument("--out", metavar="DIR", required=True, help="katalog för rapport.html och rapport.xlsx")
    parser.add_argument("--codebook", metavar="FILE", help="eget kodverk (YAML eller JSON)")
    parser.add_argument("--engine", choices=("duckdb", "spark"), default="duckdb",
                        help="motor för granskningen (standard duckdb)")


def run(name: str, args: argparse.Namespace) -> int:
    from ..audit.errors import AuditError
    from ..audit.spec import load_codebook
    from .build import build_report

    try:
        codebook = load_codebook(args.codebook)
        html_path, xlsx_path = build_report(args.extract, args.out, engine=args.engine, codebook=codebook)
    except AuditError as exc:
        print(f"vardkontakt: fel: {exc}", file=sys.stderr)
        return 2
    print(f"Skrev {html_path} och {xlsx_path}")
    return 0
