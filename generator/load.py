"""YAML → plain data + a source map, never float, never a silent duplicate key, never unbounded.

We read PyYAML's event stream (libyaml's C parser when installed) and build the Python values
ourselves, iteratively, so that
  (1) a float scalar becomes ``Decimal`` from its exact text ("1.10" stays 1.10),
  (2) a repeated key in one mapping is a problem, not a silent overwrite,
  (3) every value's JSON pointer maps to the line and column it came from, and
  (4) no file can make the loader hang, recurse or grow without bound: the size is checked on the
      bytes before parsing, nesting deeper than MAX_DEPTH stops the parse at that event (the parser
      itself is iterative; only composing nodes recursively could crash), anchors and aliases are
      refused (a data file has no use for them, and expanding them is the "billion laughs" bomb),
      numbers must lie in a range gen can compute and print, and text may not hold control
      characters (Word cannot store them).
"""
from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

from .problems import Location, Problem, Severity, make

MAX_BYTES = 10 * 1024 * 1024          # a department file is a few dozen KB; 10 MB is far beyond any real one
MAX_DEPTH = 100                        # the schema nests 6 levels; 100 is generous and still safe
NUMBER_LIMIT = Decimal(10) ** 12       # |x| < 10^12: every amount (万元), count and score fits, and prints exactly
MAX_PLACES = 10                        # decimals gen will read; amounts themselves are checked per kind (limits.py)


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

# libyaml's and PyYAML's messages (context and problem), in Chinese; the first match wins.
_YAML_PROBLEM_TEXT = [
    ("could not find expected ':'", "缺少冒号“:”（键与值之间需要“: ”）"),
    ("mapping values are not allowed", "这里不能出现“键: 值”：可能是冒号后缺少空格、缩进不对，或文字中的冒号需要加引号"),
    ("found character '\\t' that cannot start any token", "出现了制表符（Tab），YAML 只能用空格缩进"),
    ("found a tab character", "出现了制表符（Tab），YAML 只能用空格缩进"),
    ("did not find expected key", "缩进不对或缺少“键:”，请检查该行与上一行的对齐"),
    ("did not find expected '-' indicator", "列表项缩进不对，应以“- ”开头并与同级对齐"),
    ("found unexpected end of stream", "文件意外结束：引号或括号没有闭合"),
    ("found unknown escape character", "双引号内有无法识别的转义写法（反斜杠“\\”后的字符），文字中的反斜杠请改用单引号或写成“\\\\”"),
    ("did not find expected hexdecimal number", "双引号内的转义写法不完整（\\x、\\u 后应为十六进制数字）"),
    ("found invalid Unicode character escape code", "双引号内的 \\u 转义不是有效的字符"),
    ("found unexpected document indicator", "引号没有闭合（文字中出现了“---”或“...”）"),
    ("while scanning a quoted scalar", "引号没有闭合"),
    ("found unexpected ':'", "出现了多余的冒号，文字中含冒号时请给整段加引号"),
    ("expected ',' or '}'", "花括号 { } 内的项目之间缺少逗号，或括号没有闭合"),
    ("expected ',' or ']'", "方括号 [ ] 内的项目之间缺少逗号，或括号没有闭合"),
    ("found undefined alias", "使用了未定义的别名（*）"),
    ("did not find expected alphabetic or numeric character", "“&”或“*”后应为名称；文字以“&”或“*”开头时请加引号"),
    ("found undefined tag handle", "“!”开头的标记无法识别；文字以“!”开头时请加引号"),
    ("did not find expected tag URI", "“!”开头的标记无法识别；文字以“!”开头时请加引号"),
    ("did not find expected whitespace or line break", "“!”开头的标记后缺少空格；文字以“!”开头时请加引号"),
    ("block sequence entries are not allowed", "这里不能出现列表项“- ”：可能是缩进不对，或文字以“-”开头时需要加引号"),
    ("did not find expected comment or line break", "这一行的值后面有多余的内容（例如引号闭合后又写了文字）"),
    ("did not find expected <document start>", "文件结构不对：可能是缩进不对，或多了一个顶层的值"),
    ("did not find expected node content", "这里缺少值，或出现了不能作为开头的字符（文字请加引号）"),
    ("found character that cannot start any token", "出现了不能作为开头的字符，文字请加引号"),
    ("expected <block end>, but found", "缩进不对：该行与上一层级没有对齐"),
    ("found incompatible YAML document", "不支持的 YAML 版本声明（%YAML），请删去这一行"),
    ("found duplicate %YAML directive", "重复的 %YAML 声明，请删去"),
    ("found unknown directive", "以“%”开头的行不是有效的声明；文字以“%”开头时请加引号"),
    ("while scanning a directive", "以“%”开头的行不是有效的声明；文字以“%”开头时请加引号"),
    ("while scanning a block scalar", "多行文字（| 或 >）的写法不对：标记后只能跟换行，内容需比上一层缩进"),
    ("while scanning an anchor", "“&”后应为名称；文字以“&”开头时请加引号"),
    ("while scanning an alias", "“*”后应为名称；文字以“*”开头时请加引号"),
]


