"""Benchmark of `vardkontakt audit` against one hand-written DuckDB query.

Prints figures; it is not a timed test. Each measurement runs in a fresh child
process; peak memory is the child's maximum resident set size including its own
children (polled with psutil every 50 ms).

The machine has two cores, so anything else running distorts the figures a lot
(an earlier run beside a web load test showed x16 time for x5 rows). Before each
measurement the script waits (up to --quiet-wait seconds) until the machine has
been idle for 3 s, and it prints `others`: CPU seconds used by other processes
during the measurement, as a share of one core. A measurement with `others`
above 10 % is repeated (up to 3 runs; the least disturbed one is printed).

    .venv/bin/python bench/bench_audit.py                       # 2M and 10M rows
    .venv/bin/python bench/bench_audit.py --rows 200000 --formats parquet
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

import psutil

REFERENCE_SQL = r"""
COPY (
WITH t AS (
  SELECT line, coalesce(trim(contact_id), '') AS cid, coalesce(trim(patient_id), '') AS pid, coalesce(trim(unit_id), '') AS unit,
    CASE upper(trim(system)) WHEN 'PMO' THEN 'PMO' WHEN 'PASIS' THEN 'PASiS' END AS sys,
    coalesce(trim(start_time), '') AS st, lower(coalesce(trim(contact_type), '')) AS ct, upper(coalesce(trim(attributes), '')) AS attr,
    upper(coalesce(trim(kva_codes), '')) AS kva,
    CASE WHEN lower(trim(journal_note)) IN ('true','1','ja') THEN true WHEN lower(trim(journal_note)) IN ('false','0','nej') THEN false END AS jn,
    CASE WHEN lower(trim(sob_program)) IN ('true','1','ja') THEN true WHEN lower(trim(sob_program)) IN ('false','0','nej') THEN false END AS sob,
    coalesce(trim(identity_verified), '') = '' AS id_empty,
    CASE WHEN lower(trim(identity_verified)) IN ('true','1','ja') THEN true WHEN lower(trim(identity_verified)) IN ('false','0','nej') THEN false END AS idv
  FROM SOURCE
), p AS (
  SELECT *, TRY_CAST(CASE WHEN regexp_matches(st, '^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2})?$')
      THEN replace(st, 'T', ' ') || CASE WHEN length(st) = 16 THEN ':00' ELSE '' END END AS TIMESTAMP) AS ts,
    CASE WHEN sys = 'PMO' THEN CASE ct WHEN 'distanskontakt realtid bild/ljud/chatt' THEN 'video_visit'
      WHEN 'telefonkontakt som ersätter besök' THEN 'phone_replaces_visit' WHEN 'telefonsamtal' THEN 'phone_call'
      WHEN 'text som ersätter besök' THEN 'text_replaces_visit' WHEN 'text som inte ersätter besök' THEN 'text_message'
      WHEN 'kontakt med personal om patient' THEN 'staff_about_patient' WHEN 'kommentar' THEN 'note'
      WHEN 'triage' THEN 'triage' WHEN 'besök' THEN 'physical_visit' END
    ELSE CASE ct WHEN 'vk' THEN 'video_visit' WHEN 'kt' THEN 'phone_replaces_visit' WHEN 'te' THEN 'phone_call'
      WHEN 'kb' THEN 'text_replaces_visit' WHEN 'br' THEN 'text_message' WHEN 'ko' THEN 'staff_about_patient'
      WHEN 'triage' THEN 'triage' WHEN 'besök' THEN 'physical_visit' END END AS cat,
    (sys = 'PMO' AND regexp_matches(attr, '(^|;) *SOB *(;|$)')) OR (sys = 'PASiS' AND regexp_matches(kva, '(^|;) *UW040 *(;|$)')) AS mark
  FROM t
), v AS (
  SELECT *, cid <> '' AND pid <> '' AND unit <> '' AND sys IS NOT NULL AND ts IS NOT NULL AND ct <> ''
    AND jn IS NOT NULL AND sob IS NOT NULL AND (idv IS NOT NULL OR id_empty) AS valid FROM p
), d AS (
  SELECT *, valid AND row_number() OVER (PARTITION BY valid, cid ORDER BY line) > 1 AS dup FROM v
), c AS (
  SELECT *, valid AND NOT dup AS ok,
    max(CASE WHEN cat = 'physical_visit' THEN ts END) OVER (PARTITION BY valid AND NOT dup, sys, pid, unit, ts::DATE) AS lv
  FROM d
), f AS (
  SELECT line, cid,
    NOT valid AS invalid_row, dup AS duplicate_contact_id, ok AND cat IS NULL AS unknown_contact_type,
    ok AND cat IN ('video_visit','phone_replaces_visit','text_replaces_visit') AND NOT jn AS journal_missing,
    ok AND cat IN ('video_visit','phone_replaces_visit','phone_call','text_replaces_visit','text_message') AND sob AND NOT jn AS sob_without_journal,
    ok AND cat IN ('video_visit','phone_replaces_visit','phone_call','text_replaces_visit','text_message') AND sob AND NOT mark AS sob_marking_missing,
    ok AND cat IS NOT NULL AND NOT sob AND mark AS sob_marking_unexpected,
    ok AND cat = 'video_visit' AND idv = false AS video_without_identity,
    ok AND cat = 'phone_call' AND coalesce(lv > ts, false) AS triage_expected
  FROM c
)
SELECT line, cid AS contact_id, rule FROM f
UNPIVOT (hit FOR rule IN (invalid_row, duplicate_contact_id, unknown_contact_type, journal_missing,
  sob_without_journal, sob_marking_missing, sob_marking_unexpected, video_without_identity, triage_expected))
WHERE hit ORDER BY line, rule
) TO 'OUT' (HEADER)
"""


def child(kind: str, path: str, out: str) -> None:
    if kind == "reference":
        import duckdb

        # Same settings and line numbering as the audit's DuckDB engine: Parquet lines
        # from file_row_number, CSV lines from row_number() OVER () over the scan.
        con = duckdb.connect(config={"memory_limit": "3GB"})
        if path.endswith(".parquet"):
            src = f"(SELECT file_row_number + 1 AS line, * FROM read_parquet('{path}', file_row_number=true))"
        else:
            src = f"(SELECT row_number() OVER () AS line, * FROM read_csv('{path}', all_varchar=true))"
        con.execute(REFERENCE_SQL.replace("SOURCE", src).replace("OUT", out))
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
        from vardkontakt.audit import run_audit, write_findings

        result = run_audit(path, engine=kind)
        write_findings(result.findings, out)


def _busy_cpu_s() -> float:
    """CPU seconds the whole machine has spent busy since boot."""
    t = psutil.cpu_times()
    return t.user + t.nice + t.system + getattr(t, "irq", 0) + getattr(t, "softirq", 0) + getattr(t, "steal", 0)


def wait_quiet(max_wait: float) -> float:
    """Wait until the machine is idle (< 15 % of one core busy over 3 s); returns seconds waited."""
    start = time.monotonic()
    while time.monotonic() - start < max_wait:
        b0 = _busy_cpu_s()
        time.sleep(3)
        if _busy_cpu_s() - b0 < 0.15 * 3:
            break
        time.sleep(5)
    return time.monotonic() - start


def measure(kind: str, path: Path, out: Path, quiet_wait: float = 600, tries: int = 3) -> tuple[float, float, float]:
    """Up to `tries` runs while others used more than 10 % of a core; the least disturbed run counts."""
    runs = []
    for _ in range(tries):
        runs.append(measure_once(kind, path, out, quiet_wait))
        if runs[-1][2] <= 0.10:
            break
    return min(runs, key=lambda r: r[2])


def measure_once(kind: str, path: Path, out: Path, quiet_wait: float) -> tuple[float, float, float]:
    """(wall s, peak RSS GiB, CPU used by other processes as a share of one core)."""
    wait_quiet(quiet_wait)
    cmd = [sys.executable, __file__, "--child", kind, str(path), str(out)]
    def own_cpu() -> float:  # this process and its waited-for children
        r = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return sum(x.ru_utime + x.ru_stime for x in r)

    busy0, own0 = _busy_cpu_s(), own_cpu()
    start = time.perf_counter()
    proc = psutil.Popen(cmd)
    peak = 0
    while proc.poll() is None:
        try:
            peak = max(peak, sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]))
        except psutil.Error:
            pass
        time.sleep(0.05)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{kind} failed on {path}")
    others = max(0.0, (_busy_cpu_s() - busy0) - (own_cpu() - own0)) / wall
    return wall, peak / 2**30, others


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, nargs="+", default=[2_000_000, 10_000_000])
    ap.add_argument("--formats", nargs="+", default=["parquet", "csv"], choices=["parquet", "csv"])
    ap.add_argument("--engines", nargs="+", default=["duckdb"], choices=["duckdb", "spark"])
    ap.add_argument("--workdir", default="/tmp/vardkontakt-bench")
    ap.add_argument("--quiet-wait", type=float, default=600, help="seconds to wait for an idle machine (default 600)")
    ap.add_argument("--tries", type=int, default=3, help="runs per measurement while disturbed (default 3)")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(*a.child)
        return
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from vardkontakt.audit import generate_demo

    work = Path(a.workdir)
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB")
    print(f"{'rows':>10} {'format':>7} {'engine':>9} {'wall s':>8} {'rows/s':>11} {'peak GiB':>9} {'vs ref':>7} {'others':>7}")
    results = []
    for n in a.rows:
        for fmt in a.formats:
            data = work / f"demo_{n}.{fmt}"
            if not data.exists():
                t0 = time.perf_counter()
                generate_demo(n, data, seed=1)
                print(f"(generated {data.name} in {time.perf_counter() - t0:.1f} s)")
            ref_wall, ref_mem, ref_others = measure("reference", data, work / "ref.csv", a.quiet_wait, a.tries)
            print(f"{n:>10} {fmt:>7} {'reference':>9} {ref_wall:>8.2f} {n / ref_wall:>11,.0f} {ref_mem:>9.2f} "
                  f"{1:>7.2f} {ref_others:>6.0%}", flush=True)
            results.append({"rows": n, "format": fmt, "engine": "reference", "wall_s": ref_wall, "peak_gib": ref_mem,
                            "others_core_share": ref_others})
            for eng in a.engines:
                wall, mem, others = measure(eng, data, work / f"{eng}.csv", a.quiet_wait, a.tries)
                print(f"{n:>10} {fmt:>7} {eng:>9} {wall:>8.2f} {n / wall:>11,.0f} {mem:>9.2f} {wall / ref_wall:>7.2f} "
                      f"{others:>6.0%}", flush=True)
                results.append({"rows": n, "format": fmt, "engine": eng, "wall_s": wall, "peak_gib": mem,
                                "reference_s": ref_wall, "reference_peak_gib": ref_mem, "others_core_share": others})
    by = {(r["engine"], r["format"]): {} for r in results}
    for r in results:
        by[(r["engine"], r["format"])][r["rows"]] = r["wall_s"]
    for (eng, fmt), walls in by.items():
        if len(walls) >= 2:
            lo, hi = min(walls), max(walls)
            print(f"scaling {eng}/{fmt} {lo}->{hi}: time x{walls[hi] / walls[lo]:.2f} for rows x{hi / lo:.1f}")
    (work / "results.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
