"""`gen fmt`: one canonical layout for a department file, comments kept, no value changed.

Keys follow the order of the kind's schema; every table row (a list item whose values are all
plain values) is one line, a flow mapping, and the rows of one table are aligned in columns
(Chinese characters count double, as an editor shows them); other mappings and lists keep the
style they were written in.  The
result is parsed again and compared with the original value by value before anything is written.
"""
from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .load import load_text
from .terminal import width

def _yaml() -> YAML:
    y = YAML()
    y.preserve_quotes = True
    y.width = 100000
    y.indent(mapping=2, sequence=4, offset=2)
    return y


# ───────────────────────────── key order from the schema ─────────────────────────────

def _resolve(schema: dict, root: dict) -> dict:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        target = root
        for token in schema["$ref"].lstrip("#/").split("/"):
            target = target.get(token, {})
        schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        seen += 1
    return schema


def _order(node, schema: dict, root: dict) -> None:
    schema = _resolve(schema or {}, root)
    if isinstance(node, CommentedMap):
        props = schema.get("properties", {})
        known = [k for k in props if k in node]
        rest = [k for k in node if k not in props]
        order = known + rest
        if list(node) != order:
            items = [(k, node[k]) for k in order]
            comments = {k: node.ca.items.get(k) for k in node}
            for k in list(node):
                del node[k]
            for k, v in items:
                node[k] = v
                if comments.get(k):
                    node.ca.items[k] = comments[k]
        for k in node:
            sub = props.get(k)
            if sub is None:
                for alt in schema.get("anyOf", []) + schema.get("oneOf", []):
                    alt = _resolve(alt, root)
                    if k in alt.get("properties", {}):
                        sub = alt["properties"][k]
            _order(node[k], sub or {}, root)
    elif isinstance(node, CommentedSeq):
        items = schema.get("items", {})
        for item in node:
            _order(item, items, root)


def _is_row(node) -> bool:
    return isinstance(node, CommentedMap) and all(not isinstance(v, (CommentedMap, CommentedSeq, dict, list))
                                                  for v in node.values())


LONG_TEXT = 40          # a list item written as a block with a value this long is prose, not a table row


def _styles(node) -> None:
    """Every table row (a list item whose values are all plain) on one line; other nodes keep their style.

    An item written as a block that holds a long text (a goal, an explanation) stays a block."""
    if isinstance(node, CommentedSeq):
        for item in node:
            if _is_row(item) and item and (item.fa.flow_style() or all(width(str(v)) <= 2 * LONG_TEXT
                                                                       for v in item.values())):
                item.fa.set_flow_style()
            else:
                _styles(item)
    elif isinstance(node, CommentedMap):
        for value in node.values():
            _styles(value)


# ───────────────────────────── columns ─────────────────────────────

ROW = re.compile(r"^(?P<indent>\s*)- \{(?P<body>.*)\}(?P<tail>\s*(#.*)?)$")


def _cells(body: str) -> list[str] | None:
    """Split `k: v, k: v` at top-level commas (quotes respected); None when the row is not simple."""
    cells, depth, quote, start = [], 0, "", 0
    for i, c in enumerate(body):
        if quote:
            if c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
        elif c == "," and depth == 0:
            cells.append(body[start:i].strip())
            start = i + 1
    cells.append(body[start:].strip())
    if quote or depth or not all(": " in cell for cell in cells):
        return None
    return cells


def align(text: str) -> str:
    """Pad the cells of consecutive table rows with the same keys so that their columns line up."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = ROW.match(lines[i])
        cells = _cells(m.group("body")) if m else None
        if cells is None:
            out.append(lines[i])
            i += 1
            continue
        group = [(m, cells)]
        j = i + 1
        while j < len(lines):
            m2 = ROW.match(lines[j])
            c2 = _cells(m2.group("body")) if m2 else None
            if c2 is None or m2.group("indent") != m.group("indent"):
                break
            group.append((m2, c2))
            j += 1
        out.extend(_aligned(group))
        i = j
    return "\n".join(out)


def _aligned(group) -> list[str]:
    """Columns aligned by key (each column as wide as its widest cell); a row that lacks a key leaves it blank.

    Rows whose keys come in a different order are left as they are (one line each, unpadded)."""
    def key(cell: str) -> str:
        return cell.split(":", 1)[0]

    columns: list[str] = []
    for _, cells in group:
        columns += [key(c) for c in cells if key(c) not in columns]
    rank = {k: i for i, k in enumerate(columns)}
    if any([rank[key(c)] for c in cells] != sorted(rank[key(c)] for c in cells) for _, cells in group):
        return [f"{m.group('indent')}- {{{', '.join(cells)}}}{_comment(m.group('tail'))}" for m, cells in group]
    widest = {k: max(width(c) for _, cells in group for c in cells if key(c) == k) for k in columns}
    lines = []
    for m, cells in group:
        by_key = {key(c): c for c in cells}
        last = max(rank[k] for k in by_key)
        parts = []
        for k in columns[:last]:
            cell = by_key[k] + "," if k in by_key else ""
            parts.append(cell + " " * (widest[k] + 2 - width(cell)))
        parts.append(by_key[columns[last]])
        lines.append(f"{m.group('indent')}- {{{''.join(parts)}}}{_comment(m.group('tail'))}")
    return lines


def _comment(tail: str) -> str:
    """A row's own comment, two spaces after it (a padded row must not push its comment further each time)."""
    tail = tail.strip()
    return f"  {tail}" if tail else ""


# ───────────────────────────── the command ─────────────────────────────

@dataclass
class Formatted:
    text: str
    changed: bool


class FormatError(Exception):
    """The file cannot be formatted safely; the message is Chinese."""


def format_text(text: str, schema_path: Path | None) -> Formatted:
    y = _yaml()
    try:
        data = y.load(text)
    except Exception as exc:          # ruamel's own errors; `gen check` gives the located message
        raise FormatError(f"无法读取（先运行 gen check 查看具体位置）：{type(exc).__name__}") from exc
    if schema_path is not None:
        root = json.loads(Path(schema_path).read_text(encoding="utf-8"))
        _order(data, root, root)
    _styles(data)
    buffer = io.StringIO()
    y.dump(data, buffer)
    result = align(buffer.getvalue())
    before, after = load_text(text, "原文件"), load_text(result, "整理后")
    if before.data != after.data or after.problems:
        raise FormatError("整理后的内容与原文件不一致，未改动文件（请把文件交给维护人员）")
    return Formatted(result, result != text)