def _yaml_detail(exc: yaml.YAMLError, line: str = "") -> str:
    if "\t" in line:
        return "出现了制表符（Tab），YAML 只能用空格缩进"
    text = " ".join(str(x) for x in (getattr(exc, "context", None), getattr(exc, "problem", None)) if x)
    for needle, chinese in _YAML_PROBLEM_TEXT:
        if needle in text:
            return chinese
    return "格式不对，无法解析这一行（请检查缩进、冒号和引号）"


# ───────────────────────────── characters ─────────────────────────────

# What YAML itself accepts in a stream (YAML 1.1 “printable”); anything else we report with its real line,
# before the parser sees it (the parser's own message would say 1:1 and be in English).
_NOT_YAML_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# What may stand in a text value: no C0/C1 control character but tab and line feed (Word stores tab and line
# break as their own elements; everything else is invalid XML or invisible junk), no non-characters.
_NOT_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_CHAR_NAMES = {0x0: "空字符", 0x8: "退格符", 0xB: "垂直制表符", 0xC: "换页符", 0xD: "回车符", 0x1B: "ESC 字符",
               0x7F: "删除符", 0x85: "NEL 换行符"}


def char_name(ch: str) -> str:
    code = ord(ch)
    return f"U+{code:04X}（{_CHAR_NAMES.get(code, '控制字符')}）"


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _bad_characters(text: str, file: str, limit: int = 20) -> list[Problem]:
    problems = []
    last_line = 0
    for m in _NOT_YAML_PRINTABLE.finditer(text):
        line, col = _line_col(text, m.start())
        if line == last_line:
            continue                        # one per line is enough to find them
        last_line = line
        problems.append(make(5, Severity.ERROR, Location(file, line, col), char=char_name(m.group(0))))
        if len(problems) >= limit:
            break
    return problems


# ───────────────────────────── building values from events ─────────────────────────────

class _Refused(Exception):
    """The file is refused as a whole (too deep, an anchor or alias, several documents)."""

    def __init__(self, problem: Problem):
        super().__init__(problem.message)
        self.problem = problem


class _Frame:
    """An open mapping or sequence while its events arrive."""
    __slots__ = ("value", "pointer", "is_map", "record", "key", "key_pointer", "key_state", "first_line")

    def __init__(self, value, pointer: str, record: bool):
        self.value = value
        self.pointer = pointer
        self.is_map = isinstance(value, dict)
        self.record = record                  # False inside a subtree that is dropped (a bad or repeated key)
        self.key = None                       # the key whose value is awaited, once accepted …
        self.key_pointer = ""                 # … and that value's pointer
        self.key_state = "key"                # key → value (accepted key) or skip (refused key)
        self.first_line: dict = {}


_KEY_NOT_SCALAR = "不能是列表或映射"


