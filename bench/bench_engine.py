"""Benchmark the core: in-process decide() throughput, CLI cold start, and guided-question counts.

Run: .venv/bin/python bench/bench_engine.py [--seconds 3]
Prints figures; it is not a test and asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time

from vardkontakt.engine import clear_caches, decide
from vardkontakt.model import FACT_DOMAINS
from vardkontakt.rules import default_rulebook
from vardkontakt.verify import check


def random_facts(rng: random.Random, n: int) -> list[dict]:
    """Facts as callers send them: each fact known with probability 0.7."""
    out = []
    for _ in range(n):
        facts = {k: rng.choice(v) for k, v in FACT_DOMAINS.items() if rng.random() < 0.7}
        out.append(facts)
    return out


def throughput(facts_list: list[dict], seconds: float, cached: bool) -> float:
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for facts in facts_list:
            if not cached:
                clear_caches()
            decide(facts)
        done += len(facts_list)
    return done / (time.perf_counter() - start)


def cold_start(runs: int) -> list[float]:
    facts = {"channel": "phone", "counterpart": "patient", "replaces_visit": True,
             "medical_assessment": True, "same_day_visit_same_unit": False, "sob_program": False}
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        complete, empty = os.path.join(tmp, "complete.json"), os.path.join(tmp, "empty.json")
        json.dump(facts, open(complete, "w"))
        json.dump({}, open(empty, "w"))
        exe = os.path.join(os.path.dirname(sys.executable), "vardkontakt")
        for path in (complete, empty):
            samples = []
            for _ in range(runs):
                t = time.perf_counter()
                subprocess.run([exe, "decide", path], check=True, capture_output=True)
                samples.append(time.perf_counter() - t)
            times.append(samples)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0, help="time per throughput measurement")
    parser.add_argument("--cold-runs", type=int, default=10, help="CLI cold starts to time")
    args = parser.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; pinned to one core")

    rng = random.Random(7)
    facts_list = random_facts(rng, 20_000)
    decide({})  # load the rule base
    t = time.perf_counter()
    for facts in facts_list:
        decide(facts)
    first = len(facts_list) / (time.perf_counter() - t)
    print(f"decide() in process, {len(facts_list):,} mixed facts (70% of facts known), first sight: {first:,.0f} decisions/s")
    warm = throughput(facts_list, args.seconds, cached=True)
    print(f"decide() in process, same facts again (decision cache warm): {warm:,.0f} decisions/s")
    uncached = throughput(facts_list[:300], args.seconds, cached=False)
    print(f"decide() in process, cache cleared before every call: {uncached:,.0f} decisions/s")
    complete = [{k: rng.choice(v) for k, v in FACT_DOMAINS.items()} for _ in range(2000)]
    print(f"decide() complete facts, cache cleared before every call: {throughput(complete, args.seconds, cached=False):,.0f} decisions/s")

    complete_t, empty_t = cold_start(args.cold_runs)
    print(f"`vardkontakt decide FILE` cold start, complete facts: median {statistics.median(complete_t):.3f} s, max {max(complete_t):.3f} s")
    print(f"`vardkontakt decide FILE` cold start, empty facts (plans questions): median {statistics.median(empty_t):.3f} s, max {max(empty_t):.3f} s")

    report = check(default_rulebook().current)
    print(f"guided questions from empty facts: {report.question_paths} answer paths, average {report.questions_avg:.2f}, worst {report.questions_worst}")
    print(f"  average over all {report.combinations} complete fact combinations: {report.questions_avg_over_combinations:.2f}")


if __name__ == "__main__":
    main()
