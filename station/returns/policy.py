"""Returns policies as data: per brand, the grades (with disposition, price, refund and channel
conditions), override reasons and one checklist per product category with its grading rules.

Policies are TOML files (one per brand) validated on load: an unknown field, a rule naming a
question or answer that does not exist, a grade without a channel condition, all stop the load
with a `ConfigError` naming the file and the field."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station.errors import ConfigError
from station.messages import Message, msg
from station.returns import channels
from station.returns.models import Disposition

BUILTIN_DIR = Path(__file__).resolve().parent / "policies"
ANY_CATEGORY = "*"


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    text_ja: str
    answers: tuple[str, ...]

    def display(self, language: str) -> str:
        return self.text_ja if language == "ja" and self.text_ja else self.text


@dataclass(frozen=True)
class Rule:
    """Proposes `grade` when every question in `when` has one of the listed answers. A rule
    that is `locked` (a broken hygiene seal) cannot be overridden by the inspector."""

    grade: str
    when: tuple[tuple[str, frozenset[str]], ...] = ()
    locked: bool = False
    name: str = ""
    name_ja: str = ""

    def display(self, language: str) -> str:
        return self.name_ja if language == "ja" and self.name_ja else self.name

    def matches(self, answers: dict[str, str]) -> bool:
        return all(answers.get(question) in allowed for question, allowed in self.when)


@dataclass(frozen=True)
class Checklist:
    id: str
    categories: tuple[str, ...]
    questions: tuple[Question, ...]
    rules: tuple[Rule, ...]

    def propose(self, answers: dict[str, str]) -> Rule:
        """The first rule that matches; the last rule matches anything (checked on load)."""
        return next(rule for rule in self.rules if rule.matches(answers))


@dataclass(frozen=True)
class Grade:
    code: str
    name: str
    name_ja: str
    disposition: Disposition
    sku_suffix: str
    price_percent: int
    refund_percent: int
    channels: dict[str, str]

    def display(self, language: str) -> str:
        return self.name_ja if language == "ja" and self.name_ja else self.name


@dataclass(frozen=True)
class Policy:
    brand: str
    condition_url: str
    channels: tuple[str, ...]
    grades: dict[str, Grade]
    override_reasons: tuple[str, ...]
    full_refund_reasons: tuple[str, ...]
    checklists: tuple[Checklist, ...]
    source: Path | None = None

    def checklist_for(self, category: str) -> Checklist | None:
        exact = next((c for c in self.checklists if category in c.categories), None)
        return exact or next((c for c in self.checklists if ANY_CATEGORY in c.categories), None)


_TOP = {"brand", "condition_url", "channels", "override_reasons", "full_refund_reasons",
        "grades", "checklists"}
_GRADE = {"name", "name_ja", "disposition", "sku_suffix", "price_percent", "refund_percent",
          "channels"}
_CHECKLIST = {"categories", "questions", "rules"}
_QUESTION = {"id", "text", "text_ja", "answers"}
_RULE = {"name", "name_ja", "when", "grade", "locked"}


class _Reader:
    """Walks one policy file, naming the file and the field in every error."""

    def __init__(self, path: Path | None) -> None:
        self.path = str(path) if path else "policy"

    def error(self, where: str, problem: Message) -> ConfigError:
        return ConfigError(
            msg("Returns", "Returns policy {path}: {where} {problem}", path=self.path,
                where=where, problem=problem),
            msg("Returns", "Fix the returns policy file, then restart the station."),
        )

    def table(self, data: Any, where: str, allowed: set[str], required: set[str]
              ) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.error(where, msg("Returns", "must be a table."))
        for key in data:
            if key not in allowed:
                raise self.error(where, msg(
                    "Returns", "has no field called '{key}' (known fields: {known}).",
                    key=key, known=", ".join(sorted(allowed))))
        for key in sorted(required - data.keys()):
            raise self.error(where, msg("Returns", "is missing the field '{key}'.", key=key))
        return data

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise self.error(where, msg("Returns", "must be text."))
        return value

    def texts(self, value: Any, where: str, *, empty_ok: bool = True) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(where, msg("Returns", "must be a list of text."))
        if not value and not empty_ok:
            raise self.error(where, msg("Returns", "must not be empty."))
        return tuple(value)

    def percent(self, value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
            raise self.error(where, msg("Returns", "must be a whole number from 0 to 100."))
        return value


def parse_policy(data: dict[str, Any], path: Path | None = None) -> Policy:
    read = _Reader(path)
    top = read.table(data, "the file", _TOP, {"brand", "grades", "checklists", "channels"})
    brand = read.text(top["brand"], "brand")
    channel_names = read.texts(top["channels"], "channels")
    for name in channel_names:
        if name not in channels.VOCABULARIES:
            raise read.error("channels", msg(
                "Returns", "names an unknown channel '{name}' (known: {known}).", name=name,
                known=", ".join(sorted(channels.VOCABULARIES))))
    grades = _grades(read, top["grades"], channel_names)
    checklists = tuple(_checklist(read, key, value, grades)
                       for key, value in _items(read, top["checklists"], "checklists"))
    if not checklists:
        raise read.error("checklists", msg("Returns", "must name at least one checklist."))
    return Policy(
        brand=brand, condition_url=read.text(top.get("condition_url", ""), "condition_url"),
        channels=channel_names, grades=grades,
        override_reasons=read.texts(top.get("override_reasons", []), "override_reasons"),
        full_refund_reasons=read.texts(top.get("full_refund_reasons", []),
                                       "full_refund_reasons"),
        checklists=checklists, source=path,
    )


def _items(read: _Reader, data: Any, where: str) -> list[tuple[str, Any]]:
    if not isinstance(data, dict):
        raise read.error(where, msg("Returns", "must be a table."))
    return list(data.items())


def _grades(read: _Reader, data: Any, channel_names: tuple[str, ...]) -> dict[str, Grade]:
    grades: dict[str, Grade] = {}
    for code, value in _items(read, data, "grades"):
        where = f"grades.{code}"
        table = read.table(value, where, _GRADE, {"name", "disposition", "price_percent",
                                                  "refund_percent"})
        try:
            disposition = Disposition(table["disposition"])
        except ValueError as error:
            raise read.error(f"{where}.disposition", msg(
                "Returns", "must be one of {known}.",
                known=", ".join(d.value for d in Disposition))) from error
        mapped = read.table(table.get("channels", {}), f"{where}.channels",
                            set(channel_names), set(channel_names))
        conditions = {}
        for channel, condition in mapped.items():
            text = read.text(condition, f"{where}.channels.{channel}")
            if text and text not in channels.VOCABULARIES[channel]:
                raise read.error(f"{where}.channels.{channel}",
                                 msg("Returns", "'{value}' is not a {channel} condition.",
                                     value=text, channel=channel))
            conditions[channel] = text
        grades[code] = Grade(
            code=code, name=read.text(table["name"], f"{where}.name"),
            name_ja=read.text(table.get("name_ja", ""), f"{where}.name_ja"),
            disposition=disposition,
            sku_suffix=read.text(table.get("sku_suffix", ""), f"{where}.sku_suffix"),
            price_percent=read.percent(table["price_percent"], f"{where}.price_percent"),
            refund_percent=read.percent(table["refund_percent"], f"{where}.refund_percent"),
            channels=conditions,
        )
    if not grades:
        raise read.error("grades", msg("Returns", "must name at least one grade."))
    return grades


def _checklist(read: _Reader, key: str, value: Any, grades: dict[str, Grade]) -> Checklist:
    where = f"checklists.{key}"
    table = read.table(value, where, _CHECKLIST, {"categories", "questions", "rules"})
    categories = read.texts(table["categories"], f"{where}.categories", empty_ok=False)
    if not isinstance(table["questions"], list) or not table["questions"]:
        raise read.error(f"{where}.questions", msg("Returns", "must list at least one question."))
    questions: list[Question] = []
    for number, item in enumerate(table["questions"], start=1):
        q_where = f"{where}.questions[{number}]"
        q = read.table(item, q_where, _QUESTION, {"id", "text", "answers"})
        questions.append(Question(
            id=read.text(q["id"], f"{q_where}.id"), text=read.text(q["text"], f"{q_where}.text"),
            text_ja=read.text(q.get("text_ja", ""), f"{q_where}.text_ja"),
            answers=tuple(a.upper() for a in read.texts(q["answers"], f"{q_where}.answers",
                                                        empty_ok=False)),
        ))
    known = {q.id: set(q.answers) for q in questions}
    if not isinstance(table["rules"], list) or not table["rules"]:
        raise read.error(f"{where}.rules", msg("Returns", "must list at least one rule."))
    rules = tuple(_rule(read, f"{where}.rules[{n}]", item, known, grades)
                  for n, item in enumerate(table["rules"], start=1))
    if rules[-1].when:
        raise read.error(f"{where}.rules", msg("Returns", "must end with a rule without 'when' "
                                           "(the grade when nothing else matches)."))
    return Checklist(id=key, categories=categories, questions=tuple(questions), rules=rules)


def _rule(read: _Reader, where: str, item: Any, known: dict[str, set[str]],
          grades: dict[str, Grade]) -> Rule:
    r = read.table(item, where, _RULE, {"grade"})
    grade = read.text(r["grade"], f"{where}.grade")
    if grade not in grades:
        raise read.error(f"{where}.grade", msg("Returns", "names an unknown grade '{grade}'.",
                                                 grade=grade))
    when = []
    for question, answer in read.table(r.get("when", {}), f"{where}.when",
                                       set(known), set()).items():
        allowed = frozenset(a.upper() for a in (
            read.texts(answer, f"{where}.when.{question}") if isinstance(answer, list)
            else (read.text(answer, f"{where}.when.{question}"),)))
        unknown = sorted(allowed - known[question])
        if unknown:
            raise read.error(f"{where}.when.{question}",
                             msg("Returns", "names an answer the question does not have: {answer}.",
                                 answer=unknown[0]))
        when.append((question, allowed))
    locked = r.get("locked", False)
    if not isinstance(locked, bool):
        raise read.error(f"{where}.locked", msg("Returns", "must be true or false."))
    return Rule(grade=grade, when=tuple(when), locked=locked,
                name=read.text(r.get("name", ""), f"{where}.name"),
                name_ja=read.text(r.get("name_ja", ""), f"{where}.name_ja"))


def load_policy(path: Path) -> Policy:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(
            msg("Returns", "Returns policy {path} cannot be read: {reason}", path=str(path),
                reason=str(error)),
            msg("Returns", "Fix the returns policy file, then restart the station."),
        ) from error
    return parse_policy(data, path)


def load_policies(folder: Path | None = None) -> dict[str, Policy]:
    """Every `*.toml` in `folder` (the built-in policies when None), keyed by brand."""
    policies: dict[str, Policy] = {}
    for path in sorted((folder or BUILTIN_DIR).glob("*.toml")):
        policy = load_policy(path)
        if policy.brand in policies:
            raise _Reader(path).error("brand", msg(
                "Returns", "'{brand}' already has a policy in {other}.", brand=policy.brand,
                other=str(policies[policy.brand].source)))
        policies[policy.brand] = policy
    return policies