class _Builder:
    def __init__(self, file: str, loader):
        self.map = SourceMap(file)
        self.problems: list[Problem] = []
        self.file = file
        self.loader = loader

    def _loc(self, mark) -> Location:
        return Location(self.file, mark.line + 1, mark.column + 1)

    def run(self):
        stack: list[_Frame] = []
        root, documents = None, 0
        loader = self.loader
        while True:
            event = loader.get_event()
            kind = type(event)
            if kind is yaml.StreamStartEvent or kind is yaml.DocumentEndEvent:
                continue
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _Refused(make(1, Severity.ERROR, self._loc(event.start_mark),
                                        detail="文件中有第二个 YAML 文档（“---”）：一个文件只写一个部门"))
                continue
            if kind is yaml.StreamEndEvent:
                return root
            if kind is yaml.AliasEvent:
                raise _Refused(make(8, Severity.ERROR, self._loc(event.start_mark), mark=f"*{event.anchor}"))
            if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                frame = stack.pop()
                value = frame.value
                if stack:
                    self._attach(stack[-1], value, None, event)
                else:
                    root = value
                continue
            # a node begins: a scalar, or a mapping / sequence
            if event.anchor is not None:
                raise _Refused(make(8, Severity.ERROR, self._loc(event.start_mark), mark=f"&{event.anchor}"))
            parent = stack[-1] if stack else None
            pointer, record, is_key = self._slot(parent)
            if record:
                self.map.values[pointer] = (event.start_mark.line + 1, event.start_mark.column + 1)
            if kind is yaml.ScalarEvent:
                if is_key:
                    self._attach(parent, event.value, event, event)
                    continue
                value = self._scalar(event, pointer, record)
                if parent is None:
                    root = value
                else:
                    self._attach(parent, value, event, event)
                continue
            # MappingStartEvent / SequenceStartEvent
            if len(stack) >= MAX_DEPTH:
                raise _Refused(make(7, Severity.ERROR, self._loc(event.start_mark), depth=MAX_DEPTH))
            container = {} if kind is yaml.MappingStartEvent else []
            if is_key:
                self.problems.append(make(107, Severity.ERROR, self._loc(event.start_mark), parent.pointer,
                                          where="", field="键", detail=_KEY_NOT_SCALAR))
                parent.key_state = "bad-key"      # the key itself is being read; its value will be dropped
            stack.append(_Frame(container, pointer, record and not is_key))

    def _slot(self, parent: _Frame | None) -> tuple[str, bool, bool]:
        """(pointer, record in the source map, is a mapping key) for the node that begins now."""
        if parent is None:
            return "", True, False
        if not parent.is_map:
            return pointer_join(parent.pointer, len(parent.value)), parent.record, False
        if parent.key_state == "key":
            return parent.pointer, False, True
        if parent.key_state == "value":
            return parent.key_pointer, parent.record, False
        return parent.pointer, False, False         # the value of a refused key: read, not kept

    def _attach(self, parent: _Frame, value, scalar_event, event) -> None:
        if not parent.is_map:
            parent.value.append(value)
            return
        state = parent.key_state
        if state == "key":
            self._accept_key(parent, value, scalar_event)
        elif state == "bad-key":
            parent.key_state = "skip"              # the non-scalar key ended; its value follows
        elif state == "value":
            parent.value[parent.key] = value
            parent.key_state = "key"
        else:                                       # skip
            parent.key_state = "key"

    def _accept_key(self, parent: _Frame, key: str, event) -> None:
        mark = event.start_mark
        tag = event.tag if event.tag not in (None, "!") else self.loader.resolve(yaml.ScalarNode, key, event.implicit)
        if tag.endswith(":merge"):
            self.problems.append(make(107, Severity.ERROR, self._loc(mark), parent.pointer,
                                      where="", field="<<", detail="不支持 YAML 合并键"))
            parent.key_state = "skip"
            return
        child = pointer_join(parent.pointer, key)
        if parent.record:
            bad = _NOT_TEXT.search(key)
            if bad:
                self.problems.append(make(5, Severity.ERROR, self._loc(mark), child, char=char_name(bad.group(0))))
        if key in parent.first_line:
            if parent.record:
                self.problems.append(make(2, Severity.ERROR, self._loc(mark), child,
                                          key=key, first_line=parent.first_line[key]))
            parent.key_state = "skip"
            return
        parent.first_line[key] = mark.line + 1
        if parent.record:
            self.map.keys[child] = (mark.line + 1, mark.column + 1)
        parent.key, parent.key_pointer = key, child
        parent.key_state = "value"

    def _scalar(self, event, pointer: str, record: bool):
        text = event.value
        tag = event.tag if event.tag not in (None, "!") else self.loader.resolve(yaml.ScalarNode, text, event.implicit)
        if tag == "tag:yaml.org,2002:null":
            return None
        if tag == "tag:yaml.org,2002:bool":
            return _BOOL_TEXT.get(text, text)   # yes/no/on/off stay text
        if tag == "tag:yaml.org,2002:int":
            plain = text.replace("_", "")
            digits = plain.lstrip("+-")
            # only plain decimals are numbers; 0x…, 0o…, 1:20 and codes with a leading zero stay text
            if digits.isascii() and digits.isdigit() and (digits == "0" or not digits.startswith("0")):
                if len(digits) > 13 or abs(int(plain)) >= NUMBER_LIMIT:
                    return self._out_of_range(text, event, pointer, record, "绝对值应小于 1000000000000（一万亿）")
                return int(plain)
            return text
        if tag == "tag:yaml.org,2002:float":
            try:
                value = Decimal(text.replace("_", ""))
            except InvalidOperation:
                return text     # .inf / .nan are not amounts; the schema reports them
            if not value.is_finite():
                return text
            if abs(value) >= NUMBER_LIMIT:
                return self._out_of_range(text, event, pointer, record, "绝对值应小于 1000000000000（一万亿）")
            if decimal_places(value) > MAX_PLACES:
                return self._out_of_range(text, event, pointer, record, f"最多 {MAX_PLACES} 位小数")
            return value
        if record:
            bad = _NOT_TEXT.search(text)
            if bad:
                self.problems.append(make(5, Severity.ERROR, self._loc(event.start_mark), pointer,
                                          char=char_name(bad.group(0))))
        return text

    def _out_of_range(self, text: str, event, pointer: str, record: bool, detail: str):
        if record:
            shown = text if len(text) <= 30 else text[:29] + "…"
            self.problems.append(make(108, Severity.ERROR, self._loc(event.start_mark), pointer,
                                      value=shown, detail=detail))
        return text


