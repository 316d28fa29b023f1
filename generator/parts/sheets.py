"""Project self-evaluation sheets (项目支出绩效自评表): one shape for every province's layout.

A project is entered once — its funds, its goal and what was achieved, its indicators with
weights and scores, the analysis texts — and each template set lays it out its own way: the
山西 决算 附件 sheet, the 湖南 附件2 sheet and the 河北 部门预算项目绩效自评表 print the same
`Sheet`.  Keys one layout does not print are simply not printed by it (到位数 on the 山西 sheet,
分析 on the 河北 one).  `compute_sheet` works out what the clerk does not type: per fund and in
total the 结转(余), the 执行率 (执行数 / 全年预算数), the 到位率 (到位数 / 全年预算数), the 预算执行
score (分值 × 执行率, capped), the 总分 and the 等级 by the template set's rule; figures a clerk
copied from a published sheet (总分, 执行率, 预算执行得分) are paired with them for the checks.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..figures import HUNDRED, ZERO, Figure, dec, optional, ratio
from ..load import pointer_join
from ..numfmt import rounded, shown
from ..references import AMOUNT, PERCENT, PLAIN, Quantity, Scope, TextField


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
    arrived: Decimal | None = None  # 到位数 (资金到位情况, 河北)


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
class Typed:
    """A computed figure as a clerk copied it from a published sheet (核对用), with the places it was printed with."""
    value: Decimal
    places: int
    pointer: str


def read_typed(raw, pointer: str) -> Typed | None:
    """99.99%, "100", 58 → the number and its printed places (a percentage is entered in %)."""
    if raw is None:
        return None
    text = str(raw).strip().rstrip("%").strip()
    places = len(text.split(".")[1]) if "." in text else 0
    return Typed(dec(text), places, pointer)


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
    completion: str = ""            # 总体完成率, the clerk's own assessment (河北), printed as entered
    problems: str = ""              # 存在问题、原因及下一步整改措施 (河北: one cell)
    filled_by: str = ""             # 填报人
    phone: str = ""                 # 联系电话
    declared_rate: Typed | None = None          # 执行率 / 预算执行进度 as published (checked, never printed)
    declared_budget_score: Typed | None = None  # 预算执行得分 as published (checked, never printed)

    @property
    def scored(self) -> bool:
        return any(i.weight is not None for i in self.indicators)


def read_sheet(raw: dict, pointer: str, default_name: str = "") -> Sheet:
    funds = tuple(
        Fund(f["来源"], optional(f.get("目标申报数")), optional(f.get("预算编制数")), optional(f.get("年初预算数")),
             optional(f.get("全年预算数")), optional(f.get("全年执行数")), f.get("偏差原因", "") or "",
             pointer_join(pointer_join(pointer, "资金"), i), optional(f.get("到位数")))
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
                 period=raw.get("实施期") or "", completion=str(raw.get("总体完成率") or ""),
                 problems=raw.get("存在问题及整改") or "", filled_by=raw.get("填报人") or "",
                 phone=str(raw.get("联系电话") or ""),
                 declared_rate=read_typed(raw.get("执行率"), pointer_join(pointer, "执行率")),
                 declared_budget_score=read_typed(raw.get("预算执行得分"), pointer_join(pointer, "预算执行得分")))


def sheet_texts(sheet: Sheet) -> tuple[TextField, ...]:
    """What the clerk wrote on a sheet, each with where it stands: the texts its scope's checks read."""
    fields = [TextField(pointer_join(sheet.pointer, "年度目标"), sheet.goal),
              TextField(pointer_join(sheet.pointer, "实际完成情况"), sheet.achieved)]
    fields.extend(TextField(pointer_join(pointer_join(sheet.pointer, "分析"), k), v) for k, v in sheet.analysis.items())
    if sheet.problems:
        fields.append(TextField(pointer_join(sheet.pointer, "存在问题及整改"), sheet.problems))
    fields.extend(TextField(pointer_join(i.pointer, "偏差原因"), i.reason) for i in sheet.indicators if i.reason)
    fields.extend(TextField(pointer_join(i.pointer, "完成值情况说明"), i.note) for i in sheet.indicators if i.note)
    fields.extend(TextField(pointer_join(f.pointer, "偏差原因"), f.reason) for f in sheet.funds if f.reason)
    return tuple(fields)


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
    arrived: Decimal | None = None  # 到位数
    arrival_rate: Decimal | None = None   # 到位率 = 到位数 / 全年预算数


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
    declared_rate: Figure | None = None       # 执行率 (in %) as typed vs as printed at the typed places
    declared_budget_score: Figure | None = None   # 预算执行得分 as typed vs as printed at the typed places

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


