"""Shared fixtures. Feature tests live in one file each (tests/test_<feature>.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDELINE = ROOT.parent / "shared" / "guideline" / "registreringsanvisningar-distanskontakter.md"
CLI = [sys.executable, "-m", "vardkontakt.cli"]


def run_cli(*args: str, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the `vardkontakt` command as a user would, in a subprocess."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [*CLI, *args], input=stdin, capture_output=True, text=True, timeout=timeout, env=env
    )


@pytest.fixture(scope="session")
def ruleset():
    from vardkontakt.rules import default_rulebook

    return default_rulebook().current
