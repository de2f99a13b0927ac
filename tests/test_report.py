"""report: offline Swedish HTML and a formula-safe Excel workbook, no patient data."""
from __future__ import annotations

import argparse
import re

import pytest
from openpyxl import load_workbook

from vardkontakt.audit import generate_demo, load_audit_rules
from vardkontakt.report import build_report, command
from vardkontakt.report.xlsx import safe

from test_audit import row, write_csv


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("rep")
    src, _ = generate_demo(3000, tmp / "demo.parquet", seed=4)
    html_path, xlsx_path = build_report(src, tmp / "out")
    return src, html_path.read_text(encoding="utf-8"), load_workbook(xlsx_path)


def test_html_is_offline_swedish_and_accessible(report):
    _, html, _ = report
    assert '<html lang="sv">' in html
    assert not re.search(r'(src|href)\s*=\s*"(https?:)?//', html)  # nothing fetched from the network
    assert html.count('<svg role="img"') == 3 and html.count("<title id=") == 3
    assert '<th scope="col">' in html and '<th scope="row">' in html
    for rule in load_audit_rules().rules:
        assert rule.title_sv in html
    assert "Andel distans" in html and "VC Lund Nord" in html


def test_no_patient_identifier_in_report(report):
    import pyarrow.parquet as pq

    src, html, wb = report
    patients = set(pq.read_table(src, columns=["patient_id"])["patient_id"].to_pylist()) - {"", " ", None}
    cells = {str(c.value) for ws in wb.worksheets for r in ws.iter_rows() for c in r if c.value is not None}
    assert not any(p in html for p in patients)
    assert not patients & cells


def test_excel_figures_match_the_audit(report):
    from vardkontakt.audit import run_audit

    src, _, wb = report
    summary = run_audit(src).summary
    rows = {r[0].value: r[1].value for r in wb["Översikt"].iter_rows(min_row=2)}
    assert rows == {"Rader lästa": 3000, "Rader granskade": summary["rows_checked"],
                    "Rader i karantän": summary["rows_quarantined"]}
    per_rule = {r[0].value: r[3].value for r in wb["Regler"].iter_rows(min_row=2)}
    assert per_rule == summary["findings_per_rule"]
    volumes = sum(r[4].value for r in wb["Volymer"].iter_rows(min_row=2))
    assert volumes == summary["rows_checked"] - summary["findings_per_rule"]["unknown_contact_type"]
    assert {"Volymer", "Per månad", "Per enhet", "Regler per månad", "Regler per enhet"} <= set(wb.sheetnames)


def test_formula_injection_is_neutralised(tmp_path):
    assert [safe(v) for v in ["=1+1", "+4", "-2", "@SUM(A1)", "\tx", "\rx", "ok", 5]] == [
        "'=1+1", "'+4", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "ok", 5]
    src = write_csv(tmp_path / "x.csv", [row(cid="a", unit='=HYPERLINK("http://x")'), row(cid="b", unit="@evil")])
    _, xlsx = build_report(src, tmp_path / "out")
    units = {r[1].value for r in load_workbook(xlsx)["Volymer"].iter_rows(min_row=2)}
    assert units == {"'=HYPERLINK(\"http://x\")", "'@evil"}


def test_command_contract(tmp_path, capsys):
    parser = argparse.ArgumentParser()
    command.configure("report", parser)
    args = parser.parse_args([str(tmp_path / "none.csv"), "--out", str(tmp_path / "o")])
    assert command.run("report", args) == 2
    assert "none.csv" in capsys.readouterr().err
