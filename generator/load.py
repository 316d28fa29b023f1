"""YAML → plain data + a source map, never float, never a silent duplicate key.

PyYAML's composer gives us nodes with marks; we build the Python values ourselves so
that (1) a float scalar becomes ``Decimal`` from its exact text ("1.10" stays 1.10),
(2) a repeated key in one mapping is a problem, not a silent overwrite, and (3) every
value's JSON pointer maps to the line and column it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

from .problems import Location, Problem, Severity, make


def pointer_join(pointer: str, key) -> str:
    token = str(key).replace("~", "~0").replace("/", "~1")
    return f"{pointer}/{token}"


@dataclass
class SourceMap:
    """Where each value (and each mapping key) stands in the file."""
    file: str
    values: dict[str, tuple[int, int]] = field(default_factory=dict)
    keys: dict[str, tuple[int, int]] = field(default_factory=dict)

    def location(self, pointer: str, key: bool = False) -> Location:
        """The location of `pointer`; falls back to the nearest ancestor that has one."""
        table = self.keys if key else self.values
        probe = pointer
        while True:
            if probe in table:
                line, col = table[probe]
                return Location(self.file, line, col)
            if key and probe in self.values:
                line, col = self.values[probe]
                return Location(self.file, line, col)
            if not probe:
                return Location(self.file, 1, 1)
            probe = probe.rsplit("/", 1)[0]


# YAML 1.1 reads yes/no/on/off as booleans; a clerk writing “否” is fine, but “no” as a
# name is not a boolean.  We only accept true/false as booleans.
_BOOL_TEXT = {"true": True, "false": False, "True": True, "False": False, "TRUE": True, "FALSE": False}

_YAML_PROBLEM_TEXT = [
    ("could not find expected ':'", "缺少冒号“:”（键与值之间需要“: ”）"),
    ("mapping values are not allowed", "这里不能出现“键: 值”：可能是冒号后缺少空格、缩进不对，或文字中的冒号需要加引号"),
    ("found character '\\t' that cannot start any token", "出现了制表符（Tab），YAML 只能用空格缩进"),
    ("found a tab character", "出现了制表符（Tab），YAML 只能用空格缩进"),
    ("did not find expected key", "缩进不对或缺少“键:”，请检查该行与上一行的对齐"),
    ("did not find expected '-' indicator", "列表项缩进不对，应以“- ”开头并与同级对齐"),
    ("found unexpected end of stream", "文件意外结束：引号或括号没有闭合"),
    ("while scanning a quoted scalar", "引号没有闭合"),
    ("found unexpected ':'", "出现了多余的冒号，文字中含冒号时请给整段加引号"),
    ("expected ',' or '}'", "花括号 { } 内的项目之间缺少逗号，或括号没有闭合"),
    ("expected ',' or ']'", "方括号 [ ] 内的项目之间缺少逗号，或括号没有闭合"),
    ("found undefined alias", "使用了未定义的别名（*）"),
    ("found character that cannot start any token", "出现了不能作为开头的字符，文字请加引号"),
    ("expected <block end>, but found", "缩进不对：该行与上一层级没有对齐"),
]


def _yaml_detail(exc: yaml.YAMLError, line: str = "") -> str:
    if "\t" in line:
        return "出现了制表符（Tab），YAML 只能用空格缩进"
    text = " ".join(str(x) for x in (getattr(exc, "context", None), getattr(exc, "problem", None)) if x)
    for needle, chinese in _YAML_PROBLEM_TEXT:
        if needle in text:
            return chinese
    return f"无法解析（{text or exc}）"


class _Builder:
    def __init__(self, file: str):
        self.map = SourceMap(file)
        self.problems: list[Problem] = []

    def build(self, node, pointer: str):
        self.map.values[pointer] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            result: dict = {}
            first_line: dict = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    self.problems.append(make(107, Severity.ERROR, self._loc(key_node), pointer,
                                              where="", field="键", detail="不能是列表或映射"))
                    continue
                key = key_node.value
                if key_node.tag.endswith(":merge"):
                    self.problems.append(make(107, Severity.ERROR, self._loc(key_node), pointer,
                                              where="", field="<<", detail="不支持 YAML 合并键"))
                    continue
                child = pointer_join(pointer, key)
                if key in result:
                    self.problems.append(make(2, Severity.ERROR, self._loc(key_node), child,
                                              key=key, first_line=first_line[key]))
                    continue
                first_line[key] = key_node.start_mark.line + 1
                self.map.keys[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                result[key] = self.build(value_node, child)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, pointer_join(pointer, i)) for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _loc(self, node) -> Location:
        return Location(self.map.file, node.start_mark.line + 1, node.start_mark.column + 1)

    @staticmethod
    def _scalar(node: yaml.ScalarNode):
        tag, text = node.tag, node.value
        if tag == "tag:yaml.org,2002:null":
            return None
        if tag == "tag:yaml.org,2002:bool":
            return _BOOL_TEXT.get(text, text)   # yes/no/on/off stay text
        if tag == "tag:yaml.org,2002:int":
            plain = text.replace("_", "")
            digits = plain.lstrip("+-")
            # only plain decimals are numbers; 0x…, 0o…, 1:20 and codes with a leading zero stay text
            if digits.isdigit() and (digits == "0" or not digits.startswith("0")):
                return int(plain)
            return text
        if tag == "tag:yaml.org,2002:float":
            try:
                value = Decimal(text.replace("_", ""))
            except InvalidOperation:
                return text     # .inf / .nan are not amounts; the schema reports them
            return value if value.is_finite() else text
        return text


@dataclass
class Loaded:
    data: object
    source: SourceMap
    problems: list[Problem]
    text: str = ""


# libyaml's C parser when PyYAML was built with it (the wheels are): same nodes and marks, ten times faster
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_text(text: str, file: str) -> Loaded:
    builder = _Builder(file)
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = Location(file, mark.line + 1, mark.column + 1) if mark else Location(file, 1, 1)
        lines = text.splitlines()
        line = lines[mark.line] if mark and mark.line < len(lines) else ""
        return Loaded(None, builder.map, [make(1, Severity.ERROR, loc, detail=_yaml_detail(exc, line))], text)
    except yaml.YAMLError as exc:
        return Loaded(None, builder.map, [make(1, Severity.ERROR, Location(file, 1, 1), detail=_yaml_detail(exc))], text)
    if node is None:
        return Loaded(None, builder.map, [make(4, Severity.ERROR, Location(file, 1, 1))], text)
    data = builder.build(node, "")
    if not isinstance(data, dict):
        builder.problems.append(make(4, Severity.ERROR, Location(file, 1, 1)))
    return Loaded(data, builder.map, builder.problems, text)


def load_file(path: Path, display: str | None = None) -> Loaded:
    file = display or str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return Loaded(None, SourceMap(file), [make(3, Severity.ERROR, Location(file), detail=exc.strerror or str(exc))])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return Loaded(None, SourceMap(file), [make(3, Severity.ERROR, Location(file, line, 1),
                                                   detail="不是 UTF-8 编码，请在编辑器中另存为 UTF-8")])
    return load_text(text, file)

