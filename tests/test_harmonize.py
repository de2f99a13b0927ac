"""harmonize: every valid row with a category shared by PMO and PASiS."""
from __future__ import annotations

import pyarrow.parquet as pq

from vardkontakt.audit import run_harmonize
from vardkontakt.rules import default_rulebook

from test_audit import row, write_csv


def test_categories_join_pmo_and_pasis(tmp_path):
    rows = [
        row(cid="a", system="PMO", ctype="Telefonkontakt som ersätter besök"),
        row(cid="b", system="PASiS", ctype=" kt "),
        row(cid="c", system="PASiS", ctype="Besök"),
        row(cid="d", system="PMO", ctype="Kommentar", attrs="Uteblivit"),
        row(cid="d"),                                   # duplicate: left out
        row(cid="e", journal="?"),                      # invalid: left out
        row(cid="f", system="PASiS", ctype="Telefonsamtal"),   # unknown in PASiS: category null
    ]
    n = run_harmonize(write_csv(tmp_path / "x.csv", rows), tmp_path / "h.parquet")
    t = pq.read_table(tmp_path / "h.parquet")
    assert n == t.num_rows == 5
    got = {r["contact_id"]: r["category"] for r in t.to_pylist()}
    assert got == {"a": "phone_replaces_visit", "b": "phone_replaces_visit", "c": "physical_visit",
                   "d": "note", "f": None}
    first = t.to_pylist()[1]
    assert first["contact_type"] == "kt" and first["journal_note"] is True
    assert str(first["start_time"]) == "2024-03-01 10:00:00"
    vocab = set(default_rulebook().current.spec.categories) | {"physical_visit"}
    assert set(got.values()) - {None} <= vocab
