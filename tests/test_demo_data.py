"""demo-data: the audit finds exactly the injected faults, deterministically."""
from __future__ import annotations

import pyarrow.csv as pc
import pyarrow.parquet as pq
import pytest

from vardkontakt.audit import generate_demo, run_audit
from vardkontakt.audit.demo import RULE_IDS
from vardkontakt.audit.errors import InputError


def truth_of(path) -> list[tuple[int, str, str]]:
    t = pc.read_csv(path, convert_options=pc.ConvertOptions(
        column_types={"contact_id": "string"}, strings_can_be_null=False))
    return [(r["line"], r["contact_id"], r["rule"]) for r in t.to_pylist()]


def found_of(result) -> list[tuple[int, str, str]]:
    return [(r["line"], r["contact_id"], r["rule"]) for r in result.findings.to_pylist()]


@pytest.mark.parametrize("n,ext,seed", [(60, "csv", 0), (3000, "parquet", 1), (20000, "csv", 2)])
def test_audit_equals_ground_truth(tmp_path, n, ext, seed):
    out, truth_path = generate_demo(n, tmp_path / f"demo.{ext}", seed=seed)
    truth = truth_of(truth_path)
    result = run_audit(out)
    assert found_of(result) == truth
    assert {rule for _, _, rule in truth} == set(RULE_IDS)  # every rule is exercised
    s = result.summary
    assert s["rows_read"] == n == s["rows_checked"] + s["rows_quarantined"]


def test_deterministic_for_a_seed(tmp_path):
    a, _ = generate_demo(500, tmp_path / "a.csv", seed=5)
    b, _ = generate_demo(500, tmp_path / "b.csv", seed=5)
    c, _ = generate_demo(500, tmp_path / "c.csv", seed=6)
    assert a.read_bytes() == b.read_bytes() != c.read_bytes()


def test_realistic_mix(tmp_path):
    out, _ = generate_demo(5000, tmp_path / "d.parquet", seed=3)
    t = pq.read_table(out).to_pylist()
    systems = {r["system"] for r in t}
    assert {"PMO", "PASiS"} <= systems
    assert len({r["unit_id"] for r in t}) >= 10
    assert len({r["patient_id"] for r in t}) > 500
    assert len({r["start_time"][:7] for r in t if r["start_time"][:4] == "2024"}) == 12
    types = [r["contact_type"].strip().lower() for r in t]
    assert 0.25 < types.count("besök") / len(types) < 0.5


def test_too_few_rows_or_bad_format(tmp_path):
    with pytest.raises(InputError, match="minst 60"):
        generate_demo(10, tmp_path / "x.csv")
    with pytest.raises(InputError, match="okänt filformat"):
        generate_demo(100, tmp_path / "x.json")
