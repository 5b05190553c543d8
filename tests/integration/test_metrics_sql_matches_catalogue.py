"""The metrics trigger reads payload keys with json_extract: every key it reads exists in the
catalogue model of the event types it reads it for, and every type it names is declared."""

from __future__ import annotations

import re
import typing
from pathlib import Path

from station.events import EventPayload, catalogue
from station.metrics.definitions import VALUE_FIELD

MIGRATIONS = Path(__file__).parent.parent.parent / "station" / "migrations"
TYPE_NAME = re.compile(r"'([A-Z][a-z]+(?:[A-Z][a-z]+)+)'")
KEY = re.compile(r"json_extract\(\s*(?!value\b)[\w.]+\s*,\s*'\$\.(\w+)'\s*\)")
# json_each over a list field of parts, and the keys read from its elements (`value`).
EACH = re.compile(r"json_(?:each|array_length)\(\s*[\w.]+\s*,\s*'\$\.(\w+)'\s*\)")
ELEMENT_KEY = re.compile(r"json_extract\(\s*value\s*,\s*'\$\.(\w+)'\s*\)")
# A CASE branch that reads a key for one type: WHEN [NEW.type =] 'Type' THEN [coalesce(]json..
BRANCH = re.compile(r"WHEN\s+(?:[\w.]+\s*=\s*)?'(\w+)'\s+THEN\s+(?:coalesce\(\s*)?"
                    r"json_extract\(\s*[\w.]+\s*,\s*'\$\.(\w+)'\s*\)")


def keys_of(model: type[EventPayload]) -> set[str]:
    return {field.serialization_alias or name for name, field in model.model_fields.items()}


def element_keys(model: type[EventPayload], name: str) -> set[str]:
    """The keys of the parts a tuple field holds (OrderPacked.packers: badge, units)."""
    (part, *_) = typing.get_args(model.model_fields[name].annotation) or (None,)
    fields = getattr(part, "model_fields", {})
    return {field.serialization_alias or key for key, field in fields.items()}


def problems(sql: str) -> list[str]:
    """What the SQL reads that the catalogue does not declare, statement by statement."""
    known = catalogue()
    found = []
    for statement in sql.split(";"):
        types = set(TYPE_NAME.findall(statement))
        found += [f"unknown event type {name}" for name in sorted(types - set(known))]
        for name, key in BRANCH.findall(statement):
            if name in known and key not in keys_of(known[name]):
                found.append(f"{name} has no {key}")
        for key in set(KEY.findall(statement)):
            if not any(key in keys_of(known[name]) for name in types if name in known):
                found.append(f"$.{key} is read for {sorted(types)}, none of which has it")
        models = [known[name] for name in types if name in known]
        lists = set(EACH.findall(statement))
        for name in lists:
            if not any(name in keys_of(model) for model in models):
                found.append(f"$.{name} is listed for {sorted(types)}, none of which has it")
        parts = set().union(*(element_keys(model, name) for model in models for name in lists
                              if name in keys_of(model)))
        found += [f"$.{key} is read from an element none of whose parts has it"
                  for key in sorted(set(ELEMENT_KEY.findall(statement)) - parts)]
    return found


def test_every_key_and_type_the_migrations_read_is_in_the_catalogue():
    for path in sorted(MIGRATIONS.glob("*.sql")):
        assert problems(path.read_text(encoding="utf-8")) == [], path.name


def test_the_check_finds_a_misspelt_key_a_key_of_another_type_and_an_unknown_type():
    sql = (MIGRATIONS / "0401_metrics_aggregates.sql").read_text(encoding="utf-8")
    assert problems(sql.replace("'$.units'", "'$.unit_count'", 1))
    assert problems(sql.replace("WHEN 'ReturnGraded' THEN coalesce(json_extract("
                                "NEW.payload, '$.grade')",
                                "WHEN 'ReturnGraded' THEN coalesce(json_extract("
                                "NEW.payload, '$.disposition')"))
    assert problems(sql.replace("'WrongItemScanned'", "'WrongItemScaned'"))


def test_the_check_finds_a_misspelt_key_of_a_part_read_through_json_each():
    sql = (MIGRATIONS / "0402_metrics_units_by_packer.sql").read_text(encoding="utf-8")
    assert problems(sql) == []
    assert problems(sql.replace("'$.badge'", "'$.badge_id'", 1))
    assert problems(sql.replace("'$.packers'", "'$.packer'", 1))


def test_the_metrics_value_fields_exist_in_their_types():
    known = catalogue()
    for name, key in VALUE_FIELD.items():
        assert key in keys_of(known[name]), (name, key)
