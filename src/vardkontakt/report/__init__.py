"""Follow-up report (HTML and Excel) over an audited extract.

    build_report(extract, out_dir, engine="duckdb", codebook=None) -> (html_path, xlsx_path)
"""
from __future__ import annotations


def build_report(*args, **kwargs):
    from .build import build_report as _build

    return _build(*args, **kwargs)


__all__ = ["build_report"]
