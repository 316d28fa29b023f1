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


def _mappings(node, schema: dict, root: dict):
    """Every mapping of the document, outermost first, with the schema that applies to it."""
    schema = _resolve(schema or {}, root)
    if isinstance(node, CommentedMap):
        yield node, schema
        props = schema.get("properties", {})
        for k in node:
            sub = props.get(k)
            if sub is None:
                for alt in schema.get("anyOf", []) + schema.get("oneOf", []):
                    alt = _resolve(alt, root)
                    if k in alt.get("properties", {}):
                        sub = alt["properties"][k]
            yield from _mappings(node[k], sub or {}, root)
    elif isinstance(node, CommentedSeq):
        items = schema.get("items", {})
        for item in node:
            yield from _mappings(item, items, root)


def _wanted(node: CommentedMap, schema: dict) -> list:
    """The schema's order: its properties first, in its order; keys it does not name after them, as written."""
    props = schema.get("properties", {})
    return [k for k in props if k in node] + [k for k in node if k not in props]


def _order(data, root: dict) -> None:
    """Keys in the schema's order, moved by ruamel: for what _reorder_lines left (see there)."""
    for node, schema in list(_mappings(data, root, root)):
        order = _wanted(node, schema)
        if list(node) != order:
            items = [(k, node[k]) for k in order]
            comments = {k: node.ca.items.get(k) for k in node}
            for k in list(node):
                del node[k]
            for k, v in items:
                node[k] = v
                if comments.get(k):
                    node.ca.items[k] = comments[k]


_BLANK_OR_COMMENT = re.compile(r"^\s*(#.*)?$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _first_head(lines: list[str], line: int, col: int) -> int:
    """Where the first key of a mapping begins, with what stands above it: the blank lines just above it, and the
    comment paragraph above those when a blank line parts it from earlier comments (a section heading under the
    file's head comments).  The file's head comments themselves stay where they are."""
    def comment(i: int) -> bool:
        return 0 <= i and lines[i].strip().startswith("#") and _indent(lines[i]) <= col

    def blank(i: int) -> bool:
        return 0 <= i and not lines[i].strip()

    start = line
    while blank(start - 1):
        start -= 1
    paragraph = start
    while comment(paragraph - 1):
        paragraph -= 1
    if paragraph == start or not blank(paragraph - 1):
        return start
    above = paragraph
    while blank(above - 1):
        above -= 1
    return above if comment(above - 1) else start


def _reorder_lines(text: str, data, root: dict) -> str:
    """Keys in the schema's order, moved as lines of text, each with the comment lines just above it.

    ruamel keeps a comment that stands above a key with the value before it, so moving keys in its tree puts
    “# ── 概况 ──” above the wrong section.  Here each key of a block mapping takes the blank and comment
    lines directly above it (no deeper indented than the key).  Of the file's first key, only a section
    heading below the file's head comments goes with it (_first_head); in a list item (“- 键: …”) the dash
    stays on the first line and the comments above the item stay above it.  Comments after a mapping's last
    key stay after the mapping.  Mappings are rearranged from the end of the file backwards: an inner one
    keeps its length, so the line numbers of the outer ones still hold when their turn comes."""
    lines = text.split("\n")
    moves = []
    for node, schema in _mappings(data, root, root):
        keys, order = list(node), _wanted(node, schema)
        if keys == order or node.fa.flow_style() or not keys:
            continue
        line0, col = node.lc.key(keys[0])
        key_lines = [node.lc.key(k)[0] for k in keys]
        if len(set(key_lines)) != len(keys) or any(node.lc.key(k)[1] != col for k in keys):
            continue                  # not one key per line in one column: left to ruamel
        dash = lines[line0][:col] if lines[line0][:col].strip() else ""
        starts = [line0 if dash else _first_head(lines, line0, col) if node is data else _head(lines, line0, col, -1)]
        starts += [_head(lines, key_lines[i], col, key_lines[i - 1]) for i in range(1, len(keys))]
        end = key_lines[-1] + 1                   # the last key's value, without the comments that follow it
        probe = end
        while probe < len(lines) and (_BLANK_OR_COMMENT.match(lines[probe]) or _indent(lines[probe]) > col):
            if lines[probe].strip() and _indent(lines[probe]) > col:
                end = probe + 1
            probe += 1
        bounds = starts + [end]
        ranges = {k: (bounds[i], bounds[i + 1]) for i, k in enumerate(keys)}
        first = next(i for i, (a, b) in enumerate(zip(keys, order)) if a != b)
        moves.append((bounds[first], end, [ranges[k] for k in order[first:]], dash if first == 0 else "", line0, col))
    for begin, end, ranges, dash, line0, col in sorted(moves, key=lambda m: -m[0]):
        if dash:                                  # the dash leaves the old first key for the new one
            lines[line0] = " " * col + lines[line0][col:]
        replacement = [line for a, b in ranges for line in lines[a:b]]
        if dash:
            i = next(i for i, line in enumerate(replacement) if not _BLANK_OR_COMMENT.match(line))
            replacement[i] = dash + replacement[i][col:]
        lines[begin:end] = replacement
    return "\n".join(lines)


def _head(lines: list[str], line: int, col: int, above: int) -> int:
    """Where a key begins: the blank and comment lines (no deeper than the key) directly above it, below `above`."""
    start = line
    while start - 1 > above and _BLANK_OR_COMMENT.match(lines[start - 1]) and _indent(lines[start - 1]) <= col:
        start -= 1
    return start


def _is_row(node) -> bool:
    return isinstance(node, CommentedMap) and all(not isinstance(v, (CommentedMap, CommentedSeq, dict, list))
                                                  for v in node.values())


LONG_TEXT = 40          # a list item written as a block with a value this long is prose, not a table row


def _has_comments(item: CommentedMap) -> bool:
    return any(token for tokens in item.ca.items.values() for token in (tokens or []) if token)


def _styles(node) -> None:
    """Every table row (a list item whose values are all plain) on one line; other nodes keep their style.

    An item written as a block that holds a long text (a goal, an explanation) stays a block, and so does one
    with comments between its keys (on one line they would end up inside the braces)."""
    if isinstance(node, CommentedSeq):
        for item in node:
            if _is_row(item) and item and (item.fa.flow_style() or (not _has_comments(item) and all(
                    width(str(v)) <= 2 * LONG_TEXT for v in item.values()))):
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
        reordered = _reorder_lines(text, data, root)
        if reordered != text:
            data = y.load(reordered)
        _order(data, root)
    _styles(data)
    buffer = io.StringIO()
    y.dump(data, buffer)
    result = align(buffer.getvalue())
    before, after = load_text(text, "原文件"), load_text(result, "整理后")
    if before.data != after.data or after.problems:
        raise FormatError("整理后的内容与原文件不一致，未改动文件（请把文件交给维护人员）")
    return Formatted(result, result != text)
