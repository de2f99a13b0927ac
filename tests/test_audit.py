"""Audit with DuckDB: rules on hand-made rows, input errors, the CLI contract."""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from vardkontakt.audit import command, load_audit_rules, run_audit
from vardkontakt.audit.errors import AuditRulesError, CodebookError, InputError
from vardkontakt.audit.spec import EXTRACT_COLUMNS

HEADER = ",".join(EXTRACT_COLUMNS)
PATIENT = "19121212-1212"
VENV_BIN = Path(sys.executable).parent


def write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def rules_of(result) -> list[tuple[int, str]]:
    return [(f["line"], f["rule"]) for f in result.findings.to_pylist()]


def row(cid="c1", pid="p1", unit="U1", system="PMO", start="2024-03-01 10:00", ctype="Telefonsamtal",
        attrs="", kva="", journal="true", sob="false", ident=""):
    return ",".join([cid, pid, unit, system, start, ctype, attrs, kva, journal, sob, ident])


CASES = {
    # name: (rows, expected (line, rule) pairs)
    "clean_pmo_and_pasis": ([row(), row(cid="c2", system="PASiS", ctype="KT")], []),
    "journal_missing_each_replacing_type": (
        [row(cid="a", ctype="KT", system="PASiS", journal="nej"),
         row(cid="b", ctype="Text som ersätter besök", journal="0"),
         row(cid="c", ctype="vk", system="PASiS", journal="FALSE"),
         row(cid="d", ctype="Telefonsamtal", journal="false"),          # optional type: fine
         row(cid="e", ctype="BR", system="PASiS", journal="false")],
        [(1, "journal_missing"), (2, "journal_missing"), (3, "journal_missing")],
    ),
    "sob_rules": (
        [row(cid="a", ctype="TE", system="PASiS", sob="ja", journal="nej", kva="UW040"),
         row(cid="b", ctype="TE", system="PASiS", sob="ja", kva="XS012"),
         row(cid="c", ctype="Telefonsamtal", sob="true", attrs="Uteblivit; sob "),
         row(cid="d", ctype="Telefonsamtal", sob="true", kva="UW040"),      # UW040 is not PMO's marking
         row(cid="e", ctype="Besök", attrs="SOB"),
         row(cid="f", ctype="BR", system="PASiS", kva="xs012;uw040"),
         row(cid="g", ctype="Kommentar", kva="UW040"),                     # not a marking in PMO
         row(cid="h", ctype="Triage", sob="true")],                       # triage gets no marking
        [(1, "sob_without_journal"), (2, "sob_marking_missing"), (4, "sob_marking_missing"),
         (5, "sob_marking_unexpected"), (6, "sob_marking_unexpected")],
    ),
    "video_identity": (
        [row(cid="a", ctype="Distanskontakt realtid bild/ljud/chatt", ident="false"),
         row(cid="b", ctype="VK", system="PASiS", ident=""),
         row(cid="c", ctype="VK", system="PASiS", ident="ja"),
         row(cid="d", ctype="KT", system="PASiS", ident="nej")],
        [(1, "video_without_identity")],
    ),
    "triage": (
        [row(cid="a", pid="p1", start="2024-03-01 08:00", ctype="Telefonsamtal"),
         row(cid="b", pid="p1", start="2024-03-01T09:30:00", ctype="besök"),
         row(cid="c", pid="p1", start="2024-03-01 12:00", ctype="Besök"),        # a 2nd visit: flag once
         row(cid="d", pid="p2", start="2024-03-01 09:00", ctype="TE", system="PASiS"),
         row(cid="e", pid="p2", start="2024-03-01 08:00", ctype="Besök", system="PASiS"),   # earlier
         row(cid="f", pid="p3", start="2024-03-01 09:00", ctype="TE", system="PASiS"),
         row(cid="g", pid="p3", start="2024-03-01 09:00", ctype="Besök", system="PASiS"),   # same minute
         row(cid="h", pid="p4", start="2024-03-01 09:00", ctype="TE", system="PASiS"),
         row(cid="i", pid="p4", start="2024-03-01 11:00", ctype="Besök", system="PMO"),     # other system
         row(cid="j", pid="p5", start="2024-03-01 23:00", ctype="TE", system="PASiS"),
         row(cid="k", pid="p5", start="2024-03-02 08:00", ctype="Besök", system="PASiS"),   # next day
         row(cid="l", pid="p6", unit="U1", start="2024-03-01 09:00", ctype="Telefonsamtal"),
         row(cid="m", pid="p6", unit="U2", start="2024-03-01 11:00", ctype="Besök")],      # other unit
        [(1, "triage_expected")],
    ),
    "quarantine": (
        [row(cid="a"),
         row(cid="a", ctype="KT", journal="false"),                        # duplicate: not checked
         row(cid="a", pid=""),                                             # invalid: not a duplicate
         row(cid="b", system="pmo"),                                       # system case-insensitive
         row(cid="c", system="Cosmic"),
         row(cid="d", start="2024-02-30 10:00"),
         row(cid="e", start="2024-03-01"),
         row(cid="f", journal="kanske"),
         row(cid="g", sob=""),
         row(cid="h", ident="okänd"),
         row(cid=" ", ctype="  "),
         row(cid=" b ")],
        [(2, "duplicate_contact_id"), (3, "invalid_row"), (5, "invalid_row"), (6, "invalid_row"),
         (7, "invalid_row"), (8, "invalid_row"), (9, "invalid_row"), (10, "invalid_row"),
         (11, "invalid_row"), (12, "duplicate_contact_id")],
    ),
    "unknown_type_stops_other_rules": (
        [row(cid="a", system="PASiS", ctype="Telefonsamtal", sob="true", journal="false"),
         row(cid="b", system="PMO", ctype="TE"),
         row(cid="c", system="PASiS", ctype="Kommentar")],
        [(1, "unknown_contact_type"), (2, "unknown_contact_type"), (3, "unknown_contact_type")],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_rules_on_hand_made_rows(tmp_path, case):
    rows, expected = CASES[case]
    result = run_audit(write_csv(tmp_path / "x.csv", rows))
    assert rules_of(result) == sorted(expected)
    s = result.summary
    assert s["rows_read"] == len(rows) == s["rows_checked"] + s["rows_quarantined"]
    assert sum(s["findings_per_rule"].values()) == len(expected)


def test_messages_are_swedish_and_never_name_the_patient(tmp_path):
    rows = [row(cid="a", pid=PATIENT, ctype="Telefonsamtal", start="2024-03-01 08:00"),
            row(cid="b", pid=PATIENT, ctype="Besök"),
            row(cid="b", pid=PATIENT), row(cid="c", pid=PATIENT, journal="?")]
    result = run_audit(write_csv(tmp_path / "x.csv", rows))
    found = result.findings.to_pylist()
    assert {f["rule"] for f in found} == {"triage_expected", "duplicate_contact_id", "invalid_row"}
    for f in found:
        assert PATIENT not in f["message"]
    dup = next(f for f in found if f["rule"] == "duplicate_contact_id")
    assert dup["message"].startswith("Kontakt-id finns redan på rad 2")
    bad = next(f for f in found if f["rule"] == "invalid_row")
    assert "journal_note" in bad["message"] and "karantän" in bad["message"]


def test_parquet_with_timestamps_and_booleans(tmp_path):
    import datetime as dt

    t = pa.table({
        "contact_id": ["a", "b", "c"], "patient_id": ["p", "p", "q"], "unit_id": ["U", "U", "U"],
        "system": ["PASiS"] * 3,
        "start_time": pa.array([dt.datetime(2024, 1, 2, 8, 0), dt.datetime(2024, 1, 2, 9, 0), None], pa.timestamp("us")),
        "contact_type": ["TE", "Besök", "KT"], "attributes": [None, None, None], "kva_codes": ["", "", ""],
        "journal_note": [True, True, False], "sob_program": [False, False, False],
        "identity_verified": pa.array([None, None, None], pa.bool_()),
    })
    pq.write_table(t, tmp_path / "x.parquet")
    result = run_audit(tmp_path / "x.parquet")
    assert rules_of(result) == [(1, "triage_expected"), (3, "invalid_row")]


def test_xlsx_first_sheet(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(list(EXTRACT_COLUMNS))
    ws.append(["a", "p", "U", "PMO", "2024-01-02 08:00", "Text som ersätter besök", None, None, "nej", "nej", None])
    ws.append(["b", "p", "U", "PASiS", "2024-01-02 09:00", "KB", None, None, True, False, None])
    wb.create_sheet("other").append(["ignored"])
    wb.save(tmp_path / "x.xlsx")
    assert rules_of(run_audit(tmp_path / "x.xlsx")) == [(1, "journal_missing")]


def test_custom_codebook_file(tmp_path):
    book = {"PMO": {"Telefonsamtal": "phone_call", "Besök": "physical_visit"}, "PASiS": {"TEL": "phone_call"}}
    (tmp_path / "book.json").write_text(json.dumps(book), encoding="utf-8")
    from vardkontakt.audit import load_codebook

    rows = [row(cid="a", system="PASiS", ctype="tel"), row(cid="b", system="PASiS", ctype="TE")]
    result = run_audit(write_csv(tmp_path / "x.csv", rows), codebook=load_codebook(tmp_path / "book.json"))
    assert rules_of(result) == [(2, "unknown_contact_type")]
    (tmp_path / "bad.yaml").write_text("PMO: {Telefonsamtal: telepathy}\n", encoding="utf-8")
    with pytest.raises(CodebookError, match="telepathy"):
        load_codebook(tmp_path / "bad.yaml")


def test_input_errors_name_the_problem(tmp_path):
    with pytest.raises(InputError, match="finns inte"):
        run_audit(tmp_path / "missing.csv")
    (tmp_path / "x.txt").write_text("a", encoding="utf-8")
    with pytest.raises(InputError, match=r"okänt filformat '\.txt'"):
        run_audit(tmp_path / "x.txt")
    (tmp_path / "cols.csv").write_text("contact_id,patient_id\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="kolumner saknas: unit_id, system"):
        run_audit(tmp_path / "cols.csv")


def test_rules_file_is_data_and_checked(tmp_path):
    rules = load_audit_rules()
    assert rules.ids == ("invalid_row", "duplicate_contact_id", "unknown_contact_type", "journal_missing",
                         "sob_without_journal", "sob_marking_missing", "sob_marking_unexpected",
                         "video_without_identity", "triage_expected")
    guideline = Path("/work/shared/guideline/registreringsanvisningar-distanskontakter.md")
    if guideline.exists():
        headings = {l.lstrip("#").strip() for l in guideline.read_text(encoding="utf-8").splitlines() if l.startswith("#")}
        for r in rules.rules:
            assert r.section in headings, r.id
    text = Path(rules.source).read_text(encoding="utf-8")
    (tmp_path / "r.yaml").write_text(text.replace('when: "NOT journal_note"', 'when: "NOT patient_id"', 1), encoding="utf-8")
    with pytest.raises(AuditRulesError, match="unknown column 'patient_id'"):
        load_audit_rules(tmp_path / "r.yaml")


def test_category_sets_agree_with_rule_base():
    from vardkontakt.rules import default_rulebook

    spec = default_rulebook().current.spec
    sets = load_audit_rules().category_sets
    required = {n for n, c in spec.categories.items() if c.journal == "required"}
    assert set(sets["visit_replacing"]) == required
    # The audit's SOB rules cover exactly the five patient contact types (issue 5);
    # the rule base also marks Triage (interpretation triage_counting), which the audit leaves alone.
    from vardkontakt.model import PATIENT_CONTACT_CATEGORIES

    sob = next(m for m in spec.markings if m.id == "sob_marking")
    assert set(sets["patient_contact"]) == set(PATIENT_CONTACT_CATEGORIES)
    assert set(sets["patient_contact"]) <= set(sob.categories)


def test_a_region_can_add_a_row_rule(tmp_path):
    text = Path(load_audit_rules().source).read_text(encoding="utf-8")
    text += """
  - id: staff_contact_with_sob
    kind: row
    severity: info
    section: PMO - Kontakt med personal om patient
    threshold: 0.0
    title_sv: SOB på personalkontakt
    eligible: "category = 'staff_about_patient'"
    when: "sob_program"
    message_sv: Kontakt med personal om patient är markerad som Stöd och behandling.
    explanation_sv: Personalkontakter ingår inte i programmen.
"""
    (tmp_path / "r.yaml").write_text(text, encoding="utf-8")
    rows = [row(cid="a", ctype="Kontakt med personal om patient", sob="ja"), row(cid="b")]
    result = run_audit(write_csv(tmp_path / "x.csv", rows), rules=load_audit_rules(tmp_path / "r.yaml"))
    assert rules_of(result) == [(1, "staff_contact_with_sob")]
    assert result.summary["eligible_per_rule"]["staff_contact_with_sob"] == 1


# --------------------------------------------------------------------------
# CLI contract
# --------------------------------------------------------------------------
def _parse(name: str, argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=f"vardkontakt {name}")
    command.configure(name, parser)
    return parser.parse_args(argv)


def test_command_module_writes_findings_and_summary(tmp_path, capsys):
    src = write_csv(tmp_path / "x.csv", [row(cid="a", ctype="KT", system="PASiS", journal="nej"), row(cid="a")])
    args = _parse("audit", [str(src), "--findings", str(tmp_path / "f.csv"), "--summary", str(tmp_path / "s.json")])
    assert command.run("audit", args) == 0
    with open(tmp_path / "f.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["line", "contact_id", "rule", "severity", "message"]
    assert [(r["line"], r["rule"]) for r in rows] == [("1", "journal_missing"), ("2", "duplicate_contact_id")]
    summary = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert (summary["rows_read"], summary["rows_checked"], summary["rows_quarantined"]) == (2, 1, 1)
    assert summary["findings_per_rule"]["journal_missing"] == 1
    assert "Rader i karantän" in capsys.readouterr().out


def test_command_module_bad_input_exit_2(tmp_path, capsys):
    args = _parse("audit", [str(tmp_path / "nope.parquet"), "--findings", str(tmp_path / "f.csv")])
    assert command.run("audit", args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope.parquet" in err[0]
    (tmp_path / "book.yaml").write_text("[not, a, mapping]", encoding="utf-8")
    src = write_csv(tmp_path / "x.csv", [row()])
    args = _parse("audit", [str(src), "--findings", str(tmp_path / "f.csv"), "--codebook", str(tmp_path / "book.yaml")])
    assert command.run("audit", args) == 2
    assert "kodverket" in capsys.readouterr().err


@pytest.mark.skipif(not (VENV_BIN / "vardkontakt").exists(), reason="console script not installed")
def test_cli_subprocess_end_to_end(tmp_path):
    exe = str(VENV_BIN / "vardkontakt")
    data = tmp_path / "demo.parquet"
    subprocess.run([exe, "demo-data", "500", str(data), "--seed", "7"], check=True, capture_output=True)
    proc = subprocess.run([exe, "audit", str(data), "--findings", str(tmp_path / "f.csv"), "--summary",
                           str(tmp_path / "s.json")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "f.csv").read_text(encoding="utf-8").splitlines()[1:] != []
    proc = subprocess.run([exe, "audit", str(tmp_path / "x.docx"), "--findings", str(tmp_path / "f.csv")],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1


def test_findings_csv_is_safe_from_spreadsheet_formulas(tmp_path):
    # contact ids come from the extract: one that starts like a formula must not run when the CSV is opened
    src = write_csv(tmp_path / "x.csv", [row(cid="=HYPERLINK(1)"), row(cid="=HYPERLINK(1)"),
                                         row(cid="-7", ctype="KT", system="PASiS", journal="nej")])
    args = _parse("audit", [str(src), "--findings", str(tmp_path / "f.csv"), "--summary", str(tmp_path / "s.json")])
    assert command.run("audit", args) == 0
    with open(tmp_path / "f.csv", encoding="utf-8", newline="") as fh:
        ids = {(r["rule"], r["contact_id"]) for r in csv.DictReader(fh)}
    assert ("duplicate_contact_id", "'=HYPERLINK(1)") in ids
    assert ("journal_missing", "'-7") in ids
    assert not any(cid.startswith(("=", "+", "-", "@")) for _, cid in ids)
