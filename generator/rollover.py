"""`gen rollover`: next year's department file from this year's, and the warning for texts carried over.

From a file that checks without errors: the year moves on; the template set moves to the new year's when one
exists (the old year in its name replaced); this year's figures become the comparison figures the kind names
(`Kind.carry`: a 决算's 上年决算, a 预算's 上年预算, as the document printed them); every other figure is
emptied (blank is 0) and the 科目 rows become comment rows to fill; texts are kept, and each line that holds one
gets the comment “# 上年文字，待核对 #<fingerprint>”.  While a marked line's texts are unchanged, gen check says
W509 there; once the text is rewritten (or the comment deleted) it says nothing.  Comments of the old file are
kept (ruamel round trip, then `gen fmt`'s layout).
"""
from __future__ import annotations

import io
import json
import re
from decimal import Decimal
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from . import fmt
from .carried import mark_texts
from .load import load_text, pointer_join
from .starter import schema_at, types



class RolloverError(Exception):
    """The file cannot be rolled over; the message is Chinese."""


def yaml_with_decimals():
    """gen fmt's round-trip YAML, writing Decimal figures as plain numbers and never as anchors."""
    y = fmt._yaml()

    def decimal(representer, value: Decimal):
        text = format(value, "f")
        return representer.represent_scalar("tag:yaml.org,2002:float" if "." in text else "tag:yaml.org,2002:int", text)
    y.representer.add_representer(Decimal, decimal)
    y.representer.ignore_aliases = lambda value: True          # a figure used twice is written twice
    return y


# ───────────────────────────── the data ─────────────────────────────

def _blank(node, schema_root: dict, path: list) -> None:
    """Every figure emptied: a number becomes blank (null) where the schema allows it, else its key goes."""
    if isinstance(node, CommentedMap):
        for key in list(node):
            value = node[key]
            if key in ("科目编码", "年度"):
                continue
            if isinstance(value, (CommentedMap, CommentedSeq)):
                _blank(value, schema_root, path + [key])
            elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                if "null" in types(schema_at(schema_root, path + [key])) and not node.fa.flow_style() \
                        or "科目编码" in node:
                    node[key] = None                # a row's cell stays, blank, for the comment row to show
                else:
                    del node[key]                   # {合计: …} on one line, or a figure that cannot be blank
    elif isinstance(node, CommentedSeq):
        for i, item in enumerate(node):
            _blank(item, schema_root, path + [i])


def _item_tables(node, path=()) -> list[tuple]:
    """(path, list) of every 科目 table's rows (a list of mappings with 科目编码 under 科目 or …按科目)."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, list) and (key == "科目" or str(key).endswith("按科目")) and value \
                    and all(isinstance(i, dict) and "科目编码" in i for i in value):
                found.append((path + (key,), value))
            elif isinstance(value, (dict, list)):
                found += _item_tables(value, path + (key,))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            found += _item_tables(item, path + (i,))
    return found


def _plain(value):
    if isinstance(value, dict):
        m = CommentedMap()
        for k, v in value.items():
            m[k] = int(v) if k == "科目编码" and str(v).isdigit() else _plain(v)
        return m
    if isinstance(value, list):
        seq = CommentedSeq(_plain(v) for v in value)
        for item in seq:
            if isinstance(item, CommentedMap):
                item.fa.set_flow_style()
        return seq
    return value


def new_template_name(name: str, old_year: int, new_year: int, exists) -> str | None:
    """The same set for the new year (“山西-2024-单位决算” → “山西-2025-单位决算”) when it exists, else None."""
    if str(old_year) not in name:
        return None
    candidate = name.replace(str(old_year), str(new_year))
    return candidate if exists(candidate) else None


def rollover_text(text: str, checked, new_year: int, template: str | None) -> str:
    """The next year's file (see the module doc); `checked` is this year's file checked without errors."""
    y = yaml_with_decimals()
    data = y.load(text)
    root = json.loads(Path(checked.kind.schema).read_text(encoding="utf-8"))
    old_year = int(data["年度"])
    carried = checked.kind.carry(checked.result) if checked.kind.carry else {}
    data["年度"] = new_year
    if template:
        data["模板"] = template
    for key in checked.kind.links:                  # 预算文件: the same unit's file of the new year
        if isinstance(data.get(key), str) and str(old_year) in data[key]:
            data[key] = data[key].replace(str(old_year), str(new_year))
    _blank(data, root, [])
    for key, value in carried.items():
        fresh = _plain(value)
        if key in data and isinstance(data[key], CommentedMap):
            old = data[key]
            for k in list(old):
                if k not in fresh:
                    del old[k]
            for k, v in fresh.items():
                old[k] = v
        else:
            data[key] = fresh
        data.yaml_add_eol_comment(f"# {old_year}年度的数（gen rollover 由 {old_year} 年度文件算出）", key)
    buffer = io.StringIO()
    y.dump(data, buffer)
    result = fmt.format_text(buffer.getvalue(), Path(checked.kind.schema)).text
    result = _comment_rows(result, set(carried))
    return mark_texts(result)


def _comment_rows(text: str, keep: set[str]) -> str:
    """The rows of every 科目 table (except the carried figures) as comment lines with blank cells."""
    loaded = load_text(text, "x")
    lines = text.split("\n")
    for path, rows in _item_tables(loaded.data):
        if path[0] in keep:
            continue
        pointer = "".join(f"/{p}" for p in path)
        key_line = loaded.source.location(pointer, key=True).line - 1
        for i in range(len(rows)):
            line = loaded.source.location(pointer_join(pointer, i)).line - 1
            body = lines[line]
            indent = len(body) - len(body.lstrip())
            row = re.sub(r":\s*null\b", ": ", body.strip())
            lines[line] = f"{' ' * indent}# {row}"
        head = lines[key_line]
        if head.rstrip().endswith(":"):
            comment = "# 删去“[]”，去掉下面各行行首的“# ”再填数"
            lines[key_line] = f"{head.rstrip()} []  {comment}"
    return "\n".join(lines)


