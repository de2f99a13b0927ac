"""The server-rendered guide without JavaScript: plain forms, state in the URL."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from vardkontakt.engine import decide
from vardkontakt.model import CATEGORIES, FACT_KEYS
from vardkontakt.rules import default_rulebook
from vardkontakt.web.api import text_module_available
from vardkontakt.web.app import create_app

client = TestClient(create_app())
RULESET = default_rulebook().current


class FormParser(HTMLParser):
    """Collects the guided form: hidden fields and radio options (value, label id)."""

    def __init__(self):
        super().__init__()
        self.hidden: list[tuple[str, str]] = []
        self.radios: list[dict] = []
        self.action = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("action") == "/fragor":
            self.action = a["action"]
        if tag == "input" and a.get("type") == "hidden":
            self.hidden.append((a["name"], a["value"]))
        if tag == "input" and a.get("type") == "radio":
            self.radios.append(a)


def parse(html: str) -> FormParser:
    p = FormParser()
    p.feed(html)
    return p


def answer(page_html: str, truth: dict) -> str:
    """Submit the option that is true for `truth`, as a browser without JS would; return the next URL."""
    form = parse(page_html)
    assert form.action == "/fragor" and form.radios
    chosen = next(
        r["value"] for r in form.radios
        if all(truth.get(k) == v for k, v in json.loads(r["value"]).items())
    )
    query = urlencode(form.hidden + [("svar", chosen), ("nasta", "1")])
    r = client.get(f"/fragor?{query}", follow_redirects=False)
    assert r.status_code == 303
    return r.headers["location"]


def walk(truth: dict) -> tuple[str, int]:
    url, steps = "/fragor", 0
    while True:
        r = client.get(url, follow_redirects=False)
        if r.status_code == 303:
            url = r.headers["location"]
            continue
        assert r.status_code == 200
        if url.startswith("/resultat"):
            return r.text, steps
        url = answer(r.text, truth)
        steps += 1
        assert steps <= 6


def example_for(category: str) -> dict:
    return next(e.facts for e in RULESET.spec.examples if e.expect.category == category)


def test_start_page_offers_two_ways_in():
    html = client.get("/").text
    assert '<html lang="sv">' in html
    assert 'href="/beskriv"' in html and 'href="/fragor"' in html
    assert "Beskriv kontakten" in html and "Svara på frågor" in html
    assert 'class="skip-link" href="#innehall"' in html


@pytest.mark.parametrize("category", CATEGORIES)
def test_guided_flow_reaches_every_category_without_js(category):
    truth = dict(example_for(category))
    truth.setdefault("activity", "dialogue")
    html, steps = walk(truth)
    label = RULESET.spec.categories[category].label_sv
    assert f"<h1>{label}</h1>" in html
    assert steps <= 3, "a decision usually within three questions"


def test_question_page_is_an_accessible_radio_group():
    html = client.get("/fragor").text
    assert "<fieldset" in html and "<legend>" in html
    labels = re.findall(r'<label for="(svar-\d+)">', html)
    ids = re.findall(r'<input type="radio" id="(svar-\d+)"', html)
    assert labels == ids and ids


def test_result_card_shows_both_systems_journal_reasoning_and_why_not():
    facts = {"channel": "phone", "counterpart": "patient", "replaces_visit": False, "sob_program": False,
             "same_day_visit_same_unit": False}
    html = client.get("/resultat?" + urlencode({k: json.dumps(v).strip('"') for k, v in facts.items()})).text
    assert "<h1>Telefonsamtal</h1>" in html
    assert '<code class="copy" data-copy-label="PMO kontakttyp">Telefonsamtal</code>' in html
    assert '<code class="copy" data-copy-label="PASiS kontakttyp">TE</code>' in html
    assert "Journalanteckning är valfri" in html
    assert "Ja, räknas som vårdkontakt" in html
    assert "<cite>PMO - Telefonsamtal</cite>" in html  # the section the rule rests on
    assert "Vårt val:" in html  # interpretation replacing_needs_both
    assert "Varför inte Telefonkontakt som ersätter besök?" in html
    assert "Ersätter besök hade varit ”Ja” i stället för ”Nej”." in html
    assert "Medicinsk bedömning hade varit ”Ja” (inte besvarat)." in html


def test_sob_result_shows_attribute_kva_and_required_journal():
    q = "channel=text&counterpart=patient&replaces_visit=true&medical_assessment=true&journal_documented=true&sob_program=true&activity=dialogue"
    html = client.get(f"/resultat?{q}").text
    assert ">SOB</code>" in html and ">UW040</code>" in html and ">KB</code>" in html
    assert "Journalanteckning krävs" in html


def test_warnings_are_shown():
    q = "channel=video&counterpart=patient&replaces_visit=true&medical_assessment=true&sob_program=false&identity_verified=false"
    html = client.get(f"/resultat?{q}").text
    assert "Observera" in html and "BankID" in html


def test_previous_answers_can_be_changed():
    r = client.get("/fragor?activity=dialogue&sob_program=false")
    assert "Dina svar" in r.text and "Ändra<span class=\"visually-hidden\"> 1177 stöd och behandling</span>" in r.text
    change = client.get("/fragor?activity=dialogue&sob_program=false&andra=sob_program").text
    form = parse(change)
    values = [json.loads(r["value"]) for r in form.radios]
    assert {"sob_program": True} in values and {"sob_program": None} in values
    checked = [r for r in form.radios if "checked" in r]
    assert json.loads(checked[0]["value"]) == {"sob_program": False}
    # choose "Vet inte": the fact is forgotten
    r = client.get("/fragor?" + urlencode(form.hidden + [("svar", '{"sob_program":null}')]), follow_redirects=False)
    assert r.status_code == 303 and "sob_program" not in r.headers["location"]


def test_undecided_result_url_redirects_to_questions_and_back():
    r = client.get("/resultat?channel=phone", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/fragor?channel=phone"
    done = "/fragor?activity=no_show"
    assert client.get(done, follow_redirects=False).headers["location"] == "/resultat?activity=no_show"


@pytest.mark.parametrize(
    "query",
    ["channel=fax", "replaces_visit=yes", "contact_date=2019-01-01", "contact_date=nope",
     "svar=%7Bbad", "svar=%5B1%5D", 'svar={"channel":"fax"}', "andra=nope"],
)
def test_bad_urls_get_a_friendly_400(query):
    r = client.get(f"/fragor?{query}")
    assert r.status_code == 400
    assert "Börja om" in r.text and '<html lang="sv">' in r.text


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(list(FACT_KEYS) + ["svar", "andra", "nasta", "x"]), st.text(max_size=20)))
def test_no_query_breaks_the_pages(params):
    for path in ("/fragor", "/resultat"):
        r = client.get(path, params=params, follow_redirects=False)
        assert r.status_code in (200, 303, 400)


def test_state_lives_only_in_the_url():
    r = client.get("/fragor?activity=dialogue&sob_program=false")
    assert "set-cookie" not in r.headers
    loc = answer(r.text, {"activity": "dialogue", "sob_program": False, "counterpart": "patient", "channel": "phone"})
    assert dict(parse_qsl(urlsplit(loc).query)) == {
        "channel": "phone", "counterpart": "patient", "sob_program": "false", "activity": "dialogue"
    }


def test_pages_send_security_headers_and_use_no_external_assets():
    for path in ("/", "/fragor", "/anvisningar", "/beskriv"):
        r = client.get(path)
        assert "default-src 'self'" in r.headers["content-security-policy"]
        assert not re.search(r'(src|href)="https?://', r.text)


def test_static_assets_are_served():
    assert client.get("/static/style.css").status_code == 200
    assert "Kopiera" in client.get("/static/app.js").text


def test_anvisningar_has_the_whole_rule_base():
    html = client.get("/anvisningar").text
    spec = RULESET.spec
    assert f"version {spec.version}" in html and spec.valid_from.isoformat() in html
    for cat in spec.categories.values():
        assert cat.label_sv in html
    for ex in spec.examples:
        if ex.interpretation is None:
            assert ex.text_sv in html
    for it in spec.interpretations:
        assert it.choice_sv.strip() in html.replace("\n", " ")
    body = html.split("<tbody>")[-1].split("</tbody>")[0]
    assert body.count("<tr>") == len(RULESET.compiled)


# --------------------------------------------------------------------------
# Free text
# --------------------------------------------------------------------------
@pytest.mark.skipif(text_module_available(), reason="the text classifier is installed")
def test_free_text_without_classifier_says_so_politely():
    html = client.get("/beskriv").text
    assert "Fritextstödet är inte tillgängligt" in html and 'href="/fragor"' in html
    html = client.post("/beskriv", data={"text": "Ringde patienten"}).text
    assert "Fritextstödet är inte tillgängligt" in html


@pytest.mark.skipif(not text_module_available(), reason="vardkontakt.text does not exist yet")
def test_free_text_shows_what_was_understood_and_continues():
    from vardkontakt.text import classify

    text = "Sjuksköterskan ringde patienten och meddelade ett normalt provsvar."
    r = client.post("/beskriv", data={"text": text})
    assert r.status_code == 200
    html = r.text
    assert "Så här förstod vi beskrivningen" in html
    understood = classify(text)
    for key in understood["facts"]:
        label = RULESET.spec.facts[key].label_sv if key in RULESET.spec.facts else "Kontaktdatum"
        assert label in html
    facts = {k: v["value"] for k, v in understood["facts"].items()}
    if decide(facts)["category"] is None:
        form = parse(html)
        assert form.radios, "the remaining question is asked"
        assert set(dict(form.hidden)) == {k for k in facts}
    else:
        assert "Registrera så här" in html


@pytest.mark.skipif(not text_module_available(), reason="vardkontakt.text does not exist yet")
def test_free_text_empty_is_rejected_politely():
    r = client.post("/beskriv", data={"text": "  "})
    assert r.status_code == 422 and "Skriv en kort beskrivning" in r.text


def test_options_that_settle_the_contact_show_what_they_register():
    page = client.get("/fragor").text
    assert "Ger: Kommentar (Uteblivit)" in page
    assert "Ger: Ingen registrering" in page
    # An option that needs more questions shows no outcome.
    first_option = page.split('class="option"')[1].split("</div>")[0]
    assert "Ger:" not in first_option
