"""JSON Schema validation whose errors a finance clerk can act on.

Every jsonschema error becomes a Problem located at the offending value (or key) with
the field's Chinese title, what was expected and what was found.  A misspelled key gets
a “是否应为 …” suggestion.
"""
from __future__ import annotations

import difflib
import json
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import jsonschema
from referencing import Registry, Resource

from .load import SourceMap, pointer_join
from .paths import SCHEMA_DIR
from .problems import Problem, Severity, make

COMMON_SCHEMA = SCHEMA_DIR / "common.schema.json"      # the keys every department file has, whatever its kind

_TYPE_WORDS = {
    "number": "数字（金额）", "integer": "整数", "string": "文字", "array": "列表（每项以“- ”开头）",
    "object": "键值表（“键: 值”）", "null": "空", "boolean": "是/否",
}


FIGURE_NAME = "^\\{[^{}\\s:：]+\\}$"          # an amount written as the name of a figure: "{项目支出}"


@lru_cache(maxsize=8)
def _validator(path: Path):
    schema = json.loads(path.read_text(encoding="utf-8"))
    registry = Registry().with_resource(schema["$id"], Resource.from_contents(schema))
    return jsonschema.Draft202012Validator(schema, registry=registry), schema


@lru_cache(maxsize=8)
def choices(path: Path) -> frozenset[str]:
    """Every text a department file may only choose from a list (`enum` of the schema or the common one):
    such a value is a setting (单位性质: 行政单位), not text meant for the document."""
    found: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, dict):
            found.update(v for v in node.get("enum", ()) if isinstance(v, str))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for schema in {path, COMMON_SCHEMA}:
        walk(json.loads(schema.read_text(encoding="utf-8")))
    return frozenset(found)


def _actual(value) -> str:
    if value is None:
        return "空"
    if isinstance(value, bool):
        return "是/否"
    if isinstance(value, (int, Decimal, float)):
        return "数字"
    if isinstance(value, str):
        return "文字"
    if isinstance(value, list):
        return "列表"
    if isinstance(value, dict):
        return "键值表"
    return type(value).__name__


def _show(value) -> str:
    if isinstance(value, (dict, list)):
        return "…"
    text = str(value)
    return text if len(text) <= 30 else text[:29] + "…"


def describe_path(parts) -> str:
    """收入表 › 科目 第3项 — the human path of a value."""
    words: list[str] = []
    for part in parts:
        if isinstance(part, int):
            if words:
                words[-1] = f"{words[-1]} 第{part + 1}项"
            else:
                words.append(f"第{part + 1}项")
        else:
            words.append(str(part))
    return " › ".join(words)


def _where(parts) -> str:
    text = describe_path(parts)
    return f"{text}：" if text else ""


def _resolve(schema: dict, root: dict) -> dict:
    while isinstance(schema, dict) and "$ref" in schema and len(schema) <= 3:
        ref = schema["$ref"]
        target = root
        for token in ref.lstrip("#/").split("/"):
            target = target[token]
        merged = dict(target)
        merged.update({k: v for k, v in schema.items() if k != "$ref"})
        schema = merged
    return schema


def _properties(schema: dict, root: dict) -> dict:
    """All properties a (possibly allOf-composed) object schema allows."""
    schema = _resolve(schema, root)
    props = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        props.update(_properties(part, root))
    return props


def _title(schema: dict, root: dict, key: str) -> str:
    sub = _properties(schema, root).get(key)
    if sub is None:
        return ""
    sub = _resolve(sub, root)
    title = sub.get("title", "")
    return f"（{title}）" if title and title != key else ""


def _suggest(key: str, allowed: list[str]) -> str:
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.5)
    if close:
        return f"，是否应为“{close[0]}”？"
    if len(allowed) <= 12:
        return "；可用的字段：" + "、".join(allowed)
    return ""


def _pointer(parts) -> str:
    pointer = ""
    for part in parts:
        pointer = pointer_join(pointer, part)
    return pointer


def validate(data, source: SourceMap, schema_path: Path) -> list[Problem]:
    validator, root = _validator(schema_path)
    problems: list[Problem] = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        problems.extend(_convert(error, source, root))
    # one value can fail several ways (e.g. allOf branches); keep one message per place and code
    seen, unique = set(), []
    for p in problems:
        key = (p.location, p.number, p.message)
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def _convert(error: jsonschema.ValidationError, source: SourceMap, root: dict) -> list[Problem]:
    if error.validator == "anyOf" and error.context:      # a list or a paragraph …: say what is wrong in the form written
        branches: dict = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        fitting = [errs for errs in branches.values()
                   if not any(e.validator == "type" and not e.relative_path for e in errs)]
        if len(fitting) == 1:
            return [p for e in fitting[0] for p in _convert(e, source, root)]
    parts = list(error.absolute_path)
    pointer = _pointer(parts)
    kind = error.validator
    field = str(parts[-1]) if parts and not isinstance(parts[-1], int) else describe_path(parts[-1:]) or "文件"
    where = _where(parts[:-1])
    value = error.instance

    if kind == "required":
        missing = [k for k in error.validator_value if not isinstance(value, dict) or k not in value]
        location = source.location(pointer, key=True)
        return [make(101, Severity.ERROR, location, pointer_join(pointer, k),
                     where=_where(parts), field=k, title=_title(error.schema, root, k)) for k in missing]

    if kind in ("additionalProperties", "unevaluatedProperties"):
        allowed = list(_properties(error.schema, root))
        extra = [k for k in value if k not in allowed] if isinstance(value, dict) else []
        return [make(103, Severity.ERROR, source.location(pointer_join(pointer, k), key=True), pointer_join(pointer, k),
                     where=_where(parts), field=k, hint=_suggest(k, allowed)) for k in extra]

    location = source.location(pointer)
    if kind == "type":
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        words = "或".join(_TYPE_WORDS.get(t, t) for t in expected if t != "null")
        return [make(102, Severity.ERROR, location, pointer, where=where, field=field,
                     expected=words, actual=_actual(value), value=_show(value))]
    if kind == "minimum" and error.validator_value == 0:
        return [make(104, Severity.ERROR, location, pointer, where=where, field=field, value=_show(value))]
    if kind in ("minimum", "exclusiveMinimum"):
        return [make(107, Severity.ERROR, location, pointer, where=where, field=field,
                     detail=f"不能小于 {error.validator_value}，实际是 {_show(value)}")]
    if kind in ("maximum", "exclusiveMaximum"):
        return [make(107, Severity.ERROR, location, pointer, where=where, field=field,
                     detail=f"不能大于 {error.validator_value}，实际是 {_show(value)}")]
    if kind == "enum":
        allowed = "、".join(f"“{v}”" for v in error.validator_value)
        return [make(105, Severity.ERROR, location, pointer, where=where, field=field, allowed=allowed, value=_show(value))]
    if kind == "pattern":
        expected = ("应为3位、5位或7位数字" if field == "科目编码" else "应只含数字" if error.validator_value == "^[0-9]+$"
                    else "应为金额，或写成文档中一个数的名称，如 \"{项目支出}\"" if error.validator_value == FIGURE_NAME
                    else f"应符合 {error.validator_value}")
        return [make(106, Severity.ERROR, location, pointer, where=where, field=field, expected=expected, value=_show(value))]
    if kind in ("minItems", "minLength"):
        return [make(107, Severity.ERROR, location, pointer, where=where, field=field, detail="不能为空")]
    return [make(107, Severity.ERROR, location, pointer, where=where, field=field, detail=f"不符合要求（{error.message}）")]
