"""Warnings someone has looked at: a department file's `已核对:` list.

    已核对:
      - {代码: W301, 位置: 收入决算表/科目/20137/本年收入合计, 原因: 财政系统公开的尾差（196.40 + 214.61 = 411.01）}

A warning is acknowledged by its code and its place.  The place is the warning's JSON pointer written
the way a clerk reads it — a list item by its 科目编码, 项目名称 (or another name that is unique in its
list), else 第N项 — and every warning line ends with it (“【位置：…】”), so it is copied from there.  Line
numbers are not used: they move when a row is added above.

An acknowledged warning is still counted but not printed (``--全部`` prints it, with its reason) and does
not fail ``--strict``.  An acknowledgement that matches no warning is W701 (the figures were corrected, or
the place moved) — reported only when every check ran, so that an early error does not make every
acknowledgement look stale.  Errors cannot be acknowledged: an `E` code, or a `W` code whose place now
holds an error of that number (a tail grown past its rounding), is E702.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .load import SourceMap
from .problems import Problem, Problems, Severity, make

KEY = "已核对"
UNACKNOWLEDGED, NOT_A_WARNING = 701, 702
# a list item is named by the first of these keys whose value is unique among its siblings
IDENTITY_KEYS = ("科目编码", "项目名称", "三级指标", "来源", "名称")


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]] if pointer else []


def _item_name(items: list, index: int) -> str:
    item = items[index]
    if isinstance(item, dict):
        for key in IDENTITY_KEYS:
            value = item.get(key)
            if value is None or isinstance(value, (dict, list)):
                continue
            same = [other for other in items if isinstance(other, dict) and other.get(key) == value]
            if len(same) == 1:
                return str(value)
    return f"第{index + 1}项"


def place(data, pointer: str) -> str:
    """The readable place of a JSON pointer in `data`: /收入决算表/科目/1/本年收入合计 → 收入决算表/科目/20137/本年收入合计."""
    words: list[str] = []
    node = data
    for token in _tokens(pointer):
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            words.append(_item_name(node, int(token)))
            node = node[int(token)]
        else:
            words.append(token)
            node = node.get(token) if isinstance(node, dict) else None
    return "/".join(words)


@dataclass(frozen=True)
class Acknowledgement:
    index: int                 # 0-based position in the list
    code: str                  # W301
    place: str
    reason: str
    pointer: str               # of the list item

    def matches(self, problem: Problem, where: str) -> bool:
        written = self.place.strip()
        return self.code == problem.code and (written.lstrip("/") == where or (written == problem.pointer != ""))


def read(data) -> list[Acknowledgement]:
    """The acknowledgements of a department file; items the schema rejects are skipped (it reports them)."""
    items = data.get(KEY) if isinstance(data, dict) else None
    found = []
    for i, item in enumerate(items if isinstance(items, list) else []):
        if not isinstance(item, dict):
            continue
        code, where, reason = item.get("代码"), item.get("位置"), item.get("原因")
        if isinstance(code, str) and isinstance(where, (str, int)) and reason not in (None, ""):
            found.append(Acknowledgement(i, code.strip().upper(), str(where), str(reason), f"/{KEY}/{i}"))
    return found


def apply(problems: Problems, data, source: SourceMap, complete: bool) -> None:
    """Give every warning its place, mark those acknowledged, and report acknowledgements that do not hold."""
    acknowledgements = read(data)
    used: set[int] = set()
    items: list[Problem] = []
    for problem in problems.items:
        if problem.is_error or not problem.pointer:
            items.append(problem)
            continue
        where = place(data, problem.pointer)
        reason = ""
        for ack in acknowledgements:
            if ack.matches(problem, where):
                used.add(ack.index)
                reason = reason or ack.reason
        items.append(replace(problem, place=where, acknowledged=reason))
    for ack in acknowledgements:
        label = f"已核对第{ack.index + 1}项（{ack.code}，{ack.place}）"
        if ack.code.startswith("E"):
            items.append(make(NOT_A_WARNING, Severity.ERROR, source.location(f"{ack.pointer}/代码"), f"{ack.pointer}/代码",
                              label=label, detail=f"{ack.code} 是错误"))
            continue
        if ack.index in used:
            continue
        grown = [p for p in problems.errors if p.pointer and p.number == int(ack.code[1:] or 0)
                 and place(data, p.pointer) == ack.place.strip().lstrip("/")] if ack.code[1:].isdigit() else []
        if grown:
            items.append(make(NOT_A_WARNING, Severity.ERROR, source.location(ack.pointer), ack.pointer,
                              label=label, detail=f"这里现在是错误 {grown[0].code}"))
        elif complete:
            items.append(make(UNACKNOWLEDGED, Severity.WARNING, source.location(ack.pointer), ack.pointer, label=label))
    problems.items = items
