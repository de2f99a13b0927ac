"""A broken rule-base file gives an error naming the file and the key."""
from __future__ import annotations

import pytest
import yaml

from vardkontakt.rules import GUIDELINE_DIR, RuleBaseError, load_ruleset

V1 = (GUIDELINE_DIR / "v1.yaml").read_text(encoding="utf-8")


def write(tmp_path, edit):
    raw = yaml.safe_load(V1)
    edit(raw)
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


CASES = {
    "unknown top key": (lambda r: r.update(extra=1), "extra"),
    "missing version": (lambda r: r.pop("version"), "version"),
    "bad journal level": (lambda r: r["categories"]["note"].update(journal="maybe"), "categories.note.journal"),
    "unknown fact in rule": (lambda r: r["rules"][0]["when"].append({"colour": ["red"]}), "rules[0] (no_show).when[1].colour"),
    "bad value in rule": (lambda r: r["rules"][0]["when"].append({"channel": ["fax"]}), "rules[0] (no_show).when[1].channel"),
    "unknown condition": (lambda r: r["rules"][5]["when"].append("nonexistent"), "unknown condition 'nonexistent'"),
    "unknown category": (lambda r: r["rules"][1].update(category="visit"), "rules[1].category"),
    "unknown section": (lambda r: r["rules"][1].update(section="nowhere"), "rules[1].section"),
    "bad example facts": (lambda r: r["examples"][0]["facts"].update(channel="fax"), "examples[0].facts"),
    "bad question facts": (lambda r: r["questions"][0]["options"][0]["facts"].update(kanal="x"), "questions[0].options[0].facts"),
    "duplicate rule id": (lambda r: r["rules"].append(dict(r["rules"][0])), "duplicate rule id"),
    "bad date": (lambda r: r.update(valid_from="someday"), "valid_from"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_schema_error_names_file_and_key(tmp_path, name):
    edit, where = CASES[name]
    path = write(tmp_path, edit)
    with pytest.raises(RuleBaseError) as err:
        load_ruleset(path)
    assert str(path) in str(err.value)
    assert where in str(err.value)


def test_invalid_yaml_names_the_file(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("version: [unclosed", encoding="utf-8")
    with pytest.raises(RuleBaseError, match="bad.yaml: not valid YAML"):
        load_ruleset(path)
