"""Returns policies are validated on load: every mistake names the file and the field."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path

import pytest

from station.errors import ConfigError
from station.returns.policy import BUILTIN_DIR, load_policies, load_policy, parse_policy

KAZE = tomllib.loads((BUILTIN_DIR / "KAZE.toml").read_text(encoding="utf-8"))


def _broken(change) -> dict:
    data = copy.deepcopy(KAZE)
    change(data)
    return data


def _error(data: dict) -> str:
    with pytest.raises(ConfigError) as raised:
        parse_policy(data, Path("KAZE.toml"))
    return raised.value.message.render()


def test_the_built_in_policies_load_for_both_demo_brands():
    assert set(load_policies()) == {"KAZE", "HANA"}


def test_a_checklist_question_with_an_unknown_field_is_refused_by_name():
    text = _error(_broken(lambda d: d["checklists"]["apparel"]["questions"][0].update(
        colour="red")))
    assert "KAZE.toml" in text
    assert "checklists.apparel.questions[1]" in text
    assert "'colour'" in text


def test_a_checklist_with_an_unknown_field_is_refused_by_name():
    text = _error(_broken(lambda d: d["checklists"]["apparel"].update(categorys=["tops"])))
    assert "checklists.apparel" in text
    assert "'categorys'" in text


def test_a_rule_naming_a_question_that_does_not_exist_is_refused():
    text = _error(_broken(lambda d: d["checklists"]["apparel"]["rules"][0].update(
        when={"smell": "YES"})))
    assert "rules[1].when" in text
    assert "'smell'" in text


def test_a_rule_naming_an_answer_the_question_does_not_have_is_refused():
    text = _error(_broken(lambda d: d["checklists"]["apparel"]["rules"][0].update(
        when={"odour": "MAYBE"})))
    assert "MAYBE" in text


def test_rules_must_end_with_a_default_grade():
    text = _error(_broken(lambda d: d["checklists"]["apparel"]["rules"].pop()))
    assert "must end with a rule without 'when'" in text


def test_a_rule_naming_an_unknown_grade_is_refused():
    text = _error(_broken(lambda d: d["checklists"]["apparel"]["rules"][0].update(grade="Z")))
    assert "unknown grade 'Z'" in text


def test_an_unknown_disposition_is_refused_with_the_known_ones():
    text = _error(_broken(lambda d: d["grades"]["B"].update(disposition="sell")))
    assert "grades.B.disposition" in text
    assert "return_to_vendor" in text


def test_a_channel_condition_outside_the_channel_vocabulary_is_refused():
    text = _error(_broken(lambda d: d["grades"]["B"]["channels"].update(
        amazon="Used - Very good")))
    assert "grades.B.channels.amazon" in text


def test_a_grade_missing_the_condition_of_a_listed_channel_is_refused():
    text = _error(_broken(lambda d: d["grades"]["B"]["channels"].pop("ebay")))
    assert "is missing the field 'ebay'" in text


def test_a_percentage_out_of_range_is_refused():
    text = _error(_broken(lambda d: d["grades"]["C"].update(price_percent=150)))
    assert "grades.C.price_percent" in text


def test_an_unreadable_policy_file_is_a_clear_error(tmp_path):
    path = tmp_path / "BROKEN.toml"
    path.write_text("brand = \n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_policy(path)
    assert "BROKEN.toml" in raised.value.message.render()


def test_two_policies_for_one_brand_are_refused(tmp_path):
    text = (BUILTIN_DIR / "KAZE.toml").read_text(encoding="utf-8")
    (tmp_path / "KAZE.toml").write_text(text, encoding="utf-8")
    (tmp_path / "KAZE-copy.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_policies(tmp_path)
    assert "already has a policy" in raised.value.message.render()
