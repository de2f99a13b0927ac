"""The `vardkontakt classify` command, run as a user would."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXE = Path(sys.executable).with_name("vardkontakt")
CMD = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "vardkontakt.cli"]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*CMD, "classify", *args], input=stdin, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("args,stdin,category", [
    (["Ringde upp pat och lämnade normalt provsvar"], None, "phone_call"),
    ([], "Pat uteblev från videobesöket", "note"),
    (["ringde", "pat"], None, None),
    ([""], None, None),
    ([], "", None),
    (["¿Dónde está la biblioteca?"], None, None),
])
def test_cli_prints_json_and_exits_0(args, stdin, category):
    res = run(*args, stdin=stdin)
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["category"] == category
    assert {"confidence", "facts", "evidence", "missing", "next_question", "pmo", "pasis"} <= set(out)


def test_import_is_light_and_load_is_fast():
    code = (
        "import sys, time; t=time.perf_counter(); import vardkontakt.text, vardkontakt.text.command;"
        "heavy=[m for m in ('vardkontakt.text._classify','vardkontakt.rules','sklearn','numpy') if m in sys.modules];"
        "assert not heavy, heavy; from vardkontakt.text import classify; classify('ringde pat');"
        "print(time.perf_counter()-t)"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert float(res.stdout) < 2.0
