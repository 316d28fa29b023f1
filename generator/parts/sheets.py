"""Project self-evaluation sheets (项目支出绩效自评表): one shape for every province's layout.

A project is entered once — its funds, its goal and what was achieved, its indicators with
weights and scores, the analysis texts — and each template set lays it out its own way.
`compute_sheet` works out what the clerk does not type: per fund and in total the 结转(余),
the 执行率 (执行数 / 全年预算数), the 预算执行 score (分值 × 执行率, capped), the 总分 and
the 等级 by the template set's rule.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..figures import ZERO, Figure, dec, optional, ratio
from ..load import pointer_join
from ..numfmt import rounded


@dataclass(frozen=True)
class Fund:
    source: str
    declared: Decimal | None        # 年初预算数·目标申报数
    compiled: Decimal | None        # 年初预算数·预算编制数
    initial: Decimal | None         # 年初预算数 (templates with a single column)
    budget: Decimal | None          # 全年预算数 (None: a blank row such as 上年结转资金)
    spent: Decimal | None           # 全年执行数
    reason: str
    pointer: str


@dataclass(frozen=True)
class Indicator:
    level1: str
    level2: str
    level3: str
    initial: str                    # 年初指标值
    adjusted: str                   # 调整后指标值
    actual: str                     # 实际完成值
    note: str                       # 完成值情况说明
    weight: Decimal | None          # 分值; None on templates whose sheets are not scored
    score: Decimal | None           # 得分
    reason: str                     # 偏差原因
    pointer: str
    target: str = ""                # 年度指标值 (templates with one target column)


SHEET_FACTS = ("实施单位", "专项名称", "子项目", "项目总投资", "其中财政拨款", "实施期")
ANALYSIS_KEYS = ("综述", "预算执行情况", "产出情况", "效益情况", "满意度情况", "主要经验做法", "存在的问题及原因",
                 "改进措施及管理建议", "偏差原因分析")


@dataclass(frozen=True)
class Sheet:
    name: str
    funds: tuple[Fund, ...]
    goal: str
    achieved: str
    indicators: tuple[Indicator, ...]
    analysis: dict[str, str]        # keyed by ANALYSIS_KEYS
    declared_total: Decimal | None  # 总分 as the clerk typed it (checked, never printed)
    declared_grade: str | None
    pointer: str
    unit: str = ""                  # 实施单位
    special: str = ""               # 专项名称
    sub_project: str = ""           # 子项目
    investment: Decimal | None = None          # 项目总投资
    investment_fiscal: Decimal | None = None   # 其中财政拨款
    period: str = ""                # 实施期

    @property
    def scored(self) -> bool:
        return any(i.weight is not None for i in self.indicators)


def read_sheet(raw: dict, pointer: str, default_name: str = "") -> Sheet:
    funds = tuple(
        Fund(f["来源"], optional(f.get("目标申报数")), optional(f.get("预算编制数")), optional(f.get("年初预算数")),
             optional(f.get("全年预算数")), optional(f.get("全年执行数")), f.get("偏差原因", "") or "",
             pointer_join(pointer_join(pointer, "资金"), i))
        for i, f in enumerate(raw["资金"]))
    indicators = tuple(
        Indicator(x["一级指标"], x["二级指标"], x["三级指标"], str(x.get("年初指标值", "") or ""),
                  str(x.get("调整后指标值", "") or ""), str(x.get("实际完成值", "") or ""),
                  x.get("完成值情况说明", "") or "", optional(x.get("分值")), optional(x.get("得分")),
                  x.get("偏差原因", "") or "", pointer_join(pointer_join(pointer, "指标"), i),
                  str(x.get("年度指标值", "") or ""))
        for i, x in enumerate(raw["指标"]))
    total = raw.get("总分")
    analysis = {k: str(v) for k, v in (raw.get("分析") or {}).items() if v is not None}
    return Sheet(raw.get("项目名称") or default_name, funds, raw["年度目标"], raw["实际完成情况"], indicators,
                 analysis, None if total is None else dec(total), raw.get("等级"), pointer,
                 unit=raw.get("实施单位") or "", special=raw.get("专项名称") or "", sub_project=raw.get("子项目") or "",
                 investment=optional(raw.get("项目总投资")), investment_fiscal=optional(raw.get("其中财政拨款")),
                 period=raw.get("实施期") or "")


# ───────────────────────────── computed ─────────────────────────────

@dataclass(frozen=True)
class Grade:
    name: str
    floor: Decimal


@dataclass(frozen=True)
class ScoringRule:
    """How a template set scores a sheet: the 预算执行 分值 and the grade bands."""
    budget_weight: Decimal
    grades: tuple[Grade, ...]          # highest floor first
    grade_on_printed_total: bool = True   # decide the grade on the total as printed (2 places) or unrounded

    def grade(self, score: Decimal) -> str:
        if self.grade_on_printed_total:
            score = rounded(score, 2)
        for g in self.grades:
            if score >= g.floor:
                return g.name
        return self.grades[-1].name if self.grades else ""


@dataclass(frozen=True)
class FundResult:
    source: str
    declared: Decimal | None
    compiled: Decimal | None
    initial: Decimal | None         # 年初预算数; falls back to 预算编制数
    budget: Decimal | None
    spent: Decimal | None
    balance: Decimal | None         # 结转(余) = 全年预算数 − 全年执行数
    rate: Decimal | None            # 执行率
    score: Decimal | None           # 预算执行得分
    reason: str
    pointer: str = ""


@dataclass(frozen=True)
class IndicatorRow:
    indicator: Indicator
    first_of_level1: bool
    first_of_level2: bool
    level1_weight: Decimal | None   # the whole 一级指标's 分值 (Σ its rows)


@dataclass(frozen=True)
class SheetResult:
    sheet: Sheet
    total_fund: FundResult
    funds: tuple[FundResult, ...]
    rows: tuple[IndicatorRow, ...]
    indicator_score: Decimal | None
    budget_score: Decimal | None
    total: Decimal | None           # None when the template's sheets carry no scores
    grade: str
    weight_total: Decimal | None = None
    budget_weight: Decimal | None = None
    name_ends_with_project: bool = False
    declared_total: Figure | None = None      # 总分 as typed vs as printed (two places)

    @property
    def budget(self) -> Decimal:
        return self.total_fund.budget or ZERO

    @property
    def spent(self) -> Decimal:
        return self.total_fund.spent or ZERO


def _sum_of(funds: tuple[Fund, ...], attr: str) -> Decimal | None:
    values = [getattr(f, attr) for f in funds]
    if all(v is None for v in values):
        return None
    return sum((v for v in values if v is not None), ZERO)


def compute_sheet(sheet: Sheet, rule: ScoringRule) -> SheetResult:
    """执行率 = 执行数 / 全年预算数; 结转(余) = 预算 − 执行; 预算执行得分 = 分值 × 执行率 (capped);
    总分 = Σ 指标得分 + 预算执行得分; 等级 by the template's rule."""
    weight = rule.budget_weight if sheet.scored else None

    def fund(source, declared, compiled, initial, budget, spent, reason, pointer="") -> FundResult:
        shown_initial = initial if initial is not None else compiled
        if budget is None and spent is None:
            return FundResult(source, declared, compiled, shown_initial, budget, spent, None, None, None, reason, pointer)
        budget, spent = budget or ZERO, spent or ZERO
        rate = ratio(spent, budget)
        score = None if rate is None or weight is None else min(weight * rate, weight)
        return FundResult(source, declared, compiled, shown_initial, budget, spent, budget - spent, rate, score, reason,
                          pointer)

    funds = tuple(fund(f.source, f.declared, f.compiled, f.initial, f.budget, f.spent, f.reason, f.pointer)
                  for f in sheet.funds)
    total_fund = fund("资金总额", _sum_of(sheet.funds, "declared"), _sum_of(sheet.funds, "compiled"),
                      _sum_of(sheet.funds, "initial"), _sum_of(sheet.funds, "budget") or ZERO,
                      _sum_of(sheet.funds, "spent") or ZERO, "")
    level1_weights: dict[str, Decimal] = {}
    for ind in sheet.indicators:
        if ind.weight is not None:
            level1_weights[ind.level1] = level1_weights.get(ind.level1, ZERO) + ind.weight
    rows, previous = [], None
    for ind in sheet.indicators:
        same1 = previous is not None and ind.level1 == previous.level1
        same2 = same1 and ind.level2 == previous.level2
        rows.append(IndicatorRow(ind, not same1, not same2, level1_weights.get(ind.level1)))
        previous = ind
    ends = sheet.name.endswith("项目")
    if not sheet.scored:
        return SheetResult(sheet, total_fund, funds, tuple(rows), None, None, None, "", name_ends_with_project=ends)
    indicator_score = sum((i.score or ZERO for i in sheet.indicators), ZERO)
    total = indicator_score + (total_fund.score or ZERO)
    weight_total = sum((i.weight or ZERO for i in sheet.indicators), ZERO) + weight
    declared = None
    if sheet.declared_total is not None:
        declared = Figure(rounded(total, 2), sheet.declared_total, pointer_join(sheet.pointer, "总分"))
    return SheetResult(sheet, total_fund, funds, tuple(rows), indicator_score, total_fund.score, total,
                       rule.grade(total), weight_total, weight, ends, declared)


@dataclass(frozen=True)
class Performance:
    """The 绩效 paragraph's figures from the attached sheets."""
    count: int
    budget: Decimal
    spent: Decimal
    grade_counts: dict[str, int] = field(default_factory=dict)
    planned: int = 0                # 项目总个数 that should have been evaluated

    @property
    def coverage(self) -> Decimal | None:
        """绩效自评率 = 已开展自评的项目个数 / 项目总个数."""
        return ratio(Decimal(self.count), Decimal(self.planned or self.count))


def performance(results: tuple[SheetResult, ...] | list[SheetResult], planned: int = 0) -> Performance:
    counts: dict[str, int] = {}
    for r in results:
        if r.grade:
            counts[r.grade] = counts.get(r.grade, 0) + 1
    return Performance(len(results), sum((r.budget for r in results), ZERO), sum((r.spent for r in results), ZERO),
                       counts, planned)
