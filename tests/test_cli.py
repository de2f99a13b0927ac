"""The `vardkontakt` command as a user runs it: decide, rules check, rules table, demo."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

KT = {"channel": "phone", "counterpart": "patient", "replaces_visit": True, "medical_assessment": True,
      "same_day_visit_same_unit": False, "sob_program": False}


def test_decide_reads_a_file_and_prints_the_decision(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(KT))
    result = run_cli("decide", str(path))
    assert result.returncode == 0, result.stderr
    decision = json.loads(result.stdout)
    assert decision["pasis"] == {"contact_type": "KT", "kva": []}


def test_decide_reads_standard_input():
    result = run_cli("decide", stdin=json.dumps({"activity": "no_show"}))
    assert result.returncode == 0
    assert json.loads(result.stdout)["pmo"]["attributes"] == ["Uteblivit"]


def test_incomplete_facts_exit_zero_with_missing_and_a_question():
    result = run_cli("decide", stdin=json.dumps({"channel": "phone", "counterpart": "patient"}))
    assert result.returncode == 0
    decision = json.loads(result.stdout)
    assert decision["category"] is None
    assert "medical_assessment" in decision["missing"]
    assert decision["next_question"]["options"]


@pytest.mark.parametrize(
    "stdin,needle",
    [
        ("{not json", "invalid JSON"),
        ('{"chanel": "phone"}', "chanel"),
        ('{"channel": "fax"}', "video, phone, text, none"),
        ('{"replaces_visit": "ja"}', "replaces_visit"),
        ('{"contact_date": "igår"}', "contact_date"),
        ('["channel"]', "JSON object"),
        ('{"contact_date": "1999-01-01"}', "contact_date"),
    ],
)
def test_invalid_input_exits_2_with_one_line_and_no_output(stdin, needle):
    result = run_cli("decide", stdin=stdin)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0]


def test_missing_file_exits_2():
    result = run_cli("decide", "/nonexistent/facts.json")
    assert result.returncode == 2 and "cannot read" in result.stderr


def test_human_rendering_is_swedish():
    result = run_cli("decide", "--human", stdin=json.dumps({**KT, "sob_program": True, "journal_documented": True}))
    assert result.returncode == 0
    assert "PMO:   Telefonkontakt som ersätter besök (attribut: SOB)" in result.stdout
    assert "PASiS: KT (KVÅ: UW040)" in result.stdout
    assert "Journalanteckning: krävs" in result.stdout


def test_rules_check_proves_the_shipped_rule_base():
    result = run_cli("rules", "check")
    assert result.returncode == 0, result.stdout
    assert "faktakombinationer prövade: 12288" in result.stdout
    assert "luckor (ingen regel): 0" in result.stdout
    assert "överlapp (flera regler): 0" in result.stdout
    assert "RESULTAT: OK" in result.stdout


def _broken_copy(tmp_path: Path, edit) -> Path:
    from vardkontakt.rules import GUIDELINE_DIR
    import yaml

    raw = yaml.safe_load((GUIDELINE_DIR / "v1.yaml").read_text(encoding="utf-8"))
    edit(raw)
    (tmp_path / "v1.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return tmp_path


def _remove_rule(raw, rule_id):
    raw["rules"] = [r for r in raw["rules"] if r["id"] != rule_id]


def test_rules_check_finds_a_gap(tmp_path):
    directory = _broken_copy(tmp_path, lambda raw: _remove_rule(raw, "triage"))
    result = run_cli("rules", "check", "--dir", str(directory))
    assert result.returncode == 1
    assert "LUCKA" in result.stdout and "RESULTAT: FEL" in result.stdout


def test_rules_check_finds_an_overlap(tmp_path):
    def widen(raw):
        for rule in raw["rules"]:
            if rule["id"] == "staff_about_patient":
                rule["when"] = [{"counterpart": ["staff", "patient"]}]
    result = run_cli("rules", "check", "--dir", str(_broken_copy(tmp_path, widen)))
    assert result.returncode == 1 and "ÖVERLAPP" in result.stdout


def test_rules_check_finds_a_failed_example(tmp_path):
    def wrong(raw):
        raw["examples"][0]["expect"]["category"] = "note"
    result = run_cli("rules", "check", "--dir", str(_broken_copy(tmp_path, wrong)))
    assert result.returncode == 1 and "EXEMPEL FEL" in result.stdout


def test_rules_check_finds_an_unreachable_rule(tmp_path):
    def shadow(raw):
        raw["rules"].append({**next(r for r in raw["rules"] if r["id"] == "no_show"), "id": "no_show_again",
                             "when": [{"activity": ["no_show"], "channel": ["video"]}]})
        for rule in raw["rules"]:
            if rule["id"] == "no_show":
                rule["when"] = [{"activity": ["no_show"], "channel": ["phone", "text", "none"]}]
        raw["rules"][-1]["when"] = [{"activity": ["no_show"], "channel": ["video"], "counterpart": []}]
    result = run_cli("rules", "check", "--dir", str(_broken_copy(tmp_path, shadow)))
    assert result.returncode == 1 and "ej nåbara: 1" in result.stdout


def test_broken_rule_file_names_file_and_key(tmp_path):
    def typo(raw):
        raw["rules"][2]["categry"] = raw["rules"][2].pop("category")
    result = run_cli("rules", "check", "--dir", str(_broken_copy(tmp_path, typo)))
    assert result.returncode == 2
    assert "v1.yaml" in result.stderr and "rules[2]" in result.stderr


def test_rules_table_markdown_and_csv():
    md = run_cli("rules", "table")
    assert md.returncode == 0 and "| channel |" in md.stdout and "Telefonkontakt som ersätter besök" in md.stdout
    csv_out = run_cli("rules", "table", "--format", "csv")
    header = csv_out.stdout.splitlines()[0].split(",")
    assert header[:2] == ["channel", "counterpart"] and "pasis_kva" in header
    assert len(csv_out.stdout.splitlines()) > 20


def test_demo_prints_examples():
    result = run_cli("demo", "--count", "3")
    assert result.returncode == 0 and result.stdout.count("»") == 3


def test_help_lists_every_command():
    result = run_cli("--help")
    assert result.returncode == 0
    for name in ("decide", "rules", "classify", "serve", "audit", "harmonize", "report", "demo-data"):
        assert name in result.stdout


@pytest.mark.parametrize("action,doc", [("table", "decision-table.md"), ("interpretations", "interpretations.md")])
def test_generated_docs_are_current(action, doc):
    """docs/ are rendered from the rule base; regenerate with `vardkontakt rules ACTION > docs/DOC`."""
    from conftest import ROOT

    result = run_cli("rules", action)
    assert result.returncode == 0
    assert (ROOT / "docs" / doc).read_text(encoding="utf-8") == result.stdout
