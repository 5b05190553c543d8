"""The metrics trigger reads payload keys with json_extract: every key it reads exists in the
catalogue model of the event types it reads it for, and every type it names is declared."""

from __future__ import annotations

import re
from pathlib import Path

from station.events import EventPayload, catalogue
from station.metrics.definitions import VALUE_FIELD

MIGRATIONS = Path(__file__).parent.parent.parent / "station" / "migrations"
TYPE_NAME = re.compile(r"'([A-Z][a-z]+(?:[A-Z][a-z]+)+)'")
KEY = re.compile(r"json_extract\(\s*[\w.]+\s*,\s*'\$\.(\w+)'\s*\)")
# A CASE branch that reads a key for one type: WHEN [NEW.type =] 'Type' THEN [coalesce(]json..
BRANCH = re.compile(r"WHEN\s+(?:[\w.]+\s*=\s*)?'(\w+)'\s+THEN\s+(?:coalesce\(\s*)?"
                    r"json_extract\(\s*[\w.]+\s*,\s*'\$\.(\w+)'\s*\)")


def keys_of(model: type[EventPayload]) -> set[str]:
    return {field.serialization_alias or name for name, field in model.model_fields.items()}


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


def test_the_metrics_value_fields_exist_in_their_types():
    known = catalogue()
    for name, key in VALUE_FIELD.items():
        assert key in keys_of(known[name]), (name, key)
