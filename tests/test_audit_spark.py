"""The same audit on Apache Spark (local mode) gives identical findings."""
from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from vardkontakt.audit import generate_demo, run_audit, run_harmonize

from test_audit import CASES, write_csv

pytestmark = pytest.mark.spark


@pytest.fixture(scope="session")
def spark():
    pytest.importorskip("pyspark")
    from vardkontakt.audit.engines import local_spark

    session = local_spark(cores=2)
    yield session
    session.stop()
    import vardkontakt.audit.engines as engines

    engines._SPARK = None


def _same(a, b):
    assert a.findings.to_pylist() == b.findings.to_pylist()
    sa = {k: v for k, v in a.summary.items() if k != "engine"}
    sb = {k: v for k, v in b.summary.items() if k != "engine"}
    assert sa == sb


def test_all_hand_made_cases_identical(tmp_path, spark):
    # All cases in one file (distinct patients per case keep them apart).
    rows = []
    for i, name in enumerate(sorted(CASES)):
        for r in CASES[name][0]:
            parts = r.split(",")
            for k in (0, 1):  # keep padding and emptiness, which the cases test
                if parts[k].strip():
                    parts[k] = parts[k].replace(parts[k].strip(), f"{name}-{parts[k].strip()}")
            rows.append(",".join(parts))
    path = write_csv(tmp_path / "cases.csv", rows)
    duck = run_audit(path)
    sp = run_audit(path, engine="spark", spark=spark)
    assert duck.findings.num_rows == sum(len(c[1]) for c in CASES.values())
    _same(duck, sp)


@pytest.mark.parametrize("ext", ["csv", "parquet"])
def test_demo_data_identical_and_equal_to_truth(tmp_path, spark, ext):
    out, truth = generate_demo(4000, tmp_path / f"demo.{ext}", seed=11)
    duck = run_audit(out)
    sp = run_audit(out, engine="spark", spark=spark)
    _same(duck, sp)
    assert duck.findings.num_rows == len(truth.read_text(encoding="utf-8").splitlines()) - 1


def test_xlsx_on_spark(tmp_path, spark):
    from openpyxl import Workbook

    from vardkontakt.audit.spec import EXTRACT_COLUMNS

    wb = Workbook()
    wb.active.append(list(EXTRACT_COLUMNS))
    wb.active.append(["a", "p", "U", "PASiS", "2024-01-02 08:00", "KB", None, None, "nej", "nej", None])
    wb.save(tmp_path / "x.xlsx")
    _same(run_audit(tmp_path / "x.xlsx"), run_audit(tmp_path / "x.xlsx", engine="spark", spark=spark))


def test_harmonize_identical(tmp_path, spark):
    out, _ = generate_demo(1000, tmp_path / "demo.csv", seed=2)
    n1 = run_harmonize(out, tmp_path / "d.parquet")
    n2 = run_harmonize(out, tmp_path / "s.parquet", engine="spark", spark=spark)
    assert n1 == n2
    a, b = pq.read_table(tmp_path / "d.parquet"), pq.read_table(tmp_path / "s.parquet")
    cols = ["line", "contact_id", "system", "contact_type", "category", "journal_note", "identity_verified"]
    assert a.select(cols).to_pylist() == b.select(cols).to_pylist()
    assert [str(x) for x in a["start_time"].to_pylist()] == [str(x) for x in b["start_time"].to_pylist()]


def test_report_on_spark_matches_duckdb(tmp_path, spark):
    # `vardkontakt report --engine spark`: every figure of the workbook equals the DuckDB report's
    from openpyxl import load_workbook

    from vardkontakt.report import build_report

    src, _ = generate_demo(2000, tmp_path / "demo.parquet", seed=5)
    _, duck_xlsx = build_report(src, tmp_path / "duckdb")
    spark_html, spark_xlsx = build_report(src, tmp_path / "spark", engine="spark")

    def cells(path):
        wb = load_workbook(path)
        return {ws.title: [[c.value for c in r] for r in ws.iter_rows()] for ws in wb.worksheets}

    duck, on_spark = cells(duck_xlsx), cells(spark_xlsx)
    assert duck.keys() == on_spark.keys()
    for sheet in duck:
        assert len(duck[sheet]) == len(on_spark[sheet]) > 1, sheet
        for a, b in zip(duck[sheet], on_spark[sheet]):
            assert [pytest.approx(x) if isinstance(x, float) else x for x in a] == b, sheet
    assert '<html lang="sv">' in spark_html.read_text(encoding="utf-8")
