"""Decimals of amounts, by kind: the rule the official tables follow, as a located warning.

The 公开 tables are published in 万元 to two places; an entered 0.051 would print as 0.05 while
every identity is checked with 0.051, so the clerk is told (W109).  The self-evaluation sheets
record execution to the 元 (4.9154万元 = 49154元), so their 资金 may carry four places.

Which kind a number is comes from the schema: a number whose schema (through $ref/allOf)
carries ``"x-小数位": n`` may have at most n decimals.  The range (|x| < 10^12, at most 10
decimals) is enforced for every number when the file is read (load.py, E108).
"""
from __future__ import annotations

import json
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from .load import SourceMap, decimal_places, pointer_join
from .numfmt import rounded
from .problems import Problem, Severity, make

KEYWORD = "x-小数位"
KINDS = {2: "公开表的金额保留两位小数", 4: "自评表的资金精确到元（四位小数）"}


@lru_cache(maxsize=4)
def _schema(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _resolve(schema: dict, root: dict, depth: int = 0) -> list[dict]:
    """The schema and every schema it is composed with ($ref, allOf, anyOf, oneOf), flattened."""
    if not isinstance(schema, dict) or depth > 20:
        return []
    found = [schema]
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target = root
        for token in ref[2:].split("/"):
            target = target.get(token, {}) if isinstance(target, dict) else {}
        found += _resolve(target, root, depth + 1)
    for word in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(word, []):
            found += _resolve(part, root, depth + 1)
    return found


def _child(schemas: list[dict], key) -> list[dict]:
    for s in schemas:
        if isinstance(key, int):
            if isinstance(s.get("items"), dict):
                return [s["items"]]
        elif key in s.get("properties", {}):
            return [s["properties"][key]]
    for s in schemas:
        if not isinstance(key, int) and isinstance(s.get("additionalProperties"), dict):
            return [s["additionalProperties"]]
    return []


def check(data, source: SourceMap, schema_path: Path) -> list[Problem]:
    """W109 for every number with more decimals than its kind allows; iterative, linear in the data."""
    from .schema import describe_path
    root = _schema(schema_path)
    problems: list[Problem] = []
    flattened: dict[int, list[dict]] = {}
    todo = [(data, [root], [], "")]
    while todo:
        value, schemas, parts, pointer = todo.pop()
        flat = []
        for s in schemas:
            if id(s) not in flattened:
                flattened[id(s)] = _resolve(s, root)
            flat += flattened[id(s)]
        if isinstance(value, dict):
            for key, item in value.items():
                todo.append((item, _child(flat, key), parts + [key], pointer_join(pointer, key)))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                todo.append((item, _child(flat, i), parts + [i], pointer_join(pointer, i)))
        elif isinstance(value, Decimal):
            allowed = next((f[KEYWORD] for f in flat if isinstance(f.get(KEYWORD), int)), None)
            if allowed is not None and decimal_places(value) > allowed:
                where = describe_path(parts[:-1])
                field = str(parts[-1]) if parts and not isinstance(parts[-1], int) else describe_path(parts[-1:])
                problems.append(make(109, Severity.WARNING, source.location(pointer), pointer,
                                     where=f"{where}：" if where else "", field=field, value=f"{value:f}",
                                     places=decimal_places(value), rule=KINDS.get(allowed, f"最多{allowed}位小数"),
                                     shown=f"{rounded(value, allowed):f}"))
    problems.sort(key=lambda p: (p.location.line, p.location.column))
    return problems
