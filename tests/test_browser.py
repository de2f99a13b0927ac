"""The guide in real headless Chromium against a real `vardkontakt serve` process.

Covers the guided flow to every category, the free-text flow, keyboard-only use,
the page without JavaScript, copy buttons, and axe-core (shipped offline inside
axe-playwright-python) with zero violations. Screenshots go to artifacts/screenshots/.
Nothing here downloads a browser: Debian's /usr/bin/chromium is used.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from vardkontakt.model import CATEGORIES
from vardkontakt.rules import default_rulebook
from vardkontakt.web.api import text_module_available

CHROMIUM = os.environ.get("VARDKONTAKT_CHROMIUM", "/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed (apt-get install chromium)"),
]
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
RULESET = default_rulebook().current
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server():
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "vardkontakt.cli", "serve", "--port", str(port), "--no-access-log",
         "--log-level", "warning"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{base}/api/v1/health", timeout=1) as r:
                if r.status == 200:
                    break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
                pytest.fail(f"vardkontakt serve did not start:\n{out}")
            time.sleep(0.1)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def chromium():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium, server):
    context = chromium.new_context(base_url=server, viewport={"width": 1280, "height": 900}, locale="sv-SE")
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()


def assert_no_axe_violations(pg, name: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(pg)
    assert results.violations_count == 0, f"axe violations on {name}:\n{results.generate_report()}"


def choose(pg, truth: dict) -> int:
    """Index of the radio option that is true for `truth`."""
    values = pg.locator("input[name=svar]").evaluate_all("els => els.map(e => e.value)")
    return next(i for i, v in enumerate(values) if all(truth.get(k) == x for k, x in json.loads(v).items()))


def example_truth(category: str) -> dict:
    facts = next(e.facts for e in RULESET.spec.examples if e.expect.category == category)
    return {"activity": "dialogue", **facts}


def click_through(pg, truth: dict, max_steps: int = 6) -> int:
    steps = 0
    while "/resultat" not in pg.url:
        index = choose(pg, truth)
        pg.locator("label[for^=svar-]").nth(index).click()
        pg.get_by_role("button", name="Nästa").click()
        pg.wait_for_load_state()
        steps += 1
        assert steps <= max_steps
    return steps


@pytest.mark.parametrize("category", CATEGORIES)
def test_click_through_to_every_category(page, category):
    page.goto("/")
    page.get_by_role("link", name="Svara på frågor").first.click()
    steps = click_through(page, example_truth(category))
    label = RULESET.spec.categories[category].label_sv
    assert page.locator("h1").inner_text() == label
    assert steps <= 3
    # previous answers stay visible and can be changed
    assert page.locator(".answers dt").count() >= 1
    assert page.get_by_role("link", name="Ändra").count() == page.locator(".answers dt").count()


def test_screens_and_axe(page):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.goto("/")
    assert_no_axe_violations(page, "start")
    page.screenshot(path=SHOTS / "start.png", full_page=True)

    page.goto("/fragor")
    assert_no_axe_violations(page, "question")
    page.screenshot(path=SHOTS / "question.png", full_page=True)

    page.goto("/fragor?activity=dialogue&sob_program=false&andra=sob_program")
    assert_no_axe_violations(page, "change answer")

    page.goto("/fragor?activity=dialogue&sob_program=false&counterpart=patient&channel=phone"
              "&replaces_visit=false&same_day_visit_same_unit=false")
    assert page.locator("h1").inner_text() == "Telefonsamtal"
    page.locator("details summary").first.click()  # open the extra "why not" entries before checking
    assert_no_axe_violations(page, "result")
    page.screenshot(path=SHOTS / "result.png", full_page=True)

    page.goto("/resultat?channel=video&counterpart=patient&replaces_visit=true&medical_assessment=true"
              "&sob_program=true&journal_documented=true&identity_verified=false")
    assert_no_axe_violations(page, "result with warning and SOB")
    page.screenshot(path=SHOTS / "result-warning.png", full_page=True)

    page.goto("/beskriv")
    assert_no_axe_violations(page, "free text")
    page.goto("/anvisningar")
    assert_no_axe_violations(page, "anvisningar")
    page.goto("/docs")
    assert_no_axe_violations(page, "api docs")
    page.goto("/fragor?channel=fax")
    assert_no_axe_violations(page, "error page")


@pytest.mark.skipif(not text_module_available(), reason="vardkontakt.text does not exist yet")
def test_free_text_flow(page):
    page.goto("/")
    page.get_by_role("link", name="Beskriv kontakten").first.click()
    page.get_by_label("Beskrivning av kontakten").fill(
        "Ringde patientens mamma som är vårdnadshavare och berättade att provsvaret var normalt."
    )
    page.get_by_role("button", name="Tolka beskrivningen").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Så här förstod vi beskrivningen"
    assert page.locator("table tbody tr").count() >= 1
    assert_no_axe_violations(page, "free-text result")
    page.screenshot(path=SHOTS / "free-text.png", full_page=True)
    # where the text left it open, the remaining questions continue in the guided flow
    truth = {"activity": "dialogue", "channel": "phone", "counterpart": "representative", "replaces_visit": False,
             "medical_assessment": False, "sob_program": False, "same_day_visit_same_unit": False,
             "journal_documented": True, "identity_verified": True}
    if page.locator("input[name=svar]").count():
        click_through(page, truth)
    assert page.locator("text=Registrera så här").count() == 1


@pytest.mark.skipif(text_module_available(), reason="the text classifier is installed")
def test_free_text_missing_classifier_message(page):
    page.goto("/beskriv")
    assert page.get_by_role("heading", name="Fritextstödet är inte tillgängligt").is_visible()


def test_keyboard_only(page):
    page.goto("/fragor")
    page.keyboard.press("Tab")
    skip = page.evaluate("document.activeElement.textContent")
    assert skip == "Hoppa till innehållet"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    truth = example_truth("phone_replaces_visit")
    for _ in range(6):
        if "/resultat" in page.url:
            break
        index = choose(page, truth)
        page.keyboard.press("Tab")  # into the radio group
        assert page.evaluate("document.activeElement.name") == "svar"
        outline = page.evaluate(
            "getComputedStyle(document.activeElement.nextElementSibling).outlineStyle"
        )
        assert outline != "none", "the focused option shows a visible focus ring"
        page.keyboard.press("Space")
        for _ in range(index):
            page.keyboard.press("ArrowDown")
        checked = page.evaluate("document.querySelector('input[name=svar]:checked').value")
        assert all(truth.get(k) == v for k, v in json.loads(checked).items())
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent.trim()") == "Nästa"
        with page.expect_navigation():
            page.keyboard.press("Enter")
        # Focus starts at the top of the new page: skip the header again.
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == "Telefonkontakt som ersätter besök"


def test_works_without_javascript(chromium, server):
    context = chromium.new_context(base_url=server, java_script_enabled=False)
    pg = context.new_page()
    pg.goto("/fragor")
    click_through(pg, example_truth("text_message"))
    assert pg.locator("h1").inner_text() == "Text som inte ersätter besök"
    assert pg.locator("button.copy-button").count() == 0  # no dead buttons without JS
    assert pg.locator("code.copy").first.inner_text() == "Text som inte ersätter besök"
    context.close()


def test_copy_button_copies_with_one_click(chromium, server):
    context = chromium.new_context(base_url=server)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    pg = context.new_page()
    pg.goto("/resultat?channel=phone&counterpart=patient&replaces_visit=true&medical_assessment=true"
            "&same_day_visit_same_unit=false&sob_program=false")
    pg.get_by_role("button", name="Kopiera PASiS kontakttyp").click()
    from playwright.sync_api import expect

    expect(pg.locator("#meddelande")).to_contain_text("Kopierat: KT")
    assert pg.evaluate("navigator.clipboard.readText()") == "KT"
    context.close()
