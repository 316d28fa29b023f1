"""`gen new`: a starter department file for a template set.

The file is written from the kind's JSON Schema, in its key order: every section and table, each field with
its Chinese title and description as a comment above it; figures blank (blank is 0), required texts blank,
other texts "" (the clerk writes them), 科目 rows as comment lines to fill (the 项 of the classes the template
prints, the 经济分类 款 of its 公开06 form), the first time a code appears with its 科目名称, later with the
code alone (a code needs its name once).  Values that are only checked (titles with “核对用”) are left out.
Filled in, it passes the schema: tests fill every blank mechanically and validate.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from . import reference
from .fmt import _resolve as follow_ref

SKIP_TOP = ("模板", "文档", "年度", "预算文件")
CHECK_ONLY = "核对用"


# ───────────────────────────── schema navigation ─────────────────────────────

def resolve(schema: dict, root: dict) -> dict:
    """A subschema with its $ref followed and its allOf merged (properties and required joined)."""
    schema = follow_ref(schema, root)
    if "allOf" in schema:
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        props, required = dict(merged.get("properties", {})), list(merged.get("required", []))
        for part in schema["allOf"]:
            part = resolve(part, root)
            props.update(part.get("properties", {}))
            required += [r for r in part.get("required", []) if r not in required]
            for key in ("type", "additionalProperties"):
                merged.setdefault(key, part.get(key))
        merged["properties"], merged["required"] = props, required
        merged.setdefault("type", "object")
        schema = merged
    return schema


def types(schema: dict) -> set[str]:
    kind = schema.get("type")
    if kind is None and "anyOf" in schema:
        return {"anyOf"}
    return set(kind) if isinstance(kind, list) else {kind} if kind else set()


def is_item_row(items: dict) -> bool:
    """A 科目 row: its schema refers to $defs/科目."""
    return any(isinstance(p, dict) and str(p.get("$ref", "")).endswith("/科目") for p in items.get("allOf", ()))


def title_of(sub: dict, resolved: dict) -> str:
    return sub.get("title") or resolved.get("title") or ""


def description_of(sub: dict, resolved: dict) -> str:
    return sub.get("description") or resolved.get("description") or ""


def schema_at(root: dict, parts) -> dict:
    """The resolved subschema at a path of keys and indexes (an empty dict where the schema says nothing)."""
    schema = resolve(root, root)
    for part in parts:
        if isinstance(part, int):
            schema = resolve(schema.get("items", {}), root)
        else:
            props = schema.get("properties", {})
            if part not in props:
                for alt in schema.get("anyOf", []):
                    alt = resolve(alt, root)
                    if part in alt.get("properties", {}):
                        props = alt["properties"]
                        break
            schema = resolve(props.get(part, {}), root)
    return schema


# ───────────────────────────── the 科目 rows to offer ─────────────────────────────

def reference_for(year: int) -> reference.Classification:
    """The year's classification, else the latest one before it, else the latest one there is.  A new year's table
    may list only what has been verified for it: for each 类 whose 款 and 项 it does not list, those of the latest
    earlier year that lists them are offered (`gen check` then checks their names against the year's table)."""
    years = sorted(reference.years())
    usable = [y for y in years if y <= year] or years
    if not usable:
        return reference.Classification(None, {}, {}, False)
    tables = [reference.for_year(y) for y in reversed(usable)]          # newest first

    def merged(part: str) -> dict[str, str]:
        newest = getattr(tables[0], part)
        codes = {c: n for c, n in newest.items() if len(c) == 3}
        for group in {c[:3] for table in tables for c in getattr(table, part)}:
            deepest = max(len(c) for t in tables for c in getattr(t, part) if c[:3] == group)
            source = next(getattr(t, part) for t in tables
                          if any(len(c) == deepest and c[:3] == group for c in getattr(t, part)))
            codes.update({c: n for c, n in source.items() if len(c) > 3 and c[:3] == group})
            codes.update({c: n for c, n in newest.items() if len(c) > 3 and c[:3] == group})
        return codes

    base = tables[0]
    return reference.Classification(base.year, merged("function"), merged("economic"), base.classes_complete)


class Codes:
    """Which codes a starter offers for a table, and whether a code was already shown with its name."""

    def __init__(self, kind, layout, classification: reference.Classification):
        self.classification = classification
        self.economic_tables = set(getattr(kind, "economic_tables", ()))
        printed = tuple(getattr(layout, "summary_classes", ()) or ())
        function = classification.function
        self.classes = [c for c in printed if c in function] or [c for c in function if len(c) == 3]
        self.items = [c for c in function if len(c) == 7 and c[:3] in set(self.classes)]
        groups = getattr(layout, "basic_groups", ()) or ()
        not_applicable = getattr(layout, "basic_not_applicable", frozenset())
        economic = [c for g in groups for c in g] or list(classification.economic)
        self.economic = [c for c in economic if len(c) == 5 and c not in not_applicable]
        self.named: set[str] = set()
        self.unprinted = frozenset(getattr(layout, "unprinted_columns", ()) or ())    # (table, column) not on its form

    def for_table(self, table_key: str, list_key: str) -> list[str]:
        if table_key in self.economic_tables:
            return self.economic
        return self.items if list_key == "科目" else self.classes

    def name(self, code: str) -> str:
        ref = self.classification
        return ref.function_name(code) or ref.economic_name(code)


# ───────────────────────────── writing ─────────────────────────────

def _comment(indent: int, title: str, description: str, key: str) -> list[str]:
    words = [w for w in (title if title and title != key else "", description) if w]
    return [f"{' ' * indent}# {'：'.join(words)}"] if words else []


def _commented(line: str) -> str:
    """A content line turned into a comment, its indentation kept (uncommenting gives it back)."""
    body = line.lstrip(" ")
    return line if body.startswith("#") else f"{line[:len(line) - len(body)]}# {body}"


class _Writer:
    """Writes fields; `field` answers whether what it wrote must be filled in before the file validates (a
    blank required text, a list item).  An optional field that must be filled is written as comment lines:
    the clerk uncomments it when the template uses it, and otherwise the file is valid without it."""

    def __init__(self, root: dict, codes: Codes, unneeded: frozenset[str] = frozenset()):
        self.root, self.codes, self.lines = root, codes, []
        self.unneeded = unneeded             # parts (JSON pointers) the template set prints nothing of

    def object(self, schema: dict, indent: int, top: str = "", skip=(), pointer: str = "") -> bool:
        schema = resolve(schema, self.root)
        required = set(schema.get("required", []))
        needs = False
        for key, sub in schema.get("properties", {}).items():
            if key in skip or f"{pointer}/{key}" in self.unneeded:
                continue
            start = len(self.lines)
            fill = self.field(key, sub, key in required, indent, top or key, f"{pointer}/{key}")
            if fill and key not in required:
                self.lines[start:] = [_commented(line) for line in self.lines[start:]]
            needs |= fill and key in required
        return needs

    def field(self, key: str, sub: dict, required: bool, indent: int, top: str, pointer: str = "") -> bool:
        resolved = resolve(sub, self.root)
        title, description = sub.get("title", ""), sub.get("description", "")
        if CHECK_ONLY in title_of(sub, resolved) or "const" in resolved:
            return False
        pad = " " * indent
        kinds = types(resolved)
        if "enum" in resolved:
            note = "可选：" + "、".join(str(v) for v in resolved["enum"])
            self.lines += _comment(indent, title, f"{description}{note}" if description else note, key)
            self.lines.append(f"{pad}{key}:")
            return True
        self.lines += _comment(indent, title, description, key)
        if "object" in kinds and resolved.get("properties"):
            self.lines.append(f"{pad}{key}:")
            return self.object(resolved, indent + 2, top, pointer=pointer)
        if "object" in kinds and isinstance(resolved.get("additionalProperties"), dict):
            self.lines.append(f"{pad}{key}: {{}}")          # a table of names the clerk writes ({优: 8, 良: 2})
            return False
        if "array" in kinds:
            return self.array(key, resolved, indent, top, required)
        if kinds & {"number", "integer"}:
            self.lines.append(f"{pad}{key}:")
            return "null" not in kinds
        strict = required or resolved.get("minLength") or resolved.get("pattern")
        self.lines.append(f"{pad}{key}:" if strict else f'{pad}{key}: ""')      # a text (or text-or-mapping)
        return bool(strict)

    def array(self, key: str, schema: dict, indent: int, top: str, required: bool) -> bool:
        pad = " " * indent
        raw_items = schema.get("items", {})
        items = resolve(raw_items, self.root)
        if is_item_row(raw_items) or is_item_row(items):
            self.lines.append(f"{pad}{key}: []")
            self.item_rows(key, items, indent + 2, top)
            return False
        if not required and not schema.get("minItems"):
            self.lines.append(f"{pad}# 用到时：去掉下面各行行首的“# ”，删去“{key}: []”这一行；每一项照样复制一份")
            start = len(self.lines)
            self.lines.append(f"{pad}{key}:")
            self.items(items, indent)
            self.lines[start:] = [_commented(line) for line in self.lines[start:]]
            self.lines.append(f"{pad}{key}: []")
            return False
        self.lines.append(f"{pad}{key}:")
        self.items(items, indent)
        return True

    def items(self, items: dict, indent: int) -> None:
        if "object" in types(items) and items.get("properties"):
            self.one_item(items, indent + 2)
        else:
            self.lines.append(f"{' ' * indent}  - \"\"")

    def item_rows(self, key: str, items: dict, indent: int, top: str) -> None:
        pad = " " * indent
        columns = [k for k, s in items.get("properties", {}).items()
                   if k not in ("科目编码", "科目名称") and CHECK_ONLY not in title_of(s, resolve(s, self.root))
                   and (top, k) not in self.codes.unprinted]
        self.lines.append(f"{pad}# 一行一个科目：删去上面的“[]”，去掉行首的“# ”再填数；用不到的行删去。")
        cells = "".join(f", {c}: " for c in columns)
        for code in self.codes.for_table(top, key):
            name = self.codes.name(code)
            if not name:                     # not in the reference: the clerk writes it with its name
                continue
            if code in self.codes.named:
                self.lines.append(f"{pad}# - {{科目编码: {code}{cells}}}  # {name}")
            else:
                self.codes.named.add(code)
                self.lines.append(f"{pad}# - {{科目编码: {code}, 科目名称: {name}{cells}}}")

    def one_item(self, items: dict, indent: int) -> None:
        """One item of a list at `indent` − 2 (“- ” two spaces in from its key, its fields two further)."""
        props = items.get("properties", {})
        scalar = all(not (types(resolve(s, self.root)) & {"object", "array"}) or "anyOf" in types(resolve(s, self.root))
                     for s in props.values())
        if scalar:
            cells = []
            for k, sub in props.items():
                resolved = resolve(sub, self.root)
                if CHECK_ONLY not in title_of(sub, resolved):
                    number = types(resolved) & {"number", "integer"} and "string" not in types(resolved)
                    cells.append(f"{k}: {0 if number else chr(34) * 2}")
            self.lines.append(f"{' ' * indent}- {{{', '.join(cells)}}}")
            return
        start = len(self.lines)
        self.object(items, indent + 2)
        first = next(i for i in range(start, len(self.lines)) if not self.lines[i].lstrip().startswith("#"))
        self.lines[first] = f"{' ' * indent}- {self.lines[first].lstrip()}"


def unneeded(kind, settings) -> frozenset[str]:
    """The parts of a file (Kind.template_needs) whose figures the template set prints nowhere: left out."""
    from . import render, template_tags
    needs = getattr(kind, "template_needs", None) or {}
    if not needs:
        return frozenset()
    try:
        tags = frozenset(render.prepared(settings).tags)
    except render.RenderError:
        return frozenset()
    return frozenset(pointer for pointer, prefixes in needs.items()
                     if not any(template_tags.uses(tags, p) for p in prefixes))


def starter_text(kind, settings, unit: str, year: int, target: Path, templates_name: str) -> str:
    root = json.loads(Path(kind.schema).read_text(encoding="utf-8"))
    classification = reference_for(year)
    codes = Codes(kind, settings.layout, classification)
    writer = _Writer(root, codes, unneeded(kind, settings))
    schema_file = Path(kind.schema).resolve()
    try:
        link = Path(os.path.relpath(schema_file, Path(target).resolve().parent)).as_posix()
    except ValueError:                      # another drive (Windows)
        link = schema_file.as_posix()
    if link.startswith("../../"):           # not in this project: the schema where gen is installed
        link = schema_file.as_posix()
    own = reference.for_year(classification.year) if classification.year else None
    filled = own is not None and (own.function != classification.function or own.economic != classification.economic)
    ref_note = (f"科目参考表：{classification.year} 年" + (
        f"（还没有 {year} 年的参考表，科目名称请按 {year} 年的政府收支分类核对）" if classification.year != year else
        "（其中没有收录的款、项取自较早年度的参考表，gen check 按本年度核对名称）" if filled else "")
    ) if classification.year else ""
    head = [f"# yaml-language-server: $schema={link}", "#",
            f"# {unit} {year}年度 {settings.name}（文档类型：{kind.name}）",
            "# 由 gen new 生成的起始文件。每个字段上面的注释是它的说明。",
            "# 金额单位：万元，空白等于 0；能由下级科目或各栏计算的合计可以不填。文字写在冒号后面。",
            "# 科目表：删去“科目: []”的“[]”，去掉行首的“# ”再填数，用不到的行删去；同一个科目编码只需写一次科目名称。",
            f"# {ref_note}" if ref_note else "#",
            "# 填好后运行：gen check 本文件", "",
            f"模板: {templates_name}", f"年度: {year}"]
    if "预算文件" in root.get("properties", {}):
        head += ["# 同一年度的预算文件（同一文件夹中的文件名）：写了它，年初预算等从预算文件取，不必重复填写",
                 "# 预算文件: "]
    writer.lines = head + [""]
    schema = resolve(root, root)
    required = set(schema.get("required", []))
    for key, sub in schema.get("properties", {}).items():
        if key in SKIP_TOP or f"/{key}" in writer.unneeded:
            continue
        start = len(writer.lines)
        if key == "单位":
            writer.lines += _comment(0, title_of(sub, resolve(sub, root)), description_of(sub, resolve(sub, root)), key)
            writer.lines += ["单位:", "  # 单位名称：部门（单位）全称，印在封面和各表表头。", f"  名称: {_quoted(unit)}"]
            writer.object(resolve(sub, root), 2, key, skip=("名称",))
        elif writer.field(key, sub, key in required, 0, key, f"/{key}") and key not in required:
            writer.lines[start:] = [_commented(line) for line in writer.lines[start:]]
            writer.lines.insert(start, "# （可不填：模板用到这一部分时，去掉下面各行行首的“# ”再填写）")
        writer.lines.append("")
    return "\n".join(writer.lines).rstrip("\n") + "\n"


def _quoted(text: str) -> str:
    plain = text and not any(c in text for c in ":#{}[],&*!|>'\"%@`") and not text[0] in "-?" and text.strip() == text
    return text if plain else json.dumps(text, ensure_ascii=False)
