"""Reasons keyed by the direction they explain, so that a reason is never printed under the wrong one.

A clerk may write a reason as plain text (it explains whatever happened) or keyed by direction:

    预算差异原因: {大于: 追加项目支出, 小于: 节约公用支出}
    变动原因: {增加: 人员增加, 减少: 项目完结}

gen prints the reason of the direction it computed; a reason written only for a direction that did
not happen is not printed, and the check says so (507).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..load import pointer_join

VERSUS_PRIOR = ("增加", "减少", "持平")          # 与上年相比
VERSUS_BUDGET = ("大于", "小于", "等于")         # 决算与预算相比


@dataclass(frozen=True)
class Reason:
    text: str = ""                                   # applies to any direction
    by_direction: dict[str, str] = field(default_factory=dict)
    pointer: str = ""

    def __bool__(self) -> bool:
        return bool(self.text or self.by_direction)


def read_reason(raw, pointer: str) -> Reason:
    if isinstance(raw, dict):
        return Reason("", {k: str(v) for k, v in raw.items() if v}, pointer)
    return Reason(str(raw or ""), {}, pointer)


@dataclass(frozen=True)
class Resolved:
    """The reason to print for the direction that happened, and what was written for other directions."""
    text: str
    direction: str                                   # 增加/减少/持平 or 大于/小于/等于
    unprinted: tuple[tuple[str, str], ...] = ()      # (direction, pointer) of reasons written for another direction
    keyed: bool = False                              # written by direction: it names the direction it explains


def resolve(reason: Reason, sign: int, words: tuple[str, str, str]) -> Resolved:
    """`sign` of the computed difference as displayed: 1, -1 or 0; `words` name the three directions."""
    direction = words[0] if sign > 0 else words[1] if sign < 0 else words[2]
    if reason.text or not reason.by_direction:
        return Resolved(reason.text, direction)
    other = tuple((d, pointer_join(reason.pointer, d)) for d in reason.by_direction if d != direction)
    return Resolved(reason.by_direction.get(direction, ""), direction, other, True)
