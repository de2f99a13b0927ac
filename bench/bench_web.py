"""Load benchmark for the web API: real HTTP on loopback with wrk (not a timed test).

Starts `vardkontakt serve`, drives POST /api/v1/decide with wrk (bench/wrk_decide.lua,
rotating facts bodies) at 32 connections, and prints decisions/s, p50/p99 latency
and errors; then soaks for `--soak-seconds` and samples the server's RSS (parent and
worker processes) to show whether memory stays flat.

    .venv/bin/python bench/bench_web.py                 # 20 s load + 120 s soak
    .venv/bin/python bench/bench_web.py --soak-seconds 30 --workers 1

Goals (issue 4): >= 1,000 decisions/s on a 2-core machine, p99 <= 50 ms, zero errors, flat memory.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
LUA = HERE / "wrk_decide.lua"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, workers: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "vardkontakt.cli", "serve", "--port", str(port), "--workers", str(workers),
         "--no-access-log", "--log-level", "warning"],
        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=1):
                time.sleep(0.5 if workers > 1 else 0)  # let every worker finish starting
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start")


def process_tree(pid: int) -> list[int]:
    pids, frontier = [pid], [pid]
    while frontier:
        parent = frontier.pop()
        try:
            children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
        except OSError:
            children = []
        pids += [int(c) for c in children]
        frontier += [int(c) for c in children]
    return pids


def rss_mib(pid: int) -> float:
    total = 0
    for p in process_tree(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def _ms(text: str) -> float:
    m = re.match(r"([\d.]+)(us|ms|s|m)", text)
    return float(m.group(1)) * _UNITS[m.group(2)]


def run_wrk(url: str, seconds: int, connections: int, threads: int) -> dict:
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "5s",
         "-s", str(LUA), url],
        capture_output=True, text=True, check=True,
    ).stdout
    result = {"raw": out, "non_2xx": 0, "socket_errors": 0}
    result["rps"] = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    result["requests"] = int(re.search(r"(\d+) requests in", out).group(1))
    for pct in ("50", "75", "90", "99"):
        m = re.search(rf"^\s+{pct}%\s+(\S+)", out, re.M)
        result[f"p{pct}"] = _ms(m.group(1)) if m else float("nan")
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    result["non_2xx"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    result["socket_errors"] = sum(map(int, m.groups())) if m else 0
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (default 1; see docs/web.md)")
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2, help="wrk threads")
    ap.add_argument("--seconds", type=int, default=20, help="length of the measured load run")
    ap.add_argument("--soak-seconds", type=int, default=120, help="length of the memory soak (0 to skip)")
    ap.add_argument("--url", help="benchmark an already running server instead of starting one")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (apt-get install wrk)")

    proc = None
    if args.url:
        url = args.url.rstrip("/")
    else:
        port = free_port()
        proc = start_server(port, args.workers)
        url = f"http://127.0.0.1:{port}"
    try:
        print(f"machine: {os.cpu_count()} cores; server: {args.workers} worker(s); "
              f"wrk: {args.threads} threads, {args.connections} connections")
        run_wrk(url, 3, args.connections, args.threads)  # warm up caches and connections
        r = run_wrk(url, args.seconds, args.connections, args.threads)
        errors = r["non_2xx"] + r["socket_errors"]
        print(f"load {args.seconds}s: {r['rps']:.0f} decisions/s, {r['requests']} requests, "
              f"p50 {r['p50']:.2f} ms, p90 {r['p90']:.2f} ms, p99 {r['p99']:.2f} ms, errors {errors}")
        ok = r["rps"] >= 1000 and r["p99"] <= 50 and errors == 0

        if args.soak_seconds > 0 and proc is not None:
            chunk = min(10, args.soak_seconds)
            samples = [rss_mib(proc.pid)]
            print(f"soak {args.soak_seconds}s in {chunk}s chunks; RSS at start {samples[0]:.1f} MiB")
            total_errors, elapsed = 0, 0
            while elapsed < args.soak_seconds:
                s = run_wrk(url, chunk, args.connections, args.threads)
                elapsed += chunk
                total_errors += s["non_2xx"] + s["socket_errors"]
                samples.append(rss_mib(proc.pid))
                print(f"  t={elapsed:4d}s {s['rps']:7.0f}/s p99 {s['p99']:6.2f} ms  RSS {samples[-1]:.1f} MiB")
            growth = samples[-1] - samples[1]
            print(f"soak: errors {total_errors}; RSS after first chunk {samples[1]:.1f} MiB, "
                  f"end {samples[-1]:.1f} MiB, max {max(samples):.1f} MiB, growth {growth:+.1f} MiB")
            ok = ok and total_errors == 0 and growth < 10
        print("goals met" if ok else "goals NOT met")
        return 0 if ok else 1
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
