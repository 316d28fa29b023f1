"""项目绩效目标表 (a budget's project performance-target table): one per project.

A project is entered as its table prints it — 项目编码, 项目名称, 预算数 with 财政资金 and
其他资金, 资金用途, 资金支出计划 (cumulative % by a date, e.g. 3月底 … 12月底), 绩效目标,
and the indicators (一级/二级/三级指标, 绩效指标描述, 指标值, 指标值确定依据).  The same
project data can fill a 决算's self-evaluation sheet later.

`compute_project` works out what the clerk does not type and what the checks compare: the
预算数 beside 财政资金 + 其他资金 (a `Figure`), the spending plan's steps (where it falls back,
whether it reaches 100% at the last date), the indicator rows grouped by 一级/二级 for merged
cells, and each cost indicator written as an amount (“≤0.8万”) read as 万元.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..figures import HUNDRED, ZERO, Figure, Term, dec, figure, optional
from ..load import pointer_join

FISCAL, OTHER = "财政资金", "其他资金"


@dataclass(frozen=True)
class TargetIndicator:
    level1: str                      # 一级指标
    level2: str                      # 二级指标
    level3: str                      # 三级指标
    description: str                 # 绩效指标描述
    value: str                       # 指标值, as written (≥95%, ≤0.8万, 及时)
    basis: str                       # 指标值确定依据
    pointer: str


@dataclass(frozen=True)
class ProjectTarget:
    code: str                        # 项目编码 (may contain letters)
    name: str                        # 项目名称
    budget: Decimal | None           # 预算数 (None: printed blank)
    fiscal: Decimal | None           # 其中：财政资金
    other: Decimal | None            # 其他资金
    use: str                         # 资金用途
    plan: dict[str, Decimal]         # 资金支出计划: date → cumulative %, as entered (blank dates absent)
    goals: tuple[str, ...]           # 绩效目标, numbered 1. 2. … by the template
    indicators: tuple[TargetIndicator, ...]
    pointer: str


def read_project(raw: dict, pointer: str) -> ProjectTarget:
    indicators = tuple(
        TargetIndicator(i["一级指标"], i["二级指标"], i.get("三级指标", "") or "", i.get("绩效指标描述", "") or "",
                        str(i.get("指标值", "") or ""), i.get("指标值确定依据", "") or "",
                        pointer_join(pointer_join(pointer, "指标"), n))
        for n, i in enumerate(raw.get("指标") or []))
    plan = {str(k): dec(v) for k, v in (raw.get("资金支出计划") or {}).items() if v is not None}
    goals = raw.get("绩效目标") or ()
    return ProjectTarget(str(raw["项目编码"]), raw["项目名称"], optional(raw.get("预算数")), optional(raw.get(FISCAL)),
                         optional(raw.get(OTHER)), raw.get("资金用途", "") or "", plan,
                         tuple([goals] if isinstance(goals, str) else goals), indicators, pointer)


# ───────────────────────────── computed ─────────────────────────────

@dataclass(frozen=True)
class TargetRow:
    indicator: TargetIndicator
    first_of_level1: bool            # the row that prints the merged 一级指标 cell
    first_of_level2: bool


@dataclass(frozen=True)
class PlanStep:
    date: str                        # 3月底 …
    percent: Decimal | None          # None: the cell is blank


@dataclass(frozen=True)
class CostCap:
    """A cost indicator whose 指标值 is an upper bound in money: “≤0.8万” → 0.8 (万元)."""
    indicator: TargetIndicator
    amount: Decimal                  # in 万元
    written: str


@dataclass(frozen=True)
class ProjectResult:
    project: ProjectTarget
    amount: Figure                   # 预算数 as entered vs 财政资金 + 其他资金
    plan: tuple[PlanStep, ...]       # in the template's column order
    plan_falls: tuple[tuple[PlanStep, PlanStep], ...]   # (earlier, later) where the cumulative plan goes down
    plan_end: PlanStep | None        # the last date's step
    plan_reaches_full: bool          # the last date says 100
    last_full: PlanStep | None       # the first step that already says 100 (when the last date is blank)
    rows: tuple[TargetRow, ...]
    cost_caps: tuple[tuple[CostCap, Figure], ...]   # each with the cap (entered) beside the 预算数 (computed)

    @property
    def budget(self) -> Decimal:
        """The project's 预算数 as the document uses it (entered, else 财政资金 + 其他资金; blank → 0)."""
        return self.amount.value

    @property
    def has_budget(self) -> bool:
        p = self.project
        return any(v is not None for v in (p.budget, p.fiscal, p.other))


# 指标值 such as “≤0.8万”, “≤ 14.06”, “<=3.2万元”, “≤2000元”: an upper bound in money
_CAP = re.compile(r"^\s*(?:≤|<=|<|不超过|不高于)\s*(\d+(?:\.\d+)?)\s*(万元|万|元)?\s*$")
COST_LEVEL2 = "成本指标"


def cost_cap(indicator: TargetIndicator) -> CostCap | None:
    """A 成本指标 written as an amount, in 万元 (an amount without unit is in the table's unit, 万元)."""
    if COST_LEVEL2 not in indicator.level2:
        return None
    m = _CAP.match(indicator.value)
    if not m:
        return None
    value = Decimal(m.group(1))
    if m.group(2) == "元":
        value = value / Decimal(10000)
    return CostCap(indicator, value, indicator.value)


def compute_project(project: ProjectTarget, plan_dates: tuple[str, ...]) -> ProjectResult:
    fiscal, other = project.fiscal, project.other
    terms = [Term(FISCAL, fiscal or ZERO), Term(OTHER, other or ZERO)]
    amount = figure(project.budget, terms, pointer_join(project.pointer, "预算数"))

    dates = tuple(plan_dates) + tuple(d for d in project.plan if d not in plan_dates)
    steps = tuple(PlanStep(d, project.plan.get(d)) for d in dates)
    filled = [s for s in steps if s.percent is not None]
    falls = tuple((a, b) for a, b in zip(filled, filled[1:]) if b.percent < a.percent)
    end = steps[-1] if steps else None
    full = end is not None and end.percent == HUNDRED
    last_full = next((s for s in filled if s.percent == HUNDRED), None)

    rows = []
    previous: TargetIndicator | None = None
    for indicator in project.indicators:
        new1 = previous is None or indicator.level1 != previous.level1
        new2 = new1 or indicator.level2 != previous.level2
        rows.append(TargetRow(indicator, new1, new2))
        previous = indicator
    caps = tuple((c, Figure(amount.value, c.amount, pointer_join(c.indicator.pointer, "指标值")))
                 for c in (cost_cap(i) for i in project.indicators) if c is not None)
    return ProjectResult(project, amount, steps, falls, end, full, last_full, tuple(rows), caps)
