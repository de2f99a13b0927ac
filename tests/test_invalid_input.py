"""Every kind of invalid facts is rejected with the key and the allowed values named."""
from __future__ import annotations

import pytest

from vardkontakt.engine import decide
from vardkontakt.model import FactError

BAD = [
    ({"chanel": "phone"}, "chanel", "allowed keys"),
    ({"channel": "fax"}, "channel", "video, phone, text, none"),
    ({"channel": 3}, "channel", "video, phone, text, none"),
    ({"sob_program": "true"}, "sob_program", "true, false"),
    ({"sob_program": 1}, "sob_program", "true, false"),
    ({"activity": "visit"}, "activity", "no_show"),
    ({"contact_date": "2024-13-01"}, "contact_date", "YYYY-MM-DD"),
    ({"contact_date": "20240101"}, "contact_date", "YYYY-MM-DD"),
    ({"contact_date": 20240101}, "contact_date", "YYYY-MM-DD"),
]


@pytest.mark.parametrize("facts,key,allowed", BAD, ids=[b[1] + "-" + repr(b[0][b[1]])[:12] for b in BAD])
def test_invalid_fact_names_key_and_allowed_values(facts, key, allowed):
    with pytest.raises(FactError) as err:
        decide(facts)
    assert err.value.key == key
    assert key in str(err.value) and allowed in str(err.value)


@pytest.mark.parametrize("raw", [[], "phone", 3, None])
def test_facts_must_be_an_object(raw):
    with pytest.raises(FactError):
        decide(raw)


def test_null_is_the_same_as_absent():
    assert decide({"channel": None}) == decide({})
