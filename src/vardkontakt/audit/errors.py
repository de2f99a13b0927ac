"""Errors raised by the audit, harmonize and report commands.

    AuditError
     ├── InputError       an extract is missing, unreadable or has the wrong shape
     ├── CodebookError    a --codebook file is unreadable or breaks the shape
     └── AuditRulesError  the audit rules file (rules.yaml) is invalid

Messages name the file, the field, the value or the line, but never a patient
identifier.
"""
from __future__ import annotations


class AuditError(ValueError):
    """Base class: a user-correctable problem with the input of an audit."""


class InputError(AuditError):
    pass


class CodebookError(AuditError):
    pass


class AuditRulesError(AuditError):
    pass