def decimal_places(value: Decimal) -> int:
    """Decimals as written, without trailing zeros: 1.50 → 1, 4.9154 → 4, 100 → 0."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0:
        return 0
    zeros = 0
    for d in reversed(digits):
        if d != 0 or zeros >= -exponent:
            break
        zeros += 1
    return max(0, -exponent - zeros)


@dataclass
class Loaded:
    data: object
    source: SourceMap
    problems: list[Problem]
    text: str = ""


# libyaml's C parser when PyYAML was built with it (the wheels are): same events and marks, ten times faster
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_text(text: str, file: str) -> Loaded:
    if len(text) > MAX_BYTES:
        return Loaded(None, SourceMap(file), [_too_large(file, len(text.encode("utf-8", "surrogatepass")))], text)
    bad = _bad_characters(text, file)
    if bad:
        return Loaded(None, SourceMap(file), bad, text)
    loader = _LOADER(text)
    builder = _Builder(file, loader)
    try:
        data = builder.run()
    except _Refused as refused:
        return Loaded(None, builder.map, [refused.problem], text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = Location(file, mark.line + 1, mark.column + 1) if mark else Location(file, 1, 1)
        lines = text.split("\n") if mark else []
        line = lines[mark.line] if mark and mark.line < len(lines) else ""
        return Loaded(None, builder.map, [make(1, Severity.ERROR, loc, detail=_yaml_detail(exc, line))], text)
    except yaml.YAMLError as exc:
        return Loaded(None, builder.map, [make(1, Severity.ERROR, Location(file, 1, 1), detail=_yaml_detail(exc))], text)
    finally:
        loader.dispose()
    if data is None:
        return Loaded(None, builder.map, [make(4, Severity.ERROR, Location(file, 1, 1))], text)
    if not isinstance(data, dict):
        builder.problems.append(make(4, Severity.ERROR, Location(file, 1, 1)))
    return Loaded(data, builder.map, builder.problems, text)


def _too_large(file: str, size: int) -> Problem:
    return make(6, Severity.ERROR, Location(file, 1, 1), size=f"{size / 1024 / 1024:.1f}",
                limit=f"{MAX_BYTES // 1024 // 1024}")


_READ_ERRORS = {errno.ENOENT: "文件不存在", errno.EACCES: "没有读取权限", errno.EPERM: "没有读取权限",
                errno.EISDIR: "这是一个文件夹，不是文件", errno.ENOTDIR: "路径中有一段是文件而不是文件夹",
                errno.ELOOP: "符号链接循环", errno.ENAMETOOLONG: "文件名太长", errno.EIO: "磁盘读取错误"}


def read_error_text(exc: OSError) -> str:
    return _READ_ERRORS.get(exc.errno, "无法打开（系统错误 %s）" % (exc.errno,))


def read_source(path: Path, display: str | None = None) -> tuple[bytes | None, list[Problem]]:
    """The bytes of a data file, read once and at most MAX_BYTES; or the problem that prevents it."""
    file = display or str(path)
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(errno.EISDIR, "is a directory")
            if not stat.S_ISREG(info.st_mode):
                return None, [make(3, Severity.ERROR, Location(file, 1, 1), detail="不是普通文件（例如设备或管道）")]
            if info.st_size > MAX_BYTES:
                return None, [_too_large(file, info.st_size)]
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        return None, [make(3, Severity.ERROR, Location(file, 1, 1), detail=read_error_text(exc))]
    if len(raw) > MAX_BYTES:
        return None, [_too_large(file, len(raw))]
    return raw, []


def load_bytes(raw: bytes, file: str) -> Loaded:
    if len(raw) > MAX_BYTES:
        return Loaded(None, SourceMap(file), [_too_large(file, len(raw))])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return Loaded(None, SourceMap(file), [make(3, Severity.ERROR, Location(file, line, 1),
                                                   detail="不是 UTF-8 编码，请在编辑器中另存为 UTF-8")])
    return load_text(text, file)


def load_file(path: Path, display: str | None = None) -> Loaded:
    file = display or str(path)
    raw, problems = read_source(path, file)
    if raw is None:
        return Loaded(None, SourceMap(file), problems)
    return load_bytes(raw, file)