def against(typed: Typed | None, value: Decimal | None, whole: Decimal) -> Figure | None:
    """A published figure beside ours: it holds when it equals ours at the places it was printed with
    (58% for 57.80%); a value short of `whole` never holds as `whole` (10 for 9.996667 of 10), nor a
    value above zero as zero.  When it does not hold, ours is shown with at least two places."""
    if typed is None or value is None:
        return None
    at_typed = shown(value, typed.places, whole)
    if at_typed == typed.value:
        return Figure(at_typed, typed.value, typed.pointer)
    return Figure(shown(value, max(typed.places, 2), whole), typed.value, typed.pointer)


def compute_sheet(sheet: Sheet, rule: ScoringRule) -> SheetResult:
    """执行率 = 执行数 / 全年预算数; 到位率 = 到位数 / 全年预算数; 结转(余) = 预算 − 执行;
    预算执行得分 = 分值 × 执行率 (capped); 总分 = Σ 指标得分 + 预算执行得分; 等级 by the template's rule."""
    weight = rule.budget_weight if sheet.scored else None

    def fund(source, declared, compiled, initial, budget, spent, reason, pointer="", arrived=None) -> FundResult:
        shown_initial = initial if initial is not None else compiled
        if budget is None and spent is None:
            return FundResult(source, declared, compiled, shown_initial, budget, spent, None, None, None, reason, pointer,
                              arrived, None if budget is None or arrived is None else ratio(arrived, budget))
        budget, spent = budget or ZERO, spent or ZERO
        rate = ratio(spent, budget)
        score = None if rate is None or weight is None else min(weight * rate, weight)
        return FundResult(source, declared, compiled, shown_initial, budget, spent, budget - spent, rate, score, reason,
                          pointer, arrived, None if arrived is None else ratio(arrived, budget))

    funds = tuple(fund(f.source, f.declared, f.compiled, f.initial, f.budget, f.spent, f.reason, f.pointer, f.arrived)
                  for f in sheet.funds)
    total_fund = fund("资金总额", _sum_of(sheet.funds, "declared"), _sum_of(sheet.funds, "compiled"),
                      _sum_of(sheet.funds, "initial"), _sum_of(sheet.funds, "budget") or ZERO,
                      _sum_of(sheet.funds, "spent") or ZERO, "", arrived=_sum_of(sheet.funds, "arrived"))
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
    rate_in_percent = None if total_fund.rate is None else total_fund.rate * HUNDRED
    declared_rate = against(sheet.declared_rate, rate_in_percent, HUNDRED)
    if not sheet.scored:
        return SheetResult(sheet, total_fund, funds, tuple(rows), None, None, None, "", name_ends_with_project=ends,
                           declared_rate=declared_rate)
    indicator_score = sum((i.score or ZERO for i in sheet.indicators), ZERO)
    total = indicator_score + (total_fund.score or ZERO)
    weight_total = sum((i.weight or ZERO for i in sheet.indicators), ZERO) + weight
    typed_total = read_typed(sheet.declared_total, pointer_join(sheet.pointer, "总分"))
    return SheetResult(sheet, total_fund, funds, tuple(rows), indicator_score, total_fund.score, total,
                       rule.grade(total), weight_total, weight, ends, against(typed_total, total, weight_total),
                       declared_rate, against(sheet.declared_budget_score, total_fund.score, weight))


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


def sheet_scope(result: SheetResult, texts: tuple[TextField, ...], year: int) -> Scope:
    """The figures a sheet's own texts may name: {全年预算数}, {全年执行数}, {结转结余}, {执行率}, {到位率} …"""
    f = result.total_fund
    figures = {"年度": Quantity(str(year), PLAIN), "项目名称": Quantity(result.sheet.name, PLAIN)}
    for name, value, unit, said_as in (("全年预算数", f.budget, AMOUNT, ("预算总金额", "预算总额", "项目预算", "预算金额")),
                                       ("全年执行数", f.spent, AMOUNT, ("项目支出", "项目总支出", "实际支出", "实际支付", "支出金额")),
                                       ("结转结余", f.balance, AMOUNT, ("资金结余", "结余资金")),
                                       ("执行率", f.rate, PERCENT, ("执行进度",)),
                                       ("年初预算数", f.initial, AMOUNT, ()), ("目标申报数", f.declared, AMOUNT, ()),
                                       ("预算编制数", f.compiled, AMOUNT, ()), ("到位数", f.arrived, AMOUNT, ("到位资金",)),
                                       ("到位率", f.arrival_rate, PERCENT, ())):
        if value is not None:
            figures[name] = Quantity(value, unit, said_as)
    return Scope(f"绩效自评表“{result.sheet.name}”", figures, texts)
