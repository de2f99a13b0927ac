"""Audit of registered contacts in PMO/PASiS extracts.

Public API (heavy engines are imported lazily):

    run_audit(path, engine="duckdb", codebook=None) -> AuditResult
    run_harmonize(path, out, engine="duckdb", codebook=None) -> int
    write_findings(findings, out)
    load_audit_rules(path=None) / load_codebook(path)
    generate_demo(n, out, seed=0)
"""
from __future__ import annotations

from .errors import AuditError, AuditRulesError, CodebookError, InputError
from .spec import load_audit_rules, load_codebook


def __getattr__(name):
    if name in {"run_audit", "run_harmonize", "write_findings", "AuditResult", "format_summary"}:
        from . import core

        return getattr(core, name)
    if name == "generate_demo":
        from .demo import generate_demo

        return generate_demo
    raise AttributeError(name)


__all__ = [
    "AuditError", "AuditRulesError", "CodebookError", "InputError", "load_audit_rules",
    "load_codebook", "run_audit", "run_harmonize", "write_findings", "AuditResult",
    "format_summary", "generate_demo",
]
