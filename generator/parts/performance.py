"""预算绩效管理情况: what a department says about its performance management, with or without attached sheets.

The 情况说明 of many provinces states how many projects (and how much money) went through each stage —
绩效目标编报, 绩效监控, 绩效自评 of projects and of the whole department, 重点评价 — their average score, how
many reached each grade of the template's scale, and the problems found.  These are the department's own
figures: most of those projects have no sheet attached to the document, so gen prints them as data.  Where
sheets are attached they are some of the projects evaluated, and the checks say where the two disagree.

A 资金 may name a figure of the document instead of repeating it: `资金: "{项目支出}"` is 公开03's 项目支出.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..figures import dec
from ..load import pointer_join
from ..references import REFERENCE

STAGES = ("绩效目标编报", "绩效监控", "重点评价")              # keys directly under 预算绩效管理情况
SELF_EVALUATIONS = ("项目支出", "部门整体支出")               # keys under 绩效自评
WHOLE_REFERENCE = re.compile(rf"^{REFERENCE.pattern}$")


@dataclass(frozen=True)
class Work:
    """One stage as the department states it: how many, how much, the average score, how many per grade."""
    count: int | None
    money: Decimal | None            # typed
    money_named: str                 # or the name of a figure of the document ({项目支出} → 项目支出)
    average: Decimal | None
    grades: dict[str, int]           # grade → count, as written (names checked against the set's scale)
    pointer: str

    @property
    def given(self) -> bool:
        return any(v is not None for v in (self.count, self.money, self.average)) or bool(self.money_named or self.grades)


@dataclass(frozen=True)
class Management:
    stages: dict[str, Work]          # 绩效目标编报, 绩效监控, 重点评价, 项目支出, 部门整体支出 (each may be absent)
    problems: str                    # 发现的问题
    pointer: str = "/情况说明/预算绩效管理情况"

    def work(self, key: str) -> Work | None:
        return self.stages.get(key)


def _work(raw: dict, pointer: str) -> Work:
    money = raw.get("资金")
    named = ""
    if isinstance(money, str):
        m = WHOLE_REFERENCE.match(money.strip())
        named, money = (m.group(1) if m else ""), None
    grades = {str(k): int(v) for k, v in (raw.get("等级") or {}).items() if v is not None}
    return Work(None if raw.get("个数") is None else int(raw["个数"]), None if money is None else dec(money), named,
                None if raw.get("平均分") is None else dec(raw["平均分"]), grades, pointer)


def read_management(raw: dict | None, pointer: str = "/情况说明/预算绩效管理情况") -> Management:
    raw = raw or {}
    stages = {k: _work(raw[k], pointer_join(pointer, k)) for k in STAGES if raw.get(k)}
    evaluations = raw.get("绩效自评") or {}
    stages.update({k: _work(evaluations[k], pointer_join(pointer_join(pointer, "绩效自评"), k))
                   for k in SELF_EVALUATIONS if evaluations.get(k)})
    return Management(stages, raw.get("发现的问题", "") or "", pointer)


# ───────────────────────────── computed ─────────────────────────────

@dataclass(frozen=True)
class WorkResult:
    work: Work
    money: Decimal | None            # typed, or the named figure's value
    grades: tuple[tuple[str, int], ...]          # every grade of the set's scale, in its order, with its count
    unknown_grades: tuple[str, ...]              # grades written that the set's scale does not have
    graded: int                                  # Σ counts per grade


@dataclass(frozen=True)
class AttachedSheets:
    """The attached project sheets beside what the department states about all its evaluated projects."""
    count: int
    budget: Decimal
    spent: Decimal
    grades: dict[str, tuple[str, ...]]           # grade → the sheets graded so (第N张“名称”)


@dataclass(frozen=True)
class ManagementResult:
    management: Management
    stages: dict[str, WorkResult] = field(default_factory=dict)
    sheets: AttachedSheets | None = None         # when project sheets are attached and 项目支出 is stated

    def stage(self, key: str) -> WorkResult | None:
        return self.stages.get(key)


def compute_management(management: Management, figures: dict[str, Decimal], scale: tuple[str, ...],
                       sheets: AttachedSheets | None) -> ManagementResult:
    """`figures`: the document's figures a 资金 may name; `scale`: the set's grade names, best first."""
    stages = {}
    for key, work in management.stages.items():
        money = work.money if not work.money_named else figures.get(work.money_named)
        stages[key] = WorkResult(work, money, tuple((g, work.grades.get(g, 0)) for g in scale),
                                 tuple(g for g in work.grades if g not in scale), sum(work.grades.values()))
    project = stages.get("项目支出")
    return ManagementResult(management, stages, sheets if project is not None and sheets and sheets.count else None)
